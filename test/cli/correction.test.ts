import { describe, expect, it } from "vitest";
import { allowanceUntil } from "../../src/app/late-reports.ts";
import { runCli } from "../../src/cli/main.ts";
import { periodKeyAt } from "../../src/domain/period.ts";
import { lastDayOf } from "../../src/engine/render/late-until.ts";
import { captureIo } from "../support/capture-io.ts";
import { dbRows } from "../support/db-rows.ts";
import { FULL_MONTH_ANSWERS } from "../support/schedule-harness.ts";
import { tempDbPath } from "../support/temp-db.ts";
import { startTestBot } from "../support/test-bot.ts";

/**
 * The CLI runs on the real clock (the bot in these tests on a fake one): dates it computes are
 * checked against the same computation on the real clock.
 */
const TZ = "Asia/Ho_Chi_Minh";
const REASON = "Câu 2: số đảng viên có mặt ghi nhầm";

describe("npx bontot period close before the due date", () => {
  const dbPath = tempDbPath();
  const env = { BONTOT_DB_PATH: dbPath, LOG_LEVEL: "silent" };
  const run = async (argv: string[]) => {
    const { io, out, err } = captureIo(env);
    return { code: await runCli(argv, io), out: out(), err: err() };
  };

  it("refuses with what would happen, unless --yes", async () => {
    await run(["demo"]);
    const current = periodKeyAt(new Date());
    expect((await run(["period", "open", current])).code).toBe(0);
    const refused = await run(["period", "close", current]);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain(`Kỳ tháng ${current.split("-").reverse().join("/")} có hạn gửi đến hết ngày`);
    expect(refused.err).toContain('chưa tới hạn: đóng bây giờ thì 5 chi bộ chưa gửi bị ghi "chưa báo cáo"');
    expect(refused.err).toContain(`npx bontot period close ${current} --yes`);
    expect(dbRows({ config: { dbPath } }).get<{ status: string }>("SELECT status FROM periods WHERE key = ?", current)?.status).toBe("open");

    expect((await run(["period", "close", current, "--no"])).code).toBe(2);
    const closed = await run(["period", "close", current, "--yes"]);
    expect(closed.code).toBe(0);
    expect(closed.out).toContain('5 chi bộ được ghi "chưa báo cáo"');

    // A closed month is not opened again: it is reopened, with a reason and a deadline.
    const again = await run(["period", "open", current]);
    expect(again.code).toBe(2);
    expect(again.err).toContain(`npx bontot period reopen ${current} --reason`);
  });
});

