import type { UnitRef } from "../domain/org.ts";
import { planUnitImport, type RowProblem, type SheetCell, type UnitSheet, type UnitUpdate } from "../domain/units/unit-import-plan.ts";
import type { App } from "./open-app.ts";
import { storedUnits, writeUnitChanges } from "./write-unit-changes.ts";

export interface UnitEdit {
  readonly code: string;
  readonly name?: string;
  /** As typed: checked like a spreadsheet's members cell. */
  readonly members?: SheetCell;
  /** The new parent's code; "" makes it a top unit. */
  readonly parentCode?: string;
  readonly by?: number | null;
}

export type UnitEditOutcome =
  | { readonly ok: true; readonly unit: UnitRef; readonly update: UnitUpdate | null }
  | { readonly ok: false; readonly reason: "unknown-unit"; readonly code: string }
  | { readonly ok: false; readonly reason: "refused"; readonly unit: UnitRef; readonly problems: readonly RowProblem[] };

/**
 * One unit's name, member count or parent, checked by the same rules as a spreadsheet's row
 * (the import plan of a one-row sheet: the tree's shape, no cycle, no active unit under an
 * archived one) and written with its audit entries in one transaction. `update` is null when
 * nothing changed.
 */
export function editUnit(app: Pick<App, "inTransaction" | "clock">, edit: UnitEdit): Promise<UnitEditOutcome> {
  const at = app.clock.now();
  return app.inTransaction(async (s): Promise<UnitEditOutcome> => {
    const unit = await s.org.findUnit(edit.code);
    if (!unit) return { ok: false, reason: "unknown-unit", code: edit.code };
    const stored = await storedUnits(s);
    const self = stored.find((u) => u.id === unit.id);
    const parentNow = self?.parentId === null || self === undefined ? "" : (stored.find((u) => u.id === self.parentId)?.code ?? "");
    const sheet: UnitSheet = {
      rows: [{ row: 0, code: unit.code, name: edit.name ?? unit.name, kind: unit.kind, parent: edit.parentCode ?? parentNow, members: edit.members ?? null, status: null }],
      columns: { parent: true, members: edit.members !== undefined, status: false },
    };
    const result = planUnitImport(stored, sheet);
    if (!result.ok) return { ok: false, reason: "refused", unit, problems: result.problems };
    const [update] = result.plan.updates;
    if (!update) return { ok: true, unit, update: null };
    await writeUnitChanges(s, result.plan, { at, by: edit.by ?? null, via: "edit" });
    return { ok: true, unit, update };
  });
}
