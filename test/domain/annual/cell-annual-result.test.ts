import { describe, expect, it } from "vitest";
import type { Decision } from "../../../src/domain/annual/annual-types.ts";
import {
  ANNUAL_RULES,
  DEFAULT_ANNUAL_THRESHOLDS,
  cellAnnualResult,
  type AnnualRule,
  type AnnualThresholds,
  type CellAnnualResult,
  type YearEndInput,
} from "../../../src/domain/annual/cell-annual-result.ts";
import type { MonthRecord } from "../../../src/domain/annual/month-record.ts";
import {
  DUES_SHORT,
  FOUND_BY_CELL,
  FOUND_BY_HIGHER,
  NOT_HELD,
  RESOLVED,
  TASKS_HALF_DONE,
  TASKS_SHARE_80,
  UNRESOLVED,
  YEAR,
  answersOf,
  key,
  monthRecord,
  months,
  thematic,
  yearEnd,
  yearOf,
  type MonthSpec,
} from "./annual-fixtures.ts";

function result(specs: Readonly<Record<number, MonthSpec>>, end: YearEndInput | null, thresholds?: AnnualThresholds): CellAnnualResult {
  return cellAnnualResult({ year: YEAR, months: yearOf(specs), yearEnd: end, ...(thresholds ? { thresholds } : {}) });
}

function reason(r: CellAnnualResult, rule: AnnualRule) {
  const row = r.reasons.find((x) => x.rule === rule);
  if (!row) throw new Error(`no row for ${rule}`);
  return row;
}

// [case, month specs, year-end input, expected met, expected figures (a subset)]
type Case = [string, Readonly<Record<number, MonthSpec>>, YearEndInput | null, Decision, Record<string, unknown>];

function table(rule: AnnualRule, cases: readonly Case[]): void {
  it.each(cases)("%s", (_, specs, end, met, figures) => {
    const row = reason(result(specs, end), rule);
    expect(row.met).toBe(met);
    expect(row.figures).toMatchObject(figures);
  });
}

