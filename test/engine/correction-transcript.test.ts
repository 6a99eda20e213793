import { afterEach, describe, expect, it } from "vitest";
import { closePeriod } from "../../src/app/close-period.ts";
import { proactiveDeps } from "../../src/app/open-app.ts";
import { dbRows } from "../support/db-rows.ts";
import { FULL_MONTH_ANSWERS } from "../support/schedule-harness.ts";
import { tempDbPath } from "../support/temp-db.ts";
import { startTestBot, type TestBot, type TestUser } from "../support/test-bot.ts";

/**
 * Issue 11, item 1: a submitted report goes back to its cell for correction, with the reason;
 * the secretary is told why, opens it at the summary, changes an item and sends it again, and it
 * is scored anew. Every step is audited; every submission is kept as a revision. On 20/11/2026
 * (10:00 in Hà Nội) period 11/2026 is open.
 */
const PL1 = "Chi bộ thôn Pha Long 1";
const REASON = "Câu 3: thời lượng sinh hoạt ghi chưa đúng";
const bots: TestBot[] = [];
afterEach(async () => {
  for (const bot of bots.splice(0)) await bot.close();
});

async function start(dbPath: string, env?: Record<string, string>): Promise<TestBot> {
  const bot = await startTestBot({ dbPath, channel: "telegram", ...(env ? { env } : {}) });
  bots.push(bot);
  await bot.app.stores.org.createUnits(
    [
      { code: "BH", name: "Đảng ủy xã Bắc Hà", kind: "committee", parentCode: "LC", memberCount: 0 },
      { code: "BH-BP", name: "Chi bộ thôn Bản Phố", kind: "cell", parentCode: "BH", memberCount: 14 },
    ],
    bot.clock.now(),
  );
  return bot;
}

async function submitted(bot: TestBot, id = "sec-pl1"): Promise<TestUser> {
  const secretary = await bot.user(id, [{ unit: "MK-PL1", role: "secretary" }]);
  await secretary.says("/baocao");
  for (const answer of FULL_MONTH_ANSWERS) await secretary.says(answer);
  return secretary;
}

const assessmentOf = (bot: TestBot, code: string, key: string) =>
  dbRows(bot.app).get<{ id: number; status: string; score: number | null }>(
    "SELECT a.id AS id, a.status AS status, a.score AS score FROM assessments a JOIN units u ON u.id = a.unit_id JOIN periods p ON p.id = a.period_id WHERE u.code = ? AND p.key = ?",
    code,
    key,
  );

