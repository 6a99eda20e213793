import type { AnswerValue } from "../../src/domain/questionnaire/answer-value.ts";

/** Compact answer builders for domain tests. */
export const yes: AnswerValue = { type: "yes_no", value: "yes" };
export const no: AnswerValue = { type: "yes_no", value: "no" };
export const int = (value: number): AnswerValue => ({ type: "integer", value });
export const ints = (...values: number[]): AnswerValue => ({ type: "integers", values });
export const pct = (value: number): AnswerValue => ({ type: "percent", value });
export const pick = (option: string): AnswerValue => ({ type: "choice", option });
export const date = (value: string): AnswerValue => ({ type: "date", value });

/** A month with full marks for a cell of 20 members. */
export const PERFECT: Record<string, AnswerValue> = {
  q1_held: yes,
  q1_date: date("2026-11-05"),
  q2_attendance: ints(20, 19, 0),
  q3_minutes: int(95),
  q3_combined: no,
  q4_preparation: pick("prep-both"),
  q5_thematic: pick("thematic-held"),
  q6_tasks: ints(4, 4),
  q7_documents: pick("docs-full"),
  q8_discipline: no,
  q9_unity: no,
  q10_dues: int(20),
  q11_lapsed: no,
  q12_task_share: pct(100),
  q13_violations: int(0),
  q14_development: ints(1, 0),
  q15_handbook: int(19),
  q16_notes: { type: "skipped" },
};
