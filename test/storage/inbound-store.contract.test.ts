import { expect, it } from "vitest";
import { createInboundStore } from "../../src/storage/inbound-store.ts";
import { eachDatabase } from "../support/each-database.ts";

const day = 86_400_000;
const at = new Date("2026-11-20T03:00:00.000Z");

eachDatabase("the inbound store", (open) => {
  it("remembers a handled message per channel, once", async () => {
    const store = createInboundStore(await open());
    expect(await store.seen("telegram", "100")).toBe(false);
    expect(await store.record("telegram", "100", at)).toBe(true);
    expect(await store.record("telegram", "100", at)).toBe(false);
    expect(await store.seen("telegram", "100")).toBe(true);
    expect(await store.seen("zalo", "100")).toBe(false);
  });

  it("a duplicate leaves the transaction it is part of usable", async () => {
    const exec = await open();
    await createInboundStore(exec).record("telegram", "100", at);
    const recorded = await exec.transaction(async (tx) => {
      const store = createInboundStore(tx);
      return [await store.record("telegram", "100", at), await store.record("telegram", "101", at)];
    });
    expect(recorded).toEqual([false, true]);
    expect(await createInboundStore(exec).seen("telegram", "101")).toBe(true);
  });

  it("forgets the messages handled before a date", async () => {
    const store = createInboundStore(await open());
    await store.record("telegram", "old", new Date(at.getTime() - 31 * day));
    await store.record("zalo", "edge", new Date(at.getTime() - 30 * day));
    await store.record("telegram", "new", at);
    expect(await store.prune(new Date(at.getTime() - 30 * day))).toBe(1);
    expect(await store.seen("telegram", "old")).toBe(false);
    expect(await store.seen("zalo", "edge")).toBe(true);
    expect(await store.seen("telegram", "new")).toBe(true);
    expect(await store.prune(new Date(at.getTime() - 30 * day))).toBe(0);
  });
});