describe("npx bontot correction, history, period reopen and period late", () => {
  const dbPath = tempDbPath();
  const env = { BONTOT_DB_PATH: dbPath, LOG_LEVEL: "silent" };
  const run = async (argv: string[]) => {
    const { io, out, err } = captureIo(env);
    return { code: await runCli(argv, io), out: out(), err: err() };
  };

  it("returns a report, prints its history, and reopens or extends a closed period for a cell", async () => {
    const bot = await startTestBot({ dbPath });
    const secretary = await bot.user("sec-1", [{ unit: "MK-PL1", role: "secretary" }]);
    await secretary.says("/baocao");
    for (const answer of FULL_MONTH_ANSWERS) await secretary.says(answer);
    await bot.close();
    const rows = dbRows({ config: { dbPath } });
    const secretaryId = rows.get<{ id: number }>("SELECT person_id AS id FROM identities WHERE external_id = 'sec-1'")?.id;

    // Mistakes first: each says what is missing.
    expect((await run(["correction", "--unit", "MK-PL1", "--period", "2026-11"])).err).toContain("Thiếu --reason LÝ-DO.");
    expect((await run(["correction", "--period", "2026-11", "--reason", "x"])).code).toBe(2);
    expect((await run(["correction", "--unit", "MK-PL1", "--period", "11/2026", "--reason", "x"])).err).toContain('Kỳ "11/2026" không đúng dạng YYYY-MM');
    expect((await run(["correction", "--unit", "MK-NC", "--period", "2026-11", "--reason", "x"])).err).toContain("Báo cáo tháng 11/2026 của Chi bộ thôn Na Chơ chưa gửi (chưa bắt đầu)");

    const returned = await run(["correction", "--unit", "MK-PL1", "--period", "2026-11", "--reason", REASON]);
    expect(returned.err).toBe("");
    expect(returned.code).toBe(0);
    expect(returned.out).toContain("↩️ Đã trả lại báo cáo tháng 11/2026 của Chi bộ thôn Pha Long 1 (lần gửi 1, 100 điểm) để sửa. Đã xếp 1 tin báo lý do");
    expect(rows.get<{ status: string }>("SELECT status FROM assessments WHERE unit_id = (SELECT id FROM units WHERE code = 'MK-PL1')")?.status).toBe("in_progress");
    const audit = rows.get<{ actor: number | null; details: string }>("SELECT actor_id AS actor, details FROM audit_log WHERE action = 'assessment.return'");
    expect(audit?.actor).toBeNull();
    expect(JSON.parse(audit?.details ?? "{}")).toMatchObject({ unit: "MK-PL1", period: "2026-11", reason: REASON, revision: 1 });
    // The secretary's message waits in the outbox for the running bot.
    expect(rows.count("SELECT COUNT(*) AS n FROM outbox_messages WHERE dedupe_key LIKE 'return:%' AND chat_id = 'sec-1'")).toBe(1);
    expect((await run(["correction", "--unit", "MK-PL1", "--period", "2026-11", "--reason", REASON])).err).toContain("chưa gửi (đang làm)");

    const history = await run(["history", "--unit", "MK-PL1", "--period", "2026-11"]);
    expect(history.code).toBe(0);
    expect(history.out).toContain("Lịch sử báo cáo tháng 11/2026 — Chi bộ thôn Pha Long 1 (MK-PL1): đang làm");
    expect(history.out).toContain(`Lần gửi 1: 20/11/2026 10:00, người gửi #${secretaryId} fake:sec-1 — 100/100 điểm, đạt "4 tốt"`);
    expect(history.out).toMatch(new RegExp(`↩️ trả lại \\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d, người trả hệ thống \\(dòng lệnh\\): ${REASON}`));
    expect(history.out).toContain("assessment.return");
    const json = await run(["history", "--unit", "MK-PL1", "--period", "2026-11", "--format", "json"]);
    expect(JSON.parse(json.out)).toMatchObject({
      unit: "MK-PL1",
      period: "2026-11",
      status: "in_progress",
      revisions: [{ revision: 1, score: 100, fourGood: true, submittedBy: secretaryId, returned: { by: null, reason: REASON } }],
      lateReport: null,
    });
    expect((await run(["history", "--unit", "MK-XX", "--period", "2026-11"])).err).toContain("MK-XX");

    // Closed; then one cell is allowed a late report, then the whole period is reopened.
    expect((await run(["period", "close", "2026-11", "--yes"])).code).toBe(0);
    expect((await run(["period", "late", "--unit", "MK-NC", "--period", "2026-11", "--reason", "Mất điện", "--days", "0"])).err).toContain("từ 1 đến 60");
    expect((await run(["period", "late", "--unit", "MK-NC", "--period", "2026-11", "--reason", "Mất điện", "--days", "ba"])).err).toContain('--days "ba" không hợp lệ');
    const late = await run(["period", "late", "--unit", "MK-NC", "--period", "2026-11", "--days", "3", "--reason", "Mất điện"]);
    expect(late.code).toBe(0);
    expect(late.out).toContain(`⏳ Chi bộ thôn Na Chơ được báo cáo muộn tháng 11/2026 đến hết ngày ${lastDayOf(allowanceUntil(new Date(), 3, TZ), TZ)}.`);
    expect(rows.get<{ status: string }>("SELECT status FROM assessments WHERE unit_id = (SELECT id FROM units WHERE code = 'MK-NC')")?.status).toBe("in_progress");

    expect((await run(["period", "reopen", "2026-11"])).err).toContain("Thiếu --reason LÝ-DO.");
    const reopened = await run(["period", "reopen", "2026-11", "--reason", "Gia hạn cho cả xã", "--days", "7"]);
    expect(reopened.code).toBe(0);
    const sevenDays = allowanceUntil(new Date(), 7, TZ);
    const calendarClose = new Date("2026-12-10T17:00:00.000Z");
    expect(reopened.out).toContain(`🔓 Đã mở lại kỳ báo cáo tháng 11/2026 đến hết ngày ${lastDayOf(sevenDays > calendarClose ? sevenDays : calendarClose, TZ)}`);
    expect(rows.get<{ status: string }>("SELECT status FROM periods WHERE key = '2026-11'")?.status).toBe("open");
    expect((await run(["period", "reopen", "2026-11", "--reason", "Lần nữa"])).err).toContain("Kỳ tháng 11/2026 đang mở, không cần mở lại.");
    expect(rows.all<{ action: string }>("SELECT action FROM audit_log WHERE action LIKE 'period.%' OR action LIKE 'late-report.%' ORDER BY id").map((r) => r.action)).toEqual([
      "period.open",
      "period.close",
      "late-report.allow",
      "period.reopen",
    ]);
  });
});
