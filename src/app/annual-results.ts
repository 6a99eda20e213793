import { cellAnnualResult, type YearEndInput } from "../domain/annual/cell-annual-result.ts";
import { committeeAnswersOf } from "../domain/annual/committee-answers.ts";
import { grassrootsCriteria, type GrassrootsAnswers } from "../domain/annual/grassroots-criteria.ts";
import { monthsOfYear, type MonthRecord } from "../domain/annual/month-record.ts";
import type { Locale } from "../i18n/locale.ts";
import type { AssessmentMonth, StoredAssessment } from "../ports/assessment-store.ts";
import type { UnitNode } from "../ports/org-store.ts";
import type { StoredPeriod } from "../ports/period-store.ts";
import type { StoredYearEndRating } from "../ports/year-end-store.ts";
import { thresholdResolver } from "./annual-thresholds.ts";
import { buildAnnualReport, type AnnualCellInput, type AnnualCommitteeInput, type AnnualMonth, type AnnualReport, type SelfAssessmentStatus } from "../reports/annual-report.ts";
import type { App } from "./open-app.ts";
import { questionnaireLabels } from "./questionnaire-labels.ts";
import { childrenOf, treeOrder } from "./unit-tree.ts";

/**
 * The answers the yearly rules read (src/domain/annual/cell-month-facts.ts): the regular meeting
 * (1), the thematic meeting (5), higher-level documents (7), discipline and who found it (8),
 * disunity and whether it was resolved (9), admissions (14). The standing is read with the
 * assessment; no other answer is loaded (a province's year is about a million answers).
 */
export const ANNUAL_QUESTION_IDS: readonly string[] = ["q1_held", "q5_thematic", "q7_documents", "q8_discipline", "q8_found_by", "q9_unity", "q9_resolved", "q14_development"];

/** Cells whose months are read and computed at a time (the store reads them in chunks of the same size). */
const CELL_BATCH = 500;

export interface AnnualResultsQuery {
  readonly year: number;
  /** The subtree to report on (a unit code); every unit when absent. */
  readonly unitCode?: string;
  /** The language of the explanations (`detail`). */
  readonly locale: Locale;
}

export type AnnualResultsOutcome = { readonly ok: true; readonly report: AnnualReport } | { readonly ok: false; readonly reason: "unknown-unit"; readonly code: string };

/**
 * Every cell's yearly eligibility for the "chi bộ bốn tốt" title and every grassroots
 * committee's nine criteria, for one year and one subtree, as far as the year has gone: months
 * not closed yet and year-end inputs not entered leave a rule open ("còn chờ"), never failed.
 * Monthly standings are read as they were scored at submission; nothing is re-scored.
 *
 * The committee's title decisions are reported beside each result, never mixed into it: the bot
 * computes eligibility, the committee confers the title.
 *
 * Thresholds are those in force for each cell and grassroots committee (src/app/annual-thresholds.ts:
 * field by field the nearest unit's setting, itself or above, else the default); the figures and
 * explanations name the thresholds used.
 *
 * A grassroots committee's own answers (criteria 1–4, the inspection plan of 7, its rating and
 * its members' of 9) come from its yearly self-assessment (period key YYYY), once submitted: one
 * not sent yet, in progress or not reported leaves them "missing". For criterion 9 the year-end
 * rating entered by the committee above, where entered, takes precedence over the committee's own.
 *
 * Reads are a few queries per 500 cells, never one per cell: the tree, the year's periods, the
 * year-end tables, and the cells' months a batch at a time (only what the results keep stays in
 * memory between batches).
 */
