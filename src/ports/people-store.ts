/** A platform account: Telegram user id, Zalo uid, console user. */
export interface PlatformIdentity {
  readonly channel: string;
  readonly externalId: string;
}

/** Someone who uses the bot; no names are kept, a person is known by platform identities only. */
export interface PersonRecord {
  readonly id: number;
  /** As stored; the caller maps it to a supported locale. */
  readonly locale: string | null;
}

export interface IdentityRecord extends PlatformIdentity {
  readonly personId: number;
  /** False once the platform said the bot cannot reach them (blocked the bot, chat gone). */
  readonly reachable: boolean;
  readonly unreachableAt: Date | null;
}

/** Where a person can be written to. */
export interface ReachableIdentity extends PlatformIdentity {
  readonly personId: number;
  readonly locale: string | null;
}

/** Owner of the `people` and `identities` tables. */
export interface PeopleStore {
  /** The person behind a platform identity. */
  findByIdentity(identity: PlatformIdentity): Promise<PersonRecord | undefined>;
  identity(identity: PlatformIdentity): Promise<IdentityRecord | undefined>;
  /** The person behind the identity, created with it on first use; two racing calls get the same person. */
  ensurePerson(identity: PlatformIdentity, at: Date): Promise<{ readonly personId: number; readonly created: boolean }>;
  setLocale(personId: number, locale: string): Promise<void>;
  /** Stop writing to this identity; true when it was reachable until now. */
  markUnreachable(identity: PlatformIdentity, at: Date): Promise<boolean>;
  /** Someone marked unreachable wrote to the bot: they can be written to again. True when it changed. */
  markReachable(identity: PlatformIdentity): Promise<boolean>;
  /** Every identity of these people, reachable or not, oldest first. */
  identitiesOf(personIds: readonly number[]): Promise<readonly IdentityRecord[]>;
  /** The reachable identities of these people, oldest first. */
  reachableIdentities(personIds: readonly number[]): Promise<readonly ReachableIdentity[]>;
}