describe("returning a submitted report for correction", () => {
  const dbPath = tempDbPath();

  it("tells the secretary why, opens at the summary, and the resubmission is scored anew with its history kept", async () => {
    const bot = await start(dbPath);
    const secretary = await submitted(bot);
    const admin = await bot.user("adm-mk", [{ unit: "MK", role: "admin" }]);
    const first = assessmentOf(bot, "MK-PL1", "2026-11");
    expect(first).toMatchObject({ status: "submitted", score: 100 });

    // The admin returns it; the reason is the rest of the message, however long.
    expect(await admin.say(`/tralai MK-PL1 2026-11 ${REASON}`)).toBe(
      `↩️ Đã trả lại báo cáo tháng 11/2026 của ${PL1} (lần gửi 1, 100 điểm) để sửa. Đã xếp 1 tin báo lý do cho bí thư, phó bí thư của chi bộ (trong giờ yên tĩnh ban đêm, tin đi lúc 7 giờ sáng); báo cáo mở lại ở bản tóm tắt, mọi câu trả lời được giữ.`,
    );
    expect(assessmentOf(bot, "MK-PL1", "2026-11")).toMatchObject({ id: first?.id, status: "in_progress", score: null });
    expect(dbRows(bot.app).count("SELECT COUNT(*) AS n FROM answers WHERE assessment_id = ?", first?.id)).toBe(18);

    // The secretary is told at once, with a button that opens the report.
    const [notice, ...more] = await secretary.inbox();
    expect(more).toEqual([]);
    expect(notice?.text).toBe(
      `↩️ Báo cáo tháng 11/2026 của ${PL1} được trả lại để sửa.\nLý do: ${REASON}\nMọi câu trả lời vẫn được giữ. Đồng chí mở báo cáo (bấm nút dưới đây hoặc gõ /baocao), sửa câu cần sửa rồi chọn "Gửi báo cáo".`,
    );
    expect(notice?.choices).toEqual([{ id: "assess", label: "Mở báo cáo" }]);

    // It opens at the summary, every answer kept; item 3 is changed and the report sent again.
    const [summary] = (await secretary.taps("assess", "greeting")).replies;
    expect(summary?.text).toContain(`📝 Tóm tắt báo cáo tháng 11/2026 — ${PL1}`);
    expect(summary?.text).toContain("3. Thời lượng (phút): 120");
    expect(summary?.text).toContain("Tổng điểm: 100/100");
    expect(await secretary.say("sửa 3")).toContain("(Câu trả lời hiện tại: 120)");
    expect(await secretary.say("60")).toContain("Buổi sinh hoạt có kết hợp sinh hoạt chuyên đề không?");
    const preview = await secretary.say("không");
    expect(preview).toContain("3. Thời lượng (phút): 60");
    expect(preview).toContain("Tổng điểm: 95/100");
    const receipt = await secretary.say("gửi");
    expect(receipt).toContain(`✅ Đã gửi báo cáo tháng 11/2026 — ${PL1}.`);
    expect(receipt).toContain("Thời lượng sinh hoạt: 60 phút → 0/5 điểm");
    expect(assessmentOf(bot, "MK-PL1", "2026-11")).toMatchObject({ id: first?.id, status: "submitted", score: 95 });

    // Every submission is a revision; the returned one says when, by whom and why.
    const adminId = dbRows(bot.app).get<{ id: number }>("SELECT person_id AS id FROM identities WHERE external_id = ?", "adm-mk")?.id;
    const secretaryId = dbRows(bot.app).get<{ id: number }>("SELECT person_id AS id FROM identities WHERE external_id = ?", "sec-pl1")?.id;
    const revisions = await bot.app.stores.assessments.revisions(first?.id ?? 0);
    expect(revisions.map((r) => [r.revision, r.standing.score, r.submittedBy, r.returned?.by ?? null, r.returned?.reason ?? null])).toEqual([
      [1, 100, secretaryId, adminId, REASON],
      [2, 95, secretaryId, null, null],
    ]);

    // And the audit log has each step, with who did it.
    const audit = dbRows(bot.app).all<{ action: string; actor: number | null; subject: string; details: string }>(
      "SELECT action, actor_id AS actor, subject, details FROM audit_log WHERE action LIKE 'assessment.%' ORDER BY id",
    );
    expect(audit.map((a) => [a.action, a.actor, a.subject])).toEqual([
      ["assessment.submit", secretaryId, `assessment:${first?.id}`],
      ["assessment.return", adminId, `assessment:${first?.id}`],
      ["assessment.submit", secretaryId, `assessment:${first?.id}`],
    ]);
    expect(JSON.parse(audit[1]?.details ?? "{}")).toEqual({ unit: "MK-PL1", period: "2026-11", reason: REASON, revision: 1, score: 100, fourGood: true, lateUntil: null });
    expect(JSON.parse(audit[2]?.details ?? "{}")).toEqual({ score: 95, fourGood: true });
  });

  it("is for leaders and admins of a unit above the cell only, and every refusal says why", async () => {
    const bot = await start(dbPath, { ADMIN_TELEGRAM_IDS: "9000" });
    await submitted(bot);
    const command = `/tralai MK-PL1 2026-11 ${REASON}`;
    const refusals: [string, { unit: string; role: "secretary" | "deputy" | "leader" | "admin" }[], string][] = [
      ["a stranger", [], "Đồng chí chưa được đăng ký dùng bot. Vui lòng xin mã mời từ văn phòng cấp ủy."],
      ["the cell's own secretary", [{ unit: "MK-PL1", role: "secretary" }], "Chỉ lãnh đạo cấp ủy cấp trên hoặc quản trị viên mới trả lại được báo cáo của chi bộ."],
      ["a secretary of another cell", [{ unit: "MK-NC", role: "secretary" }], "Chỉ lãnh đạo cấp ủy cấp trên hoặc quản trị viên mới trả lại được báo cáo của chi bộ."],
      ["a leader of another commune", [{ unit: "BH", role: "leader" }], `${PL1} (MK-PL1) ngoài phạm vi đồng chí phụ trách, nên đồng chí không trả lại được báo cáo của chi bộ này.`],
      ["an admin of another commune", [{ unit: "BH", role: "admin" }], `${PL1} (MK-PL1) ngoài phạm vi đồng chí phụ trách, nên đồng chí không trả lại được báo cáo của chi bộ này.`],
      ["an admin of a sibling cell", [{ unit: "MK-TT", role: "admin" }], `${PL1} (MK-PL1) ngoài phạm vi đồng chí phụ trách, nên đồng chí không trả lại được báo cáo của chi bộ này.`],
    ];
    for (const [who, grants, refusal] of refusals) {
      const user = await bot.user(`u-${who.replaceAll(" ", "-")}`, grants);
      expect(await user.say(command), who).toBe(refusal);
    }
    expect(assessmentOf(bot, "MK-PL1", "2026-11")?.status).toBe("submitted");
    expect(dbRows(bot.app).count("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'assessment.return'")).toBe(0);

    // A leader of the commune may; a second return finds nothing submitted.
    const leader = await bot.user("leader-mk", [{ unit: "MK", role: "leader" }]);
    expect(await leader.say(command)).toContain("↩️ Đã trả lại báo cáo tháng 11/2026");
    expect(await leader.say(command)).toBe(`Báo cáo tháng 11/2026 của ${PL1} chưa gửi (đang làm), nên không có gì để trả lại.`);
    // A configured admin too, anywhere; and mistakes are named.
    const root = await bot.user("9000");
    expect(await root.say("/tralai MK-NC 2026-11 Thiếu số liệu")).toBe("Báo cáo tháng 11/2026 của Chi bộ thôn Na Chơ chưa gửi (chưa bắt đầu), nên không có gì để trả lại.");
    expect(await root.say("/tralai MK 2026-11 Thiếu số liệu")).toBe("Đảng ủy xã Mường Khương (MK) không phải chi bộ; lệnh này dùng cho báo cáo tháng của một chi bộ.");
    expect(await root.say("/tralai MK-XX 2026-11 Thiếu số liệu")).toBe("Không có đơn vị mã MK-XX.");
    expect(await root.say("/tralai MK-PL1 2026-09 Thiếu số liệu")).toBe("Không có kỳ báo cáo 2026-09.");
    expect(await root.say("/tralai MK-PL1 2026-11")).toContain("Cách dùng: /tralai MÃ-CHI-BỘ YYYY-MM lý do trả lại");
    expect(await root.say(`/return MK-PL1 2026-11 ${"x".repeat(501)}`)).toBe("Lý do cần từ 1 đến 500 ký tự.");
  });

  it("on a closed period, allows the cell a late report of 7 days, which it answers and sends; after that, answers are refused", async () => {
    const bot = await start(dbPath);
    const secretary = await submitted(bot);
    await closePeriod(proactiveDeps(bot.app), "2026-11");
    bot.clock.set("2026-12-12T03:00:00Z");
    const admin = await bot.user("adm-mk", [{ unit: "MK", role: "admin" }]);

    const reply = await admin.say(`/tralai MK-PL1 2026-11 ${REASON}`);
    expect(reply).toContain("↩️ Đã trả lại báo cáo tháng 11/2026");
    expect(reply).toContain("Kỳ này đã đóng, nên chi bộ được báo cáo muộn đến hết ngày 19/12/2026 (7 ngày).");
    const [notice] = await secretary.inbox();
    expect(notice?.text).toContain("Kỳ này đã đóng; chi bộ được báo cáo muộn đến hết ngày 19/12/2026.");

    // The greeting names the month and the deadline; the report opens at its summary.
    const greeting = await secretary.say("/start");
    expect(greeting).toContain("Chi bộ được báo cáo muộn tháng 11/2026 đến hết ngày 19/12/2026 — đang làm dở: 16/16 câu.");
    expect(await secretary.say("/baocao")).toContain("📝 Tóm tắt báo cáo tháng 11/2026");
    expect(await secretary.say("gửi")).toContain("✅ Đã gửi báo cáo tháng 11/2026");
    expect(assessmentOf(bot, "MK-PL1", "2026-11")?.status).toBe("submitted");
    expect(dbRows(bot.app).get<{ until: string }>("SELECT until FROM late_reports")?.until).toBe("2026-12-19T17:00:00.000+00:00");
    expect(dbRows(bot.app).all<{ action: string }>("SELECT action FROM audit_log WHERE action IN ('late-report.allow', 'assessment.return') ORDER BY id").map((r) => r.action)).toEqual([
      "late-report.allow",
      "assessment.return",
    ]);

    // Returned again and opened, but sent only after the allowance ended: refused like any late answer.
    await admin.says(`/tralai MK-PL1 2026-11 Lần hai`);
    await secretary.inbox();
    expect(await secretary.say("/baocao")).toContain("📝 Tóm tắt báo cáo tháng 11/2026");
    bot.clock.set("2026-12-20T03:00:00Z");
    expect(await secretary.say("gửi")).toContain("Kỳ báo cáo tháng 11/2026 đã đóng");
    expect(await secretary.say("/baocao")).toContain("Hiện chưa có kỳ báo cáo nào đang mở.");
    expect(assessmentOf(bot, "MK-PL1", "2026-11")?.status).toBe("in_progress");
  });
});