describe("cell annual eligibility", () => {
  describe("meetings: 12/12, or 11 with every miss approved", () => {
    table("meetings", [
      ["all twelve held", {}, yearEnd(), true, { held: 12, missed: [], open: 0 }],
      ["all twelve held, no year-end input needed", {}, null, true, { held: 12 }],
      ["eleven held, the miss approved", { 4: NOT_HELD }, yearEnd({ approvedMissedMeetings: [key(4)] }), true, { held: 11, missedApproved: [key(4)] }],
      ["eleven held, the miss not approved", { 4: NOT_HELD }, yearEnd(), false, { held: 11, missedNotApproved: [key(4)] }],
      ["approval of another month does not cover the miss", { 4: NOT_HELD }, yearEnd({ approvedMissedMeetings: [key(5)] }), false, { missedNotApproved: [key(4)] }],
      ["eleven held, approval not entered yet", { 4: NOT_HELD }, null, null, { held: 11, missed: [key(4)] }],
      ["two missed: lost even before year end", { 4: NOT_HELD, 7: NOT_HELD, ...months([10, 11, 12], "missing") }, null, false, { held: 7, missed: [key(4), key(7)], open: 3 }],
      ["not reported counts as not held", { 5: "not_reported" }, yearEnd(), false, { held: 11, missed: [key(5)] }],
      ["not reported with an approved reason", { 5: "not_reported" }, yearEnd({ approvedMissedMeetings: [key(5)] }), true, { held: 11 }],
      ["all held so far, December in progress", { 12: "in_progress" }, yearEnd(), null, { held: 11, open: 1 }],
      ["a miss approved, December still open", { 4: NOT_HELD, 12: "in_progress" }, yearEnd({ approvedMissedMeetings: [key(4)] }), null, { held: 10, open: 1 }],
      ["half the year without records", months([7, 8, 9, 10, 11, 12], "missing"), null, null, { held: 6, open: 6 }],
      ["not started months are open", months([11, 12], "not_started"), null, null, { held: 10, open: 2 }],
    ]);

    it("reads the thresholds given", () => {
      const strict = { ...DEFAULT_ANNUAL_THRESHOLDS, meetingsWithApprovedReason: 12 };
      expect(reason(result({ 4: NOT_HELD }, yearEnd({ approvedMissedMeetings: [key(4)] }), strict), "meetings").met).toBe(false);
    });
  });

  describe("a thematic meeting every quarter", () => {
    const onlyMidQuarter = { ...months([1, 3, 4, 6, 7, 9, 10, 12], thematic("thematic-scheduled")), ...months([2, 5, 8, 11], thematic("thematic-held")) };
    table("thematic_quarters", [
      ["held in every quarter", {}, yearEnd(), true, { held: ["Q1", "Q2", "Q3", "Q4"], without: [], undecided: [] }],
      ["any month of the quarter may report it", onlyMidQuarter, yearEnd(), true, { held: ["Q1", "Q2", "Q3", "Q4"] }],
      ["Q2 only scheduled", months([4, 5, 6], thematic("thematic-scheduled")), yearEnd(), false, { without: ["Q2"] }],
      ["Q3 not yet", months([7, 8, 9], thematic("thematic-not-yet")), yearEnd(), false, { without: ["Q3"] }],
      ["Q1 never reported", months([1, 2, 3], "not_reported"), yearEnd(), false, { without: ["Q1"], held: ["Q2", "Q3", "Q4"] }],
      [
        "Q4 scheduled so far; an unsubmitted 'held' does not count",
        { ...months([10, 11], thematic("thematic-scheduled")), 12: "in_progress" },
        yearEnd(),
        null,
        { without: [], undecided: ["Q4"] },
      ],
      ["Q1 missed while Q4 is still open", { ...months([1, 2, 3], thematic("thematic-not-yet")), ...months([10, 11, 12], "missing") }, null, false, { without: ["Q1"], undecided: ["Q4"] }],
    ]);
  });

  describe("four-good in at least 10 months", () => {
    table("four_good_months", [
      ["twelve months", {}, yearEnd(), true, { months: 12, notFourGood: [] }],
      ["exactly ten", { 2: TASKS_SHARE_80, 9: TASKS_HALF_DONE }, yearEnd(), true, { months: 10, notFourGood: [key(2), key(9)] }],
      ["nine", { 2: TASKS_SHARE_80, 9: TASKS_HALF_DONE, 11: DUES_SHORT }, yearEnd(), false, { months: 9 }],
      ["three misses by March: lost already", { ...months([1, 2, 3], TASKS_SHARE_80), ...months([4, 5, 6, 7, 8, 9, 10, 11, 12], "missing") }, null, false, { months: 0, open: 9 }],
      ["two misses, five months open", { ...months([1, 2], TASKS_SHARE_80), ...months([8, 9, 10, 11, 12], "missing") }, null, null, { months: 5, open: 5 }],
      ["not reported months are not four-good", months([3, 8, 12], "not_reported"), yearEnd(), false, { months: 9, notFourGood: [key(3), key(8), key(12)] }],
      ["a missed meeting makes the month not four-good", months([3, 6, 9], NOT_HELD), yearEnd(), false, { months: 9 }],
    ]);
  });

  describe("each criterion met in at least 10 months", () => {
    table("criterion_months", [
      ["every criterion every month", {}, yearEnd(), true, { I: 12, II: 12, III: 12, IV: 12, short: [] }],
      ["misses spread over criteria, none below ten", { ...months([1, 2], TASKS_HALF_DONE), ...months([5, 6], TASKS_SHARE_80) }, yearEnd(), true, { I: 10, IV: 10, II: 12 }],
      ["criterion III short", months([3, 6, 9], DUES_SHORT), yearEnd(), false, { III: 9, short: ["III"] }],
      ["criterion II short through missed meetings", months([1, 4, 7], NOT_HELD), yearEnd(), false, { II: 9, short: ["II"] }],
      ["two misses of I with four months open", { ...months([1, 2], TASKS_HALF_DONE), ...months([9, 10, 11, 12], "in_progress") }, null, null, { I: 6, open: 4, short: [] }],
    ]);
  });

  describe("no veto in the year", () => {
    table("no_veto", [
      ["none", {}, yearEnd(), true, { months: [], rules: [] }],
      ["discipline found by a higher level", { 6: FOUND_BY_HIGHER }, yearEnd(), false, { months: [key(6)], rules: ["discipline-higher"] }],
      ["discipline found by the cell is no veto", { 6: FOUND_BY_CELL }, yearEnd(), true, { months: [] }],
      ["unresolved disunity in February: lost already", { 2: UNRESOLVED, ...months([3, 4, 5, 6, 7, 8, 9, 10, 11, 12], "missing") }, null, false, { months: [key(2)], rules: ["unity-unresolved"] }],
      ["resolved disunity is no veto", { 2: RESOLVED }, yearEnd(), true, { months: [] }],
      ["no thematic meeting by quarter end", months([4, 5, 6], thematic("thematic-scheduled")), yearEnd(), false, { months: [key(6)], rules: ["thematic-missing"] }],
      ["a missed meeting is judged by the meetings rule, not as a veto", { 4: NOT_HELD }, yearEnd({ approvedMissedMeetings: [key(4)] }), true, { months: [] }],
      ["clean so far, months open", months([11, 12], "not_started"), null, null, { months: [], open: 2 }],
      ["not reported months hold no veto", { 5: "not_reported" }, yearEnd(), true, { months: [] }],
    ]);

    it("keeps a submitted month without a standing open rather than clean", () => {
      const records: MonthRecord[] = yearOf().map((r) => (r.periodKey === key(7) ? { ...r, standing: null } : r));
      const row = reason(cellAnnualResult({ year: YEAR, months: records, yearEnd: yearEnd() }), "no_veto");
      expect(row).toMatchObject({ met: null, figures: { open: 1 } });
    });
  });

  describe("year-end rating and members rated good", () => {
    const ratingCases: [string, YearEndInput | null, Decision][] = [
      ["excellent", yearEnd({ rating: "excellent" }), true],
      ["good", yearEnd({ rating: "good" }), true],
      ["complete is below good", yearEnd({ rating: "complete" }), false],
      ["incomplete", yearEnd({ rating: "incomplete" }), false],
      ["no input yet", null, null],
      ["input without a rating", yearEnd({ rating: null }), null],
    ];
    it.each(ratingCases)("rating: %s", (_, end, met) => {
      expect(reason(result({}, end), "rating").met).toBe(met);
    });

    it("rating: a committee may ask for excellent", () => {
      const row = reason(result({}, yearEnd({ rating: "good" }), { ...DEFAULT_ANNUAL_THRESHOLDS, ratingMin: "excellent" }), "rating");
      expect(row).toEqual({ rule: "rating", met: false, figures: { rating: "good", min: "excellent" } });
    });

    const shareCases: [string, YearEndInput | null, Decision][] = [
      ["90 %", yearEnd({ shareGoodPercent: 90 }), true],
      ["100 %", yearEnd({ shareGoodPercent: 100 }), true],
      ["89.9 %", yearEnd({ shareGoodPercent: 89.9 }), false],
      ["no input yet", null, null],
      ["input without the share", yearEnd({ shareGoodPercent: null }), null],
    ];
    it.each(shareCases)("share rated good: %s", (_, end, met) => {
      expect(reason(result({}, end), "share_good").met).toBe(met);
    });

    it("share rated good: Mường Khương asks 100 %", () => {
      const row = reason(result({}, yearEnd({ shareGoodPercent: 95 }), { ...DEFAULT_ANNUAL_THRESHOLDS, shareGoodMin: 100 }), "share_good");
      expect(row).toEqual({ rule: "share_good", met: false, figures: { percent: 95, min: 100 } });
    });
  });

  describe("the verdict", () => {
    it("a perfect, closed year with its year-end input: eligible and final", () => {
      const r = result({}, yearEnd());
      expect(r).toMatchObject({ year: YEAR, monthsReported: 12, monthsFourGood: 12, criteriaMonthsMet: { I: 12, II: 12, III: 12, IV: 12 }, eligible: true, final: true });
      expect(r.reasons.map((x) => x.rule)).toEqual([...ANNUAL_RULES]);
      expect(r.reasons.every((x) => x.met === true)).toBe(true);
    });

    // [case, month specs, year-end input, eligible, final]
    const cases: [string, Readonly<Record<number, MonthSpec>>, YearEndInput | null, Decision, boolean][] = [
      ["a perfect year without year-end input: so far", {}, null, null, false],
      ["year-end input without the share: not final", {}, yearEnd({ shareGoodPercent: null }), null, false],
      ["December still in progress", { 12: "in_progress" }, yearEnd(), null, false],
      ["three months not four-good by March", { ...months([1, 2, 3], TASKS_SHARE_80), ...months([4, 5, 6, 7, 8, 9, 10, 11, 12], "missing") }, null, false, false],
      ["one veto decides before year end", { 2: FOUND_BY_HIGHER, 12: "in_progress" }, null, false, false],
      ["a closed year rated 'complete'", {}, yearEnd({ rating: "complete" }), false, true],
      ["two months not four-good, each criterion still in ten", { 2: TASKS_SHARE_80, 9: TASKS_HALF_DONE }, yearEnd(), true, true],
      ["a missed meeting with an approved reason", { 4: NOT_HELD }, yearEnd({ approvedMissedMeetings: [key(4)] }), true, true],
    ];
    it.each(cases)("%s", (_, specs, end, eligible, final) => {
      const r = result(specs, end);
      expect(r.eligible).toBe(eligible);
      expect(r.final).toBe(final);
    });

    it("counts reported and four-good months so far", () => {
      const r = result({ 3: TASKS_SHARE_80, 10: "not_reported", 11: "in_progress", 12: "missing" }, null);
      expect(r).toMatchObject({ monthsReported: 9, monthsFourGood: 8, criteriaMonthsMet: { I: 9, II: 9, III: 9, IV: 8 } });
    });

    it("ignores records of other years", () => {
      const records = [monthRecord(12, "not_reported", YEAR - 1), ...yearOf(), monthRecord(1, { ...TASKS_SHARE_80, ...FOUND_BY_HIGHER }, YEAR + 1)];
      expect(cellAnnualResult({ year: YEAR, months: records, yearEnd: yearEnd() })).toMatchObject({ monthsReported: 12, eligible: true, final: true });
    });

    it("leaves a submitted month without answers open for the meeting rules", () => {
      const records: MonthRecord[] = yearOf().map((r) => (r.periodKey === key(5) ? { ...r, answers: null } : r));
      const r = cellAnnualResult({ year: YEAR, months: records, yearEnd: yearEnd() });
      expect(reason(r, "meetings")).toMatchObject({ met: null, figures: { held: 11, open: 1 } });
      expect(reason(r, "four_good_months").met).toBe(true);
      expect(r.eligible).toBe(null);
    });

    it("fixtures: a perfect month is four-good, and a month without a meeting drops the questions it hides", () => {
      expect(monthRecord(6, {}).standing?.fourGood).toBe(true);
      expect(answersOf(6, NOT_HELD).has("q2_attendance")).toBe(false);
    });
  });
});