export async function annualResults(app: Pick<App, "stores" | "translator">, query: AnnualResultsQuery): Promise<AnnualResultsOutcome> {
  const { stores } = app;
  const { year } = query;
  const all = await stores.org.listUnits();
  let scope: UnitNode | null = null;
  if (query.unitCode !== undefined) {
    scope = all.find((u) => u.code === query.unitCode) ?? null;
    if (!scope) return { ok: false, reason: "unknown-unit", code: query.unitCode };
  }
  // Archived units are out of the year's results, unless an archived unit is asked for by its code (its history).
  const units = scope?.archived ? all : all.filter((u) => !u.archived);
  const children = childrenOf(units);
  const inScope = treeOrder(children, scope ? [scope] : undefined);
  const cells = inScope.filter((u) => u.kind === "cell");
  const committees = inScope.filter((u) => u.kind === "grassroots_committee");
  const cellIds = cells.map((c) => c.id);
  const committeeIds = committees.map((c) => c.id);

  const periods = await stores.periods.ofYear(year);
  const ratings = byUnit(await stores.yearEnd.ratingsOf([...cellIds, ...committeeIds], year));
  const approvals = new Map<number, string[]>();
  for (const approval of await stores.yearEnd.approvedMissedMeetings(cellIds, year)) {
    const list = approvals.get(approval.unitId) ?? [];
    list.push(approval.periodKey);
    approvals.set(approval.unitId, list);
  }
  const titles = byUnit(await stores.yearEnd.titleDecisionsOf([...cellIds, ...committeeIds], year));
  const selfAssessments = await selfAssessmentsOf(stores, committeeIds, year);

  const names = new Map(units.map((u) => [u.id, u.name]));
  // One read for the thresholds of the units in scope and those above it; resolved in memory.
  const parents = new Map(units.map((u) => [u.id, u.parentId]));
  const above: number[] = [];
  for (let id = scope ? parents.get(scope.id) : null; id !== null && id !== undefined; id = parents.get(id)) above.push(id);
  const thresholdsOf = thresholdResolver((id) => parents.get(id), await stores.annualThresholds.get([...above, ...inScope.map((u) => u.id)]));
  const underCommittee = new Set(committees.flatMap((committee) => treeOrder(children, [committee]).map((u) => u.id)));
  const cellInputs = new Map<number, AnnualCellInput>();
  /** What the grassroots committees roll up: their cells' months, without the standings (answers only). */
  const rolledUp = new Map<number, readonly MonthRecord[]>();
  // A batch of cells at a time: a year's standings are large (about 3 KB each, 60,000 for a
  // province), and only what the results keep stays in memory after a batch is computed.
  for (let start = 0; start < cells.length; start += CELL_BATCH) {
    const batch = cells.slice(start, start + CELL_BATCH);
    const monthsByCell = await stores.assessments.monthsOf(batch.map((c) => c.id), periods, ANNUAL_QUESTION_IDS);
    batch.forEach((cell, i) => {
      const months = monthRecords(periods, monthsByCell[i]?.months ?? []);
      const yearEnd = yearEndInput(ratings.get(cell.id), approvals.get(cell.id));
      cellInputs.set(cell.id, {
        unit: cell,
        parentName: cell.parentId === null ? null : (names.get(cell.parentId) ?? null),
        grid: monthGrid(months, year),
        yearEnd,
        result: cellAnnualResult({ year, months, yearEnd, thresholds: thresholdsOf(cell.id).annual }),
        title: titles.get(cell.id) ?? null,
      });
      if (underCommittee.has(cell.id)) rolledUp.set(cell.id, months.map((m) => ({ ...m, standing: null })));
    });
  }

  const committeeInputs = committees.map((committee): AnnualCommitteeInput => {
    const below = treeOrder(children, [committee])
      .filter((u) => u.kind === "cell")
      .flatMap((u) => cellInputs.get(u.id) ?? []);
    const rating = ratings.get(committee.id);
    const self = selfAssessments.byUnit.get(committee.id);
    const answers: GrassrootsAnswers = {
      ...(self?.status === "submitted" ? committeeAnswersOf(self.answers) : {}),
      ...(rating?.rating ? { orgRating: rating.rating } : {}),
      ...(rating && rating.shareGoodPercent !== null ? { membersShareGoodPercent: rating.shareGoodPercent } : {}),
    };
    const memberCount = committee.memberCount > 0 ? committee.memberCount : below.reduce((sum, c) => sum + c.unit.memberCount, 0);
    return {
      unit: committee,
      parentName: committee.parentId === null ? null : (names.get(committee.parentId) ?? null),
      cellCodes: below.map((c) => c.unit.code),
      memberCount,
      answers,
      selfAssessment: selfAssessmentStatus(self, selfAssessments.period),
      result: grassrootsCriteria({
        year,
        cells: below.map((c) => ({ code: c.unit.code, result: c.result, months: rolledUp.get(c.unit.id) ?? [] })),
        answers,
        memberCount,
        thresholds: thresholdsOf(committee.id).grassroots,
      }),
      title: titles.get(committee.id) ?? null,
    };
  });

  // Months answered with an office's questionnaire name vetoes of its own (issue 13).
  const labels = await questionnaireLabels(stores, app.translator);
  return {
    ok: true,
    report: buildAnnualReport({ year, scope, cells: [...cellInputs.values()], committees: committeeInputs, vetoLabels: labels.vetoes }, labels.translator, query.locale),
  };
}

