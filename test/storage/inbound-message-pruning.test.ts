import { afterEach, describe, expect, it, vi } from "vitest";
import { INBOUND_RETENTION_MS, pruneInboundMessages, pruneInboundMessagesPeriodically } from "../../src/app/prune-inbound-messages.ts";
import { openDatabase, type OpenedDatabase } from "../../src/storage/open-database.ts";
import { sqlTime } from "../../src/storage/sql-time.ts";
import { tempDbPath } from "../support/temp-db.ts";

const DAY = 86_400_000;
const silent = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

describe("handled inbound message ids", () => {
  const dbPath = tempDbPath();
  let opened: OpenedDatabase | undefined;
  afterEach(async () => {
    vi.useRealTimers();
    await opened?.close();
  });

  /** Stores ids as the turn store does (sqlite-turn-store.ts), with `at` in its text format. */
  function handled(database: OpenedDatabase, rows: readonly [channel: string, id: string, at: Date][]): void {
    const insert = database.sql.prepare("INSERT INTO inbound_messages (channel, external_id, at) VALUES (?, ?, ?)");
    for (const [channel, id, at] of rows) insert.run(channel, id, sqlTime(at));
  }
  const remaining = (database: OpenedDatabase): string[] =>
    database.sql
      .prepare<[], { id: string }>("SELECT channel || ':' || external_id AS id FROM inbound_messages ORDER BY id")
      .all()
      .map((r) => r.id);

  it("are deleted after 30 days, on every channel", async () => {
    opened = await openDatabase(dbPath);
    const now = new Date("2026-12-31T12:00:00Z");
    handled(opened, [
      ["telegram", "u1", new Date(now.getTime() - 40 * DAY)],
      ["zalo", "m1", new Date(now.getTime() - INBOUND_RETENTION_MS - 1)],
      ["zalo", "m2", new Date(now.getTime() - INBOUND_RETENTION_MS + 1)],
      ["console", "c1", new Date(now.getTime() - DAY)],
    ]);
    expect(await pruneInboundMessages(opened.db, now)).toBe(2);
    expect(remaining(opened)).toEqual(["console:c1", "zalo:m2"]);
  });

  it("are pruned when the bot starts and every few hours after", async () => {
    const database = await openDatabase(dbPath);
    opened = database;
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
    let now = new Date("2026-12-01T00:00:00Z");
    handled(database, [
      ["zalo", "old", new Date(now.getTime() - 31 * DAY)],
      ["zalo", "aging", new Date(now.getTime() - 29 * DAY)],
    ]);
    const pruning = pruneInboundMessagesPeriodically({ db: database.db, clock: { now: () => now }, logger: silent, intervalMs: 6 * 3_600_000 });
    await vi.waitFor(() => expect(remaining(database)).toEqual(["zalo:aging"]));
    now = new Date(now.getTime() + 2 * DAY);
    await vi.advanceTimersByTimeAsync(6 * 3_600_000);
    await vi.waitFor(() => expect(remaining(database)).toEqual([]));
    pruning.stop();
  });
});
