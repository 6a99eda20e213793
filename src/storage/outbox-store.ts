import { sql, type ExpressionBuilder, type Kysely } from "kysely";
import type { ClaimedOutboxMessage, LiveChoices, NewOutboxMessage, OutboxAdmin, OutboxChatSummary, OutboxFilter, OutboxStore } from "../ports/outbox-store.ts";
import type { DB } from "./generated/kysely/database.ts";
import { prepare, type Prepared, type SqlExecutor } from "./kysely/sql-executor.ts";
import { statementsFor } from "./kysely/statements.ts";
import { sqlTime } from "./sql-time.ts";

/**
 * A claimed message is leased for this long and the lease is renewed while it is being
 * delivered: if the process dies mid-send, a restarted (or the other) instance takes the message
 * over within seconds instead of minutes.
 */
export const OUTBOX_LEASE_MS = 15_000;

/** Above this many messages an enqueue uses multi-row inserts of BULK_ROWS rows (12 parameters each, well under both databases' limits). */
const BULK_FROM = 20;
const BULK_ROWS = 500;

/** Undelivered: waiting, or leased to a claimer that is delivering it. */
const UNDELIVERED = ["pending", "sending"];

/**
 * `column` is undelivered, as the partial indexes on status say it (migration
 * 20261201060000_outbox_undelivered_indexes): in the SQL text, not as parameters, because a
 * planner uses a partial index only where it can see that the query wants nothing outside it,
 * which it cannot know of a parameter's value.
 */
const undelivered = (column: "status" | "e.status" | "o.status" | "u.status" | "l.status") =>
  sql<boolean>`${sql.ref(column)} in (${sql.join(UNDELIVERED.map((status) => sql.lit(status)))})`;
/** Escapes LIKE's wildcards with a character that needs no escaping in either dialect's string literals. */
const LIKE_ESCAPE = "!";

/** Which of a chat's last messages a row of `lastSeen` is. */
type Seen = "reply" | "proactive";

type Head = { id: number; channel: string; chatId: string; payload: string; attempts: number; partsSent: number; status: string; nextAttemptAt: string };
/** A head claimed on PostgreSQL, with the time it was due (its claim leased it until later). */
type Claimed = Omit<Head, "status" | "nextAttemptAt"> & { dueAt: string };

/**
 * Statements over a list of channels: the list is compiled in (each instance serves a fixed set
 * of channels), so each distinct list is compiled once and the hot path never builds SQL.
 */
function perChannels<S>(build: (channels: string[]) => S): (channels: readonly string[]) => S {
  const compiled = new Map<string, S>();
  return (channels) => {
    const key = JSON.stringify(channels);
    let found = compiled.get(key);
    if (!found) {
      found = build([...channels]);
      compiled.set(key, found);
    }
    return found;
  };
}

/** Row `o` is its chat's head: no older message of the chat is undelivered and due (held ones hold up nobody). */
const isChatHead = (eb: ExpressionBuilder<DB & { o: DB["outbox_messages"] }, "o">, now: string) =>
  eb.not(
    eb.exists(
      eb
        .selectFrom("outbox_messages as e")
        .select(eb.lit(1).as("one"))
        .whereRef("e.channel", "=", "o.channel")
        .whereRef("e.chat_id", "=", "o.chat_id")
        .where(undelivered("e.status"))
        .whereRef("e.id", "<", "o.id")
        .where((e) => e.or([e("e.not_before", "is", null), e("e.not_before", "<=", now)])),
    ),
  );

/**
 * Each chat's oldest undelivered message is its head; only heads are due. Messages held for
 * later (quiet hours) are no head, so a night of held reminders never holds up a live reply, and
 * messages of channels not served here, or of chats waiting to retry, hold up only themselves.
 * Due rows are read in due order through the (status, next_attempt_at) index and each is checked
 * for an older undelivered row of its chat by index: the cost follows what is due, not the backlog.
 */