/** The committees' yearly self-assessments of the year, and its period (absent while never opened). */
async function selfAssessmentsOf(stores: App["stores"], committeeIds: readonly number[], year: number): Promise<{ period: StoredPeriod | null; byUnit: Map<number, StoredAssessment> }> {
  const period = committeeIds.length > 0 ? await stores.periods.findByKey(String(year)) : null;
  const found = period ? await stores.assessments.assessmentsOf(committeeIds, period.id) : [];
  return { period, byUnit: new Map(found.map((a) => [a.unitId, a])) };
}

/** Where the committee's self-assessment stands: not opened yet, not started, in progress, sent, or not reported. */
function selfAssessmentStatus(assessment: StoredAssessment | undefined, period: StoredPeriod | null): SelfAssessmentStatus {
  if (!period) return "not_open";
  if (!assessment) return period.open ? "not_started" : "not_reported";
  if (assessment.status === "in_progress" && assessment.answers.size === 0) return period.open ? "not_started" : "not_reported";
  return assessment.status;
}

function byUnit<T extends { readonly unitId: number }>(rows: readonly T[]): Map<number, T> {
  return new Map(rows.map((row) => [row.unitId, row]));
}

/**
 * A cell's months as the yearly rules read them. A period closed without any assessment of the
 * cell (the cell was added after it closed) is a month not reported, as closing records it for
 * the cells it knew; a month with no period yet is absent, i.e. still open. A report returned
 * for correction and not sent again before the month closed counts with its last submission.
 */
function monthRecords(periods: readonly StoredPeriod[], months: readonly AssessmentMonth[]): MonthRecord[] {
  const byPeriod = new Map(months.map((m) => [m.periodId, m]));
  return periods.map((period): MonthRecord => {
    const month = byPeriod.get(period.id);
    if (!month) return { periodKey: period.key, status: period.open ? "not_started" : "not_reported", standing: null, answers: null };
    // Returned for correction and not sent again before it closed: the report still stands as last submitted.
    if (month.status === "not_reported" && month.returned) return { periodKey: period.key, status: "submitted", standing: month.returned, answers: month.answers, returnedNotResent: true };
    return { periodKey: period.key, status: month.status, standing: month.status === "submitted" ? month.standing : null, answers: month.answers };
  });
}

/** The twelve months as the report shows them: status, and four-good once known. */
function monthGrid(months: readonly MonthRecord[], year: number): AnnualMonth[] {
  return monthsOfYear(months, year).map((m): AnnualMonth => {
    const status = m.record?.status ?? "not_started";
    const fourGood = status === "submitted" ? (m.record?.standing?.fourGood ?? null) : status === "not_reported" ? false : null;
    return { period: m.periodKey, status, fourGood };
  });
}

/**
 * What the committee entered for the cell, or null when it has entered nothing yet (then a single
 * missed meeting may still be approved, and the meetings rule waits).
 */
function yearEndInput(rating: StoredYearEndRating | undefined, approved: readonly string[] | undefined): YearEndInput | null {
  if (!rating && !approved) return null;
  return { rating: rating?.rating ?? null, shareGoodPercent: rating?.shareGoodPercent ?? null, approvedMissedMeetings: approved ?? [] };
}

export type { AnnualReport } from "../reports/annual-report.ts";
