import { ANSWERING_ROLES, type Role, type UnitKind } from "./org.ts";

/**
 * Which units a committee-wide batch of invites for `role` goes to. Secretaries and deputies
 * answer the monthly questionnaire, which only cells do; a leader or an admin may also be
 * invited for a grassroots committee, which has cells of its own below it.
 */
export function takesBatchInvite(kind: UnitKind, role: Role): boolean {
  if (ANSWERING_ROLES.includes(role)) return kind === "cell";
  return kind === "cell" || kind === "grassroots_committee";
}

/** An invite nobody used or withdrew, still valid at `at`. */
export function isPendingInvite(invite: { readonly usedAt: Date | null; readonly revokedAt: Date | null; readonly expiresAt: Date }, at: Date): boolean {
  return invite.usedAt === null && invite.revokedAt === null && invite.expiresAt > at;
}
