import { afterEach, describe, expect, it } from "vitest";
import { enterYearEndRating } from "../../src/app/enter-year-end-rating.ts";
import { importYearEnd, type ImportRow } from "../../src/app/import-year-end.ts";
import { SYSTEM_ACTOR } from "../../src/app/year-end-unit.ts";
import { dbRows } from "../support/db-rows.ts";
import { tempDbPath } from "../support/temp-db.ts";
import { startTestBot, type TestBot } from "../support/test-bot.ts";

/**
 * The import use case on rows as a spreadsheet reader hands them over: every row checked, every
 * problem with its row, all or nothing; a plan of new / changed / unchanged per unit. The demo
 * org on 20 November 2026.
 */
describe("importing year-end inputs", () => {
  const dbPath = tempDbPath();
  let bot: TestBot;
  afterEach(async () => bot.close());
  const row = (n: number, values: Omit<ImportRow, "row">): ImportRow => ({ row: n, ...values });
  const count = (table: string): number =>
    dbRows(bot.app).count(`SELECT COUNT(*) AS n FROM ${table}${table === "audit_log" ? " WHERE action LIKE 'yearend.%'" : ""}`);

  it("reports every problem with its row and writes nothing", async () => {
    bot = await startTestBot({ dbPath });
    const outcome = await importYearEnd(bot.app, {
      year: 2026,
      dryRun: false,
      source: "test",
      rows: [
        row(2, { code: "MK-PL1", rating: "tốt", share: "95%" }),
        row(3, { code: "MK-XX", rating: "tốt", share: 95 }),
        row(4, { code: "MK-NC", rating: "khá", share: "120" }),
        row(5, { code: "MK", rating: "tốt" }),
        row(6, { code: null, rating: "tốt" }),
        row(7, { code: "MK-TT", year: 2025, rating: "tốt" }),
        row(8, { code: "MK-PL1", rating: "xuất sắc" }),
        row(9, { code: "MK-THPT", month: "2026-08", reason: "Bão" }),
        row(10, { code: "MK-TT", month: "2025-08", reason: "Bão" }),
        row(11, { code: "MK-TT", reason: "Bão" }),
        row(12, { code: "MK-TT", month: "2026-12", reason: "Bão" }),
        row(13, { code: "MK-TT", month: "2026-07", reason: "" }),
        row(14, { code: "MK-TT", year: "26", share: 90 }),
        // Rows that only list a unit (the template's) are passed over.
        row(15, { code: "MK-THPT-GV" }),
      ],
    });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problems.map((p) => [p.row, p.refusal.reason, p.refusal.args])).toEqual([
      [3, "unknown-unit", { code: "MK-XX" }],
      [4, "bad-rating", { rating: "khá" }],
      [4, "bad-percent", { share: "120" }],
      [5, "wrong-kind-rating", { unit: "Đảng ủy xã Mường Khương", code: "MK", kind: "committee" }],
      [6, "import-code-missing", {}],
      [7, "import-other-year", { year: "2025", expected: "2026" }],
      [8, "import-twice", { code: "MK-PL1", other: "2" }],
      [9, "wrong-kind-missed", { unit: "Đảng bộ Trường THPT số 1 Mường Khương", code: "MK-THPT", kind: "grassroots_committee" }],
      [10, "import-month-other-year", { period: "2025-08", year: "2026" }],
      [11, "import-month-missing", {}],
      [12, "future-period", { period: "2026-12" }],
      [13, "reason-missing", {}],
      [14, "bad-year", { year: "26" }],
    ]);
    expect([count("year_end_ratings"), count("approved_missed_meetings"), count("audit_log")]).toEqual([0, 0, 0]);
  });

  it("plans new, changed and unchanged units; a dry run writes nothing, the import writes all with its audit entries", async () => {
    bot = await startTestBot({ dbPath });
    await enterYearEndRating(bot.app, { unitCode: "MK-NC", year: 2026, rating: "good", shareGoodPercent: 95, actor: SYSTEM_ACTOR });
    await enterYearEndRating(bot.app, { unitCode: "MK-TT", year: 2026, rating: "complete", shareGoodPercent: 80, actor: SYSTEM_ACTOR });
    const rows = [
      row(2, { code: "mk-pl1", year: "2026", rating: "Hoàn thành tốt nhiệm vụ", share: "0,95" }),
      // Only the share: the stored rating stays.
      row(3, { code: "MK-NC", share: 90 }),
      row(4, { code: "MK-TT", rating: "hoan thanh", share: "80" }),
      row(5, { code: "MK-PL1", month: "8/2026", reason: "Bão lũ" }),
      // The same value twice is no conflict.
      row(6, { code: "MK-PL1", share: "95%" }),
    ];
    const input = { rows, year: 2026, dryRun: true, source: "nam-2026.csv" };
    const planned = await importYearEnd(bot.app, input);
    const summary = (o: typeof planned) =>
      o.ok ? { written: o.written, ratings: o.ratings.map((p) => [p.unit.code, p.change, p.after, p.before]), missed: o.missed.map((p) => [p.unit.code, p.periodKey, p.change]) } : o.problems;
    const plan = {
      ratings: [
        ["MK-PL1", "new", { rating: "good", shareGoodPercent: 95 }, null],
        ["MK-NC", "changed", { rating: "good", shareGoodPercent: 90 }, { rating: "good", shareGoodPercent: 95 }],
        ["MK-TT", "unchanged", { rating: "complete", shareGoodPercent: 80 }, { rating: "complete", shareGoodPercent: 80 }],
      ],
      missed: [["MK-PL1", "2026-08", "new"]],
    };
    expect(summary(planned)).toEqual({ written: false, ...plan });
    expect([count("year_end_ratings"), count("approved_missed_meetings"), count("audit_log")]).toEqual([2, 0, 2]);

    expect(summary(await importYearEnd(bot.app, { ...input, dryRun: false }))).toEqual({ written: true, ...plan });
    expect(dbRows(bot.app).all("SELECT units.code AS code, rating, share_good_percent AS share, entered_by AS by FROM year_end_ratings JOIN units ON units.id = unit_id ORDER BY units.code")).toEqual([
      { code: "MK-NC", rating: "good", share: 90, by: null },
      { code: "MK-PL1", rating: "good", share: 95, by: null },
      { code: "MK-TT", rating: "complete", share: 80, by: null },
    ]);
    const audit = dbRows(bot.app).all<{ action: string; subject: string; details: string }>("SELECT action, subject, details FROM audit_log WHERE action LIKE 'yearend.%' ORDER BY id").slice(2);
    expect(audit.map((a) => [a.action, a.subject, JSON.parse(a.details)])).toEqual([
      ["yearend.rating", "unit:MK-PL1", { year: 2026, rating: "good", shareGoodPercent: 95, before: null, via: "import", source: "nam-2026.csv" }],
      ["yearend.rating", "unit:MK-NC", { year: 2026, rating: "good", shareGoodPercent: 90, before: { rating: "good", shareGoodPercent: 95 }, via: "import", source: "nam-2026.csv" }],
      ["yearend.missed.approve", "unit:MK-PL1", { period: "2026-08", reason: "Bão lũ", before: null, via: "import", source: "nam-2026.csv" }],
      ["yearend.import", "file:nam-2026.csv", { ratings: { new: 1, changed: 1, unchanged: 1 }, missed: { new: 1, changed: 0, unchanged: 0 } }],
    ]);

    // Run again: everything unchanged, nothing but the import itself recorded.
    const again = await importYearEnd(bot.app, { ...input, dryRun: false });
    expect(again.ok && [...again.ratings, ...again.missed].every((p) => p.change === "unchanged")).toBe(true);
    expect(count("audit_log")).toBe(2 + 4 + 1);
  });
});