const headsQuery = (b: Kysely<DB>, channels: string[]) =>
  prepare<{ now: string; limit: number }, Head>((p) =>
    b
      .selectFrom("outbox_messages as o")
      .select(["o.id", "o.channel", "o.chat_id as chatId", "o.payload", "o.attempts", "o.parts_sent as partsSent", "o.status", "o.next_attempt_at as nextAttemptAt"])
      .where(undelivered("o.status"))
      .where("o.next_attempt_at", "<=", p("now"))
      .where("o.channel", "in", channels)
      .where((eb) => eb.or([eb("o.not_before", "is", null), eb("o.not_before", "<=", p("now"))]))
      .where((eb) => isChatHead(eb, p("now")))
      .orderBy("o.next_attempt_at")
      .orderBy("o.id")
      .limit(p("limit")),
  );

/**
 * PostgreSQL: the due heads claimed in one statement. The heads are found in one pass over the
 * undelivered rows (DISTINCT ON sorts them by chat; ids only, the payloads of the few claimed are
 * read by id afterwards): the NOT EXISTS plan of SQLite's query is a nested loop PostgreSQL picks
 * only with good statistics, and a table that grew fast since its last ANALYZE (a new
 * installation, the first big period opening) would make it scan the whole table once per due
 * row — seconds per tick. This plan's cost follows the undelivered backlog whatever the
 * statistics say. Each head is then locked in id order, skipping those another claimer holds, and
 * checked again as it is now (a head claimed and committed meanwhile is no longer due), so a
 * message goes to one claimer only; one round trip instead of a read and a transaction of updates
 * (a claim of 50 took ~50 ms with 5,000 messages waiting, ~14 ms of it sorting their payloads).
 */
const postgresClaimQuery = (b: Kysely<DB>, channels: string[]) =>
  prepare<{ now: string; limit: number; lease: string }, Claimed>((p) =>
    b
      .with("due", (db) =>
        db
          .selectFrom((rows) =>
            rows
              .selectFrom("outbox_messages as u")
              .distinctOn(["u.channel", "u.chat_id"])
              .select(["u.id", "u.next_attempt_at"])
              .where(undelivered("u.status"))
              .where("u.channel", "in", channels)
              .where((eb) => eb.or([eb("u.not_before", "is", null), eb("u.not_before", "<=", p("now"))]))
              .orderBy("u.channel")
              .orderBy("u.chat_id")
              .orderBy("u.id")
              .as("heads"),
          )
          .select("heads.id")
          .where("heads.next_attempt_at", "<=", p("now"))
          .orderBy("heads.next_attempt_at")
          .orderBy("heads.id")
          .limit(p("limit")),
      )
      .with("locked", (db) =>
        db
          .selectFrom("outbox_messages as l")
          .innerJoin("due", "due.id", "l.id")
          .select(["l.id", "l.next_attempt_at as dueAt"])
          .where(undelivered("l.status"))
          .where("l.next_attempt_at", "<=", p("now"))
          .orderBy("l.id")
          .forUpdate("l")
          .skipLocked(),
      )
      .updateTable("outbox_messages as o")
      .from("locked")
      .set({ status: "sending", next_attempt_at: p("lease") })
      .whereRef("o.id", "=", "locked.id")
      .returning(["o.id", "o.channel", "o.chat_id as chatId", "o.payload", "o.attempts", "o.parts_sent as partsSent", "locked.dueAt"]),
  );

/** Most ids one claim by id names: statements are compiled per count, up to this many. */
const CLAIM_NEW_MAX = 16;
type ClaimNewParams = { now: string; lease: string } & { [id: `id${number}`]: number };

/**
 * Just-enqueued messages (`count` ids: id0, id1, …) claimed by id, those that are due, of a
 * channel served here, and their chat's head (the rule of `headsQuery`, checked for these rows
 * alone: an index probe each; of two for one chat, the younger sees the older undelivered).
 * Conditional on the row being pending and due, so of two claimers the second changes nothing.
 */