describe("allowing one cell a late report (/chophepmuon)", () => {
  const dbPath = tempDbPath();

  it("lets a cell recorded as not reported answer the closed month until its deadline, and tells its secretary", async () => {
    const bot = await start(dbPath);
    const secretary = await bot.user("sec-nc", [{ unit: "MK-NC", role: "secretary" }]);
    await secretary.says("/baocao");
    await secretary.says("có");
    await closePeriod(proactiveDeps(bot.app), "2026-11");
    expect(assessmentOf(bot, "MK-NC", "2026-11")?.status).toBe("not_reported");
    bot.clock.set("2026-12-12T03:00:00Z");
    await secretary.inbox();

    const otherAdmin = await bot.user("adm-bh", [{ unit: "BH", role: "admin" }]);
    expect(await otherAdmin.say("/chophepmuon MK-NC 2026-11 Mất điện cả tuần")).toBe("Đồng chí không quản trị Chi bộ thôn Na Chơ (MK-NC), nên không cho phép báo cáo muộn được.");
    const leader = await bot.user("leader-mk", [{ unit: "MK", role: "leader" }]);
    expect(await leader.say("/chophepmuon MK-NC 2026-11 Mất điện cả tuần")).toBe("Chỉ quản trị viên mới dùng được lệnh này.");

    const admin = await bot.user("adm-mk", [{ unit: "MK", role: "admin" }]);
    expect(await admin.say("/chophepmuon MK-NC 2026-11 Mất điện cả tuần")).toBe(
      "⏳ Chi bộ thôn Na Chơ được báo cáo muộn tháng 11/2026 đến hết ngày 19/12/2026. Đã xếp 1 tin báo cho bí thư, phó bí thư của chi bộ (trong giờ yên tĩnh ban đêm, tin đi lúc 7 giờ sáng).",
    );
    expect(assessmentOf(bot, "MK-NC", "2026-11")?.status).toBe("in_progress");
    const [notice] = await secretary.inbox();
    expect(notice?.text).toBe(
      "⏳ Chi bộ thôn Na Chơ được phép báo cáo muộn tháng 11/2026, đến hết ngày 19/12/2026.\nLý do: Mất điện cả tuần\nCâu trả lời đã có vẫn được giữ. Bấm nút dưới đây (hoặc gõ /baocao) để làm tiếp rồi gửi.",
    );
    expect(notice?.choices).toEqual([{ id: "assess", label: "Mở báo cáo" }]);

    // The report goes on where it stopped, in the closed month, and is sent.
    expect(await secretary.say("/start")).toContain('Chi bộ được báo cáo muộn tháng 11/2026 đến hết ngày 19/12/2026 — đang làm dở: 0/16 câu. Chọn "Tiếp tục báo cáo"');
    const resumed = (await secretary.taps("assess", "greeting")).replies.map((m) => m.text).join("\n");
    expect(resumed).toContain("Câu 1/16");
    for (const answer of FULL_MONTH_ANSWERS.slice(1)) await secretary.says(answer);
    expect(assessmentOf(bot, "MK-NC", "2026-11")?.status).toBe("submitted");
    expect(await secretary.say("/start")).toContain("Kỳ 11/2026 đã đóng");

    // Audit: who allowed it, until when, why.
    const audit = dbRows(bot.app).get<{ subject: string; details: string }>("SELECT subject, details FROM audit_log WHERE action = 'late-report.allow'");
    expect(audit?.subject).toBe("unit:MK-NC");
    expect(JSON.parse(audit?.details ?? "{}")).toEqual({ period: "2026-11", until: "2026-12-19T17:00:00.000Z", reason: "Mất điện cả tuần", days: 7, reopened: true });

    // Refusals name what to do instead.
    expect(await admin.say("/chophepmuon MK-NC 2026-11 Lần nữa")).toBe(
      "Chi bộ thôn Na Chơ đã gửi báo cáo tháng 11/2026. Muốn chi bộ sửa lại thì trả lại báo cáo: /tralai MK-NC 2026-11 lý do",
    );
    expect(await admin.say("/chophepmuon MK-NC 2026-11")).toContain("Cách dùng: /chophepmuon MÃ-CHI-BỘ YYYY-MM lý do");
  });

  it("refuses a period that is still open: the cell reports as usual", async () => {
    const bot = await start(dbPath);
    const admin = await bot.user("adm-mk", [{ unit: "MK", role: "admin" }]);
    expect(await admin.say("/chophepmuon MK-NC 2026-11 Mất điện")).toBe(
      "Kỳ tháng 11/2026 vẫn đang mở (đến hết ngày 10/12/2026); Chi bộ thôn Na Chơ báo cáo bình thường, không cần cho phép muộn.",
    );
  });

  it("someone answering for two cells sees which one reports late, and for which month", async () => {
    const bot = await start(dbPath);
    const secretary = await bot.user("sec-two", [
      { unit: "MK-NC", role: "secretary" },
      { unit: "MK-TT", role: "deputy" },
    ]);
    await closePeriod(proactiveDeps(bot.app), "2026-11");
    bot.clock.set("2026-12-12T03:00:00Z");
    const admin = await bot.user("adm-mk", [{ unit: "MK", role: "admin" }]);
    await admin.says("/chophepmuon MK-TT 2026-11 Bí thư đi viện");
    await secretary.inbox();
    const [picker] = await secretary.says("/baocao");
    expect(picker?.choices?.map((c) => c.label)).toEqual([
      "Chi bộ thôn Na Chơ — không có kỳ nào đang mở",
      "Chi bộ thôn Tả Thàng — chưa bắt đầu (tháng 11/2026, báo cáo muộn đến hết ngày 19/12/2026)",
    ]);
    expect(await secretary.say("2")).toContain("🏠 Chi bộ thôn Tả Thàng");
  });
});

