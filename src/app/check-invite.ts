import { inviteLookupHash } from "../domain/invite-code.ts";
import { attemptWindowStart, isLockedOut } from "../domain/invite-lockout.ts";
import type { InviteCheck, InviteStore as InviteCheckPort } from "../engine/ports.ts";
import type { Stores } from "../ports/stores.ts";

/**
 * What a code would do for this identity, read only: the redemption (or the failed attempt that
 * counts towards a lock-out) is written by the turn, in its one transaction.
 */
export function createInviteCheck(stores: Pick<Stores, "invites" | "org">): InviteCheckPort {
  return {
    async check(code, identity, at): Promise<InviteCheck> {
      if (isLockedOut(await stores.invites.failedAttemptsSince(identity, attemptWindowStart(at)))) return { ok: false, reason: "too-many-attempts" };
      const hash = inviteLookupHash(code);
      const invite = hash === undefined ? undefined : await stores.invites.findByCodeHash(hash);
      if (!invite) return { ok: false, reason: "invalid" };
      if (invite.usedAt) return { ok: false, reason: "used" };
      if (invite.revokedAt) return { ok: false, reason: "revoked" };
      if (invite.expiresAt <= at) return { ok: false, reason: "expired" };
      const unit = await stores.org.unitById(invite.unitId);
      if (!unit) return { ok: false, reason: "invalid" };
      return { ok: true, inviteId: invite.id, unit, role: invite.role };
    },
  };
}
