import { describe, expect, it } from "vitest";
import type { Decision } from "../../../src/domain/annual/annual-types.ts";
import { cellAnnualResult, type YearEndInput } from "../../../src/domain/annual/cell-annual-result.ts";
import {
  DEFAULT_GRASSROOTS_THRESHOLDS,
  grassrootsCriteria,
  type CriterionSource,
  type GrassrootsAnswers,
  type GrassrootsCell,
  type GrassrootsCriterionId,
  type GrassrootsResult,
} from "../../../src/domain/annual/grassroots-criteria.ts";
import type { MonthRecord } from "../../../src/domain/annual/month-record.ts";
import { pick } from "../../support/answers.ts";
import {
  FOUND_BY_CELL,
  FOUND_BY_HIGHER,
  NOT_HELD,
  RESOLVED,
  TASKS_SHARE_80,
  UNRESOLVED,
  YEAR,
  admitted,
  answersOf,
  key,
  months,
  thematic,
  yearEnd,
  yearOf,
  type MonthSpec,
} from "./annual-fixtures.ts";

/** A cell of the committee: its months and the yearly result computed from them. */
function cell(code: string, specs: Readonly<Record<number, MonthSpec>> = {}, end: YearEndInput | null = yearEnd()): GrassrootsCell {
  const records = yearOf(specs);
  return { code, months: records, result: cellAnnualResult({ year: YEAR, months: records, yearEnd: end }) };
}

/** Three cells of 20: 60 members, so the default target is 3 % of 60 = 1.8, rounded up to 2 admissions. */
const MEMBERS = 60;
const TWO_ADMITTED = { 3: admitted(1), 9: admitted(1) };
const cellsWith = (b: Readonly<Record<number, MonthSpec>> = {}, bEnd: YearEndInput | null = yearEnd()): GrassrootsCell[] => [
  cell("A", TWO_ADMITTED),
  cell("B", b, bEnd),
  cell("C"),
];

const ALL_YES: GrassrootsAnswers = {
  implementsPromptly: true,
  innovatesLeadership: true,
  targetsAssigned: 5,
  targetsMet: 5,
  executiveUnited: true,
  inspectionPlanDone: true,
  orgRating: "good",
  membersShareGoodPercent: 95,
};

function run(cells: readonly GrassrootsCell[], answers: GrassrootsAnswers = ALL_YES, memberCount = MEMBERS): GrassrootsResult {
  return grassrootsCriteria({ year: YEAR, cells, answers, memberCount });
}

function criterion(r: GrassrootsResult, id: GrassrootsCriterionId) {
  const c = r.criteria.find((x) => x.id === id);
  if (!c) throw new Error(`no criterion ${id}`);
  return c;
}

const without = (name: keyof GrassrootsAnswers): GrassrootsAnswers => Object.fromEntries(Object.entries(ALL_YES).filter(([k]) => k !== name));

// [case, cells, answers, member count, expected met, expected source, expected figures (a subset)]
type Case = [string, readonly GrassrootsCell[], GrassrootsAnswers, number, Decision, CriterionSource, Record<string, unknown>];

function table(id: GrassrootsCriterionId, cases: readonly Case[]): void {
  it.each(cases)("%s", (_, cells, answers, members, met, source, figures) => {
    const c = criterion(run(cells, answers, members), id);
    expect(c.met).toBe(met);
    expect(c.source).toBe(source);
    expect(c.figures).toMatchObject(figures);
  });
}

