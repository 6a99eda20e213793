import type { UnitRef } from "../domain/org.ts";
import type { Stores } from "../ports/stores.ts";

/** Who answers for a cell: the secretaries and deputies registered (an invite redeemed), and how many of them the bot can write to. */
export interface CellRegistration {
  readonly secretaries: number;
  readonly deputies: number;
  /** Of those, the people with at least one chat the bot can write to (not blocked, not gone). */
  readonly reachable: number;
}

export const NOBODY: CellRegistration = { secretaries: 0, deputies: 0, reachable: 0 };

/** Nobody registered to answer: the cell cannot answer, nor be reminded, until its secretary is invited. */
export const hasNobody = (r: CellRegistration): boolean => r.secretaries + r.deputies === 0;

/** Every cell's registration, in two reads whatever the number of cells; a cell nobody holds is NOBODY. */
export async function registrationsOf(stores: Pick<Stores, "org" | "people">, cellIds: readonly number[]): Promise<Map<number, CellRegistration>> {
  const result = new Map<number, CellRegistration>(cellIds.map((id) => [id, NOBODY]));
  if (cellIds.length === 0) return result;
  const holders = await stores.org.holders(["secretary", "deputy"], cellIds);
  const reachable = new Set((await stores.people.reachableIdentities([...new Set(holders.map((h) => h.personId))])).map((i) => i.personId));
  const counted = new Set<string>();
  for (const h of holders) {
    // One person may hold both roles in a cell; they are still one person to write to.
    const key = `${h.unitId}:${h.personId}`;
    const first = !counted.has(key);
    counted.add(key);
    const r = result.get(h.unitId) ?? NOBODY;
    result.set(h.unitId, {
      secretaries: r.secretaries + (h.role === "secretary" ? 1 : 0),
      deputies: r.deputies + (h.role === "deputy" ? 1 : 0),
      reachable: r.reachable + (first && reachable.has(h.personId) ? 1 : 0),
    });
  }
  return result;
}

/** The cells (in the order given) that nobody is registered to answer for. */
export async function cellsWithoutSecretary(stores: Pick<Stores, "org" | "people">, cells: readonly UnitRef[]): Promise<UnitRef[]> {
  const registrations = await registrationsOf(stores, cells.map((c) => c.id));
  return cells.filter((c) => hasNobody(registrations.get(c.id) ?? NOBODY));
}

/** "A, B, C …và 4 chi bộ khác": at most `cap` names, the rest counted (chat messages stay short). */
export function trimmedNames(names: readonly string[], more: (count: number) => string, cap = 10): string {
  if (names.length <= cap) return names.join(", ");
  return `${names.slice(0, cap).join(", ")} ${more(names.length - cap)}`;
}
