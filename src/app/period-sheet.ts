import { periodWindow } from "../domain/schedule-rules.ts";
import type { UnitNode } from "../ports/org-store.ts";
import type { PeriodSheetInput, SheetCellInput, SheetStatus, SheetUnit } from "../reports/period-sheet.ts";
import { NOTES_QUESTION } from "./cell-directory.ts";
import { cellsOfPeriod } from "./cells-of-period.ts";
import { NOBODY, registrationsOf } from "./cell-registrations.ts";
import type { App } from "./open-app.ts";
import { questionnairesOf, unionDefinition } from "./questionnaire-in-force.ts";
import { childrenOf, treeOrder } from "./unit-tree.ts";

export interface PeriodSheetQuery {
  readonly periodKey: string;
  /** The subtree to report on; every cell when absent. */
  readonly unitCode?: string;
}

export type PeriodSheetOutcome =
  | { readonly ok: true; readonly input: PeriodSheetInput }
  | { readonly ok: false; readonly reason: "unknown-period" | "unknown-unit"; readonly code: string };

/** Cells read at a time: each is a handful of queries, whatever the province's size. */
const BATCH = 500;

/**
 * What the month's office report shows (src/reports/period-sheet.ts): every cell of the subtree
 * in tree order with the unit it is under and the one above, its status (a report returned for
 * correction and not yet resubmitted says so; after the period closed, a cell that never
 * started is not reported), standing, answers, note, submission time, and who is registered to
 * answer for it. Read only; a few queries per 500 cells.
 */
export async function periodSheet(app: Pick<App, "stores" | "config">, query: PeriodSheetQuery): Promise<PeriodSheetOutcome> {
  const { stores, config } = app;
  const period = await stores.periods.findByKey(query.periodKey);
  if (!period) return { ok: false, reason: "unknown-period", code: query.periodKey };
  const units = await stores.org.listUnits();
  let scope: UnitNode | null = null;
  if (query.unitCode !== undefined) {
    const found = await stores.org.findUnit(query.unitCode);
    scope = found ? (units.find((u) => u.id === found.id) ?? null) : null;
    if (!scope) return { ok: false, reason: "unknown-unit", code: query.unitCode };
  }
  const byId = new Map(units.map((u) => [u.id, u]));
  const ref = (id: number | null): SheetUnit | null => {
    const unit = id === null ? undefined : byId.get(id);
    return unit ? { code: unit.code, name: unit.name } : null;
  };
  // Cells archived before the month are out of its report, as they were out of its reminders and closing.
  const cells = await cellsOfPeriod(
    stores.assessments,
    period.id,
    treeOrder(childrenOf(units), scope ? [scope] : undefined).filter((u) => u.kind === "cell"),
  );
  // A subtree may answer its own questionnaire (issue 13): every version's questions get columns.
  const used = await questionnairesOf(stores, period.id, cells.map((c) => c.id));
  const definition = unionDefinition(await stores.questionnaires.get(period.questionnaireVersionId), [...used.values()].map((q) => q.definition));

  const rows: SheetCellInput[] = [];
  for (let start = 0; start < cells.length; start += BATCH) {
    const batch = cells.slice(start, start + BATCH);
    const ids = batch.map((c) => c.id);
    const states = await stores.assessments.cellStates(period.id, ids, NOTES_QUESTION);
    const months = await stores.assessments.monthsOf(ids, [{ id: period.id, key: period.key }]);
    const facts = await stores.assessments.submissionFacts(period.id, ids);
    const registrations = await registrationsOf(stores, ids);
    batch.forEach((cell, i) => {
      const state = states[i];
      const fact = facts[i];
      const stored = state?.status ?? "not_started";
      const status: SheetStatus = fact?.returned ? "returned" : stored === "not_started" && !period.open ? "not_reported" : stored;
      const group = cell.parentId === null ? undefined : byId.get(cell.parentId);
      rows.push({
        code: cell.code,
        name: cell.name,
        group: ref(cell.parentId),
        above: ref(group?.parentId ?? null),
        status,
        standing: state?.standing ?? null,
        answers: months[i]?.months[0]?.answers ?? new Map(),
        notes: state?.notes ?? null,
        submittedAt: fact?.submittedAt ? new Date(fact.submittedAt) : null,
        registration: registrations.get(cell.id) ?? NOBODY,
      });
    });
  }
  return {
    ok: true,
    input: {
      period: period.key,
      open: period.open,
      due: periodWindow(period.key, config.schedule.calendar, config.timeZone).due,
      scope: scope ? { code: scope.code, name: scope.name } : null,
      definition,
      timeZone: config.timeZone,
      cells: rows,
    },
  };
}
