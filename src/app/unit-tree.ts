/** A unit as the tree walks see it. */
interface TreeUnit {
  readonly id: number;
  readonly parentId: number | null;
}

/** Each unit's children (null: the units without a parent), in the order listed. */
export function childrenOf<U extends TreeUnit>(units: readonly U[]): ReadonlyMap<number | null, readonly U[]> {
  const children = new Map<number | null, U[]>();
  for (const unit of units) {
    const list = children.get(unit.parentId) ?? [];
    list.push(unit);
    children.set(unit.parentId, list);
  }
  return children;
}

/** The subtrees of `roots` (every top unit when absent), parents before children, siblings in the order listed. */
export function treeOrder<U extends TreeUnit>(children: ReadonlyMap<number | null, readonly U[]>, roots: readonly U[] = children.get(null) ?? []): U[] {
  const out: U[] = [];
  const stack = [...roots].reverse();
  for (let unit = stack.pop(); unit; unit = stack.pop()) {
    out.push(unit);
    stack.push(...[...(children.get(unit.id) ?? [])].reverse());
  }
  return out;
}
