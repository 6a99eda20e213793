import { allOf, ratingAtLeast, type Decision, type Figures, type OrgRating } from "./annual-types.ts";
import type { AnnualRule, CellAnnualResult } from "./cell-annual-result.ts";
import { admittedCount, disciplineFoundByHigher, documentsOption, unresolvedDisunity } from "./cell-month-facts.ts";
import { monthsOfYear, submittedRecord, type MonthRecord } from "./month-record.ts";
import type { Answers } from "../questionnaire/answer-value.ts";

/**
 * A grassroots committee's nine criteria for a year (DOMAIN.md, "Grassroots committee: nine
 * criteria, yearly"). Some come from the committee's own answers, some are computed from its
 * cells' months and yearly results, a few need both.
 *
 * `source` says where the verdict came from: "computed" when the cells' figures decided it
 * (alone, or by failing a criterion that also needs an answer), "answered" when a committee
 * answer took part, "missing" when a needed input is absent and nothing else decided it.
 *
 * Figures name cell-months "<cell code>:<YYYY-MM>" and cells by code; `open` is always a count
 * of cell-months not closed yet, `undecided` a list of cells whose own verdict is still open.
 */

/**
 * What the committee said about its own year (its yearly self-assessment, committee-answers.ts)
 * and the year-end rating the committee above entered for it. Absent: not answered.
 */
export interface GrassrootsAnswers {
  readonly implementsPromptly?: boolean;
  readonly innovatesLeadership?: boolean;
  readonly targetsAssigned?: number;
  readonly targetsMet?: number;
  readonly executiveUnited?: boolean;
  /** What `executiveUnited` was read from, when the self-assessment says: shown with criterion 4. */
  readonly executiveDisunity?: "none" | "resolved" | "unresolved";
  readonly inspectionPlanDone?: boolean;
  /** The inspections and supervisions of the year's plan, and how many of them were carried out. */
  readonly inspectionsPlanned?: number;
  readonly inspectionsDone?: number;
  /** The rating entered by the committee above (year-end rating): its decision. */
  readonly orgRating?: OrgRating;
  /** Share of the committee's members rated "hoàn thành tốt" or better, 0–100, as entered above. */
  readonly membersShareGoodPercent?: number;
  /** The committee's own rating of itself, used while the committee above has entered none. */
  readonly selfRating?: OrgRating;
  /** The share of members rated good or better by the committee's own count, likewise. */
  readonly selfShareGoodPercent?: number;
}

export interface GrassrootsThresholds {
  /** Admissions in the year as a share of members (NQ 21: 3–4 %), rounded up to whole members. */
  readonly admissionsPercent: number;
  readonly ratingMin: OrgRating;
  readonly shareGoodMin: number;
}

export const DEFAULT_GRASSROOTS_THRESHOLDS: GrassrootsThresholds = { admissionsPercent: 3, ratingMin: "good", shareGoodMin: 90 };

/** One subordinate cell: its code (to name it in figures), its yearly result and its months. */
export interface GrassrootsCell {
  readonly code: string;
  readonly result: CellAnnualResult;
  readonly months: readonly MonthRecord[];
}

export interface GrassrootsInput {
  readonly year: number;
  readonly cells: readonly GrassrootsCell[];
  readonly answers: GrassrootsAnswers;
  readonly memberCount: number;
  readonly thresholds?: GrassrootsThresholds;
}

export type GrassrootsCriterionId = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
export type CriterionSource = "computed" | "answered" | "missing";

export interface GrassrootsCriterion {
  readonly id: GrassrootsCriterionId;
  readonly met: Decision;
  readonly source: CriterionSource;
  readonly figures: Figures;
}

export interface GrassrootsResult {
  /** Criteria 1..9 in order. */
  readonly criteria: readonly GrassrootsCriterion[];
  readonly eligible: Decision;
}

export function grassrootsCriteria(input: GrassrootsInput): GrassrootsResult {
  const t = input.thresholds ?? DEFAULT_GRASSROOTS_THRESHOLDS;
  const a = input.answers;
  const cellMonths = cellMonthsOf(input.cells, input.year);
  const criteria: GrassrootsCriterion[] = [
    implementsPromptly(a, cellMonths),
    answered(2, a.innovatesLeadership),
    targets(a),
    executiveUnited(a, cellMonths),
    cellsEligible(input.cells),
    meetingsAndThematic(input.cells),
    noHigherDiscipline(a, cellMonths),
    admissions(cellMonths, input.memberCount, t),
    ratings(a, t),
  ];
  return { criteria, eligible: allOf(criteria.map((c) => c.met)) };
}