describe("/period close before the due date, and /period reopen", () => {
  const dbPath = tempDbPath();

  it("says what closing early would do and asks to confirm; a confirmed close closes; a reopening takes a reason", async () => {
    const bot = await start(dbPath, { ADMIN_TELEGRAM_IDS: "9000" });
    await submitted(bot);
    const root = await bot.user("9000");
    expect(await root.say("/period close 2026-11")).toBe(
      'Kỳ tháng 11/2026 có hạn gửi đến hết ngày 05/12/2026, chưa tới hạn. Đóng bây giờ thì 5 chi bộ chưa gửi bị ghi "chưa báo cáo" và không trả lời được nữa.\nNếu vẫn muốn đóng ngay, gửi: /period close 2026-11 xacnhan',
    );
    expect(assessmentOf(bot, "MK-NC", "2026-11")).toBeUndefined();
    expect(dbRows(bot.app).get<{ status: string }>("SELECT status FROM periods WHERE key = '2026-11'")?.status).toBe("open");
    expect(await root.say("/period close 2026-11 xacnhan")).toBe('Đã đóng kỳ báo cáo tháng 11/2026; 5 chi bộ được ghi "chưa báo cáo".');
    expect(await root.say("/period open 2026-11")).toBe(
      'Kỳ 11/2026 đã đóng. Muốn mở lại (có lý do và hạn mới): /period reopen 2026-11 lý do, hoặc npx bontot period reopen 2026-11 --reason "lý do" [--days N]. Chỉ một chi bộ cần báo cáo muộn: /chophepmuon MÃ-CHI-BỘ 2026-11 lý do.',
    );

    // Reopened with a reason: never before the calendar's own closing (end of 10/12).
    const secretary = await bot.user("sec-nc", [{ unit: "MK-NC", role: "secretary" }]);
    expect(await root.say("/period reopen 2026-11")).toBe("Cách dùng: /period reopen YYYY-MM lý do mở lại (kỳ mở lại 7 ngày)");
    expect(await root.say("/period reopen 2026-11 Đóng nhầm trước hạn")).toBe(
      '🔓 Đã mở lại kỳ báo cáo tháng 11/2026 đến hết ngày 10/12/2026; đã báo 5 chi bộ chưa gửi (5 chi bộ đang ghi "chưa báo cáo" được làm tiếp). Hết hạn, kỳ tự đóng lại.',
    );
    expect((await secretary.inbox())[0]?.text).toContain("🔓 Kỳ báo cáo tháng 11/2026 được mở lại cho Chi bộ thôn Na Chơ, đến hết ngày 10/12/2026.\nLý do: Đóng nhầm trước hạn");
    expect(await root.say("/period reopen 2026-11 Lần nữa")).toBe("Kỳ tháng 11/2026 đang mở, không cần mở lại.");
    expect(dbRows(bot.app).get<{ details: string }>("SELECT details FROM audit_log WHERE action = 'period.reopen'")?.details).toContain('"reason":"Đóng nhầm trước hạn"');

    // Only a root admin may, like opening and closing.
    const committeeAdmin = await bot.user("adm-mk", [{ unit: "MK", role: "admin" }]);
    expect(await committeeAdmin.say("/period reopen 2026-11 Lý do")).toBe("Chỉ quản trị cấp cao nhất mới được mở hoặc đóng kỳ báo cáo, vì kỳ báo cáo áp dụng cho mọi chi bộ.");
  });

  it("in English too", async () => {
    const bot = await startTestBot({ dbPath: `${dbPath}.en`, lang: "en", channel: "telegram", env: { ADMIN_TELEGRAM_IDS: "9000" } });
    bots.push(bot);
    const root = await bot.user("9000");
    expect(await root.say("/period close 2026-11")).toContain("To close it now anyway, send: /period close 2026-11 confirm");
    expect(await root.say("/period close 2026-11 confirm")).toContain("The 11/2026 reporting period is closed");
  });
});
