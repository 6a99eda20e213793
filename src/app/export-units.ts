import type { UnitKind } from "../domain/org.ts";
import type { UnitNode } from "../ports/org-store.ts";
import type { App } from "./open-app.ts";

/** A row of the org tree's spreadsheet: the columns `units import` reads. */
export interface ExportedUnit {
  readonly code: string;
  readonly name: string;
  readonly kind: UnitKind;
  readonly parentCode: string | null;
  readonly memberCount: number;
  readonly archived: boolean;
}

export type ExportOutcome = { readonly ok: true; readonly units: readonly ExportedUnit[] } | { readonly ok: false; readonly reason: "unknown-unit"; readonly code: string };

/**
 * The org tree (or one unit's subtree) as the office's spreadsheet lists it: each unit under
 * its parent, in tree order, archived units included and marked. Imported again it changes
 * nothing.
 */
export async function exportUnits(app: Pick<App, "stores">, query: { readonly unitCode?: string } = {}): Promise<ExportOutcome> {
  const units = await app.stores.org.listUnits();
  const children = new Map<number | null, UnitNode[]>();
  for (const u of units) children.set(u.parentId, [...(children.get(u.parentId) ?? []), u]);
  let roots = children.get(null) ?? [];
  if (query.unitCode !== undefined) {
    const found = await app.stores.org.findUnit(query.unitCode);
    const root = found ? units.find((u) => u.id === found.id) : undefined;
    if (!root) return { ok: false, reason: "unknown-unit", code: query.unitCode };
    roots = [root];
  }
  const out: ExportedUnit[] = [];
  const seen = new Set<number>();
  // Depth first with an explicit stack: each unit, then its units, in the order they were created.
  const stack = [...roots].reverse();
  for (let u = stack.pop(); u !== undefined; u = stack.pop()) {
    if (seen.has(u.id)) continue;
    seen.add(u.id);
    out.push({ code: u.code, name: u.name, kind: u.kind, parentCode: u.parentCode, memberCount: u.memberCount, archived: u.archived });
    stack.push(...[...(children.get(u.id) ?? [])].reverse());
  }
  return { ok: true, units: out };
}
