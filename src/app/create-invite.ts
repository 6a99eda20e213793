import { newInviteCode, storedInviteHash } from "../domain/invite-code.ts";
import type { Role, UnitRef } from "../domain/org.ts";
import type { InTransaction } from "../ports/stores.ts";

/**
 * A single-use invitation to hold `role` in a unit: the code is returned once and only its hash
 * is kept. Null when there is no such unit.
 */
export function createInvite(
  deps: { readonly inTransaction: InTransaction },
  invite: { readonly unitCode: string; readonly role: Role; readonly expiresAt: Date; readonly at: Date; readonly by?: number | null },
): Promise<{ readonly code: string; readonly unit: UnitRef } | null> {
  return deps.inTransaction(async (s) => {
    const unit = await s.org.findUnit(invite.unitCode);
    if (!unit) return null;
    const code = newInviteCode();
    await s.invites.create({ codeHash: storedInviteHash(code), unitId: unit.id, role: invite.role, expiresAt: invite.expiresAt, at: invite.at });
    await s.audit.record({ at: invite.at, actorId: invite.by ?? null, action: "invite.create", subject: `unit:${unit.code}`, details: { role: invite.role, expiresAt: invite.expiresAt } });
    return { code, unit };
  });
}
