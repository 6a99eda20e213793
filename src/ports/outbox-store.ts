import type { ChatAddress } from "./chat-address.ts";

/**
 * A message to deliver. The message itself is the engine's (text, choices, image) and travels
 * here as its JSON: encoding and validating it is the engine's, like a conversation's state.
 */
export interface NewOutboxMessage extends ChatAddress {
  /** The message as JSON, stored as given. */
  readonly payload: string;
  /** The message carries buttons, to be removed once answered. */
  readonly hasChoices: boolean;
  /** Same key, same message: a second enqueue is ignored. */
  readonly dedupeKey?: string;
  /** Hold the message until then (quiet hours). */
  readonly notBefore?: Date;
}

/** A message claimed for delivery: it is leased to the claimer until delivered, released or the lease runs out. */
export interface ClaimedOutboxMessage extends ChatAddress {
  readonly id: number;
  readonly payload: string;
  readonly attempts: number;
  /** Platform calls of this message already made; delivery goes on from here. */
  readonly partsSent: number;
}

/** A delivered message whose buttons are still live. */
export interface LiveChoices {
  readonly id: number;
  readonly platformMessageId: string;
}

/** Owner of the `outbox_messages` table: delivery's side. */
export interface OutboxStore {
  /** Adds messages for delivery, all or none; a message whose dedupe key exists is skipped. Returns the ids of those added. */
  enqueue(messages: readonly NewOutboxMessage[], at: Date): Promise<number[]>;
  /**
   * Claims each chat's oldest due message (one per chat keeps a chat's messages in order), chosen
   * in the query: no backlog of other chats or channels delays a live reply. Safe when several
   * processes claim at once: a message goes to one of them only.
   */
  claimDue(now: Date, channels: readonly string[], limit: number): Promise<ClaimedOutboxMessage[]>;
  /**
   * Claims those of these just-enqueued messages that are due and their chat's oldest undelivered
   * one, as `claimDue` would, without looking for heads: a reply goes out without a search of
   * the outbox. The others are left to `claimDue`.
   */
  claimNew(ids: readonly number[], now: Date, channels: readonly string[]): Promise<ClaimedOutboxMessage[]>;
  /**
   * Messages left claimed by a process that died are due again at `at`. Only for a database one
   * process has to itself (SQLite): a second instance's claims are live, and expire on their own.
   * Returns how many.
   */
  releaseAbandonedClaims(at: Date): Promise<number>;
  /** A claimed message is still being delivered: keep others off it until `until`. */
  renewLease(id: number, until: Date): Promise<void>;
  /** Call `partsSent - 1` went through; with `done` the whole message is delivered. */
  markPartSent(id: number, partsSent: number, done: boolean, at: Date, platformMessageId?: string): Promise<void>;
  /** Back to pending without counting an attempt (pacing, or the platform said "not yet"). */
  release(id: number, at: Date): Promise<void>;
  retryLater(id: number, attempts: number, at: Date, error: string): Promise<void>;
  markFailed(id: number, attempts: number, error: string): Promise<void>;
  /** Nothing can reach this chat: its undelivered messages fail. Returns how many. */
  failChat(address: ChatAddress): Promise<number>;
  /** The chat lives on under a new id (a Telegram group became a supergroup): undelivered messages follow it. */
  moveChat(channel: string, from: string, to: string): Promise<void>;
  /** The chat's latest delivered message whose buttons are still live. */
  liveChoices(address: ChatAddress): Promise<LiveChoices | null>;
  markChoicesCleared(id: number): Promise<void>;
  /** The payload of a delivered message replaced by `payload` (what it said is not kept). */
  eraseDelivered(id: number, payload: string): Promise<void>;
  /** When the next undelivered message of these channels is due, if any: the earliest of the chats' heads as of `now`. */
  nextDueAt(channels: readonly string[], now: Date): Promise<Date | null>;
  /** Pending messages whose dedupe key starts with `prefix` (a cell's reminders, on submit) are dropped. Returns how many. */
  dropPendingByKeyPrefix(prefix: string): Promise<number>;
  /**
   * Typed text answers no question: the bot wrote to this chat on its own (a message with a
   * dedupe key) after its last reply, or that reply was not delivered before `sentAt` (when the
   * person sent their message): they were answering something older.
   */
  interrupted(address: ChatAddress, sentAt?: Date): Promise<boolean>;
}

/** Undelivered messages of one chat, for an operator. */
export interface OutboxChatSummary extends ChatAddress {
  readonly pending: number;
  readonly failed: number;
  readonly oldestAt: Date;
  readonly nextAttemptAt: Date | null;
  readonly lastError: string | null;
}

/** Which messages an operator acts on: one message, one chat, or everything undelivered. */
export interface OutboxFilter {
  readonly id?: number;
  readonly channel?: string;
  readonly chatId?: string;
}

/** Owner of the `outbox_messages` table: the operator's side (`npx bontot outbox`). */
export interface OutboxAdmin {
  /** Chats with pending or failed messages, the oldest first. */
  summary(): Promise<readonly OutboxChatSummary[]>;
  /** Failed messages go back to pending with their attempts reset; returns how many. */
  retry(filter: OutboxFilter, at: Date): Promise<number>;
  /** Pending and failed messages are dropped (kept as 'dropped' for the record); returns how many. */
  drop(filter: OutboxFilter): Promise<number>;
}