describe("grassroots committee: nine criteria", () => {
  it("a year where everything holds", () => {
    const r = run(cellsWith());
    expect(r.criteria.map((c) => [c.id, c.met])).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9].map((id) => [id, true]));
    expect(r.eligible).toBe(true);
  });

  describe("1. implements directives: committee answer and cells' item 7", () => {
    table(1, [
      ["answered yes, every document implemented", cellsWith(), ALL_YES, MEMBERS, true, "answered", { notImplemented: [], partial: [] }],
      ["a cell did not implement May's documents", cellsWith({ 5: { q7_documents: pick("docs-not") } }), ALL_YES, MEMBERS, false, "computed", { notImplemented: [`B:${key(5)}`] }],
      ["partly implemented is shown, not failed", cellsWith({ 5: { q7_documents: pick("docs-partial") } }), ALL_YES, MEMBERS, true, "answered", { partial: [`B:${key(5)}`] }],
      ["no documents issued counts as implemented", cellsWith({ 5: { q7_documents: pick("docs-none-issued") } }), ALL_YES, MEMBERS, true, "answered", {}],
      ["answered no", cellsWith(), { ...ALL_YES, implementsPromptly: false }, MEMBERS, false, "answered", {}],
      ["not answered", cellsWith(), without("implementsPromptly"), MEMBERS, null, "missing", {}],
      ["not answered, but a cell failed already", cellsWith({ 5: { q7_documents: pick("docs-not") } }), without("implementsPromptly"), MEMBERS, false, "computed", {}],
      ["answered yes, December still open", cellsWith({ 12: "in_progress" }), ALL_YES, MEMBERS, null, "answered", { open: 1 }],
    ]);
  });

  describe("2. innovates leadership: committee answer", () => {
    table(2, [
      ["yes", cellsWith(), ALL_YES, MEMBERS, true, "answered", {}],
      ["no", cellsWith(), { ...ALL_YES, innovatesLeadership: false }, MEMBERS, false, "answered", {}],
      ["not answered", cellsWith(), without("innovatesLeadership"), MEMBERS, null, "missing", {}],
    ]);
  });

  describe("3. 100 % of assigned targets", () => {
    table(3, [
      ["5 of 5", cellsWith(), ALL_YES, MEMBERS, true, "answered", { assigned: 5, met: 5 }],
      ["4 of 5", cellsWith(), { ...ALL_YES, targetsMet: 4 }, MEMBERS, false, "answered", { assigned: 5, met: 4 }],
      ["none assigned", cellsWith(), { ...ALL_YES, targetsAssigned: 0, targetsMet: 0 }, MEMBERS, true, "answered", {}],
      ["met not entered", cellsWith(), without("targetsMet"), MEMBERS, null, "missing", {}],
      ["assigned not entered", cellsWith(), without("targetsAssigned"), MEMBERS, null, "missing", {}],
    ]);
  });

  describe("4. executive committee united, vetoed by unresolved disunity in a cell", () => {
    table(4, [
      ["united, no disunity", cellsWith(), ALL_YES, MEMBERS, true, "answered", { unresolved: [] }],
      ["unresolved disunity in a cell in August", cellsWith({ 8: UNRESOLVED }), ALL_YES, MEMBERS, false, "computed", { unresolved: [`B:${key(8)}`] }],
      ["resolved disunity is no veto", cellsWith({ 8: RESOLVED }), ALL_YES, MEMBERS, true, "answered", { unresolved: [] }],
      ["unresolved in August, resolved in September: the year saw it", cellsWith({ 8: UNRESOLVED, 9: RESOLVED }), ALL_YES, MEMBERS, false, "computed", {}],
      ["version 1 answer 'unity-unresolved'", cellsWith({ 8: { q9_unity: pick("unity-unresolved") } }), ALL_YES, MEMBERS, false, "computed", { unresolved: [`B:${key(8)}`] }],
      ["version 1 answer 'unity-resolved'", cellsWith({ 8: { q9_unity: pick("unity-resolved") } }), ALL_YES, MEMBERS, true, "answered", {}],
      ["answered not united", cellsWith(), { ...ALL_YES, executiveUnited: false }, MEMBERS, false, "answered", {}],
      ["not answered", cellsWith(), without("executiveUnited"), MEMBERS, null, "missing", {}],
      ["united so far, months open", cellsWith(months([11, 12], "not_started")), ALL_YES, MEMBERS, null, "answered", { open: 2 }],
    ]);
  });

  describe("5. 100 % of cells eligible", () => {
    table(5, [
      ["every cell eligible", cellsWith(), ALL_YES, MEMBERS, true, "computed", { cells: 3, eligible: ["A", "B", "C"] }],
      ["a cell not four-good in three months", cellsWith(months([2, 5, 8], TASKS_SHARE_80)), ALL_YES, MEMBERS, false, "computed", { notEligible: ["B"] }],
      ["a cell still waiting for its year-end input", cellsWith({}, null), ALL_YES, MEMBERS, null, "computed", { undecided: ["B"] }],
      ["a not-eligible cell decides it even while another is open", [cell("A", TWO_ADMITTED, null), cell("B", months([2, 5, 8], TASKS_SHARE_80))], ALL_YES, MEMBERS, false, "computed", { notEligible: ["B"], undecided: ["A"] }],
      ["no cells", [], ALL_YES, MEMBERS, null, "missing", { cells: 0 }],
    ]);
  });

  describe("6. every cell meets monthly and holds quarterly thematic meetings", () => {
    table(6, [
      ["all cells", cellsWith(), ALL_YES, MEMBERS, true, "computed", { meetingsNotMet: [], thematicNotMet: [] }],
      ["a cell missed two meetings", cellsWith(months([3, 7], NOT_HELD)), ALL_YES, MEMBERS, false, "computed", { meetingsNotMet: ["B"] }],
      ["a cell had no thematic meeting in Q3", cellsWith(months([7, 8, 9], thematic("thematic-not-yet"))), ALL_YES, MEMBERS, false, "computed", { thematicNotMet: ["B"] }],
      ["a single miss with an approved reason still counts", cellsWith({ 3: NOT_HELD }, yearEnd({ approvedMissedMeetings: [key(3)] })), ALL_YES, MEMBERS, true, "computed", {}],
      ["a cell's December still open", cellsWith({ 12: "in_progress" }), ALL_YES, MEMBERS, null, "computed", { undecided: ["B"] }],
      ["no cells", [], ALL_YES, MEMBERS, null, "missing", {}],
    ]);
  });

  describe("7. no discipline found by higher levels, inspection plan done", () => {
    table(7, [
      ["none found, plan done", cellsWith(), ALL_YES, MEMBERS, true, "answered", { foundByHigher: [] }],
      ["found by a higher level in a cell", cellsWith({ 4: FOUND_BY_HIGHER }), ALL_YES, MEMBERS, false, "computed", { foundByHigher: [`B:${key(4)}`] }],
      ["found by the cell itself is not", cellsWith({ 4: FOUND_BY_CELL }), ALL_YES, MEMBERS, true, "answered", { foundByHigher: [] }],
      ["version 1 answer 'discipline-higher'", cellsWith({ 4: { q8_discipline: pick("discipline-higher") } }), ALL_YES, MEMBERS, false, "computed", {}],
      ["a stale 'found by higher' behind a 'no' does not count", cellsWith({ 4: { q8_found_by: pick("found-by-higher") } }), ALL_YES, MEMBERS, true, "answered", {}],
      ["inspection plan not done", cellsWith(), { ...ALL_YES, inspectionPlanDone: false }, MEMBERS, false, "answered", {}],
      ["inspection plan not answered", cellsWith(), without("inspectionPlanDone"), MEMBERS, null, "missing", {}],
    ]);
  });

  describe("8. admissions ≥ 3 % of members, rounded up", () => {
    table(8, [
      ["2 admitted for 60 members (target 2)", cellsWith(), ALL_YES, MEMBERS, true, "computed", { admitted: 2, target: 2 }],
      ["1 admitted, year closed", [cell("A", { 3: admitted(1) }), cell("B")], ALL_YES, MEMBERS, false, "computed", { admitted: 1, target: 2, open: 0 }],
      ["1 admitted, months still open", [cell("A", { 3: admitted(1), 12: "in_progress" }), cell("B")], ALL_YES, MEMBERS, null, "computed", { admitted: 1, open: 1 }],
      ["target reached early", [cell("A", { 3: admitted(2), ...months([10, 11, 12], "missing") })], ALL_YES, MEMBERS, true, "computed", { admitted: 2 }],
      ["100 members need 3", [cell("A", { 3: admitted(2) })], ALL_YES, 100, false, "computed", { target: 3 }],
      ["34 members: 1.02 rounds up to 2", [cell("A", { 3: admitted(1) })], ALL_YES, 34, false, "computed", { target: 2 }],
      ["'no candidates left' admits nobody", [cell("A", months([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], { q14_development: pick("dev-none-left") }))], ALL_YES, 30, false, "computed", { admitted: 0, target: 1 }],
      ["no member count", cellsWith(), ALL_YES, 0, null, "missing", {}],
    ]);

    it("counts only submitted months' admissions", () => {
      // An answer left in a month that closed without a submission, and one in a month under way.
      const records = yearOf({ 11: "in_progress" }).map((r): MonthRecord =>
        r.periodKey === key(12) ? { ...r, status: "not_reported", standing: null, answers: answersOf(12, admitted(1)) } : r.periodKey === key(11) ? { ...r, answers: answersOf(11, admitted(1)) } : r,
      );
      const a: GrassrootsCell = { code: "A", months: records, result: cellAnnualResult({ year: YEAR, months: records, yearEnd: yearEnd() }) };
      expect(criterion(run([a], ALL_YES, 30), 8)).toMatchObject({ met: null, figures: { admitted: 0, target: 1, open: 1 } });
    });

    it("a fractional percent that lands on a whole number is not rounded up past it", () => {
      const r = grassrootsCriteria({ year: YEAR, cells: [cell("A", { 3: admitted(33) })], answers: ALL_YES, memberCount: 1500, thresholds: { ...DEFAULT_GRASSROOTS_THRESHOLDS, admissionsPercent: 2.2 } });
      expect(criterion(r, 8)).toMatchObject({ met: true, figures: { admitted: 33, target: 33 } });
    });

    it("reads the committee's own target", () => {
      const r = grassrootsCriteria({ year: YEAR, cells: cellsWith(), answers: ALL_YES, memberCount: MEMBERS, thresholds: { ...DEFAULT_GRASSROOTS_THRESHOLDS, admissionsPercent: 4 } });
      expect(criterion(r, 8)).toMatchObject({ met: false, figures: { admitted: 2, target: 3, percent: 4 } });
    });
  });

  describe("9. organisation and ≥ 90 % of members rated good or better", () => {
    table(9, [
      ["good and 95 %", cellsWith(), ALL_YES, MEMBERS, true, "answered", { rating: "good", percent: 95 }],
      ["excellent and 90 %", cellsWith(), { ...ALL_YES, orgRating: "excellent", membersShareGoodPercent: 90 }, MEMBERS, true, "answered", {}],
      ["rated complete", cellsWith(), { ...ALL_YES, orgRating: "complete" }, MEMBERS, false, "answered", {}],
      ["85 % of members", cellsWith(), { ...ALL_YES, membersShareGoodPercent: 85 }, MEMBERS, false, "answered", {}],
      ["no rating", cellsWith(), without("orgRating"), MEMBERS, null, "missing", {}],
      ["no share", cellsWith(), without("membersShareGoodPercent"), MEMBERS, null, "missing", {}],
      ["no rating, but the share fails already", cellsWith(), { ...without("orgRating"), membersShareGoodPercent: 80 }, MEMBERS, false, "answered", {}],
    ]);
  });

  describe("the verdict", () => {
    const cases: [string, readonly GrassrootsCell[], GrassrootsAnswers, Decision][] = [
      ["one criterion not met", cellsWith(), { ...ALL_YES, targetsMet: 4 }, false],
      ["one criterion open", cellsWith({}, null), ALL_YES, null],
      ["nothing answered yet", cellsWith(), {}, null],
      ["nothing answered, but a cell's veto decides", cellsWith({ 4: FOUND_BY_HIGHER }), {}, false],
    ];
    it.each(cases)("%s", (_, cells, answers, eligible) => {
      expect(run(cells, answers).eligible).toBe(eligible);
    });
  });
});
