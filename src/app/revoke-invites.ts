import { inviteLookupHash } from "../domain/invite-code.ts";
import { isPendingInvite } from "../domain/invite-targets.ts";
import type { Role, UnitRef } from "../domain/org.ts";
import type { App } from "./open-app.ts";

export type RevokeCodeResult =
  | { readonly ok: true; readonly unit: UnitRef; readonly role: Role }
  | { readonly ok: false; readonly reason: "invalid" | "used" | "revoked" | "expired"; readonly unit?: UnitRef };

/**
 * Withdraws the invite a code (as typed: any case, with or without dashes) stands for; whoever
 * sends it to the bot from then on is told it was withdrawn. Audited.
 */
export function revokeInviteCode(app: Pick<App, "inTransaction">, request: { readonly code: string; readonly at: Date; readonly by?: number | null }): Promise<RevokeCodeResult> {
  const by = request.by ?? null;
  return app.inTransaction(async (s) => {
    const hash = inviteLookupHash(request.code);
    const invite = hash === undefined ? undefined : await s.invites.findByCodeHash(hash);
    const unit = invite ? await s.org.unitById(invite.unitId) : null;
    if (!invite || !unit) return { ok: false, reason: "invalid" };
    if (invite.usedAt) return { ok: false, reason: "used", unit };
    if (invite.revokedAt) return { ok: false, reason: "revoked", unit };
    if (invite.expiresAt <= request.at) return { ok: false, reason: "expired", unit };
    // A redemption committed meanwhile wins: the invite is then used, not withdrawn.
    if (!(await s.invites.revoke(invite.id, by, request.at))) return { ok: false, reason: "used", unit };
    await s.audit.record({ at: request.at, actorId: by, action: "invite.revoke", subject: `unit:${unit.code}`, details: { role: invite.role, invite: invite.id } });
    return { ok: true, unit, role: invite.role };
  });
}

export type RevokeUnitResult =
  | { readonly ok: true; readonly unit: UnitRef; readonly revoked: readonly { readonly unit: UnitRef; readonly role: Role }[] }
  | { readonly ok: false; readonly reason: "unknown-unit" };

/**
 * Withdraws every pending invite of the unit and of every unit below it (only those for `role`,
 * when given): what a committee-wide batch issued is taken back with the same --unit. Audited.
 */
export function revokeUnitInvites(
  app: Pick<App, "inTransaction">,
  request: { readonly unitCode: string; readonly role?: Role; readonly at: Date; readonly by?: number | null },
): Promise<RevokeUnitResult> {
  const by = request.by ?? null;
  return app.inTransaction(async (s) => {
    const root = await s.org.findUnit(request.unitCode);
    if (!root) return { ok: false, reason: "unknown-unit" };
    const units = new Map((await s.org.subtree(root.id)).map((u) => [u.id, u]));
    const revoked: { unit: UnitRef; role: Role }[] = [];
    for (const invite of await s.invites.ofUnits([...units.keys()])) {
      const unit = units.get(invite.unitId);
      if (!unit || !isPendingInvite(invite, request.at) || (request.role !== undefined && invite.role !== request.role)) continue;
      if (!(await s.invites.revoke(invite.id, by, request.at))) continue;
      await s.audit.record({ at: request.at, actorId: by, action: "invite.revoke", subject: `unit:${unit.code}`, details: { role: invite.role, invite: invite.id } });
      revoked.push({ unit, role: invite.role });
    }
    return { ok: true, unit: root, revoked };
  });
}