/** Every month of every cell in the year: the submitted answers, or none while open / not reported. */
interface CellMonth {
  readonly ref: string;
  readonly closed: boolean;
  readonly answers: Answers | null | undefined;
}

function cellMonthsOf(cells: readonly GrassrootsCell[], year: number): readonly CellMonth[] {
  return cells.flatMap((cell) =>
    monthsOfYear(cell.months, year).map((m) => ({ ref: `${cell.code}:${m.periodKey}`, closed: m.closed, answers: submittedRecord(m)?.answers })),
  );
}

/**
 * A yearly "nothing of this kind happened in any cell": false at the first cell-month where it
 * happened, true once every cell-month is closed without it. Months closed without a report say
 * nothing either way; they are counted against the cell by its own meetings rule (criteria 5, 6).
 * A submitted month that does not tell (no answers) keeps the verdict open.
 */
function noneInCells(cellMonths: readonly CellMonth[], happened: (answers: Answers | null) => boolean | undefined): { met: Decision; found: string[]; open: number } {
  const found: string[] = [];
  let open = 0;
  for (const m of cellMonths) {
    if (!m.closed) {
      open++;
      continue;
    }
    if (m.answers === undefined) continue;
    const value = happened(m.answers);
    if (value === undefined) open++;
    else if (value) found.push(m.ref);
  }
  return { met: found.length > 0 ? false : open > 0 ? null : true, found, open };
}

/** A criterion that needs a committee answer and the cells' figures. */
function combined(id: GrassrootsCriterionId, answer: boolean | undefined, computed: Decision, figures: Figures): GrassrootsCriterion {
  if (computed === false) return { id, met: false, source: "computed", figures };
  if (answer === undefined) return { id, met: null, source: "missing", figures };
  return { id, met: allOf([answer, computed]), source: "answered", figures };
}

function answered(id: GrassrootsCriterionId, answer: boolean | undefined): GrassrootsCriterion {
  return answer === undefined ? { id, met: null, source: "missing", figures: {} } : { id, met: answer, source: "answered", figures: {} };
}

/**
 * 1. Implements lines and directives promptly and fully: the committee's answer AND item 7
 * rolled up over the cells. Roll-up: fails when any cell reported a month's higher-level
 * documents as not implemented ("docs-not"). "Partly" ("docs-partial") is shown in the figures
 * but does not fail it: the monthly scoring already treats a partial month as a reduced but
 * acceptable result, and the committee's own answer is where "fully" is judged.
 */
function implementsPromptly(a: GrassrootsAnswers, cellMonths: readonly CellMonth[]): GrassrootsCriterion {
  const notDone = noneInCells(cellMonths, (answers) => {
    const option = documentsOption(answers);
    return option === undefined ? undefined : option === "docs-not";
  });
  const partial = cellMonths.filter((m) => m.answers !== undefined && documentsOption(m.answers) === "docs-partial").map((m) => m.ref);
  return combined(1, a.implementsPromptly, notDone.met, { notImplemented: notDone.found, partial, open: notDone.open });
}

/** 3. 100 % of the targets the higher level assigned this year (none assigned: nothing missed). */
function targets(a: GrassrootsAnswers): GrassrootsCriterion {
  if (a.targetsAssigned === undefined || a.targetsMet === undefined) return { id: 3, met: null, source: "missing", figures: {} };
  return { id: 3, met: a.targetsMet >= a.targetsAssigned, source: "answered", figures: { assigned: a.targetsAssigned, met: a.targetsMet } };
}

/**
 * 4. Executive committee united: the committee's answer, vetoed when any cell reported a month
 * with disunity not resolved (item 9) — even if a later month reports it resolved, the year saw it.
 */
function executiveUnited(a: GrassrootsAnswers, cellMonths: readonly CellMonth[]): GrassrootsCriterion {
  const disunity = noneInCells(cellMonths, unresolvedDisunity);
  return combined(4, a.executiveUnited, disunity.met, {
    unresolved: disunity.found,
    open: disunity.open,
    ...(a.executiveDisunity === undefined ? {} : { executiveDisunity: a.executiveDisunity }),
  });
}

function cellsWhere(cells: readonly GrassrootsCell[], decision: (cell: GrassrootsCell) => Decision, wanted: Decision): string[] {
  return cells.filter((cell) => decision(cell) === wanted).map((cell) => cell.code);
}

