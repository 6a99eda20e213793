import { outgoingMessageSchema } from "../engine/messages.ts";
import type { OutboxDraft, OutboxRow, OutboxStore } from "../engine/ports.ts";
import type { Sql } from "./open-database.ts";
import { sqlTime, withBusyRetry } from "./sql-time.ts";

/** A claimed row is leased: if the process dies mid-send, the row is due again after this. */
const LEASE_MS = 120_000;

type Row = { id: number; channel: string; chatId: string; payload: string; attempts: number; status: string; nextAttemptAt: string };

/** Inserts a draft unless its dedupe key exists; shared with the turn store's transaction. */
export function prepareEnqueue(sql: Sql) {
  const insert = sql.prepare(
    `INSERT INTO outbox_messages (channel, chat_id, payload, status, attempts, next_attempt_at, dedupe_key, created_at, has_choices, choices_cleared)
     VALUES (?, ?, ?, 'pending', 0, ?, ?, ?, ?, 0) ON CONFLICT (dedupe_key) DO NOTHING`,
  );
  return (d: OutboxDraft, at: Date): void => {
    const due = d.notBefore && d.notBefore > at ? d.notBefore : at;
    insert.run(d.channel, d.chatId, JSON.stringify(d.message), sqlTime(due), d.dedupeKey ?? null, sqlTime(at), (d.message.choices?.length ?? 0) > 0 ? 1 : 0);
  };
}

/** The outbox in plain SQL: it is on the path of every reply, like the turn itself. */
export function createSqliteOutboxStore(sql: Sql): OutboxStore {
  const enqueueOne = prepareEnqueue(sql);
  const q = {
    // Messages held for later (quiet hours) are left out here, not after the LIMIT: thousands of
    // reminders waiting for the morning must not fill the window and hide the live replies.
    candidates: sql.prepare<[string, number], Row>(
      `SELECT id, channel, chat_id AS chatId, payload, attempts, status, next_attempt_at AS nextAttemptAt
         FROM outbox_messages
        WHERE status IN ('pending', 'sending') AND NOT (status = 'pending' AND attempts = 0 AND next_attempt_at > ?)
        ORDER BY id LIMIT ?`,
    ),
    claim: sql.prepare(`UPDATE outbox_messages SET status = 'sending', next_attempt_at = ? WHERE id = ? AND status = ? AND next_attempt_at = ?`),
    sent: sql.prepare(`UPDATE outbox_messages SET status = 'sent', sent_at = ?, attempts = attempts + 1, last_error = NULL, platform_message_id = ? WHERE id = ?`),
    release: sql.prepare(`UPDATE outbox_messages SET status = 'pending', next_attempt_at = ? WHERE id = ?`),
    retry: sql.prepare(`UPDATE outbox_messages SET status = 'pending', attempts = ?, next_attempt_at = ?, last_error = ? WHERE id = ?`),
    failed: sql.prepare(`UPDATE outbox_messages SET status = 'failed', attempts = ?, last_error = ? WHERE id = ?`),
    unreachable: sql.prepare(`UPDATE identities SET reachable = 0, unreachable_at = ? WHERE channel = ? AND external_id = ?`),
    failChat: sql.prepare(`UPDATE outbox_messages SET status = 'failed', last_error = 'recipient unreachable' WHERE channel = ? AND chat_id = ? AND status = 'pending'`),
    liveChoices: sql.prepare<[string, string], { id: number; platformMessageId: string }>(
      `SELECT id, platform_message_id AS platformMessageId FROM outbox_messages
        WHERE channel = ? AND chat_id = ? AND status = 'sent' AND has_choices = 1 AND choices_cleared = 0 AND platform_message_id IS NOT NULL
        ORDER BY id DESC LIMIT 1`,
    ),
    cleared: sql.prepare(`UPDATE outbox_messages SET choices_cleared = 1 WHERE id = ?`),
    nextDue: sql.prepare<[string], { at: string | null }>(
      `SELECT MIN(next_attempt_at) AS at FROM outbox_messages WHERE status IN ('pending', 'sending') AND channel IN (SELECT value FROM json_each(?))`,
    ),
  };

  const claim = sql.transaction((now: Date, channels: readonly string[], limit: number): OutboxRow[] => {
    const nowText = sqlTime(now);
    const lease = sqlTime(new Date(now.getTime() + LEASE_MS));
    const seen = new Set<string>();
    const claimed: OutboxRow[] = [];
    for (const row of q.candidates.all(nowText, limit * 20)) {
      if (!channels.includes(row.channel)) continue;
      const chat = `${row.channel}:${row.chatId}`;
      // Only the oldest message of a chat may go: a chat's messages stay in order.
      if (seen.has(chat)) continue;
      seen.add(chat);
      if (row.nextAttemptAt > nowText) continue;
      if (q.claim.run(lease, row.id, row.status, row.nextAttemptAt).changes !== 1) continue;
      claimed.push({ id: row.id, channel: row.channel, chatId: row.chatId, attempts: row.attempts, message: outgoingMessageSchema.parse(JSON.parse(row.payload)) });
      if (claimed.length >= limit) break;
    }
    return claimed;
  });

  const run = <A extends unknown[]>(statement: { run(...args: A): unknown }, ...args: A): Promise<void> => withBusyRetry(() => void statement.run(...args));

  return {
    async enqueue(drafts, at) {
      await withBusyRetry(() => sql.transaction(() => drafts.forEach((d) => enqueueOne(d, at))).immediate());
    },
    claimDue: (now, channels, limit) => withBusyRetry(() => claim.immediate(now, channels, limit)),
    markSent: (id, at, platformMessageId) => run(q.sent, sqlTime(at), platformMessageId ?? null, id),
    release: (id, at) => run(q.release, sqlTime(at), id),
    retryLater: (id, attempts, at, error) => run(q.retry, attempts, sqlTime(at), error, id),
    markFailed: (id, attempts, error) => run(q.failed, attempts, error, id),
    async markUnreachable(address, at) {
      await withBusyRetry(() =>
        sql.transaction(() => {
          q.unreachable.run(sqlTime(at), address.channel, address.chatId);
          q.failChat.run(address.channel, address.chatId);
        }).immediate(),
      );
    },
    async liveChoices(address) {
      return q.liveChoices.get(address.channel, address.chatId) ?? null;
    },
    markChoicesCleared: (id) => run(q.cleared, id),
    async nextDueAt(channels) {
      const at = q.nextDue.get(JSON.stringify(channels))?.at;
      return at ? new Date(at) : null;
    },
  };
}
