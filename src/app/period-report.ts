import { buildPeriodReport, type PeriodReport } from "../reports/period-report.ts";
import type { Stores } from "../ports/stores.ts";
import { NOTES_QUESTION } from "./cell-directory.ts";
import { cellsOfPeriod } from "./cells-of-period.ts";
import { namedVersions } from "./questionnaire-in-force.ts";
import { childrenOf, treeOrder } from "./unit-tree.ts";

export type PeriodReportOutcome = { readonly ok: true; readonly report: PeriodReport } | { readonly ok: false; readonly reason: "unknown-period" | "unknown-unit"; readonly code: string };

/** Every cell's standing for one period (`report --format json`), oldest first; `unitCode` keeps one subtree. */
export async function periodReport(stores: Pick<Stores, "periods" | "org" | "assessments" | "questionnaires">, key: string, unitCode?: string): Promise<PeriodReportOutcome> {
  const period = await stores.periods.findByKey(key);
  if (!period) return { ok: false, reason: "unknown-period", code: key };
  const units = await stores.org.listUnits();
  let scope: ReadonlySet<number> | undefined;
  if (unitCode !== undefined) {
    const unit = await stores.org.findUnit(unitCode);
    if (!unit) return { ok: false, reason: "unknown-unit", code: unitCode };
    // Archived units too: an archived cell keeps its place in past months.
    const root = units.filter((u) => u.id === unit.id);
    scope = new Set(treeOrder(childrenOf(units), root).map((u) => u.id));
  }
  // Cells archived before the month are out of its report, as they were out of its reminders and closing.
  const cells = await cellsOfPeriod(
    stores.assessments,
    period.id,
    units.filter((u) => u.kind === "cell" && (!scope || scope.has(u.id))),
  );
  const states = await stores.assessments.cellStates(period.id, cells.map((c) => c.id), NOTES_QUESTION);
  const questionnaires = await namedVersions(stores, states);
  return {
    ok: true,
    report: buildPeriodReport(
      key,
      cells.map((cell, i) => {
        const questionnaire = questionnaires.get(cell.id)?.name;
        return { code: cell.code, name: cell.name, status: states[i]?.status ?? "not_started", standing: states[i]?.standing ?? null, ...(questionnaire ? { questionnaire } : {}) };
      }),
    ),
  };
}

