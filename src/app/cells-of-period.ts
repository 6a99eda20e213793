import type { AssessmentStore } from "../ports/assessment-store.ts";
import { NOTES_QUESTION } from "./cell-directory.ts";

/**
 * The cells a period's report lists, of those given: the active ones, and the archived ones that
 * have a record for that period (archived after it: a month's report keeps the cells that were
 * in it). An archived cell without one (archived before it) stays out.
 */
export async function cellsOfPeriod<C extends { readonly id: number; readonly archived: boolean }>(
  assessments: Pick<AssessmentStore, "cellStates">,
  periodId: number,
  cells: readonly C[],
): Promise<C[]> {
  const archived = cells.filter((c) => c.archived).map((c) => c.id);
  if (archived.length === 0) return [...cells];
  // One statement for all of them: a cell without a row reads as not started.
  const states = await assessments.cellStates(periodId, archived, NOTES_QUESTION);
  const recorded = new Set(archived.filter((_, i) => (states[i]?.status ?? "not_started") !== "not_started"));
  return cells.filter((c) => !c.archived || recorded.has(c.id));
}
