import type { ChatAddress } from "./chat-address.ts";

/** A group chat that receives a unit's digests, reminders and status. */
export interface BoundGroup {
  readonly address: ChatAddress;
  readonly unitId: number;
}

/** What became of a binding when its chat moved to a new id. */
export type GroupMove =
  /** The binding follows the chat. */
  | "moved"
  /** The new chat was bound meanwhile: that newer binding wins and the old one is removed. */
  | "replaced"
  /** The old chat was not bound. */
  | "none";

/**
 * Owner of the `group_bindings` table. Units are referred to by id: looking them up (and the
 * audit log) is the caller's, composed around these calls.
 */
export interface GroupStore {
  /** Binds the chat to the unit; binding again is also how a group the bot was removed from becomes active again. */
  bind(address: ChatAddress, unitId: number, by: number | null, at: Date): Promise<void>;
  /** Removes the binding; the unit it was bound to, or null when there was none. */
  unbind(address: ChatAddress): Promise<number | null>;
  /** The unit the chat is bound to (active or not), or null. */
  boundUnitId(address: ChatAddress): Promise<number | null>;
  /** Whether the chat is bound at all (active or not). */
  isBound(address: ChatAddress): Promise<boolean>;
  /** The groups to post to, in binding order: a group the bot was removed from gets nothing until bound again. */
  boundGroups(): Promise<readonly BoundGroup[]>;
  /** The chat lives on under a new id (a Telegram group became a supergroup). */
  moveChat(channel: string, from: string, to: string): Promise<GroupMove>;
  /**
   * The bot cannot post there any more: the unit of the binding, or null when the chat was not
   * bound or already inactive (of two reports of the same removal, one gets the unit).
   */
  deactivate(address: ChatAddress, reason: string, at: Date): Promise<number | null>;
}
