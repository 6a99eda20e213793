import { ANSWERING_ROLES, type Role, type UnitRef } from "../domain/org.ts";
import type { CommandContext } from "../engine/command-handler.ts";
import type { GroupStore, UnitTree } from "../engine/ports.ts";
import { authorityOf } from "./authority.ts";

export type UnitToShow =
  | { readonly ok: true; readonly unit: UnitRef }
  | { readonly ok: false; readonly key: string; readonly args?: Record<string, string> };

/**
 * Which unit /status or /digest shows, or why none.
 *
 * In a bound group: the group's unit or a unit below it, for whoever is in the group — they
 * read what the group receives anyway, and nothing the group does not. In a private chat: the
 * named unit when it lies within a unit where the person holds one of `readers`; else their
 * own unit (a leader's or admin's before a cell they answer for); a root admin without a role
 * gets the top of the tree.
 */
export async function unitToShow(
  ctx: CommandContext,
  deps: { readonly groups: GroupStore; readonly tree: UnitTree },
  code: string | undefined,
  readers: { readonly roles: readonly Role[]; readonly refusal: string },
): Promise<UnitToShow> {
  const find = async (wanted: string): Promise<UnitRef | UnitToShow> => (await deps.tree.findUnit(wanted)) ?? { ok: false, key: "unit-unknown", args: { code: wanted } };

  if (ctx.message.chatType === "group") {
    const bound = await deps.groups.boundUnit(ctx.message);
    if (!bound) return { ok: false, key: "group-not-bound" };
    if (code === undefined) return { ok: true, unit: bound };
    const named = await find(code);
    if ("ok" in named) return named;
    if (await deps.tree.isWithin(named.code, bound.id)) return { ok: true, unit: named };
    return { ok: false, key: "group-out-of-scope", args: { bound: bound.name, unit: named.name, code: named.code } };
  }

  const authority = await authorityOf(ctx, deps.tree);
  const person = ctx.snapshot.person;
  if (!person && !authority.root) return { ok: false, key: "not-registered" };
  const mine = (person?.memberships ?? []).filter((m) => readers.roles.includes(m.role));
  if (mine.length === 0 && !authority.root) return { ok: false, key: readers.refusal };
  if (code !== undefined) {
    const named = await find(code);
    if ("ok" in named) return named;
    if (await authority.covers(named.code, readers.roles)) return { ok: true, unit: named };
    return { ok: false, key: "read-out-of-scope", args: { unit: named.name, code: named.code } };
  }
  const own = (mine.find((m) => !ANSWERING_ROLES.includes(m.role)) ?? mine[0])?.unit ?? (await deps.tree.topUnits())[0];
  return own ? { ok: true, unit: own } : { ok: false, key: "not-registered" };
}