const claimNewQuery = (b: Kysely<DB>, channels: string[], count: number) =>
  prepare<ClaimNewParams, Omit<Head, "status" | "nextAttemptAt">>((p) =>
    b
      .updateTable("outbox_messages as o")
      .set({ status: "sending", next_attempt_at: p("lease") })
      .where("o.id", "in", Array.from({ length: count }, (_, i) => p(`id${i}`)))
      .where("o.status", "=", "pending")
      .where("o.next_attempt_at", "<=", p("now"))
      // An expression, not the column: SQLite without statistics (a new database) would otherwise
      // read the ids through the channel's index, every message ever sent on the channel, not look them up.
      .where(sql<string>`${sql.ref("o.channel")} || ''`, "in", channels)
      .where((eb) => eb.or([eb("o.not_before", "is", null), eb("o.not_before", "<=", p("now"))]))
      .where((eb) => isChatHead(eb, p("now")))
      // Unqualified: SQLite does not take the alias in RETURNING.
      .returning(["id", "channel", "chat_id as chatId", "payload", "attempts", "parts_sent as partsSent"]),
  );

const statements = statementsFor((b) => ({
  heads: perChannels((channels) => headsQuery(b, channels)),
  claimHeads: perChannels((channels) => postgresClaimQuery(b, channels)),
  // Heads only: a chat's later message is not due before its head (one waiting to retry, say),
  // and taking its time would wake the worker for nothing, again and again.
  nextDue: perChannels((channels) =>
    prepare<{ now: string }, { at: string }>((p) =>
      b
        .selectFrom("outbox_messages as o")
        .select("o.next_attempt_at as at")
        .where(undelivered("o.status"))
        .where("o.channel", "in", channels)
        .where((eb) => isChatHead(eb, p("now")))
        .orderBy("o.next_attempt_at")
        .limit(1),
    ),
  ),
  insert: prepare<
    { channel: string; chatId: string; payload: string; nextAttemptAt: string; notBefore: string | null; dedupeKey: string | null; at: string; hasChoices: number },
    { id: number }
  >((p) =>
    b
      .insertInto("outbox_messages")
      .values({
        channel: p("channel"),
        chat_id: p("chatId"),
        payload: p("payload"),
        status: "pending",
        attempts: 0,
        next_attempt_at: p("nextAttemptAt"),
        not_before: p("notBefore"),
        dedupe_key: p("dedupeKey"),
        created_at: p("at"),
        has_choices: p("hasChoices"),
        choices_cleared: 0,
        parts_sent: 0,
      })
      .onConflict((c) => c.column("dedupe_key").doNothing())
      .returning("id"),
  ),
  // Only if the message is still as the claimer read it: of two claimers, the second changes nothing.
  claim: prepare<{ id: number; status: string; readAt: string; lease: string }, unknown>((p) =>
    b
      .updateTable("outbox_messages")
      .set({ status: "sending", next_attempt_at: p("lease") })
      .where("id", "=", p("id"))
      .where("status", "=", p("status"))
      .where("next_attempt_at", "=", p("readAt")),
  ),
  claimNew: perChannels((channels) => Array.from({ length: CLAIM_NEW_MAX }, (_, i) => claimNewQuery(b, channels, i + 1))),
  releaseAll: prepare<{ at: string }, unknown>((p) =>
    b.updateTable("outbox_messages").set({ status: "pending", next_attempt_at: p("at") }).where(undelivered("status")).where("status", "=", "sending"),
  ),
  renew: prepare<{ id: number; until: string }, unknown>((p) =>
    b.updateTable("outbox_messages").set({ next_attempt_at: p("until") }).where("id", "=", p("id")).where("status", "=", "sending"),
  ),
  partSent: prepare<{ id: number; partsSent: number; platformMessageId: string | null }, unknown>((p) =>
    b
      .updateTable("outbox_messages")
      .set((eb) => ({ parts_sent: p("partsSent"), platform_message_id: eb.fn.coalesce(eb.val(p("platformMessageId")), eb.ref("platform_message_id")), last_error: null }))
      .where("id", "=", p("id")),
  ),
  // The last part and the delivery in one statement: no transaction needed to keep them together.
  lastPartSent: prepare<{ id: number; partsSent: number; platformMessageId: string | null; at: string }, unknown>((p) =>
    b
      .updateTable("outbox_messages")
      .set((eb) => ({
        parts_sent: p("partsSent"),
        platform_message_id: eb.fn.coalesce(eb.val(p("platformMessageId")), eb.ref("platform_message_id")),
        last_error: null,
        status: "sent",
        sent_at: p("at"),
        attempts: eb("attempts", "+", 1),
        not_before: null,
      }))
      .where("id", "=", p("id")),
  ),
  release: prepare<{ id: number; at: string }, unknown>((p) =>
    b.updateTable("outbox_messages").set({ status: "pending", next_attempt_at: p("at") }).where("id", "=", p("id")),
  ),
  retry: prepare<{ id: number; attempts: number; at: string; error: string }, unknown>((p) =>
    b.updateTable("outbox_messages").set({ status: "pending", attempts: p("attempts"), next_attempt_at: p("at"), last_error: p("error") }).where("id", "=", p("id")),
  ),
  failed: prepare<{ id: number; attempts: number; error: string }, unknown>((p) =>
    b.updateTable("outbox_messages").set({ status: "failed", attempts: p("attempts"), last_error: p("error") }).where("id", "=", p("id")),
  ),
  failChat: prepare<{ channel: string; chatId: string }, unknown>((p) =>
    b
      .updateTable("outbox_messages")
      .set({ status: "failed", last_error: "recipient unreachable" })
      .where("channel", "=", p("channel"))
      .where("chat_id", "=", p("chatId"))
      .where(undelivered("status")),
  ),
  move: prepare<{ channel: string; from: string; to: string }, unknown>((p) =>
    b
      .updateTable("outbox_messages")
      .set({ chat_id: p("to") })
      .where("channel", "=", p("channel"))
      .where("chat_id", "=", p("from"))
      .where(undelivered("status")),
  ),
  liveChoices: prepare<{ channel: string; chatId: string }, { id: number; platformMessageId: string | null }>((p) =>
    b
      .selectFrom("outbox_messages")
      .select(["id", "platform_message_id as platformMessageId"])
      .where("channel", "=", p("channel"))
      .where("chat_id", "=", p("chatId"))
      .where("status", "=", "sent")
      // The predicate of the partial index outbox_messages_live_choices_idx, in the SQL text (see `undelivered`).
      .where(sql<boolean>`${sql.ref("has_choices")} = TRUE`)
      .where(sql<boolean>`${sql.ref("choices_cleared")} = FALSE`)
      .where("platform_message_id", "is not", null)
      .orderBy("id", "desc")
      .limit(1),
  ),
  cleared: prepare<{ id: number }, unknown>((p) => b.updateTable("outbox_messages").set({ choices_cleared: 1 }).where("id", "=", p("id"))),
  erase: prepare<{ id: number; payload: string }, unknown>((p) =>
    b.updateTable("outbox_messages").set({ payload: p("payload") }).where("id", "=", p("id")).where("status", "=", "sent"),
  ),
  // LIKE narrows (and is case-blind on SQLite); the exact prefix is checked on the rows it finds.
  pendingLike: prepare<{ pattern: string }, { id: number; dedupeKey: string | null }>((p) =>
    b
      .selectFrom("outbox_messages")
      .select(["id", "dedupe_key as dedupeKey"])
      .where(undelivered("status"))
      .where("status", "=", "pending")
      .where(sql<boolean>`${sql.ref("dedupe_key")} like ${p("pattern")} escape ${sql.lit(LIKE_ESCAPE)}`),
  ),
  drop: prepare<{ id: number }, unknown>((p) => b.updateTable("outbox_messages").set({ status: "dropped" }).where("id", "=", p("id")).where("status", "=", "pending")),
  // What the person saw last: the chat's latest reply, and the bot's latest delivered message of
  // its own (it has a dedupe key), in one statement; each is one index seek.
  lastSeen: prepare<{ channel: string; chatId: string }, { kind: Seen; id: number; at: string | null; sentAt: string | null }>((p) =>
    b
      .selectFrom(
        b
          .selectFrom("outbox_messages")
          .select([sql<Seen>`'reply'`.as("kind"), "id", sql<string | null>`coalesce(${sql.ref("sent_at")}, ${sql.ref("created_at")})`.as("at"), "sent_at as sentAt"])
          .where("channel", "=", p("channel"))
          .where("chat_id", "=", p("chatId"))
          .where("dedupe_key", "is", null)
          // In the index's own order (dedupe_key is NULL on every row here): the latest is then
          // one entry read backwards. By id alone, PostgreSQL sorts the chat's every reply, or
          // walks the whole table back from its newest row until it meets one of this chat.
          .orderBy("dedupe_key", "desc")
          .orderBy("id", "desc")
          .limit(1)
          .as("reply"),
      )
      .selectAll()
      .unionAll(
        b
          .selectFrom(
            b
              .selectFrom("outbox_messages")
              .select([sql<Seen>`'proactive'`.as("kind"), "id", "sent_at as at", "sent_at as sentAt"])
              .where("channel", "=", p("channel"))
              .where("chat_id", "=", p("chatId"))
              // Only a delivered message has sent_at: the chat's few keyed rows are read by index, not all it was sent.
              .where("dedupe_key", "is not", null)
              .where("sent_at", "is not", null)
              .orderBy("sent_at", "desc")
              .orderBy("id", "desc")
              .limit(1)
              .as("proactive"),
          )
          .selectAll(),
      ),
  ),
}));

