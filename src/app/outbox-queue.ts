import { outgoingMessageSchema } from "../engine/messages.ts";
import type { OutboxDraft, OutboxRow, OutboxStore as MessageQueue } from "../engine/ports.ts";
import type { ClaimedOutboxMessage, NewOutboxMessage, OutboxStore } from "../ports/outbox-store.ts";
import type { InTransaction } from "../ports/stores.ts";

/** An engine message as the outbox stores it: its JSON, and whether it carries buttons. */
export const toOutboxRow = (draft: OutboxDraft): NewOutboxMessage => ({
  channel: draft.channel,
  chatId: draft.chatId,
  payload: JSON.stringify(draft.message),
  hasChoices: (draft.message.choices?.length ?? 0) > 0,
  ...(draft.dedupeKey !== undefined ? { dedupeKey: draft.dedupeKey } : {}),
  ...(draft.notBefore !== undefined ? { notBefore: draft.notBefore } : {}),
});

const toRow = (row: ClaimedOutboxMessage): OutboxRow => ({
  id: row.id,
  channel: row.channel,
  chatId: row.chatId,
  attempts: row.attempts,
  partsSent: row.partsSent,
  message: outgoingMessageSchema.parse(JSON.parse(row.payload)),
});

/**
 * The outbox as the engine and the worker see it: messages, not JSON. Encoding and validating
 * them is here, the table is the outbox store's; a person who cannot be reached is marked so
 * in the people store in the same call. `delivery` (the same table through a connection whose
 * commits need not wait for the disk) records claims and progress; messages are enqueued and
 * failed durably.
 */
export function createMessageQueue(outbox: OutboxStore, inTransaction: InTransaction, delivery: OutboxStore = outbox): MessageQueue {
  return {
    async enqueue(drafts, at) {
      if (drafts.length > 0) await outbox.enqueue(drafts.map(toOutboxRow), at);
    },
    claimDue: async (now, channels, limit) => (await delivery.claimDue(now, channels, limit)).map(toRow),
    claimNew: async (ids, now, channels) => (await delivery.claimNew(ids, now, channels)).map(toRow),
    releaseAbandonedClaims: (at) => delivery.releaseAbandonedClaims(at),
    renewLease: (id, until) => delivery.renewLease(id, until),
    markPartSent: (id, partsSent, done, at, platformMessageId) => delivery.markPartSent(id, partsSent, done, at, platformMessageId),
    release: (id, at) => delivery.release(id, at),
    liveChoices: (address) => delivery.liveChoices(address),
    markChoicesCleared: (id) => delivery.markChoicesCleared(id),
    eraseDelivered: (id) => delivery.eraseDelivered(id, JSON.stringify({ text: "" })),
    retryLater: (id, attempts, at, error) => delivery.retryLater(id, attempts, at, error),
    markFailed: (id, attempts, error) => outbox.markFailed(id, attempts, error),
    async markUnreachable(address, at) {
      // The person (if it is one) and what waits for them, together.
      await inTransaction(async (s) => {
        await s.people.markUnreachable({ channel: address.channel, externalId: address.chatId }, at);
        await s.outbox.failChat(address);
      });
    },
    moveChat: (channel, from, to) => outbox.moveChat(channel, from, to),
    nextDueAt: (channels, now) => delivery.nextDueAt(channels, now),
  };
}
