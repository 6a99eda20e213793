import { afterEach, describe, expect, it } from "vitest";
import { dbRows } from "../support/db-rows.ts";
import { tempDbPath } from "../support/temp-db.ts";
import { startTestBot, type TestBot } from "../support/test-bot.ts";

/**
 * Issue 11, item 2: the committee's year-end inputs by chat. /xeploai (a unit's rating and the
 * share of its members rated good), /lydo (an approved reason for a missed monthly meeting) and
 * /danhhieu (the committee's title decision), by an admin of a unit above the one concerned, in
 * a private chat; every change audited. On 20 November 2026 (the test bot's clock).
 *
 * The demo org: Tỉnh ủy Lào Cai (LC) → Đảng ủy xã Mường Khương (MK) → cells MK-PL1, MK-NC,
 * MK-TT and the grassroots committee MK-THPT (cells MK-THPT-GV, MK-THPT-HC); and here a second
 * committee BH with one cell.
 */
const PL1 = "Chi bộ thôn Pha Long 1";

interface Audit {
  action: string;
  subject: string;
  actor: number | null;
  details: string;
}

describe("year-end inputs in chat", () => {
  const dbPath = tempDbPath();
  let bot: TestBot;
  afterEach(async () => bot.close());

  async function start(env: Record<string, string> = {}): Promise<TestBot> {
    bot = await startTestBot({ dbPath, channel: "telegram", env });
    await bot.app.stores.org.createUnits(
      [
        { code: "BH", name: "Đảng ủy xã Bắc Hà", kind: "committee", parentCode: "LC", memberCount: 0 },
        { code: "BH-BP", name: "Chi bộ thôn Bản Phố", kind: "cell", parentCode: "BH", memberCount: 14 },
      ],
      bot.clock.now(),
    );
    return bot;
  }
  const audits = (): Audit[] =>
    dbRows(bot.app).all<Audit>("SELECT action, subject, actor_id AS actor, details FROM audit_log WHERE action LIKE 'yearend.%' ORDER BY id");
  const ratings = () =>
    dbRows(bot.app).all<{ code: string; year: number; rating: string | null; share: number | null; by: number | null }>(
      "SELECT units.code AS code, year, rating, share_good_percent AS share, entered_by AS by FROM year_end_ratings JOIN units ON units.id = year_end_ratings.unit_id ORDER BY units.code",
    );

  it("an admin of the committee rates a cell, in Vietnamese words with or without diacritics, and every change is audited", async () => {
    await start();
    const admin = await admin_("mk-admin", "MK");

    expect(await admin.say("/xeploai MK-PL1 2026 tốt 95")).toBe(
      `✅ Đã ghi kết quả năm 2026 của ${PL1} (MK-PL1): xếp loại Hoàn thành tốt nhiệm vụ; đảng viên hoàn thành tốt nhiệm vụ trở lên: 95%.`,
    );
    expect(await admin.say("/xeploai MK-PL1 2026 hoan thanh xuat sac 100%")).toBe(
      [
        `✅ Đã ghi kết quả năm 2026 của ${PL1} (MK-PL1): xếp loại Hoàn thành xuất sắc nhiệm vụ; đảng viên hoàn thành tốt nhiệm vụ trở lên: 100%.`,
        "Trước đó: xếp loại Hoàn thành tốt nhiệm vụ; đảng viên hoàn thành tốt nhiệm vụ trở lên: 95%.",
      ].join("\n"),
    );
    // The same again changes nothing and records nothing.
    expect(await admin.say("/xeploai MK-PL1 2026 Hoàn thành xuất sắc nhiệm vụ 100")).toBe(
      `Kết quả năm 2026 của ${PL1} (MK-PL1) đã là: xếp loại Hoàn thành xuất sắc nhiệm vụ; đảng viên hoàn thành tốt nhiệm vụ trở lên: 100%. Không có gì thay đổi.`,
    );
    // Only the share, and only the rating: the other value is kept. The grassroots committee is rated too.
    expect(await admin.say("/xeploai MK-NC 2026 80")).toContain("xếp loại chưa nhập; đảng viên hoàn thành tốt nhiệm vụ trở lên: 80%.");
    expect(await admin.say("/xeploai MK-NC 2026 khong hoan thanh")).toContain("xếp loại Không hoàn thành nhiệm vụ; đảng viên hoàn thành tốt nhiệm vụ trở lên: 80%.");
    expect(await admin.say("/rating MK-THPT 2026 good 92")).toContain("Đảng bộ Trường THPT số 1 Mường Khương (MK-THPT): xếp loại Hoàn thành tốt nhiệm vụ");

    const personId = dbRows(bot.app).get<{ id: number }>("SELECT person_id AS id FROM identities WHERE external_id = ?", "mk-admin")?.id;
    expect(personId).toBeTypeOf("number");
    expect(ratings()).toEqual([
      { code: "MK-NC", year: 2026, rating: "incomplete", share: 80, by: personId },
      { code: "MK-PL1", year: 2026, rating: "excellent", share: 100, by: personId },
      { code: "MK-THPT", year: 2026, rating: "good", share: 92, by: personId },
    ]);
    const rows = audits();
    expect(rows.map((r) => [r.action, r.subject, r.actor])).toEqual([
      ["yearend.rating", "unit:MK-PL1", personId],
      ["yearend.rating", "unit:MK-PL1", personId],
      ["yearend.rating", "unit:MK-NC", personId],
      ["yearend.rating", "unit:MK-NC", personId],
      ["yearend.rating", "unit:MK-THPT", personId],
    ]);
    expect(JSON.parse(rows[1]?.details ?? "null")).toEqual({ year: 2026, rating: "excellent", shareGoodPercent: 100, before: { rating: "good", shareGoodPercent: 95 } });
  });

  it("explains every mistake and writes nothing", async () => {
    await start();
    const admin = await admin_("mk-admin", "MK");
    const cases: [string, string][] = [
      ["/xeploai", "Cách dùng: /xeploai <mã đơn vị> <năm> <xếp loại> [tỷ lệ %]"],
      ["/xeploai MK-PL1 2026", "Cách dùng: /xeploai"],
      ["/xeploai MK-PL1 26 tốt 95", 'Năm "26" không hợp lệ: gõ năm 4 chữ số, ví dụ 2026.'],
      ["/xeploai MK-PL1 2027 tốt 95", "Năm 2027 chưa tới (năm nay là 2026)."],
      ["/xeploai MK-PL1 2026 tốt 120", 'Tỷ lệ "120" không hợp lệ: cần số phần trăm nguyên từ 0 đến 100, ví dụ 95 hoặc 95%.'],
      ["/xeploai MK-PL1 2026 tốt 95,5", 'Tỷ lệ "95,5" không hợp lệ'],
      ["/xeploai MK-PL1 2026 tốt -5", 'Tỷ lệ "-5" không hợp lệ'],
      ["/xeploai MK-PL1 2026 hoàn thành 😀", 'Chưa rõ xếp loại "hoàn thành 😀"'],
      ["/xeploai MK-PL1 2026 khá 95", 'Chưa rõ xếp loại "khá". Dùng: xuất sắc, tốt, hoàn thành, không hoàn thành (có dấu hoặc không dấu).'],
      ["/xeploai MK-XX 2026 tốt 95", "Không có đơn vị mã MK-XX."],
      ["/xeploai MK 2026 tốt 95", "Đảng ủy xã Mường Khương (MK) là đảng ủy (cấp trên cơ sở): xếp loại cuối năm chỉ nhập cho chi bộ và đảng bộ cơ sở."],
      ["/lydo MK-PL1 2026-08", "Cách dùng: /lydo <mã chi bộ> <tháng YYYY-MM> <lý do>"],
      ["/lydo MK-PL1 2026-13 Bão lũ", 'Tháng "2026-13" không hợp lệ: gõ YYYY-MM, ví dụ 2026-08.'],
      ["/lydo MK-PL1 2026-12 Bão lũ", "Tháng 12/2026 chưa tới."],
      ["/lydo MK-THPT 2026-08 Bão lũ", "Đảng bộ Trường THPT số 1 Mường Khương (MK-THPT) là đảng bộ cơ sở: lý do vắng sinh hoạt chỉ duyệt cho chi bộ."],
      [`/lydo MK-PL1 2026-08 ${"x".repeat(501)}`, "Lý do dài 501 ký tự, tối đa 500."],
      ["/lydo MK-PL1 2026-08 xóa", "Tháng 08/2026 của Chi bộ thôn Pha Long 1 (MK-PL1) không có lý do vắng sinh hoạt nào đã duyệt."],
      ["/danhhieu MK-PL1 2026", "Cách dùng: /danhhieu <mã đơn vị> <năm> có|không [ghi chú]"],
      ["/danhhieu MK-PL1 2026 được", 'Chưa rõ "được": gõ "có" (công nhận) hoặc "không".'],
    ];
    for (const [command, reply] of cases) expect(await admin.say(command), command).toContain(reply);
    expect(ratings()).toEqual([]);
    expect(audits()).toEqual([]);
  });

  it("an approved missed meeting takes its reason from the message as typed, and can be taken back", async () => {
    await start();
    const admin = await admin_("mk-admin", "MK");
    const reason = "Bão số 3 gây lũ quét, cả thôn tham gia ứng cứu; chi bộ họp bù đầu tháng 9 (không ghi tên)";
    expect(await admin.say(`/lydo MK-PL1 2026-08 ${reason}`)).toBe(`✅ Đã duyệt lý do vắng sinh hoạt tháng 08/2026 của ${PL1} (MK-PL1): ${reason}`);
    expect(await admin.say("/lydo MK-PL1 8/2026 Lũ quét")).toBe(
      [`✅ Đã duyệt lý do vắng sinh hoạt tháng 08/2026 của ${PL1} (MK-PL1): Lũ quét`, `Trước đó: ${reason}.`].join("\n"),
    );
    expect(dbRows(bot.app).all("SELECT period_key AS month, reason FROM approved_missed_meetings")).toEqual([{ month: "2026-08", reason: "Lũ quét" }]);
    expect(await admin.say("/lydo MK-PL1 2026-08 xoa")).toBe(`Đã bỏ lý do vắng sinh hoạt tháng 08/2026 của ${PL1} (MK-PL1) (trước đó: Lũ quét).`);
    expect(dbRows(bot.app).count("SELECT COUNT(*) AS n FROM approved_missed_meetings")).toBe(0);
    expect(audits().map((a) => [a.action, JSON.parse(a.details)])).toEqual([
      ["yearend.missed.approve", { period: "2026-08", reason, before: null }],
      ["yearend.missed.approve", { period: "2026-08", reason: "Lũ quét", before: reason }],
      ["yearend.missed.withdraw", { period: "2026-08", reason: "Lũ quét" }],
    ]);
  });

  it("the committee's title decision is recorded with its note, apart from the computation", async () => {
    await start();
    const admin = await admin_("mk-admin", "MK");
    expect(await admin.say("/danhhieu MK-PL1 2026 có Quyết định số 12-QĐ/ĐU ngày 20/12")).toBe(
      `✅ Đã ghi quyết định của cấp ủy về danh hiệu năm 2026 của ${PL1} (MK-PL1): công nhận (Quyết định số 12-QĐ/ĐU ngày 20/12). Bot chỉ tính điều kiện; việc công nhận do cấp ủy quyết định.`,
    );
    // Entered again without the note (an older secretary retyping it): the note stays.
    expect(await admin.say("/danhhieu MK-PL1 2026 CÓ")).toContain("Không có gì thay đổi");
    expect(await admin.say("/danhhieu MK-PL1 2026 không công nhận")).toBe(
      [
        `✅ Đã ghi quyết định của cấp ủy về danh hiệu năm 2026 của ${PL1} (MK-PL1): không công nhận. Bot chỉ tính điều kiện; việc công nhận do cấp ủy quyết định.`,
        "Trước đó: công nhận (Quyết định số 12-QĐ/ĐU ngày 20/12).",
      ].join("\n"),
    );
    expect(await admin.say("/title MK-THPT 2026 yes")).toContain("Đảng bộ Trường THPT số 1 Mường Khương (MK-THPT): công nhận.");
    expect(dbRows(bot.app).all("SELECT units.code AS code, conferred, note FROM title_decisions JOIN units ON units.id = unit_id ORDER BY units.code")).toEqual([
      { code: "MK-PL1", conferred: 0, note: null },
      { code: "MK-THPT", conferred: 1, note: null },
    ]);
    expect(audits().map((a) => [a.action, a.subject])).toEqual([
      ["yearend.title", "unit:MK-PL1"],
      ["yearend.title", "unit:MK-PL1"],
      ["yearend.title", "unit:MK-THPT"],
    ]);
  });

  it("is refused outside the admin's subtree, for the admin's own unit, to secretaries and leaders, and in groups", async () => {
    await start({ ADMIN_TELEGRAM_IDS: "9000" });
    const other = await admin_("bh-admin", "BH");
    expect(await other.say("/xeploai MK-PL1 2026 tốt 95")).toBe(`${PL1} (MK-PL1) ngoài phạm vi đồng chí quản trị, nên đồng chí không nhập được.`);
    expect(await other.say("/lydo MK-PL1 2026-08 Bão lũ")).toBe(`${PL1} (MK-PL1) ngoài phạm vi đồng chí quản trị, nên đồng chí không nhập được.`);
    const ownCell = await admin_("pl1-admin", "MK-PL1");
    expect(await ownCell.say("/danhhieu MK-PL1 2026 có")).toBe(
      `Kết quả cuối năm của ${PL1} (MK-PL1) do cấp ủy cấp trên nhập; đồng chí là quản trị của chính đơn vị này nên không nhập được.`,
    );
    // An admin of a grassroots committee rates its subordinate cells, not itself.
    const grassroots = await admin_("thpt-admin", "MK-THPT");
    expect(await grassroots.say("/xeploai MK-THPT-GV 2026 tốt 100")).toContain("✅");
    expect(await grassroots.say("/xeploai MK-THPT 2026 tốt 100")).toContain("đồng chí là quản trị của chính đơn vị này");
    const secretary = await bot.user("sec", [{ unit: "MK-PL1", role: "secretary" }]);
    const onlyAdmins = "Chỉ quản trị viên của cấp ủy cấp trên mới nhập được kết quả cuối năm (xếp loại, lý do vắng sinh hoạt, quyết định danh hiệu).";
    expect(await secretary.say("/xeploai MK-PL1 2026 tốt 95")).toBe(onlyAdmins);
    const leader = await bot.user("leader", [{ unit: "MK", role: "leader" }]);
    expect(await leader.say("/danhhieu MK-PL1 2026 có")).toBe(onlyAdmins);
    expect(await (await bot.user("stranger")).say("/lydo MK-PL1 2026-08 Bão")).toBe(onlyAdmins);
    const inGroup = await bot.user("mk-admin-2", [{ unit: "MK", role: "admin" }], { group: "-100" });
    expect(await inGroup.say("/xeploai MK-PL1 2026 tốt 95")).toBe("Lệnh này dùng trong tin nhắn riêng với bot.");
    // A root admin by configuration, with no role anywhere, acts on every unit.
    const root = await bot.user("9000");
    expect(await root.say("/xeploai BH-BP 2026 tot 90")).toContain("✅ Đã ghi kết quả năm 2026 của Chi bộ thôn Bản Phố (BH-BP)");
    expect(ratings().map((r) => [r.code, r.by])).toEqual([
      ["BH-BP", null],
      ["MK-THPT-GV", expect.any(Number)],
    ]);
    expect(audits().map((a) => [a.action, a.subject, a.actor === null])).toEqual([
      ["yearend.rating", "unit:MK-THPT-GV", false],
      ["yearend.rating", "unit:BH-BP", true],
    ]);
  });

  it("answers in English for an English speaker", async () => {
    bot = await startTestBot({ dbPath, lang: "en" });
    const admin = await admin_("mk-admin", "MK");
    expect(await admin.say("/rating MK-PL1 2026 excellent 0.98")).toBe(
      `✅ Recorded ${PL1} (MK-PL1) for 2026: rating Completed tasks excellently; members rated good or better: 98%.`,
    );
    expect(await admin.say("/excuse MK-PL1 2026-08")).toContain("At most 500 characters; no member names, nothing classified.");
  });

  async function admin_(id: string, unit: string) {
    return bot.user(id, [{ unit, role: "admin" }]);
  }
});
