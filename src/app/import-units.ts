import { planUnitImport, type RowProblem, type UnitImportPlan, type UnitSheet } from "../domain/units/unit-import-plan.ts";
import type { App } from "./open-app.ts";
import { storedUnits, writeUnitChanges } from "./write-unit-changes.ts";

export interface UnitImportRequest {
  readonly sheet: UnitSheet;
  /** False: a dry run, nothing is written. */
  readonly apply: boolean;
  /** The file's name, kept in the audit log. */
  readonly source: string;
  readonly by?: number | null;
  /** Called as the changes are written (applying only): for a progress bar. */
  readonly onProgress?: (done: number, total: number) => void;
}

export type UnitImportOutcome =
  | { readonly ok: true; readonly plan: UnitImportPlan; readonly written: boolean }
  | { readonly ok: false; readonly problems: readonly RowProblem[] };

const hasChanges = (plan: UnitImportPlan): boolean => plan.creates.length > 0 || plan.updates.length > 0;

/**
 * The org tree from an office's spreadsheet (src/domain/units/unit-import-plan.ts): a dry run
 * returns what would change; applying plans again and writes it in one transaction, with one
 * audit entry per change of a unit and one for the import (`units.import`, its counts and the
 * file), or nothing at all when a row has a problem. Importing the same file again changes
 * nothing and writes nothing.
 */
export async function importUnits(app: Pick<App, "stores" | "inTransaction" | "clock">, request: UnitImportRequest): Promise<UnitImportOutcome> {
  if (!request.apply) {
    const result = planUnitImport(await storedUnits(app.stores), request.sheet);
    return result.ok ? { ok: true, plan: result.plan, written: false } : result;
  }
  const at = app.clock.now();
  return app.inTransaction(async (s): Promise<UnitImportOutcome> => {
    // Planned again inside the transaction: the tree may have changed since the dry run.
    const result = planUnitImport(await storedUnits(s), request.sheet);
    if (!result.ok) return result;
    const { plan } = result;
    if (!hasChanges(plan)) return { ok: true, plan, written: false };
    const by = request.by ?? null;
    await writeUnitChanges(s, plan, { at, by, via: `import ${request.source}`, ...(request.onProgress ? { onProgress: request.onProgress } : {}) });
    const count = (field: "name" | "parent" | "members" | "archived"): number => plan.updates.filter((u) => u[field] !== undefined).length;
    await s.audit.record({
      at,
      actorId: by,
      action: "units.import",
      subject: `file:${request.source}`,
      details: { created: plan.creates.length, renamed: count("name"), moved: count("parent"), recounted: count("members"), archived: count("archived"), unchanged: plan.unchanged.length },
    });
    return { ok: true, plan, written: true };
  });
}
