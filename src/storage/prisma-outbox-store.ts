import { outgoingMessageSchema } from "../engine/messages.ts";
import type { OutboxRow, OutboxStore } from "../engine/ports.ts";
import type { Db } from "./open-database.ts";
import { outboxWrites } from "./outbox-rows.ts";

/** A claimed row is leased: if the process dies mid-send, the row is due again after this. */
const LEASE_MS = 120_000;

export function createPrismaOutboxStore(db: Db): OutboxStore {
  return {
    async enqueue(drafts, at) {
      const writes = outboxWrites(db, drafts, at);
      if (writes.length > 0) await db.$transaction(writes);
    },
    async dropPending(prefix) {
      const { count } = await db.outboxMessage.updateMany({ where: { status: "pending", dedupeKey: { startsWith: prefix } }, data: { status: "dropped" } });
      return count;
    },
    async claimDue(now, channels, limit) {
      const candidates = await db.outboxMessage.findMany({
        where: { status: { in: ["pending", "sending"] }, channel: { in: [...channels] } },
        orderBy: { id: "asc" },
        take: limit * 20,
      });
      const seen = new Set<string>();
      const claimed: OutboxRow[] = [];
      for (const row of candidates) {
        const chat = `${row.channel}:${row.chatId}`;
        if (seen.has(chat)) continue;
        seen.add(chat);
        if (row.nextAttemptAt > now) continue;
        const { count } = await db.outboxMessage.updateMany({
          where: { id: row.id, status: row.status, nextAttemptAt: row.nextAttemptAt },
          data: { status: "sending", nextAttemptAt: new Date(now.getTime() + LEASE_MS) },
        });
        if (count === 1) {
          claimed.push({ id: row.id, channel: row.channel, chatId: row.chatId, attempts: row.attempts, message: outgoingMessageSchema.parse(JSON.parse(row.payload)) });
        }
        if (claimed.length >= limit) break;
      }
      return claimed;
    },
    async markSent(id, at, platformMessageId) {
      await db.outboxMessage.update({
        where: { id },
        data: { status: "sent", sentAt: at, attempts: { increment: 1 }, lastError: null, ...(platformMessageId ? { platformMessageId } : {}) },
      });
    },
    async release(id, at) {
      await db.outboxMessage.update({ where: { id }, data: { status: "pending", nextAttemptAt: at } });
    },
    async liveChoices(address) {
      const row = await db.outboxMessage.findFirst({
        where: { channel: address.channel, chatId: address.chatId, status: "sent", hasChoices: true, choicesCleared: false, platformMessageId: { not: null } },
        orderBy: { id: "desc" },
        select: { id: true, platformMessageId: true },
      });
      return row?.platformMessageId ? { id: row.id, platformMessageId: row.platformMessageId } : null;
    },
    async markChoicesCleared(id) {
      await db.outboxMessage.update({ where: { id }, data: { choicesCleared: true } });
    },
    async retryLater(id, attempts, at, error) {
      await db.outboxMessage.update({ where: { id }, data: { status: "pending", attempts, nextAttemptAt: at, lastError: error } });
    },
    async markFailed(id, attempts, error) {
      await db.outboxMessage.update({ where: { id }, data: { status: "failed", attempts, lastError: error } });
    },
    async markUnreachable(address, at) {
      await db.$transaction([
        db.identity.updateMany({ where: { channel: address.channel, externalId: address.chatId }, data: { reachable: false, unreachableAt: at } }),
        db.outboxMessage.updateMany({
          where: { channel: address.channel, chatId: address.chatId, status: "pending" },
          data: { status: "failed", lastError: "recipient unreachable" },
        }),
      ]);
    },
    async nextDueAt(channels) {
      const row = await db.outboxMessage.findFirst({
        where: { status: { in: ["pending", "sending"] }, channel: { in: [...channels] } },
        orderBy: { nextAttemptAt: "asc" },
        select: { nextAttemptAt: true },
      });
      return row?.nextAttemptAt ?? null;
    },
  };
}
