import { parentProblem, type ParentProblem, type UnitKind, type UnitRef } from "../domain/org.ts";
import type { InTransaction } from "../ports/stores.ts";

export type AddUnitOutcome =
  | { readonly ok: true; readonly unit: UnitRef }
  | { readonly ok: false; readonly reason: "exists" | "unknown-parent" | "parent-is-cell" | "parent-archived"; readonly code: string }
  /** The tree's shape rules (src/domain/org.ts) refuse a unit of this kind there; `code` is the parent's. */
  | { readonly ok: false; readonly reason: "bad-place"; readonly problem: ParentProblem; readonly code: string };

/** One unit under an existing parent (or a top unit), with the audit entry; refused with a reason. */
export function addUnit(
  deps: { readonly inTransaction: InTransaction },
  unit: { readonly code: string; readonly name: string; readonly kind: UnitKind; readonly parentCode?: string; readonly memberCount: number; readonly at: Date; readonly by?: number | null },
): Promise<AddUnitOutcome> {
  return deps.inTransaction(async (s) => {
    if (await s.org.findUnit(unit.code)) return { ok: false, reason: "exists", code: unit.code };
    const above = unit.parentCode ? await s.org.findUnit(unit.parentCode) : null;
    if (unit.parentCode && !above) return { ok: false, reason: "unknown-parent", code: unit.parentCode };
    const problem = parentProblem(unit.kind, above?.kind ?? null);
    if (problem === "under-cell" && above) return { ok: false, reason: "parent-is-cell", code: above.code };
    if (problem) return { ok: false, reason: "bad-place", problem, code: above?.code ?? "" };
    if (above && (await s.org.listUnits()).some((u) => u.id === above.id && u.archived)) return { ok: false, reason: "parent-archived", code: above.code };
    // The parent as stored: it was found ignoring letter case, the batch insert takes exact codes.
    const [created] = await s.org.createUnits([{ code: unit.code, name: unit.name, kind: unit.kind, memberCount: unit.memberCount, ...(above ? { parentCode: above.code } : {}) }], unit.at);
    if (!created) throw new Error(`unit ${unit.code} was not created`);
    await s.audit.record({ at: unit.at, actorId: unit.by ?? null, action: "unit.create", subject: `unit:${unit.code}`, details: { kind: unit.kind, parent: above?.code, members: unit.memberCount } });
    return { ok: true, unit: created };
  });
}
