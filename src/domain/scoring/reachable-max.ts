import type { Condition, CriterionId, QuestionnaireDefinition } from "../questionnaire/definition.ts";
import { maxPointsOf } from "./compute-standing.ts";

export type MonthOfQuarter = 1 | 2 | 3;
export const MONTHS_OF_QUARTER: readonly MonthOfQuarter[] = [1, 2, 3];

/**
 * Whether a condition can hold in a month of the quarter: the month is known, answers are not
 * (so a condition on an answer may hold). `not` of something that may or may not hold may hold.
 */
function mayHold(condition: Condition, month: MonthOfQuarter): boolean | "maybe" {
  if ("monthOfQuarter" in condition) return condition.monthOfQuarter.includes(month);
  if ("all" in condition) {
    const parts = condition.all.map((c) => mayHold(c, month));
    return parts.includes(false) ? false : parts.every((p) => p === true) ? true : "maybe";
  }
  if ("any" in condition) {
    const parts = condition.any.map((c) => mayHold(c, month));
    return parts.includes(true) ? true : parts.every((p) => p === false) ? false : "maybe";
  }
  if ("not" in condition) {
    const inner = mayHold(condition.not, month);
    return inner === "maybe" ? "maybe" : !inner;
  }
  return "maybe";
}

/**
 * The most points each criterion's rules can give, in each month of the quarter: every scored rule
 * that may apply that month at its best. Rules are taken as able to apply together; only the
 * month of the quarter tells them apart (the default's thematic meeting rule differs in month 3).
 */
export function reachableMaxima(definition: Pick<QuestionnaireDefinition, "criteria" | "rules">): Map<CriterionId, Record<MonthOfQuarter, number>> {
  const result = new Map<CriterionId, Record<MonthOfQuarter, number>>();
  for (const criterion of definition.criteria) {
    const perMonth = { 1: 0, 2: 0, 3: 0 } as Record<MonthOfQuarter, number>;
    for (const month of MONTHS_OF_QUARTER) {
      for (const rule of definition.rules) {
        if (rule.kind === "veto" || rule.kind === "flag" || rule.criterion !== criterion.id) continue;
        if (rule.when && mayHold(rule.when, month) === false) continue;
        perMonth[month] += maxPointsOf(rule);
      }
    }
    result.set(criterion.id, perMonth);
  }
  return result;
}
