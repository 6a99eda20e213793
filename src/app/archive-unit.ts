import type { UnitRef } from "../domain/org.ts";
import { planUnitImport, type RowProblem } from "../domain/units/unit-import-plan.ts";
import type { App } from "./open-app.ts";
import { storedUnits, writeUnitChanges } from "./write-unit-changes.ts";

export type ArchiveOutcome =
  | { readonly ok: true; readonly unit: UnitRef; readonly changed: boolean }
  | { readonly ok: false; readonly reason: "unknown-unit"; readonly code: string }
  | { readonly ok: false; readonly reason: "refused"; readonly unit: UnitRef; readonly problems: readonly RowProblem[] };

/**
 * Archives a unit (`archived`), or makes it active again. An archived unit keeps its history
 * (reports, year-end records, roles, the audit log) and can still be found by its code, but it
 * leaves reminders, digests, period closing, reports and the cells its people answer for; its
 * reminders waiting in the outbox are dropped. Refused while active units sit below it (archive
 * or move them first), and making a unit active under an archived parent is refused likewise.
 * `changed` is false when it already was so. Audited as `unit.archive` / `unit.unarchive`.
 */
export function setUnitArchived(app: Pick<App, "inTransaction" | "clock">, request: { readonly code: string; readonly archived: boolean; readonly by?: number | null }): Promise<ArchiveOutcome> {
  const at = app.clock.now();
  return app.inTransaction(async (s): Promise<ArchiveOutcome> => {
    const unit = await s.org.findUnit(request.code);
    if (!unit) return { ok: false, reason: "unknown-unit", code: request.code };
    const result = planUnitImport(await storedUnits(s), {
      rows: [{ row: 0, code: unit.code, name: unit.name, kind: unit.kind, parent: null, members: null, status: request.archived ? "archived" : "active" }],
      columns: { parent: false, members: false, status: true },
    });
    if (!result.ok) return { ok: false, reason: "refused", unit, problems: result.problems };
    if (result.plan.updates.length === 0) return { ok: true, unit, changed: false };
    await writeUnitChanges(s, result.plan, { at, by: request.by ?? null, via: request.archived ? "archive" : "unarchive" });
    return { ok: true, unit, changed: true };
  });
}
