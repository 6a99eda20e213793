import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import type { NewOutboxMessage } from "../../src/ports/outbox-store.ts";
import { sqliteExecutor, type SqlExecutor } from "../../src/storage/kysely/sql-executor.ts";
import { migrateDatabase } from "../../src/storage/migrate.ts";
import { createOutboxStore } from "../../src/storage/outbox-store.ts";
import { eachDatabase } from "../support/each-database.ts";
import { tempDbPath } from "../support/temp-db.ts";

const STATUS_INDEXES = ["outbox_messages_status_next_attempt_at_idx", "outbox_messages_status_channel_chat_id_id_idx"];
const LIVE_CHOICES_INDEX = "outbox_messages_live_choices_idx";

/**
 * The outbox keeps every message it ever delivered, so its delivery queries must not read them:
 * a year in, a province's bot has delivered hundreds of thousands. Prisma's datamodel cannot
 * state an index's predicate, so a migration generated later could drop it unnoticed.
 */
eachDatabase("the outbox's partial indexes", (open) => {
  it("hold undelivered messages only, and messages whose buttons are still live", async () => {
    const exec = await open();
    const definitions =
      exec.dialect === "sqlite"
        ? await exec.query(exec.builder.selectFrom("sqlite_master" as never).select(["name as name", "sql as definition"] as never[]))
        : await exec.query(exec.builder.selectFrom("pg_indexes" as never).select(["indexname as name", "indexdef as definition"] as never[]));
    const found = new Map((definitions as { name: string; definition: string | null }[]).map((row) => [row.name, row.definition ?? ""]));
    for (const name of STATUS_INDEXES) expect(found.get(name), name).toMatch(/WHERE .*status.*'pending'.*'sending'/is);
    expect(found.get(LIVE_CHOICES_INDEX), LIVE_CHOICES_INDEX).toMatch(/WHERE .*has_choices.*choices_cleared/is);
  });
});

const message = (chatId: string, extra: Partial<NewOutboxMessage> = {}): NewOutboxMessage => ({ channel: "telegram", chatId, payload: "{}", hasChoices: false, ...extra });

describe("the outbox's delivery statements on SQLite", () => {
  const file = tempDbPath();
  const closers: (() => void)[] = [];
  afterEach(() => {
    for (const close of closers.splice(0)) close();
  });

  /** Records the SQL of every statement the store runs, to ask SQLite afterwards how it would run each. */
  function recording(exec: SqlExecutor, seen: Set<string>): SqlExecutor {
    return {
      ...exec,
      all: (s, p) => (seen.add(s.sql), exec.all(s, p)),
      first: (s, p) => (seen.add(s.sql), exec.first(s, p)),
      run: (s, p) => (seen.add(s.sql), exec.run(s, p)),
      transaction: (work) => exec.transaction((tx) => work(recording(tx, seen))),
      session: (work) => exec.session((s) => work(recording(s, seen))),
    };
  }

  it("read no delivered message: new ones are claimed by id, heads and due times found among the undelivered, live buttons at once", async () => {
    mkdirSync(path.dirname(file), { recursive: true });
    migrateDatabase(file);
    const sqlite = new Database(file);
    closers.push(() => sqlite.close());
    const seen = new Set<string>();
    const store = createOutboxStore(recording(sqliteExecutor(sqlite), seen));
    const t0 = new Date("2026-11-20T03:00:00.000Z");

    // Delivered history in the chats the new messages go to.
    const old = await store.enqueue(Array.from({ length: 200 }, (_, i) => message(`c${i % 20}`, i % 5 === 0 ? { dedupeKey: `old:${i}` } : { hasChoices: true })), t0);
    for (const id of await store.claimNew(old.slice(0, 16), t0, ["telegram"]).then((rows) => rows.map((row) => row.id))) await store.markPartSent(id, 1, true, t0, `p${id}`);
    // One head per chat at a time: delivered round after round, as the worker does.
    for (let due = await store.claimDue(t0, ["telegram"], 500); due.length > 0; due = await store.claimDue(t0, ["telegram"], 500)) {
      for (const row of due) await store.markPartSent(row.id, 1, true, t0, `p${row.id}`);
    }
    const live = await store.liveChoices({ channel: "telegram", chatId: "c1" });
    expect(live?.platformMessageId).toBe(`p${old[181] ?? 0}`);
    await store.markChoicesCleared(live?.id ?? 0);
    // New messages, claimed by id as a turn's replies are, and by the search.
    const fresh = await store.enqueue(Array.from({ length: 16 }, (_, i) => message(`c${i}`, i === 3 ? { dedupeKey: "reminder:c3" } : {})), t0);
    await store.claimNew(fresh, t0, ["telegram"]);
    await store.claimDue(t0, ["telegram"], 50);
    await store.nextDueAt(["telegram"], t0);
    await store.interrupted({ channel: "telegram", chatId: "c1" }, t0);
    await store.liveChoices({ channel: "telegram", chatId: "c1" });
    await store.dropPendingByKeyPrefix("reminder:");
    await store.releaseAbandonedClaims(t0);

    const plans = [...seen]
      .filter((text) => /outbox_messages/.test(text) && !/^\s*insert/i.test(text))
      .map((text) => ({ text, plan: sqlite.prepare(`explain query plan ${text}`).all(...Array.from(text.matchAll(/\?/g), () => null)) as { detail: string }[] }));
    expect(plans.length).toBeGreaterThan(8);
    for (const { text, plan } of plans) {
      const steps = plan.map((step) => step.detail);
      // A SCAN of the table (under any of its aliases) reads every message ever sent.
      expect(steps.filter((step) => /^SCAN (outbox_messages|o|e|u|l)\b/.test(step)), text).toEqual([]);
      if (/where "o"\."id" in/.test(text)) expect(steps[0], text).toMatch(/INTEGER PRIMARY KEY/);
      if (/not exists/.test(text)) expect(steps.join("\n"), text).toMatch(/SEARCH e USING INDEX outbox_messages_status_channel_chat_id_id_idx/);
      if (/^select .*"has_choices"/.test(text)) expect(steps, text).toEqual([expect.stringMatching(new RegExp(`SEARCH outbox_messages USING INDEX ${LIVE_CHOICES_INDEX}`))]);
    }
  });
});
