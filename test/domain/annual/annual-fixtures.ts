import type { YearEndInput } from "../../../src/domain/annual/cell-annual-result.ts";
import type { MonthRecord, MonthStatus } from "../../../src/domain/annual/month-record.ts";
import { monthOfQuarter, periodKeyOf } from "../../../src/domain/period.ts";
import type { AnswerValue } from "../../../src/domain/questionnaire/answer-value.ts";
import { DEFAULT_MONTHLY_CELL } from "../../../src/domain/questionnaire/default-monthly-cell.ts";
import { computeStanding } from "../../../src/domain/scoring/compute-standing.ts";
import { PERFECT, date, int, ints, no, pct, pick, yes } from "../../support/answers.ts";

/**
 * Month records for the yearly rules, built the way the app builds them: answers to the default
 * questionnaire, scored by computeStanding when submitted. A cell of 20 members (PERFECT's size).
 */
export const YEAR = 2026;
export const MEMBERS = 20;

/** Answer overrides; undefined removes an answer (e.g. the meeting questions when none was held). */
export type Overrides = Record<string, AnswerValue | undefined>;

/** A month spec: answer overrides on a perfect submitted month, another status, or no record at all. */
export type MonthSpec = Overrides | Exclude<MonthStatus, "submitted"> | "missing";

/** No regular meeting: the gate, and none of the questions it hides. */
export const NOT_HELD: Overrides = { q1_held: no, q1_date: undefined, q2_attendance: undefined, q3_minutes: undefined, q3_combined: undefined, q4_preparation: undefined };
/** Criterion I not met: half the tasks done (10/25). */
export const TASKS_HALF_DONE: Overrides = { q6_tasks: ints(4, 2) };
/** Criterion III not met: dues 85 % and a member lapsing (15/25). */
export const DUES_SHORT: Overrides = { q10_dues: int(17), q11_lapsed: yes, q11_count: int(1) };
/** Criterion IV not met: 80 % completed their tasks (19/25). */
export const TASKS_SHARE_80: Overrides = { q12_task_share: pct(80) };
export const FOUND_BY_HIGHER: Overrides = { q8_discipline: yes, q8_found_by: pick("found-by-higher") };
export const FOUND_BY_CELL: Overrides = { q8_discipline: yes, q8_found_by: pick("found-by-cell") };
export const UNRESOLVED: Overrides = { q9_unity: yes, q9_resolved: no };
export const RESOLVED: Overrides = { q9_unity: yes, q9_resolved: yes };
export const thematic = (option: "thematic-held" | "thematic-scheduled" | "thematic-not-yet"): Overrides => ({ q5_thematic: pick(option) });
export const admitted = (count: number): Overrides => ({ q14_development: ints(1, count) });

export function answersOf(month: number, overrides: Overrides, year = YEAR): Map<string, AnswerValue> {
  const merged: Overrides = { ...PERFECT, q1_date: date(`${periodKeyOf(year, month)}-05`), ...overrides };
  return new Map(Object.entries(merged).filter((e): e is [string, AnswerValue] => e[1] !== undefined));
}

export function monthRecord(month: number, spec: Exclude<MonthSpec, "missing">, year = YEAR): MonthRecord {
  const periodKey = periodKeyOf(year, month);
  if (typeof spec === "string") {
    // An assessment under way has some answers but no standing; the others have neither.
    return { periodKey, status: spec, standing: null, answers: spec === "in_progress" ? answersOf(month, {}, year) : null };
  }
  const answers = answersOf(month, spec, year);
  const standing = computeStanding(DEFAULT_MONTHLY_CELL, { answers, memberCount: MEMBERS, monthOfQuarter: monthOfQuarter(month) });
  return { periodKey, status: "submitted", standing, answers };
}

/** Twelve months, perfect and submitted unless `specs` says otherwise for a month (1–12). */
export function yearOf(specs: Readonly<Record<number, MonthSpec>> = {}, year = YEAR): MonthRecord[] {
  return Array.from({ length: 12 }, (_, i) => i + 1).flatMap((month) => {
    const spec = specs[month] ?? {};
    return spec === "missing" ? [] : [monthRecord(month, spec, year)];
  });
}

/** The same spec for several months. */
export function months(list: readonly number[], spec: MonthSpec): Record<number, MonthSpec> {
  return Object.fromEntries(list.map((m) => [m, spec]));
}

export const key = (month: number): string => periodKeyOf(YEAR, month);

export function yearEnd(overrides: Partial<YearEndInput> = {}): YearEndInput {
  return { rating: "good", shareGoodPercent: 95, approvedMissedMeetings: [], ...overrides };
}
