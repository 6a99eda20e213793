import { buildPeriodReport, type PeriodReport } from "../reports/period-report.ts";
import type { Stores } from "../ports/stores.ts";
import { NOTES_QUESTION } from "./cell-directory.ts";
import { namedVersions } from "./questionnaire-in-force.ts";

export type PeriodReportOutcome = { readonly ok: true; readonly report: PeriodReport } | { readonly ok: false; readonly reason: "unknown-period" | "unknown-unit"; readonly code: string };

/** Every cell's standing for one period (`report --format json`), oldest first; `unitCode` keeps one subtree. */
export async function periodReport(stores: Pick<Stores, "periods" | "org" | "assessments" | "questionnaires">, key: string, unitCode?: string): Promise<PeriodReportOutcome> {
  const period = await stores.periods.findByKey(key);
  if (!period) return { ok: false, reason: "unknown-period", code: key };
  let cells = await stores.org.unitsOfKind("cell");
  if (unitCode !== undefined) {
    const unit = await stores.org.findUnit(unitCode);
    if (!unit) return { ok: false, reason: "unknown-unit", code: unitCode };
    const within = new Set((await stores.org.subtree(unit.id, "cell")).map((c) => c.id));
    cells = cells.filter((c) => within.has(c.id));
  }
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
