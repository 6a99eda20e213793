import { expect, it } from "vitest";
import { createLeaseStore } from "../../src/storage/lease-store.ts";
import { eachDatabase } from "../support/each-database.ts";
import { eachSharedDatabase } from "../support/each-shared-database.ts";

const t0 = new Date("2026-11-20T03:00:00.000Z");
const later = (ms: number): Date => new Date(t0.getTime() + ms);
const TTL = 30_000;

eachDatabase("the lease store", (open) => {
  it("is taken when free, renewed by its holder, refused to others until it expires", async () => {
    const exec = await open();
    const store = createLeaseStore(exec);
    expect(await store.holderOf("scheduler", t0)).toBeNull();
    expect(await store.tryAcquire("scheduler", "a", TTL, t0)).toBe(true);
    expect(await store.holderOf("scheduler", t0)).toBe("a");
    expect(await store.tryAcquire("scheduler", "b", TTL, later(TTL - 1))).toBe(false);
    // Renewed: it now lasts until 20 s + ttl.
    expect(await store.tryAcquire("scheduler", "a", TTL, later(20_000))).toBe(true);
    expect(await store.tryAcquire("scheduler", "b", TTL, later(TTL + 1))).toBe(false);
    expect(await store.holderOf("scheduler", later(20_000 + TTL - 1))).toBe("a");
    // Other leases are separate.
    expect(await store.tryAcquire("telegram-polling", "b", TTL, t0)).toBe(true);
    const rows = await exec.query(exec.builder.selectFrom("instance_leases").select(["name", "holder", "expires_at", "acquired_at"]).orderBy("name"));
    expect(rows).toEqual([
      { name: "scheduler", holder: "a", expires_at: "2026-11-20T03:00:50.000+00:00", acquired_at: "2026-11-20T03:00:00.000+00:00" },
      { name: "telegram-polling", holder: "b", expires_at: "2026-11-20T03:00:30.000+00:00", acquired_at: "2026-11-20T03:00:00.000+00:00" },
    ]);
  });

  it("is taken over once expired, and the old holder cannot renew it then", async () => {
    const store = createLeaseStore(await open());
    expect(await store.tryAcquire("scheduler", "a", TTL, t0)).toBe(true);
    expect(await store.holderOf("scheduler", later(TTL))).toBeNull();
    expect(await store.tryAcquire("scheduler", "b", TTL, later(TTL))).toBe(true);
    expect(await store.holderOf("scheduler", later(TTL))).toBe("b");
    expect(await store.tryAcquire("scheduler", "a", TTL, later(TTL + 1))).toBe(false);
  });

  it("is given up by its holder only", async () => {
    const store = createLeaseStore(await open());
    await store.tryAcquire("scheduler", "a", TTL, t0);
    expect(await store.release("scheduler", "b")).toBe(false);
    expect(await store.holderOf("scheduler", t0)).toBe("a");
    expect(await store.release("scheduler", "a")).toBe(true);
    expect(await store.holderOf("scheduler", t0)).toBeNull();
    expect(await store.tryAcquire("scheduler", "b", TTL, t0)).toBe(true);
  });
});

eachSharedDatabase("the lease store shared by two instances", (open) => {
  it("goes to one of two instances racing for it, free or expired", async () => {
    const [one, two] = await open();
    const a = createLeaseStore(one);
    const b = createLeaseStore(two);
    const free = await Promise.all([a.tryAcquire("scheduler", "a", TTL, t0), b.tryAcquire("scheduler", "b", TTL, t0)]);
    expect(free.filter(Boolean)).toHaveLength(1);
    const expired = await Promise.all([a.tryAcquire("scheduler", "c", TTL, later(TTL)), b.tryAcquire("scheduler", "d", TTL, later(TTL))]);
    expect(expired.filter(Boolean)).toHaveLength(1);
    expect(["c", "d"]).toContain(await a.holderOf("scheduler", later(TTL)));
  });
});
