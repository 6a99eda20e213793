import { expect, it } from "vitest";
import { createConversationStore } from "../../src/storage/conversation-store.ts";
import { eachDatabase } from "../support/each-database.ts";

eachDatabase("the conversation store", (open) => {
  const at = new Date("2026-11-20T03:00:00.000Z");

  it("creates once, then updates only from the version it read", async () => {
    const store = createConversationStore(await open());
    const state = { mode: "answering", questionId: "q1_held", returnToSummary: false } as const;
    expect(await store.put({ key: "telegram:1", expectedVersion: null, state, personId: 1, assessmentId: null, at })).toBe(true);
    expect(await store.put({ key: "telegram:1", expectedVersion: null, state, personId: 1, assessmentId: null, at })).toBe(false);
    const first = await store.get("telegram:1");
    expect(first).toMatchObject({ version: 1, personId: 1, assessmentId: null, updatedAt: "2026-11-20T03:00:00.000+00:00" });
    expect(JSON.parse(first?.state ?? "{}")).toMatchObject({ v: 2, mode: "answering" });

    expect(await store.put({ key: "telegram:1", expectedVersion: 1, state: { mode: "idle" }, personId: 1, assessmentId: null, at })).toBe(true);
    // A second turn that read version 1 too loses: it must reload and decide again.
    expect(await store.put({ key: "telegram:1", expectedVersion: 1, state: { mode: "summary" }, personId: 1, assessmentId: null, at })).toBe(false);
    expect((await store.get("telegram:1"))?.version).toBe(2);
    expect(await store.get("telegram:2")).toBeUndefined();
  });

  it("rolls back with the transaction it was part of", async () => {
    const exec = await open();
    await expect(
      exec.transaction(async (tx) => {
        await createConversationStore(tx).put({ key: "zalo:9", expectedVersion: null, state: { mode: "idle" }, personId: 1, assessmentId: null, at });
        throw new Error("the turn failed");
      }),
    ).rejects.toThrow();
    expect(await createConversationStore(exec).get("zalo:9")).toBeUndefined();
  });
});
