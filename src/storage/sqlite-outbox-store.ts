import { outgoingMessageSchema } from "../engine/messages.ts";
import type { OutboxAdmin, OutboxDraft, OutboxFilter, OutboxRow, OutboxStore } from "../engine/ports.ts";
import type { Sql } from "./open-database.ts";
import { sqlTime, withBusyRetry } from "./sql-time.ts";

/**
 * A claimed row is leased for this long and the lease is renewed while it is being delivered:
 * if the process dies mid-send, a restarted (or the other) process takes the row over within
 * seconds instead of minutes.
 */
export const LEASE_MS = 15_000;

type Row = { id: number; channel: string; chatId: string; payload: string; attempts: number; partsSent: number; status: string; nextAttemptAt: string };

/** Inserts a draft unless its dedupe key exists; shared with the turn store's transaction. */
export function prepareEnqueue(sql: Sql) {
  const insert = sql.prepare(
    `INSERT INTO outbox_messages (channel, chat_id, payload, status, attempts, next_attempt_at, not_before, dedupe_key, created_at, has_choices, choices_cleared, parts_sent)
     VALUES (?, ?, ?, 'pending', 0, ?, ?, ?, ?, ?, 0, 0) ON CONFLICT (dedupe_key) DO NOTHING`,
  );
  return (d: OutboxDraft, at: Date): void => {
    const held = d.notBefore && d.notBefore > at ? d.notBefore : undefined;
    insert.run(
      d.channel,
      d.chatId,
      JSON.stringify(d.message),
      sqlTime(held ?? at),
      held ? sqlTime(held) : null,
      d.dedupeKey ?? null,
      sqlTime(at),
      (d.message.choices?.length ?? 0) > 0 ? 1 : 0,
    );
  };
}

