import { afterEach, describe, expect, it } from "vitest";
import { YEAR_2026, seedYear } from "../app/annual-seed.ts";
import { startTestBot, type TestBot } from "../support/test-bot.ts";
import { tempDbPath } from "../support/temp-db.ts";

/**
 * Issue 11, item 5: /nam (/year) in a chat. On 10 January 2027 the year just ended is the one
 * shown by default; 2026 was seeded through the stores (test/app/annual-seed.ts).
 */
describe("/nam: the year's results in a chat", () => {
  const dbPath = tempDbPath();
  let bot: TestBot | undefined;
  afterEach(async () => {
    await bot?.close();
    bot = undefined;
  });

  async function seeded(): Promise<TestBot> {
    bot = await startTestBot({ dbPath, now: "2027-01-10T03:00:00Z" });
    await seedYear(bot.app, YEAR_2026);
    return bot;
  }

  const SO_FAR = "Tạm tính đến nay: tháng chưa chốt và xếp loại cuối năm chưa nhập còn có thể thay đổi kết quả. Cấp ủy quyết định công nhận danh hiệu, bot chỉ tính điều kiện.";
  const MK_SUMMARY = [
    "📅 Kết quả năm 2026 — Đảng ủy xã Mường Khương",
    SO_FAR,
    "Chi bộ (5): 2 đủ điều kiện đề nghị công nhận · 2 chưa đủ · 1 còn chờ",
    "✓ Đủ điều kiện: Chi bộ thôn Pha Long 1, Chi bộ thôn Tả Thàng",
    '✗ Chi bộ thôn Na Chơ: Đạt "4 tốt" 9/12 tháng (cần ít nhất 10); chưa đạt: 02/2026, 05/2026, 08/2026',
    "✗ Chi bộ Giáo viên: Bị phủ quyết tháng 06/2026 (Có đảng viên vi phạm do cấp trên phát hiện)",
    "",
    "Đảng bộ cơ sở — 9 tiêu chí:",
    "✗ Đảng bộ Trường THPT số 1 Mường Khương: chưa đủ — 2 đạt · 2 chưa đạt · 1 còn chờ · 4 chưa có dữ liệu (chưa đạt: tiêu chí 5, 7)",
    "",
    "Chi tiết từng quy định: npx bontot annual --year 2026 --unit MK (bảng tính: --format xlsx --out tệp.xlsx).",
  ];

  it("a committee leader reads their subtree's year in a private chat (last year, in January)", async () => {
    const b = await seeded();
    const leader = await b.user("leader-mk", [{ unit: "MK", role: "leader" }]);
    expect((await leader.say("/nam")).split("\n")).toEqual(MK_SUMMARY);
    expect((await leader.say("/nam 2026")).split("\n")).toEqual(MK_SUMMARY);
    // A unit below theirs, by code; one above is refused.
    const thpt = (await leader.say("/nam MK-THPT 2026")).split("\n");
    expect(thpt[0]).toBe("📅 Kết quả năm 2026 — Đảng bộ Trường THPT số 1 Mường Khương");
    expect(thpt[2]).toBe("Chi bộ (2): 0 đủ điều kiện đề nghị công nhận · 1 chưa đủ · 1 còn chờ");
    expect(await leader.say("/nam LC")).toBe("Tỉnh ủy Lào Cai (LC) ngoài phạm vi đồng chí phụ trách, nên đồng chí không xem được.");
    expect(await leader.say("/nam 26")).toBe("Cách dùng: /nam [mã đơn vị] [năm], ví dụ /nam hoặc /nam MK 2026");
    // In January 2027: a year to come has no results, not a page of "còn chờ".
    expect(await leader.say("/nam 2030")).toBe("Năm 2030 chưa tới (năm nay là 2027).");
  });

  it("a year without reports is still open, cell by cell", async () => {
    const b = await seeded();
    const admin = await b.user("admin-mk", [{ unit: "MK", role: "admin" }]);
    const lines = (await admin.say("/year 2025")).split("\n");
    expect(lines[0]).toBe("📅 Kết quả năm 2025 — Đảng ủy xã Mường Khương");
    expect(lines[2]).toBe("Chi bộ (5): 0 đủ điều kiện đề nghị công nhận · 0 chưa đủ · 5 còn chờ");
  });

  it("a bound group reads its unit's year; the group's members read what the group receives", async () => {
    const b = await seeded();
    const admin = await b.user("admin-mk", [{ unit: "MK", role: "admin" }], { group: "group-mk" });
    expect(await admin.say("/bind MK")).toContain("Đã gắn nhóm này với Đảng ủy xã Mường Khương (MK)");
    expect((await admin.say("/nam")).split("\n")).toEqual(MK_SUMMARY);
    const member = await b.user("secretary-tt", [{ unit: "MK-TT", role: "secretary" }], { group: "group-mk" });
    expect((await member.say("/nam 2026")).split("\n")[0]).toBe("📅 Kết quả năm 2026 — Đảng ủy xã Mường Khương");
    const unbound = await b.user("admin-mk", [], { group: "group-other" });
    expect(await unbound.say("/nam")).toBe("Nhóm này chưa được gắn với đơn vị nào. Quản trị viên gõ /bind <mã đơn vị>.");
  });

  it("a cell secretary is refused in a private chat, and told where to look", async () => {
    const b = await seeded();
    const secretary = await b.user("secretary-pl1", [{ unit: "MK-PL1", role: "secretary" }]);
    expect(await secretary.say("/nam")).toBe("Chỉ lãnh đạo cấp ủy hoặc quản trị viên mới xem được kết quả năm. Tình hình chi bộ của đồng chí: gõ /status.");
    const stranger = await b.user("stranger");
    expect(await stranger.say("/nam")).toBe("Đồng chí chưa được đăng ký dùng bot. Vui lòng xin mã mời từ văn phòng cấp ủy.");
  });

  it("answers in English to someone who reads English", async () => {
    const b = await seeded();
    const leader = await b.user("leader-en", [{ unit: "MK", role: "leader" }], { localeHint: "en" });
    const lines = (await leader.say("/year")).split("\n");
    expect(lines[0]).toBe("📅 Results of 2026 — Đảng ủy xã Mường Khương");
    expect(lines[2]).toBe("Cells (5): 2 eligible to be proposed for the title · 2 not eligible · 1 still open");
    expect(lines[4]).toBe("✗ Chi bộ thôn Na Chơ: Four-good in 9 of 12 months (needs at least 10); not four-good: 02/2026, 05/2026, 08/2026");
  });

  it("stays under Telegram's limit for a large committee, with the rest counted", async () => {
    const b = await seeded();
    const at = b.clock.now();
    await b.app.stores.org.createUnits(
      Array.from({ length: 120 }, (_, i) => ({ code: `MK-X${i}`, name: `Chi bộ thôn Bản Lầu số ${i} có một cái tên khá dài`, kind: "cell" as const, parentCode: "MK", memberCount: 15 })),
      at,
    );
    // The new cells did not report in 2026's closed months: not eligible, each with its first failed rule.
    const leader = await b.user("leader-mk", [{ unit: "MK", role: "leader" }]);
    const replies = await leader.says("/nam 2026");
    expect(replies.length).toBeGreaterThanOrEqual(1);
    for (const reply of replies) expect(reply.text.length).toBeLessThanOrEqual(3_500);
    const text = replies.map((r) => r.text).join("\n");
    expect(text).toContain("Chi bộ (125): 2 đủ điều kiện đề nghị công nhận · 122 chưa đủ · 1 còn chờ");
    expect(text).toContain("… và 107 chi bộ chưa đủ khác");
  });
});
