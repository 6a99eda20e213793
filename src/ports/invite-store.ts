import type { Role } from "../domain/org.ts";

/** A one-time invitation: whoever redeems it gets `role` in the unit. Only the code's hash is kept. */
export interface InviteRecord {
  readonly id: number;
  readonly unitId: number;
  readonly role: Role;
  readonly createdAt: Date;
  readonly expiresAt: Date;
  readonly usedAt: Date | null;
  readonly usedBy: number | null;
  /** Withdrawn before it was used: it can no longer be redeemed. */
  readonly revokedAt: Date | null;
}

/** Owner of the `invites` and `invite_attempts` tables. */
export interface InviteStore {
  /** Returns the new invite's id; throws when the hash is taken. */
  create(invite: { readonly codeHash: string; readonly unitId: number; readonly role: Role; readonly expiresAt: Date; readonly at: Date }): Promise<number>;
  findByCodeHash(codeHash: string): Promise<InviteRecord | undefined>;
  /** Every invite ever made for these units, oldest first. */
  ofUnits(unitIds: readonly number[]): Promise<readonly InviteRecord[]>;
  /** Withdraws an invite not used or withdrawn yet; false when it was (a redemption racing it wins or loses whole). */
  revoke(inviteId: number, by: number | null, at: Date): Promise<boolean>;
  /** Single use even under a race: of two calls for the same invite, only one gets true; never once revoked. */
  markUsed(inviteId: number, personId: number, at: Date): Promise<boolean>;
  /** A redemption that failed, counted towards this identity's lock-out. */
  recordFailedAttempt(identity: { readonly channel: string; readonly externalId: string }, at: Date): Promise<void>;
  /** Failed attempts of this identity at or after `since`. */
  failedAttemptsSince(identity: { readonly channel: string; readonly externalId: string }, since: Date): Promise<number>;
}