/** The outbox in plain SQL: it is on the path of every reply, like the turn itself. */
export function createSqliteOutboxStore(sql: Sql): OutboxStore {
  const enqueueOne = prepareEnqueue(sql);
  const q = {
    // Each chat's oldest undelivered message is its head; only heads are due. Messages held for
    // later (quiet hours) are no head, so a night of held reminders never holds up a live reply,
    // and rows of channels not served here, or of chats waiting to retry, hold up only themselves.
    // Due rows are read in due order through the (status, next_attempt_at) index and each is
    // checked for an older undelivered row of its chat by index: the cost follows what is due,
    // not the size of the backlog.
    heads: sql.prepare<[{ channels: string; now: string; limit: number }], Row>(
      `SELECT o.id, o.channel, o.chat_id AS chatId, o.payload, o.attempts, o.parts_sent AS partsSent, o.status, o.next_attempt_at AS nextAttemptAt
         FROM outbox_messages o
        WHERE o.status IN ('pending', 'sending') AND o.next_attempt_at <= @now
          AND o.channel IN (SELECT value FROM json_each(@channels)) AND (o.not_before IS NULL OR o.not_before <= @now)
          AND NOT EXISTS (
            SELECT 1 FROM outbox_messages e
             WHERE e.channel = o.channel AND e.chat_id = o.chat_id AND e.status IN ('pending', 'sending') AND e.id < o.id
               AND (e.not_before IS NULL OR e.not_before <= @now))
        ORDER BY o.next_attempt_at, o.id LIMIT @limit`,
    ),
    claim: sql.prepare(`UPDATE outbox_messages SET status = 'sending', next_attempt_at = ? WHERE id = ? AND status = ? AND next_attempt_at = ?`),
    releaseAll: sql.prepare(`UPDATE outbox_messages SET status = 'pending', next_attempt_at = ? WHERE status = 'sending'`),
    renew: sql.prepare(`UPDATE outbox_messages SET next_attempt_at = ? WHERE id = ? AND status = 'sending'`),
    partSent: sql.prepare(
      `UPDATE outbox_messages SET parts_sent = ?, platform_message_id = COALESCE(?, platform_message_id), last_error = NULL WHERE id = ?`,
    ),
    sent: sql.prepare(`UPDATE outbox_messages SET status = 'sent', sent_at = ?, attempts = attempts + 1, not_before = NULL WHERE id = ?`),
    release: sql.prepare(`UPDATE outbox_messages SET status = 'pending', next_attempt_at = ? WHERE id = ?`),
    retry: sql.prepare(`UPDATE outbox_messages SET status = 'pending', attempts = ?, next_attempt_at = ?, last_error = ? WHERE id = ?`),
    failed: sql.prepare(`UPDATE outbox_messages SET status = 'failed', attempts = ?, last_error = ? WHERE id = ?`),
    unreachable: sql.prepare(`UPDATE identities SET reachable = 0, unreachable_at = ? WHERE channel = ? AND external_id = ?`),
    failChat: sql.prepare(
      `UPDATE outbox_messages SET status = 'failed', last_error = 'recipient unreachable' WHERE channel = ? AND chat_id = ? AND status IN ('pending', 'sending')`,
    ),
    move: sql.prepare(`UPDATE outbox_messages SET chat_id = ? WHERE channel = ? AND chat_id = ? AND status IN ('pending', 'sending')`),
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
    const claimed: OutboxRow[] = [];
    for (const row of q.heads.all({ channels: JSON.stringify(channels), now: nowText, limit })) {
      if (q.claim.run(lease, row.id, row.status, row.nextAttemptAt).changes !== 1) continue;
      claimed.push({
        id: row.id,
        channel: row.channel,
        chatId: row.chatId,
        attempts: row.attempts,
        partsSent: row.partsSent,
        message: outgoingMessageSchema.parse(JSON.parse(row.payload)),
      });
    }
    return claimed;
  });

  const markPartSent = sql.transaction((id: number, partsSent: number, done: boolean, at: Date, platformMessageId?: string) => {
    q.partSent.run(partsSent, platformMessageId ?? null, id);
    if (done) q.sent.run(sqlTime(at), id);
  });

  const run = <A extends unknown[]>(statement: { run(...args: A): unknown }, ...args: A): Promise<void> => withBusyRetry(() => void statement.run(...args));

  return {
    async enqueue(drafts, at) {
      await withBusyRetry(() => sql.transaction(() => drafts.forEach((d) => enqueueOne(d, at))).immediate());
    },
    claimDue: (now, channels, limit) => withBusyRetry(() => claim.immediate(now, channels, limit)),
    renewLease: (id, until) => run(q.renew, sqlTime(until), id),
    releaseAbandonedClaims: (at) => withBusyRetry(() => q.releaseAll.run(sqlTime(at)).changes),
    markPartSent: (id, partsSent, done, at, platformMessageId) => withBusyRetry(() => markPartSent.immediate(id, partsSent, done, at, platformMessageId)),
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
    moveChat: (channel, from, to) => run(q.move, to, channel, from),
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

/** `npx bontot outbox`: what is stuck where, and retrying or dropping it. */
export function createSqliteOutboxAdmin(sql: Sql): OutboxAdmin {
  // A filter matches when each of its fields is absent (NULL) or equal.
  const where = `(@id IS NULL OR id = @id) AND (@channel IS NULL OR channel = @channel) AND (@chatId IS NULL OR chat_id = @chatId)`;
  const q = {
    summary: sql.prepare<[], { channel: string; chatId: string; pending: number; failed: number; oldestAt: string; nextAttemptAt: string | null; lastError: string | null }>(
      `SELECT channel, chat_id AS chatId,
              SUM(status IN ('pending', 'sending')) AS pending, SUM(status = 'failed') AS failed, MIN(created_at) AS oldestAt,
              MIN(CASE WHEN status IN ('pending', 'sending') THEN next_attempt_at END) AS nextAttemptAt,
              (SELECT last_error FROM outbox_messages l WHERE l.channel = o.channel AND l.chat_id = o.chat_id AND l.last_error IS NOT NULL ORDER BY l.id DESC LIMIT 1) AS lastError
         FROM outbox_messages o WHERE status IN ('pending', 'sending', 'failed')
        GROUP BY channel, chat_id ORDER BY oldestAt`,
    ),
    retry: sql.prepare(`UPDATE outbox_messages SET status = 'pending', attempts = 0, next_attempt_at = @at WHERE status = 'failed' AND ${where}`),
    drop: sql.prepare(`UPDATE outbox_messages SET status = 'dropped' WHERE status IN ('pending', 'failed') AND ${where}`),
  };
  const params = (filter: OutboxFilter) => ({ id: filter.id ?? null, channel: filter.channel ?? null, chatId: filter.chatId ?? null });
  return {
    async summary() {
      return q.summary.all().map((r) => ({ ...r, oldestAt: new Date(r.oldestAt), nextAttemptAt: r.nextAttemptAt ? new Date(r.nextAttemptAt) : null }));
    },
    retry: (filter, at) => withBusyRetry(() => q.retry.run({ ...params(filter), at: sqlTime(at) }).changes),
    drop: (filter) => withBusyRetry(() => q.drop.run(params(filter)).changes),
  };
}
