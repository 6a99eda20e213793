import { isPendingInvite } from "../domain/invite-targets.ts";
import { ANSWERING_ROLES, ROLES, type Role, type UnitRef } from "../domain/org.ts";
import type { IdentityRecord } from "../ports/people-store.ts";
import type { App } from "./open-app.ts";

/** Someone holding a role in a unit, known only by their platform accounts (no names are kept). */
export interface RegisteredHolder {
  readonly role: Role;
  readonly identities: readonly Pick<IdentityRecord, "channel" | "externalId" | "reachable">[];
  /** When they redeemed their invite; null when the role was granted without one. */
  readonly since: Date | null;
}

export interface PendingInvite {
  readonly role: Role;
  readonly createdAt: Date;
  readonly expiresAt: Date;
}

export interface UnitInvites {
  readonly unit: UnitRef;
  readonly registered: readonly RegisteredHolder[];
  readonly pending: readonly PendingInvite[];
  /** A cell nobody is registered to answer for (no secretary, no deputy). */
  readonly nobody: boolean;
}

export type InviteOverview = { readonly ok: true; readonly unit: UnitRef; readonly units: readonly UnitInvites[] } | { readonly ok: false; readonly reason: "unknown-unit" };

/**
 * `invite list`: for the unit and every unit below it, who registered (and when, through which
 * platform), which codes are still pending and until when, and which cells have nobody. Every
 * cell is listed; another unit only when someone holds a role there or a code is pending.
 */
export async function inviteOverview(app: Pick<App, "stores">, request: { readonly unitCode: string; readonly at: Date }): Promise<InviteOverview> {
  const { org, invites, people } = app.stores;
  const root = await org.findUnit(request.unitCode);
  if (!root) return { ok: false, reason: "unknown-unit" };
  const units = await org.subtree(root.id);
  const ids = units.map((u) => u.id);
  const [holders, made] = await Promise.all([org.holders(ROLES, ids), invites.ofUnits(ids)]);
  const identities = await people.identitiesOf([...new Set(holders.map((h) => h.personId))]);
  const accounts = new Map<number, Pick<IdentityRecord, "channel" | "externalId" | "reachable">[]>();
  for (const i of identities) accounts.set(i.personId, [...(accounts.get(i.personId) ?? []), { channel: i.channel, externalId: i.externalId, reachable: i.reachable }]);
  const redeemed = new Map<string, Date>();
  for (const invite of made) if (invite.usedAt && invite.usedBy !== null) redeemed.set(`${invite.unitId}:${invite.role}:${invite.usedBy}`, invite.usedAt);

  const group = <T extends { readonly unitId: number }>(rows: readonly T[]): Map<number, T[]> => {
    const byUnit = new Map<number, T[]>();
    for (const row of rows) byUnit.set(row.unitId, [...(byUnit.get(row.unitId) ?? []), row]);
    return byUnit;
  };
  const holdersOf = group(holders);
  const invitesOf = group(made.filter((i) => isPendingInvite(i, request.at)));

  const listed: UnitInvites[] = [];
  for (const unit of units) {
    const registered = (holdersOf.get(unit.id) ?? []).map(
      (h): RegisteredHolder => ({ role: h.role, identities: accounts.get(h.personId) ?? [], since: redeemed.get(`${unit.id}:${h.role}:${h.personId}`) ?? null }),
    );
    const pending = (invitesOf.get(unit.id) ?? []).map((i): PendingInvite => ({ role: i.role, createdAt: i.createdAt, expiresAt: i.expiresAt }));
    const isCell = unit.kind === "cell";
    if (!isCell && registered.length === 0 && pending.length === 0) continue;
    listed.push({ unit, registered, pending, nobody: isCell && !registered.some((r) => ANSWERING_ROLES.includes(r.role)) });
  }
  return { ok: true, unit: root, units: listed };
}
