import { afterEach, expect, it, vi } from "vitest";
import { INBOUND_RETENTION_MS, pruneInboundMessages, pruneInboundMessagesPeriodically } from "../../src/app/prune-inbound-messages.ts";
import type { InboundStore } from "../../src/ports/inbound-store.ts";
import { createInboundStore } from "../../src/storage/inbound-store.ts";
import type { SqlExecutor } from "../../src/storage/kysely/sql-executor.ts";
import { eachDatabase } from "../support/each-database.ts";

const DAY = 86_400_000;
const silent = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

eachDatabase("handled inbound message ids", (open) => {
  afterEach(() => {
    vi.useRealTimers();
  });

  /** Records ids as a turn does, each handled at its time. */
  async function handled(inbound: InboundStore, rows: readonly [channel: string, id: string, at: Date][]): Promise<void> {
    for (const [channel, id, at] of rows) expect(await inbound.record(channel, id, at)).toBe(true);
  }
  /** Every id still stored, as "channel:id", sorted. */
  const remaining = async (exec: SqlExecutor): Promise<string[]> =>
    (await exec.query(exec.builder.selectFrom("inbound_messages").select(["channel", "external_id"]))).map((r) => `${r.channel}:${r.external_id}`).sort();

  it("are deleted after 30 days, on every channel", async () => {
    const exec = await open();
    const inbound = createInboundStore(exec);
    const now = new Date("2026-12-31T12:00:00Z");
    await handled(inbound, [
      ["telegram", "u1", new Date(now.getTime() - 40 * DAY)],
      ["zalo", "m1", new Date(now.getTime() - INBOUND_RETENTION_MS - 1)],
      ["zalo", "m2", new Date(now.getTime() - INBOUND_RETENTION_MS + 1)],
      ["console", "c1", new Date(now.getTime() - DAY)],
    ]);
    expect(await pruneInboundMessages(inbound, now)).toBe(2);
    expect(await remaining(exec)).toEqual(["console:c1", "zalo:m2"]);
  });

  it("are pruned when the bot starts and every few hours after", async () => {
    const exec = await open();
    const inbound = createInboundStore(exec);
    let now = new Date("2026-12-01T00:00:00Z");
    await handled(inbound, [
      ["zalo", "old", new Date(now.getTime() - 31 * DAY)],
      ["zalo", "aging", new Date(now.getTime() - 29 * DAY)],
    ]);
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
    const pruning = pruneInboundMessagesPeriodically({ inbound, clock: { now: () => now }, logger: silent, intervalMs: 6 * 3_600_000 });
    await vi.waitFor(async () => expect(await remaining(exec)).toEqual(["zalo:aging"]));
    now = new Date(now.getTime() + 2 * DAY);
    await vi.advanceTimersByTimeAsync(6 * 3_600_000);
    await vi.waitFor(async () => expect(await remaining(exec)).toEqual([]));
    pruning.stop();
  });
});
