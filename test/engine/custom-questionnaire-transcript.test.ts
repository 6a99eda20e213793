import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { importQuestionnaire } from "../../src/app/import-questionnaire.ts";
import { ensureCurrentPeriod, proactiveDeps } from "../../src/app/open-app.ts";
import { periodReport } from "../../src/app/period-report.ts";
import { digestMessage } from "../../src/app/post-digests.ts";
import { runCli } from "../../src/cli/main.ts";
import { captureIo } from "../support/capture-io.ts";
import { dbRows } from "../support/db-rows.ts";
import { tempDbPath } from "../support/temp-db.ts";
import { startTestBot, type TestBot } from "../support/test-bot.ts";

const KIEU_MAU = readFileSync(new URL("../../questionnaires/kieu-mau.yaml", import.meta.url), "utf8");

/**
 * Issue 13: the grassroots committee MK-THPT adopted the stricter "kiểu mẫu" questionnaire from
 * January 2027; the commune's own cells keep the built-in one. In the same period the secretary
 * of Chi bộ Giáo viên (under MK-THPT, 26 members) answers the new questions and types, and the
 * secretary of Chi bộ thôn Pha Long 1 (18 members) the built-in ones; each is scored by its own.
 */
describe("two subtrees answering two questionnaires in the same period", () => {
  const dbPath = tempDbPath();
  let bot: TestBot;

  beforeEach(async () => {
    bot = await startTestBot({ dbPath, now: "2026-12-20T03:00:00Z" });
    const adopted = await importQuestionnaire(bot.app, { text: KIEU_MAU, unitCode: "MK-THPT", fromPeriod: "2027-01", dryRun: false, actorId: null });
    expect(adopted).toMatchObject({ ok: true, cells: 2, version: "new", assignment: "new" });
    bot.clock.set("2027-01-06T03:00:00Z");
    await ensureCurrentPeriod(bot.app);
  });
  afterEach(async () => bot.close());

  it("asks each cell its own questions, scores each by its own rules, and says which questionnaire everywhere", async () => {
    const gv = await bot.user("sec-gv", [{ unit: "MK-THPT-GV", role: "secretary" }]);
    const pl = await bot.user("sec-pl", [{ unit: "MK-PL1", role: "secretary" }]);

    const first = await gv.says("/baocao");
    expect(first[0]?.text).toContain("Câu 1/16 · Tiêu chí II: Sinh hoạt chi bộ mẫu mực");
    expect(first[0]?.text).toContain("Tháng này chi bộ đã sinh hoạt thường kỳ đúng nội dung, đúng quy trình chưa?");
    expect(await gv.say("có")).toContain("Chi bộ sinh hoạt ngày nào?");
    expect(await gv.say("5/1")).toContain("Số đảng viên phải dự, số có mặt và số vắng không có lý do?");
    expect(await gv.say("phải dự 26, có mặt 25, vắng 0")).toContain("Buổi sinh hoạt kéo dài bao nhiêu phút?");
    // A percent, then a choice whose options the file wrote itself (typed by an alias).
    expect(await gv.say("2 tiếng")).toContain("Khoảng bao nhiêu phần trăm đảng viên dự họp đã phát biểu");
    const criticism = await gv.says("60%");
    expect(criticism[0]?.text).toContain("Buổi sinh hoạt có dành thời gian tự phê bình và phê bình");
    expect(criticism[0]?.choices?.map((c) => c.label)).toEqual(["Có, ghi biên bản đầy đủ", "Có nhưng sơ sài", "Không"]);
    expect(await gv.say("so sai")).toContain("Câu 5/16");
    expect(await gv.say("đã tổ chức")).toContain("Câu 6/16 · Tiêu chí I: Hoàn thành tốt nhiệm vụ chính trị");
    expect(await gv.say("5 5")).toContain("Câu 7/16");
    expect(await gv.say("đầy đủ")).toContain("Câu 8/16 · Tiêu chí III: Đoàn kết, kỷ luật nghiêm");
    expect(await gv.say("không")).toContain("Câu 9/16");
    expect(await gv.say("không")).toContain("Bao nhiêu phần trăm đảng viên đã đóng đảng phí tháng này?");
    expect(await gv.say("100")).toContain("Câu 11/16");
    expect(await gv.say("không")).toContain("Câu 12/16 · Tiêu chí IV: Đảng viên gương mẫu");
    expect(await gv.say("100%")).toContain("Câu 13/16");
    // One member broke the rules: a veto this file wrote itself.
    expect(await gv.say("1")).toContain("Câu 14/16");
    expect(await gv.say("2 1")).toContain("Bao nhiêu phần trăm đảng viên thường xuyên dùng Sổ tay đảng viên điện tử?");
    expect(await gv.say("95")).toContain("Câu 16/16");
    const summary = await gv.say("/skip");
    expect(summary).toContain("Tóm tắt báo cáo tháng 01/2027");
    expect(summary).toContain("Tự phê bình và phê bình: Có nhưng sơ sài");
    const receipt = await gv.say("gửi");
    expect(receipt).toContain("Tổng điểm: 89/100 — Tốt");
    expect(receipt).toContain("Tiêu chí II (Sinh hoạt chi bộ mẫu mực): 22/25 — Chưa đạt (cần ≥ 23)");
    expect(receipt).toContain("• Tự phê bình và phê bình: Có nhưng sơ sài → 2/5 điểm");
    expect(receipt).toContain("Tiêu chí IV (Đảng viên gương mẫu): 17/25 — Chưa đạt");
    expect(receipt).toContain("⛔ Có đảng viên vi phạm, suy thoái — tiêu chí không đạt");

    // The commune's own cell, the same month: the built-in questionnaire, 16 items, its own scoring.
    const q1 = await pl.says("/baocao");
    expect(q1[0]?.text).toContain("Câu 1/16 · Tiêu chí II: Chất lượng sinh hoạt tốt");
    expect(q1[0]?.text).toContain("Tháng này chi bộ đã tổ chức sinh hoạt thường kỳ chưa?");
    for (const answer of ["có", "5/1", "18 17 0", "120 phút", "không", "1", "đã tổ chức", "5 5", "đầy đủ", "không", "không", "18", "không", "100%", "0", "2 1", "17"]) await pl.says(answer);
    await pl.says("/skip");
    expect(await pl.say("gửi")).toContain("Tổng điểm: 100/100 — Rất tốt");

    const rows = dbRows(bot.app);
    const versions = rows.all<{ code: string; questionnaire: string; version: number; score: number }>(
      "SELECT units.code AS code, qv.code AS questionnaire, qv.version AS version, a.score AS score FROM assessments a JOIN units ON units.id = a.unit_id JOIN periods p ON p.id = a.period_id JOIN questionnaire_versions qv ON qv.id = a.questionnaire_version_id WHERE p.key = '2027-01' ORDER BY units.code",
    );
    expect(versions).toEqual([
      { code: "MK-PL1", questionnaire: "monthly-cell", version: 2, score: 100 },
      { code: "MK-THPT-GV", questionnaire: "kieu-mau", version: 1, score: 89 },
    ]);

    const report = await periodReport(bot.app.stores, "2027-01");
    expect(report.ok && report.report.cells.map((c) => [c.code, c.questionnaire, c.score, c.fourGood])).toEqual([
      ["MK-PL1", "monthly-cell v2", 100, true],
      ["MK-NC", null, null, null],
      ["MK-TT", null, null, null],
      ["MK-THPT-GV", "kieu-mau v1", 89, false],
      ["MK-THPT-HC", null, null, null],
    ]);

    const deps = proactiveDeps(bot.app);
    const periods = await bot.app.directory.listPeriods();
    const january = periods.find((p) => p.key === "2027-01");
    if (!january) throw new Error("January is not open");
    const mk = await bot.app.stores.org.findUnit("MK");
    if (!mk) throw new Error("no MK");
    const digest = await digestMessage(deps, mk.id, january, undefined, false);
    expect(digest.text).toContain("📋 Bộ câu hỏi: kieu-mau v1 (1 chi bộ) · monthly-cell v2 (1 chi bộ)");
    expect(digest.text).toContain("⛔ Chi bộ Giáo viên: Có đảng viên vi phạm, suy thoái");
    expect(digest.text).toContain("⚠️ Chi bộ Giáo viên: Có đảng viên vi phạm, suy thoái trong tháng");

    // The office's report: the veto in the file's words, and a column for each version's questions.
    const io = captureIo({ BONTOT_DB_PATH: dbPath, LOG_LEVEL: "silent" });
    expect(await runCli(["report", "--period", "2027-01", "--format", "text"], io.io)).toBe(0);
    expect(io.out()).toContain("⛔ TC IV: Có đảng viên vi phạm, suy thoái");
    expect(io.out()).not.toContain("kieu-mau-v1-");
    const csv = captureIo({ BONTOT_DB_PATH: dbPath, LOG_LEVEL: "silent" });
    expect(await runCli(["report", "--period", "2027-01", "--format", "csv", "--out", "-"], csv.io)).toBe(0);
    expect(csv.out()).toContain("4. Tự phê bình và phê bình");

    // Closing the period records every silent cell with the questionnaire it would have answered.
    await bot.app.directory.closePeriod("2027-01", bot.clock.now());
    expect(
      rows.all(
        "SELECT units.code AS code, qv.code AS questionnaire, a.status AS status FROM assessments a JOIN units ON units.id = a.unit_id JOIN periods p ON p.id = a.period_id JOIN questionnaire_versions qv ON qv.id = a.questionnaire_version_id WHERE p.key = '2027-01' ORDER BY units.code",
      ),
    ).toEqual([
      { code: "MK-NC", questionnaire: "monthly-cell", status: "not_reported" },
      { code: "MK-PL1", questionnaire: "monthly-cell", status: "submitted" },
      { code: "MK-THPT-GV", questionnaire: "kieu-mau", status: "submitted" },
      { code: "MK-THPT-HC", questionnaire: "kieu-mau", status: "not_reported" },
      { code: "MK-TT", questionnaire: "monthly-cell", status: "not_reported" },
    ]);
  });

  it("a period already open keeps its questionnaire: adopting one from it is refused", async () => {
    const refused = await importQuestionnaire(bot.app, { text: KIEU_MAU, unitCode: "MK", fromPeriod: "2027-01", dryRun: false, actorId: null });
    expect(refused).toEqual({ ok: false, reason: "period-begun", period: "2027-01", latest: "2027-01", open: true, next: "2027-02" });
    const again = await importQuestionnaire(bot.app, { text: KIEU_MAU, unitCode: "MK-THPT", fromPeriod: "2027-01", dryRun: false, actorId: null });
    expect(again).toMatchObject({ ok: false, reason: "period-begun" });
    expect(dbRows(bot.app).count("SELECT COUNT(*) AS n FROM questionnaire_assignments")).toBe(1);
  });
});
