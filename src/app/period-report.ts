import { buildPeriodReport, type PeriodReport } from "../reports/period-report.ts";
import type { Stores } from "../ports/stores.ts";
import { NOTES_QUESTION } from "./cell-directory.ts";

/** Every cell's standing for one period, in tree order; null when there is no such period. */
export async function periodReport(stores: Pick<Stores, "periods" | "org" | "assessments">, key: string): Promise<PeriodReport | null> {
  const period = await stores.periods.findByKey(key);
  if (!period) return null;
  const cells = await stores.org.unitsOfKind("cell");
  const states = await stores.assessments.cellStates(period.id, cells.map((c) => c.id), NOTES_QUESTION);
  return buildPeriodReport(
    key,
    cells.map((cell, i) => ({ code: cell.code, name: cell.name, status: states[i]?.status ?? "not_started", standing: states[i]?.standing ?? null })),
  );
}
