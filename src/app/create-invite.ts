import { newInviteCode, storedInviteHash } from "../domain/invite-code.ts";
import { ANSWERING_ROLES, type Role, type UnitRef } from "../domain/org.ts";
import type { InTransaction } from "../ports/stores.ts";

export type CreatedInvite =
  | { readonly ok: true; readonly code: string; readonly unit: UnitRef; readonly expiresAt: Date }
  | { readonly ok: false; readonly reason: "unknown-unit" }
  /** Secretaries and deputies answer a cell's month or a grassroots committee's year, nothing else. */
  | { readonly ok: false; readonly reason: "role-needs-answering-unit"; readonly unit: UnitRef };

/**
 * A single-use invitation to hold `role` in a unit, valid for the configured number of days: the
 * code is returned once and only its hash is kept. From the CLI and from an admin's chat.
 */
export function createInvite(
  deps: { readonly inTransaction: InTransaction; readonly config: { readonly inviteTtlDays: number } },
  invite: { readonly unitCode: string; readonly role: Role; readonly at: Date; readonly by?: number | null },
): Promise<CreatedInvite> {
  return deps.inTransaction(async (s): Promise<CreatedInvite> => {
    const unit = await s.org.findUnit(invite.unitCode);
    if (!unit) return { ok: false, reason: "unknown-unit" };
    const answers = unit.kind === "cell" || unit.kind === "grassroots_committee";
    if (ANSWERING_ROLES.includes(invite.role) && !answers) return { ok: false, reason: "role-needs-answering-unit", unit };
    const code = newInviteCode();
    const expiresAt = new Date(invite.at.getTime() + deps.config.inviteTtlDays * 86_400_000);
    await s.invites.create({ codeHash: storedInviteHash(code), unitId: unit.id, role: invite.role, expiresAt, at: invite.at });
    await s.audit.record({ at: invite.at, actorId: invite.by ?? null, action: "invite.create", subject: `unit:${unit.code}`, details: { role: invite.role, expiresAt } });
    return { ok: true, code, unit, expiresAt };
  });
}