const likePrefix = (prefix: string): string => `${prefix.replace(/[!%_]/g, (c) => `${LIKE_ESCAPE}${c}`)}%`;

const toClaimed = (row: Omit<Head, "status" | "nextAttemptAt">): ClaimedOutboxMessage => ({
  id: row.id,
  channel: row.channel,
  chatId: row.chatId,
  payload: row.payload,
  attempts: row.attempts,
  partsSent: row.partsSent,
});

export function createOutboxStore(exec: SqlExecutor): OutboxStore {
  const q = statements(exec);
  const run = async <P>(statement: Prepared<P, unknown>, params: P): Promise<void> => void (await exec.run(statement, params));

  async function enqueueOne(tx: SqlExecutor, m: NewOutboxMessage, at: Date): Promise<number | undefined> {
    const held = m.notBefore && m.notBefore > at ? m.notBefore : undefined;
    const added = await tx.first(q.insert, {
      channel: m.channel,
      chatId: m.chatId,
      payload: m.payload,
      nextAttemptAt: sqlTime(held ?? at),
      notBefore: held ? sqlTime(held) : null,
      dedupeKey: m.dedupeKey ?? null,
      at: sqlTime(at),
      hasChoices: m.hasChoices ? 1 : 0,
    });
    return added?.id;
  }

  return {
    async enqueue(messages, at) {
      if (messages.length === 0) return [];
      return exec.transaction(async (tx) => {
        const added: number[] = [];
        // A turn's few replies go through the prepared statement; a job's thousands (reminders,
        // invitations) in multi-row inserts: one round trip per few hundred, not per message.
        if (messages.length <= BULK_FROM) {
          for (const m of messages) {
            const id = await enqueueOne(tx, m, at);
            if (id !== undefined) added.push(id);
          }
          return added;
        }
        for (let i = 0; i < messages.length; i += BULK_ROWS) {
          const rows = messages.slice(i, i + BULK_ROWS).map((m) => {
            const held = m.notBefore && m.notBefore > at ? m.notBefore : undefined;
            return {
              channel: m.channel,
              chat_id: m.chatId,
              payload: m.payload,
              status: "pending",
              attempts: 0,
              next_attempt_at: sqlTime(held ?? at),
              not_before: held ? sqlTime(held) : null,
              dedupe_key: m.dedupeKey ?? null,
              created_at: sqlTime(at),
              has_choices: m.hasChoices ? 1 : 0,
              choices_cleared: 0,
              parts_sent: 0,
            };
          });
          const inserted = await tx.query(tx.builder.insertInto("outbox_messages").values(rows).onConflict((c) => c.column("dedupe_key").doNothing()).returning("id"));
          for (const row of inserted) added.push(row.id);
        }
        return added;
      });
    },

    async claimDue(now, channels, limit) {
      if (channels.length === 0 || limit <= 0) return [];
      const lease = sqlTime(new Date(now.getTime() + OUTBOX_LEASE_MS));
      if (exec.dialect === "postgres") {
        const claimed = await exec.all(q.claimHeads(channels), { now: sqlTime(now), limit, lease });
        // In due order, as SQLite's claims are given (RETURNING's order is unspecified).
        return claimed.sort((a, b) => (a.dueAt < b.dueAt ? -1 : a.dueAt > b.dueAt ? 1 : a.id - b.id)).map(toClaimed);
      }
      const heads = await exec.all(q.heads(channels), { now: sqlTime(now), limit });
      if (heads.length === 0) return [];
      // Each claim is conditional on the message being as read, so a message goes to one
      // claimer only (tests open two instances on one SQLite file). The claims share one commit.
      const claimAll = async (tx: SqlExecutor): Promise<Set<number>> => {
        const ordered = [...heads].sort((a, b) => a.id - b.id);
        const changed = await Promise.all(ordered.map((head) => tx.run(q.claim, { id: head.id, status: head.status, readAt: head.nextAttemptAt, lease })));
        return new Set(ordered.filter((_, i) => changed[i] === 1).map((head) => head.id));
      };
      // One claim is one statement, atomic as it is: no transaction around it (two round trips fewer).
      const won = await (heads.length === 1 ? claimAll(exec) : exec.transaction(claimAll));
      return heads.filter((head) => won.has(head.id)).map(toClaimed);
    },

    async claimNew(ids, now, channels) {
      if (ids.length === 0 || channels.length === 0) return [];
      const byCount = q.claimNew(channels);
      const base = { now: sqlTime(now), lease: sqlTime(new Date(now.getTime() + OUTBOX_LEASE_MS)) };
      const claimed: ClaimedOutboxMessage[] = [];
      for (let from = 0; from < ids.length; from += CLAIM_NEW_MAX) {
        const chunk = ids.slice(from, from + CLAIM_NEW_MAX);
        const statement = byCount[chunk.length - 1];
        if (!statement) throw new Error(`no by-id claim for ${chunk.length} ids`);
        const params: ClaimNewParams = { ...base };
        chunk.forEach((id, i) => (params[`id${i}`] = id));
        for (const row of await exec.all(statement, params)) claimed.push(toClaimed(row));
      }
      // Oldest first, as claimDue gives them (RETURNING's order is unspecified).
      return claimed.sort((a, c) => a.id - c.id);
    },

    releaseAbandonedClaims: (at) => exec.run(q.releaseAll, { at: sqlTime(at) }),
    renewLease: (id, until) => run(q.renew, { id, until: sqlTime(until) }),
    markPartSent: (id, partsSent, done, at, platformMessageId) =>
      done
        ? run(q.lastPartSent, { id, partsSent, platformMessageId: platformMessageId ?? null, at: sqlTime(at) })
        : run(q.partSent, { id, partsSent, platformMessageId: platformMessageId ?? null }),
    release: (id, at) => run(q.release, { id, at: sqlTime(at) }),
    retryLater: (id, attempts, at, error) => run(q.retry, { id, attempts, at: sqlTime(at), error }),
    markFailed: (id, attempts, error) => run(q.failed, { id, attempts, error }),
    failChat: (address) => exec.run(q.failChat, address),
    moveChat: (channel, from, to) => run(q.move, { channel, from, to }),

    async liveChoices(address): Promise<LiveChoices | null> {
      const row = await exec.first(q.liveChoices, address);
      return row?.platformMessageId ? { id: row.id, platformMessageId: row.platformMessageId } : null;
    },
    markChoicesCleared: (id) => run(q.cleared, { id }),
    eraseDelivered: (id, payload) => run(q.erase, { id, payload }),

    async nextDueAt(channels, now) {
      if (channels.length === 0) return null;
      const at = (await exec.first(q.nextDue(channels), { now: sqlTime(now) }))?.at;
      return at ? new Date(at) : null;
    },

    async dropPendingByKeyPrefix(prefix) {
      const rows = await exec.all(q.pendingLike, { pattern: likePrefix(prefix) });
      let dropped = 0;
      for (const row of rows) if (row.dedupeKey?.startsWith(prefix)) dropped += await exec.run(q.drop, { id: row.id });
      return dropped;
    },

    async interrupted(address, sentAt) {
      const seen = await exec.all(q.lastSeen, address);
      const reply = seen.find((row) => row.kind === "reply");
      if (reply && sentAt !== undefined && (reply.sentAt === null || reply.sentAt > sqlTime(sentAt))) return true;
      const proactive = seen.find((row) => row.kind === "proactive");
      if (!proactive?.at) return false;
      // Both are the same ISO text format, so text order is time order.
      return !reply?.at || proactive.at > reply.at || (proactive.at === reply.at && proactive.id > reply.id);
    },
  };
}

