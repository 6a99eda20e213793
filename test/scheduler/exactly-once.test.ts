import { describe, expect, it } from "vitest";
import { scheduleHarness } from "../support/schedule-harness.ts";
import { dbRows } from "../support/db-rows.ts";
import { tempDbPath } from "../support/temp-db.ts";

const ict = (local: string): string => new Date(`${local}+07:00`).toISOString();
const digests = (h: Awaited<ReturnType<typeof scheduleHarness>>): number =>
  dbRows(h.app).count("SELECT COUNT(*) AS n FROM outbox_messages WHERE dedupe_key LIKE ?", "digest:%");

describe("scheduled jobs run once per slot", () => {
  const dbPath = tempDbPath();

  it("a digest slot missed while the bot was down runs once at the next start, within 6 hours", async () => {
    // Down from Sunday night until Monday 10:30; the 08:00 digest is caught up once.
    const first = await scheduleHarness({ dbPath, start: ict("2026-11-30T10:30") });
    await first.bindGroup("-100", "MK");
    await first.scheduler.catchUp();
    expect(digests(first)).toBe(1);
    await first.close();

    // Restarted again at 11:00: the slot has run; nothing more.
    const second = await scheduleHarness({ dbPath, start: ict("2026-11-30T11:00") });
    await second.scheduler.catchUp();
    await second.scheduler.check();
    expect(digests(second)).toBe(1);
    await second.close();
  });

  it("a slot older than its grace window is logged and skipped, not posted late", async () => {
    const h = await scheduleHarness({ dbPath, start: ict("2026-11-30T15:00") });
    await h.bindGroup("-100", "MK");
    await h.scheduler.catchUp();
    expect(digests(h)).toBe(0);
    const run = dbRows(h.app).get<{ slot: string; status: string; error: string | null }>("SELECT slot, status, error FROM job_runs WHERE job = ? ORDER BY id LIMIT 1", "digest");
    expect(run).toBeDefined();
    expect(run).toMatchObject({ slot: ict("2026-11-30T08:00"), status: "failed" });
    expect(run?.error).toContain("skipped");
    await h.close();
  });

  it("two schedulers on one database post one digest", async () => {
    const a = await scheduleHarness({ dbPath, start: ict("2026-11-30T07:59") });
    const b = await scheduleHarness({ dbPath, start: ict("2026-11-30T07:59"), seed: false });
    await a.bindGroup("-100", "MK");
    await a.scheduler.catchUp(); // opens the period
    a.clock.set(ict("2026-11-30T08:00"));
    b.clock.set(ict("2026-11-30T08:00"));
    await Promise.all([a.scheduler.check(), b.scheduler.check()]);
    expect(digests(a)).toBe(1);
    expect(dbRows(a.app).count("SELECT COUNT(*) AS n FROM job_runs WHERE job = ? AND slot = ?", "digest", ict("2026-11-30T08:00"))).toBe(1);
    await a.close();
    await b.close();
  });
});