/** 5. Every subordinate cell eligible for the four-good title; open while any cell is. */
function cellsEligible(cells: readonly GrassrootsCell[]): GrassrootsCriterion {
  if (cells.length === 0) return { id: 5, met: null, source: "missing", figures: { cells: 0 } };
  const of = (cell: GrassrootsCell): Decision => cell.result.eligible;
  return {
    id: 5,
    met: allOf(cells.map(of)),
    source: "computed",
    figures: { cells: cells.length, eligible: cellsWhere(cells, of, true), notEligible: cellsWhere(cells, of, false), undecided: cellsWhere(cells, of, null) },
  };
}

/** 6. Every cell met monthly and held a thematic meeting each quarter: the cells' own yearly rules. */
function meetingsAndThematic(cells: readonly GrassrootsCell[]): GrassrootsCriterion {
  if (cells.length === 0) return { id: 6, met: null, source: "missing", figures: { cells: 0 } };
  const rule = (name: AnnualRule) => (cell: GrassrootsCell): Decision => cell.result.reasons.find((r) => r.rule === name)?.met ?? null;
  const meetings = rule("meetings");
  const thematic = rule("thematic_quarters");
  return {
    id: 6,
    met: allOf(cells.flatMap((cell) => [meetings(cell), thematic(cell)])),
    source: "computed",
    figures: {
      cells: cells.length,
      meetingsNotMet: cellsWhere(cells, meetings, false),
      thematicNotMet: cellsWhere(cells, thematic, false),
      undecided: cells.filter((cell) => meetings(cell) === null || thematic(cell) === null).map((cell) => cell.code),
    },
  };
}

/** 7. No violation found by a higher level in any cell (item 8) AND the inspection plan done. */
function noHigherDiscipline(a: GrassrootsAnswers, cellMonths: readonly CellMonth[]): GrassrootsCriterion {
  const found = noneInCells(cellMonths, disciplineFoundByHigher);
  const plan: Figures = a.inspectionsPlanned === undefined || a.inspectionsDone === undefined ? {} : { planned: a.inspectionsPlanned, done: a.inspectionsDone };
  return combined(7, a.inspectionPlanDone, found.met, { foundByHigher: found.found, open: found.open, ...plan });
}

/**
 * 8. Admissions in the year (item 14's admitted part, summed over every cell's submitted months)
 * reach the target share of members, rounded up. Admissions only add up, so the criterion is met
 * as soon as the count is reached, and failed only once every cell-month is closed.
 */
function admissions(cellMonths: readonly CellMonth[], memberCount: number, t: GrassrootsThresholds): GrassrootsCriterion {
  if (!(memberCount > 0)) return { id: 8, met: null, source: "missing", figures: { members: memberCount } };
  // The epsilon keeps a whole target whole: 2.2 % of 1500 computes as 33.00000000000001, not 33.
  const target = Math.ceil((memberCount * t.admissionsPercent) / 100 - 1e-9);
  let admitted = 0;
  let open = 0;
  for (const m of cellMonths) {
    if (!m.closed) open++;
    else if (m.answers !== undefined) {
      const count = admittedCount(m.answers);
      if (count === undefined) open++;
      else admitted += count;
    }
  }
  return {
    id: 8,
    met: admitted >= target ? true : open > 0 ? null : false,
    source: "computed",
    figures: { admitted, target, members: memberCount, percent: t.admissionsPercent, open },
  };
}

/**
 * 9. The organisation rated "hoàn thành tốt" or better AND ≥ 90 % of members rated so. Each
 * figure is the one the committee above entered (its decision), else the committee's own
 * self-assessment; `ratingFrom` / `shareFrom` say which ("entered" / "self").
 */
function ratings(a: GrassrootsAnswers, t: GrassrootsThresholds): GrassrootsCriterion {
  const orgRating = a.orgRating ?? a.selfRating;
  const percent = a.membersShareGoodPercent ?? a.selfShareGoodPercent;
  const rating = orgRating === undefined ? undefined : ratingAtLeast(orgRating, t.ratingMin);
  const share = percent === undefined ? undefined : percent >= t.shareGoodMin;
  const figures: Figures = {
    ...(orgRating === undefined ? {} : { rating: orgRating, ratingFrom: a.orgRating === undefined ? "self" : "entered" }),
    ratingMin: t.ratingMin,
    ...(percent === undefined ? {} : { percent, shareFrom: a.membersShareGoodPercent === undefined ? "self" : "entered" }),
    shareGoodMin: t.shareGoodMin,
  };
  const met = allOf([rating ?? null, share ?? null]);
  return { id: 9, met, source: met === false || (rating !== undefined && share !== undefined) ? "answered" : "missing", figures };
}
