import type { UnitNode as UnitRow } from "../ports/org-store.ts";

/** The org tree indented by depth, children under their parent; archived units carry `archivedMark`. */
export function formatUnitTree(units: readonly UnitRow[], kindLabel: (kind: string) => string, archivedMark?: string): string {
  const children = new Map<string | null, UnitRow[]>();
  for (const unit of units) children.set(unit.parentCode, [...(children.get(unit.parentCode) ?? []), unit]);
  const lines: string[] = [];
  const walk = (parent: string | null, depth: number): void => {
    for (const unit of children.get(parent) ?? []) {
      const members = unit.memberCount > 0 ? ` · ${unit.memberCount}` : "";
      const archived = unit.archived && archivedMark ? ` ${archivedMark}` : "";
      lines.push(`${"  ".repeat(depth)}${unit.code}  ${unit.name} (${kindLabel(unit.kind)}${members})${archived}`);
      walk(unit.code, depth + 1);
    }
  };
  walk(null, 0);
  return lines.length > 0 ? `${lines.join("\n")}\n` : "";
}