/** `npx bontot outbox`: what is stuck where, and retrying or dropping it. Rare, so its queries are built as they run. */
export function createOutboxAdmin(exec: SqlExecutor): OutboxAdmin {
  const b = exec.builder;
  // A filter matches when each of its fields is absent or equal.
  const filtered = <Q extends { where: (column: "id" | "channel" | "chat_id", op: "=", value: number | string) => Q }>(query: Q, filter: OutboxFilter): Q => {
    let q = query;
    if (filter.id !== undefined) q = q.where("id", "=", filter.id);
    if (filter.channel !== undefined) q = q.where("channel", "=", filter.channel);
    if (filter.chatId !== undefined) q = q.where("chat_id", "=", filter.chatId);
    return q;
  };

  return {
    async summary(): Promise<OutboxChatSummary[]> {
      const rows = await exec.query(
        b
          .selectFrom("outbox_messages as o")
          .select((eb) => [
            "o.channel",
            "o.chat_id as chatId",
            // Counted with CASE, not boolean sums: the same SQL on both databases.
            eb.fn.sum<number>(eb.case().when("o.status", "in", UNDELIVERED).then(eb.lit(1)).else(eb.lit(0)).end()).as("pending"),
            eb.fn.sum<number>(eb.case().when("o.status", "=", "failed").then(eb.lit(1)).else(eb.lit(0)).end()).as("failed"),
            eb.fn.min("o.created_at").as("oldestAt"),
            eb.fn.min(eb.case().when("o.status", "in", UNDELIVERED).then(eb.ref("o.next_attempt_at")).end()).as("nextAttemptAt"),
            eb
              .selectFrom("outbox_messages as l")
              .select("l.last_error")
              .whereRef("l.channel", "=", "o.channel")
              .whereRef("l.chat_id", "=", "o.chat_id")
              .where("l.last_error", "is not", null)
              .orderBy("l.id", "desc")
              .limit(1)
              .as("lastError"),
          ])
          .where("o.status", "in", [...UNDELIVERED, "failed"])
          .groupBy(["o.channel", "o.chat_id"])
          .orderBy("oldestAt")
          .orderBy("o.channel")
          .orderBy("o.chat_id"),
      );
      return rows.map((r) => ({
        channel: r.channel,
        chatId: r.chatId,
        pending: Number(r.pending),
        failed: Number(r.failed),
        oldestAt: new Date(r.oldestAt),
        nextAttemptAt: r.nextAttemptAt ? new Date(r.nextAttemptAt) : null,
        lastError: r.lastError ?? null,
      }));
    },

    async retry(filter, at) {
      const query = b.updateTable("outbox_messages").set({ status: "pending", attempts: 0, next_attempt_at: sqlTime(at) }).where("status", "=", "failed");
      return (await exec.query(filtered(query, filter).returning("id"))).length;
    },

    async drop(filter) {
      const query = b.updateTable("outbox_messages").set({ status: "dropped" }).where("status", "in", ["pending", "failed"]);
      return (await exec.query(filtered(query, filter).returning("id"))).length;
    },
  };
}
