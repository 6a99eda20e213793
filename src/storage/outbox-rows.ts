import type { OutboxDraft } from "../engine/ports.ts";
import type { Db } from "./open-database.ts";

/**
 * The writes that enqueue drafts, for use inside a batch transaction: plain messages in one
 * insert; messages with a dedupe key one by one, each created only if its key is new.
 */
export function outboxWrites(db: Db, drafts: readonly OutboxDraft[], at: Date) {
  const row = (d: OutboxDraft) => ({
    channel: d.channel,
    chatId: d.chatId,
    payload: JSON.stringify(d.message),
    hasChoices: (d.message.choices?.length ?? 0) > 0,
    nextAttemptAt: d.notBefore && d.notBefore > at ? d.notBefore : at,
    createdAt: at,
  });
  const plain = drafts.filter((d) => d.dedupeKey === undefined);
  const keyed = drafts.filter((d): d is OutboxDraft & { dedupeKey: string } => d.dedupeKey !== undefined);
  return [
    ...(plain.length > 0 ? [db.outboxMessage.createMany({ data: plain.map(row) })] : []),
    ...keyed.map((d) => db.outboxMessage.upsert({ where: { dedupeKey: d.dedupeKey }, create: { ...row(d), dedupeKey: d.dedupeKey }, update: {} })),
  ];
}
