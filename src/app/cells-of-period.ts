import type { AssessmentStore } from "../ports/assessment-store.ts";

/**
 * The cells a period's report lists, of those given: the active ones, and the archived ones that
 * have a record for that period (archived after it: a month's report keeps the cells that were
 * in it). An archived cell without one (archived before it) stays out.
 */
export async function cellsOfPeriod<C extends { readonly id: number; readonly archived: boolean }>(
  assessments: Pick<AssessmentStore, "assessmentsOf">,
  periodId: number,
  cells: readonly C[],
): Promise<C[]> {
  const archived = cells.filter((c) => c.archived).map((c) => c.id);
  if (archived.length === 0) return [...cells];
  const recorded = new Set((await assessments.assessmentsOf(archived, periodId)).map((a) => a.unitId));
  return cells.filter((c) => !c.archived || recorded.has(c.id));
}
