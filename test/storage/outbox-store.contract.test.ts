import { expect, it } from "vitest";
import type { NewOutboxMessage, OutboxStore } from "../../src/ports/outbox-store.ts";
import { createOutboxAdmin, createOutboxStore, OUTBOX_LEASE_MS } from "../../src/storage/outbox-store.ts";
import { eachDatabase } from "../support/each-database.ts";
import { eachSharedDatabase } from "../support/each-shared-database.ts";

const t0 = new Date("2026-11-20T03:00:00.000Z");
const later = (ms: number): Date => new Date(t0.getTime() + ms);

const message = (chatId: string, text: string, extra: Partial<NewOutboxMessage> = {}): NewOutboxMessage => ({
  channel: "telegram",
  chatId,
  payload: JSON.stringify({ text }),
  hasChoices: false,
  ...extra,
});
const textOf = (payload: string): string => (JSON.parse(payload) as { text: string }).text;

/** Claims, delivers whole and returns the text of each message claimed at `at`. */
async function deliverDue(store: OutboxStore, at: Date, channels = ["telegram"], limit = 100): Promise<string[]> {
  const claimed = await store.claimDue(at, channels, limit);
  for (const row of claimed) await store.markPartSent(row.id, 1, true, at);
  return claimed.map((row) => textOf(row.payload));
}

eachDatabase("the outbox store", (open) => {
  it("claims just-enqueued messages by id when each is its chat's due head, and leaves the rest to the search", async () => {
    const store = createOutboxStore(await open());
    const [older] = await store.enqueue([message("1", "older")], t0);
    const [held] = await store.enqueue([message("3", "held", { notBefore: later(60_000) })], t0);
    const ids = await store.enqueue([message("1", "after older"), message("2", "b1"), message("2", "b2"), message("4", "zalo", { channel: "zalo" })], t0);
    const claimed = await store.claimNew([...ids, held ?? 0], t0, ["telegram"]);
    // Chat 1 waits for "older", b2 for b1, the held one for its time; zalo is not served here.
    expect(claimed.map((row) => textOf(row.payload))).toEqual(["b1"]);
    expect(claimed[0]).toMatchObject({ chatId: "2", attempts: 0, partsSent: 0 });
    // Claimed: the search does not give it again; what was left is found by the search.
    expect(await deliverDue(store, t0)).toEqual(["older"]);
    expect(older).toBeLessThan(ids[0] ?? 0);
    await store.markPartSent(claimed[0]?.id ?? 0, 1, true, t0);
    expect(await deliverDue(store, t0)).toEqual(["after older", "b2"]);
    expect(await store.claimNew(ids, t0, ["telegram"])).toEqual([]);
  });

  it("claims more just-enqueued messages than one statement names, oldest first", async () => {
    const store = createOutboxStore(await open());
    const ids = await store.enqueue(Array.from({ length: 40 }, (_, i) => message(`c${i}`, `m${i}`)), t0);
    const claimed = await store.claimNew(ids, t0, ["telegram"]);
    expect(claimed.map((row) => textOf(row.payload))).toEqual(Array.from({ length: 40 }, (_, i) => `m${i}`));
    expect(await store.claimDue(t0, ["telegram"], 100)).toEqual([]);
  });

  it("keeps each chat's messages in order: one head per chat, the next once the head is delivered", async () => {
    const store = createOutboxStore(await open());
    await store.enqueue([message("1", "a1"), message("1", "a2"), message("2", "b1"), message("1", "a3")], t0);
    expect(await deliverDue(store, t0)).toEqual(["a1", "b1"]);
    expect(await deliverDue(store, t0)).toEqual(["a2"]);
    expect(await deliverDue(store, t0)).toEqual(["a3"]);
    expect(await deliverDue(store, t0)).toEqual([]);
  });

  it("skips a message whose dedupe key exists, and adds the rest", async () => {
    const store = createOutboxStore(await open());
    const first = await store.enqueue([message("1", "first", { dedupeKey: "remind:1" }), message("1", "reply")], t0);
    expect(first).toHaveLength(2);
    const second = await store.enqueue([message("1", "again", { dedupeKey: "remind:1" }), message("1", "other", { dedupeKey: "remind:2" })], t0);
    expect(second).toHaveLength(1);
    expect(second[0]).toBeGreaterThan(Math.max(...first));
    expect(await store.enqueue([], t0)).toEqual([]);
    const texts: string[] = [];
    for (let round = 0; round < 5; round++) texts.push(...(await deliverDue(store, t0)));
    expect(texts).toEqual(["first", "reply", "other"]);
  });

  it("adds a job's thousand messages at once, skipping dedupe keys that exist or repeat, held ones held", async () => {
    const store = createOutboxStore(await open());
    await store.enqueue([message("c0", "already", { dedupeKey: "open:0" })], t0);
    const batch = Array.from({ length: 1_200 }, (_, i) => message(`c${i % 600}`, `invite ${i}`, { dedupeKey: `open:${i % 1_100}`, ...(i === 5 ? { notBefore: later(60_000) } : {}) }));
    // Keys 0 (stored before) and 1,100-1,199 (repeats of 0-99 within the batch) are skipped.
    const ids = await store.enqueue(batch, t0);
    expect(ids).toHaveLength(1_099);
    expect(new Set(ids).size).toBe(1_099);
    const claimed = await store.claimDue(t0, ["telegram"], 2_000);
    // One head per chat: 600 chats, c5's first message held for a minute.
    expect(claimed).toHaveLength(600);
    expect(claimed.find((m) => m.chatId === "c5")?.payload).toContain("invite 605");
  });

  it("holds a message until its time without holding up the chat's later messages", async () => {
    const store = createOutboxStore(await open());
    await store.enqueue([message("1", "held", { notBefore: later(3_600_000) }), message("1", "live")], t0);
    expect(await deliverDue(store, t0)).toEqual(["live"]);
    expect(await store.nextDueAt(["telegram"], t0)).toEqual(later(3_600_000));
    expect(await deliverDue(store, later(3_599_999))).toEqual([]);
    expect(await deliverDue(store, later(3_600_000))).toEqual(["held"]);
    // A time already past holds nothing.
    await store.enqueue([message("2", "now", { notBefore: later(-1) })], t0);
    expect(await deliverDue(store, t0)).toEqual(["now"]);
  });

  it("claims a live reply at once past a thousand waiting messages (held, retrying, other channel)", async () => {
    const exec = await open();
    const store = createOutboxStore(exec);
    const waiting: NewOutboxMessage[] = [];
    for (let i = 0; i < 400; i++) waiting.push(message(`held-${i % 50}`, `held ${i}`, { notBefore: later(8 * 3_600_000), dedupeKey: `remind:${i}` }));
    for (let i = 0; i < 400; i++) waiting.push(message(`zalo-${i}`, `zalo ${i}`, { channel: "zalo" }));
    // The live chat's own held reminder comes first; it is no head.
    waiting.push(message("live", "held for live", { notBefore: later(8 * 3_600_000) }));
    await store.enqueue(waiting, t0);
    // Chats waiting to retry: each head is due later, and its chat's next message waits behind it.
    const retrying: NewOutboxMessage[] = [];
    for (let i = 0; i < 300; i++) retrying.push(message(`retry-${i}`, `retry ${i}`));
    await store.enqueue(retrying, later(-60_000));
    const heads = await store.claimDue(later(-60_000), ["telegram"], 1_000);
    expect(heads).toHaveLength(300);
    for (const head of heads) await store.retryLater(head.id, 1, later(600_000), "429");
    await store.enqueue(
      Array.from({ length: 300 }, (_, i) => message(`retry-${i}`, `after retry ${i}`)),
      later(-30_000),
    );
    await store.enqueue([message("live", "live reply")], t0);

    const started = performance.now();
    const claimed = await store.claimDue(t0, ["telegram"], 1);
    const elapsed = performance.now() - started;
    expect(claimed.map((row) => textOf(row.payload))).toEqual(["live reply"]);
    expect(elapsed).toBeLessThan(500);
    expect(await store.claimDue(t0, ["telegram"], 100)).toEqual([]);
    // The other channel's messages are there for an instance that serves it.
    expect(await store.claimDue(t0, ["zalo"], 1_000)).toHaveLength(400);
  });

  it("leases a claim: nobody else gets it until the lease runs out, renewed or not", async () => {
    const store = createOutboxStore(await open());
    await store.enqueue([message("1", "a")], t0);
    const [row] = await store.claimDue(t0, ["telegram"], 10);
    expect(row).toMatchObject({ channel: "telegram", chatId: "1", attempts: 0, partsSent: 0 });
    expect(await store.claimDue(later(OUTBOX_LEASE_MS - 1), ["telegram"], 10)).toEqual([]);
    await store.renewLease(row?.id ?? 0, later(30_000));
    expect(await store.claimDue(later(OUTBOX_LEASE_MS + 1), ["telegram"], 10)).toEqual([]);
    // The claimer died: after the lease another claimer takes the message over.
    const [again] = await store.claimDue(later(30_000), ["telegram"], 10);
    expect(again?.id).toBe(row?.id);
  });

  it("keeps delivery progress across a re-claim, and a delivered message is never claimed again", async () => {
    const store = createOutboxStore(await open());
    await store.enqueue([message("1", "long", { hasChoices: true }), message("1", "next")], t0);
    const [row] = await store.claimDue(t0, ["telegram"], 10);
    const id = row?.id ?? 0;
    await store.markPartSent(id, 1, false, t0, "pm-1");
    await store.markPartSent(id, 2, false, t0);
    const [retaken] = await store.claimDue(later(OUTBOX_LEASE_MS), ["telegram"], 10);
    expect(retaken).toMatchObject({ id, partsSent: 2, attempts: 0 });
    await store.markPartSent(id, 3, true, later(OUTBOX_LEASE_MS), "pm-3");
    const [next] = await store.claimDue(later(2 * OUTBOX_LEASE_MS), ["telegram"], 10);
    expect(textOf(next?.payload ?? "{}")).toBe("next");
    expect(await store.liveChoices({ channel: "telegram", chatId: "1" })).toEqual({ id, platformMessageId: "pm-3" });
  });

  it("releases without an attempt, retries with one, and a failed message lets its chat go on", async () => {
    const store = createOutboxStore(await open());
    await store.enqueue([message("1", "a"), message("1", "b")], t0);
    const [a] = await store.claimDue(t0, ["telegram"], 10);
    const id = a?.id ?? 0;
    await store.release(id, later(1_000));
    expect(await store.claimDue(later(999), ["telegram"], 10)).toEqual([]);
    expect((await store.claimDue(later(1_000), ["telegram"], 10))[0]).toMatchObject({ id, attempts: 0 });
    await store.retryLater(id, 1, later(5_000), "timeout");
    expect(await store.claimDue(later(4_999), ["telegram"], 10)).toEqual([]);
    expect((await store.claimDue(later(5_000), ["telegram"], 10))[0]).toMatchObject({ id, attempts: 1 });
    await store.markFailed(id, 2, "gave up");
    expect((await store.claimDue(later(5_000), ["telegram"], 10)).map((row) => textOf(row.payload))).toEqual(["b"]);
  });

  it("fails an unreachable chat's undelivered messages only", async () => {
    const store = createOutboxStore(await open());
    await store.enqueue([message("1", "sent"), message("1", "a"), message("1", "b"), message("2", "other")], t0);
    expect(await deliverDue(store, t0)).toEqual(["sent", "other"]);
    await store.claimDue(t0, ["telegram"], 10);
    expect(await store.failChat({ channel: "telegram", chatId: "1" })).toBe(2);
    expect(await store.claimDue(later(OUTBOX_LEASE_MS), ["telegram"], 10)).toEqual([]);
    expect(await store.nextDueAt(["telegram"], t0)).toBeNull();
  });

  it("moves a chat's undelivered messages to its new id, in their order", async () => {
    const store = createOutboxStore(await open());
    await store.enqueue([message("-1", "delivered"), message("-1", "a"), message("-1", "b")], t0);
    expect(await deliverDue(store, t0)).toEqual(["delivered"]);
    await store.moveChat("telegram", "-1", "-100");
    const [a] = await store.claimDue(t0, ["telegram"], 10);
    expect(a).toMatchObject({ chatId: "-100" });
    expect(textOf(a?.payload ?? "{}")).toBe("a");
    await store.markPartSent(a?.id ?? 0, 1, true, t0, "pm");
    expect((await store.claimDue(t0, ["telegram"], 10)).map((row) => [row.chatId, textOf(row.payload)])).toEqual([["-100", "b"]]);
    // The delivered message stayed with the old id.
    expect(await store.interrupted({ channel: "telegram", chatId: "-1" })).toBe(false);
  });

  it("tells the live buttons of a chat until they are cleared", async () => {
    const store = createOutboxStore(await open());
    const chat = { channel: "telegram", chatId: "1" };
    await store.enqueue([message("1", "q1", { hasChoices: true }), message("1", "plain"), message("1", "q2", { hasChoices: true })], t0);
    expect(await store.liveChoices(chat)).toBeNull();
    const ids: number[] = [];
    for (let i = 0; i < 3; i++) {
      const [row] = await store.claimDue(t0, ["telegram"], 10);
      ids.push(row?.id ?? 0);
      await store.markPartSent(row?.id ?? 0, 1, true, t0, `pm-${i}`);
    }
    expect(await store.liveChoices(chat)).toEqual({ id: ids[2], platformMessageId: "pm-2" });
    await store.markChoicesCleared(ids[2] ?? 0);
    expect(await store.liveChoices(chat)).toEqual({ id: ids[0], platformMessageId: "pm-0" });
    expect(await store.liveChoices({ channel: "zalo", chatId: "1" })).toBeNull();
  });

  it("erases what a delivered message said, and nothing still to be delivered", async () => {
    const exec = await open();
    const store = createOutboxStore(exec);
    const [secret, waiting] = await store.enqueue([message("1", "code 7KQ2"), message("2", "code M9XD")], t0);
    await store.markPartSent(secret ?? 0, 1, true, t0);
    await store.eraseDelivered(secret ?? 0, JSON.stringify({ text: "" }));
    await store.eraseDelivered(waiting ?? 0, JSON.stringify({ text: "" }));
    const texts = await exec.query(exec.builder.selectFrom("outbox_messages").select(["id", "payload"]).orderBy("id"));
    expect(texts.map((row) => textOf(row.payload))).toEqual(["", "code M9XD"]);
    expect((await store.claimDue(t0, ["telegram"], 10)).map((row) => textOf(row.payload))).toEqual(["code M9XD"]);
  });

  it("tells when the next message of the served channels is due", async () => {
    const store = createOutboxStore(await open());
    expect(await store.nextDueAt(["telegram"], t0)).toBeNull();
    await store.enqueue([message("1", "z", { channel: "zalo" })], later(-5_000));
    await store.enqueue([message("1", "held", { notBefore: later(60_000) }), message("2", "t")], t0);
    expect(await store.nextDueAt(["telegram"], t0)).toEqual(t0);
    expect(await store.nextDueAt(["telegram", "zalo"], t0)).toEqual(later(-5_000));
    // A chat's later message is due no sooner than its head, here one waiting to retry.
    const [head] = await store.claimDue(t0, ["zalo"], 10);
    await store.enqueue([message("1", "after it", { channel: "zalo" })], t0);
    await store.retryLater(head?.id ?? 0, 1, later(30_000), "timeout");
    expect(await store.nextDueAt(["zalo"], t0)).toEqual(later(30_000));
    expect(await store.nextDueAt([], t0)).toBeNull();
    expect(await store.claimDue(t0, [], 10)).toEqual([]);
  });

  it("drops the pending messages of one dedupe-key prefix, wildcards and case taken literally", async () => {
    const store = createOutboxStore(await open());
    await store.enqueue(
      [
        message("1", "r1", { dedupeKey: "remind:2026-11:C_1:first:1" }),
        message("2", "r2", { dedupeKey: "remind:2026-11:C_1:second:2", notBefore: later(60_000) }),
        message("3", "other cell", { dedupeKey: "remind:2026-11:CX1:first:3" }),
        message("4", "lower case", { dedupeKey: "remind:2026-11:c_1:first:4" }),
        message("5", "percent", { dedupeKey: "remind:2026-11:C%1:first:5" }),
        message("6", "r3", { dedupeKey: "remind:2026-11:C_1:first:6" }),
      ],
      t0,
    );
    const [sending] = await store.claimDue(t0, ["telegram"], 1);
    expect(sending?.chatId).toBe("1");
    expect(await store.dropPendingByKeyPrefix("remind:2026-11:C_1:")).toBe(2);
    expect(await store.dropPendingByKeyPrefix("remind:2026-11:C%")).toBe(1);
    const left = (await store.claimDue(later(OUTBOX_LEASE_MS), ["telegram"], 10)).map((row) => textOf(row.payload)).sort();
    expect(left).toEqual(["lower case", "other cell", "r1"]);
  });

  it("tells whether the bot wrote on its own after its last reply", async () => {
    const store = createOutboxStore(await open());
    const chat = { channel: "telegram", chatId: "1" };
    expect(await store.interrupted(chat)).toBe(false);
    await store.enqueue([message("1", "reply")], t0);
    await deliverDue(store, t0);
    expect(await store.interrupted(chat)).toBe(false);
    await store.enqueue([message("1", "reminder", { dedupeKey: "remind:x" })], later(1_000));
    expect(await store.interrupted(chat)).toBe(false); // not delivered yet: not seen
    await deliverDue(store, later(1_000));
    expect(await store.interrupted(chat)).toBe(true);
    // A reply the bot has just written answers the person, even before it is delivered.
    await store.enqueue([message("1", "new reply")], later(2_000));
    expect(await store.interrupted(chat)).toBe(false);
    expect(await store.interrupted({ channel: "telegram", chatId: "2" })).toBe(false);
  });

  it("tells whether the last reply reached the person before they wrote", async () => {
    const store = createOutboxStore(await open());
    const chat = { channel: "telegram", chatId: "3" };
    await store.enqueue([message("3", "question 7")], t0);
    await deliverDue(store, t0);
    await store.enqueue([message("3", "question 8")], later(1_000));
    // Written before question 8 went out: it answers question 7, not 8.
    expect(await store.interrupted(chat, later(1_500))).toBe(true);
    await deliverDue(store, later(2_000));
    expect(await store.interrupted(chat, later(1_500))).toBe(true);
    expect(await store.interrupted(chat, later(2_500))).toBe(false);
  });

  it("puts every claimed message back when the sole deliverer restarts", async () => {
    const store = createOutboxStore(await open());
    await store.enqueue([message("1", "a"), message("2", "b"), message("3", "c")], t0);
    await store.claimDue(t0, ["telegram"], 2);
    expect(await store.releaseAbandonedClaims(later(1))).toBe(2);
    expect(await store.claimDue(later(1), ["telegram"], 10)).toHaveLength(3);
  });

  it("rolls back an enqueue with the transaction it was part of", async () => {
    const exec = await open();
    await expect(
      exec.transaction(async (tx) => {
        await createOutboxStore(tx).enqueue([message("1", "reply")], t0);
        throw new Error("the turn failed");
      }),
    ).rejects.toThrow();
    expect(await createOutboxStore(exec).nextDueAt(["telegram"], t0)).toBeNull();
  });

  it("shows an operator the stuck chats, and retries or drops by message, chat or all", async () => {
    const exec = await open();
    const store = createOutboxStore(exec);
    const admin = createOutboxAdmin(exec);
    await store.enqueue([message("1", "a"), message("1", "b")], t0);
    await store.enqueue([message("2", "c"), message("2", "d")], later(1_000));
    await store.enqueue([message("3", "done")], later(2_000));
    await deliverDue(store, later(2_000), ["telegram"], 10); // a, c, done
    const [b, d] = await store.claimDue(later(2_000), ["telegram"], 10);
    await store.markFailed(b?.id ?? 0, 5, "blocked");
    await store.retryLater(d?.id ?? 0, 1, later(60_000), "timeout");
    await store.enqueue([message("1", "e")], later(3_000));

    expect(await admin.summary()).toEqual([
      { channel: "telegram", chatId: "1", pending: 1, failed: 1, oldestAt: t0, nextAttemptAt: later(3_000), lastError: "blocked" },
      { channel: "telegram", chatId: "2", pending: 1, failed: 0, oldestAt: later(1_000), nextAttemptAt: later(60_000), lastError: "timeout" },
    ]);

    expect(await admin.retry({ chatId: "2" }, later(4_000))).toBe(0);
    expect(await admin.retry({ id: b?.id ?? 0 }, later(4_000))).toBe(1);
    expect((await store.claimDue(later(4_000), ["telegram"], 10)).map((row) => [row.id, row.attempts])).toEqual([[b?.id, 0]]);
    await store.markFailed(b?.id ?? 0, 5, "blocked");
    expect(await admin.drop({ channel: "telegram", chatId: "1" })).toBe(2);
    expect(await admin.drop({})).toBe(1);
    expect(await admin.summary()).toEqual([]);
    expect(await store.nextDueAt(["telegram"], t0)).toBeNull();
  });
});

eachSharedDatabase("the outbox store shared by two instances", (open) => {
  it("never gives one message to both of two instances claiming at once", async () => {
    const [one, two] = await open();
    const first = createOutboxStore(one);
    const second = createOutboxStore(two);
    const messages: NewOutboxMessage[] = [];
    for (let chat = 0; chat < 150; chat++) for (let n = 0; n < 3; n++) messages.push(message(`${chat}`, `${chat}/${n}`));
    await first.enqueue(messages, t0);

    const byInstance: string[][] = [[], []];
    let now = t0.getTime();
    // Each round both claim at once, then deliver what they got; the next round sees each chat's next message.
    for (let round = 0; round < 6; round++) {
      const claims = await Promise.all([first.claimDue(new Date(now), ["telegram"], 40), second.claimDue(new Date(now), ["telegram"], 40)]);
      for (const [i, rows] of claims.entries()) {
        const store = i === 0 ? first : second;
        const delivered = byInstance[i] ?? [];
        await Promise.all(rows.map((row) => store.markPartSent(row.id, 1, true, new Date(now))));
        delivered.push(...rows.map((row) => textOf(row.payload)));
      }
      now += 1;
    }
    for (let round = 0; round < 10; round++) {
      const rest = await Promise.all([first.claimDue(new Date(now), ["telegram"], 200), second.claimDue(new Date(now), ["telegram"], 200)]);
      for (const [i, rows] of rest.entries()) {
        const store = i === 0 ? first : second;
        for (const row of rows) await store.markPartSent(row.id, 1, true, new Date(now));
        byInstance[i]?.push(...rows.map((row) => textOf(row.payload)));
      }
      now += 1;
    }
    const all = [...(byInstance[0] ?? []), ...(byInstance[1] ?? [])];
    expect(new Set(all).size).toBe(all.length);
    expect(all).toHaveLength(450);
  });

  it("never gives one message to both when one instance claims its new messages by id while the other searches", async () => {
    const [one, two] = await open();
    const enqueuer = createOutboxStore(one);
    const searcher = createOutboxStore(two);
    const taken: number[] = [];
    for (let round = 0; round < 20; round++) {
      const ids = await enqueuer.enqueue(Array.from({ length: 10 }, (_, i) => message(`r${round}c${i}`, `${round}/${i}`)), t0);
      const [byId, found] = await Promise.all([enqueuer.claimNew(ids, t0, ["telegram"]), searcher.claimDue(t0, ["telegram"], 5)]);
      taken.push(...byId.map((row) => row.id), ...found.map((row) => row.id));
      // Whatever neither took is still there for the next search.
      taken.push(...(await searcher.claimDue(t0, ["telegram"], 100)).map((row) => row.id));
    }
    expect(new Set(taken).size).toBe(taken.length);
    expect(taken).toHaveLength(200);
  });

  it("lets the other instance take over, with its progress, a message whose claimer died", async () => {
    const [one, two] = await open();
    const dying = createOutboxStore(one);
    const survivor = createOutboxStore(two);
    await dying.enqueue([message("1", "digest")], t0);
    const [row] = await dying.claimDue(t0, ["telegram"], 10);
    await dying.markPartSent(row?.id ?? 0, 1, false, t0, "picture");
    expect(await survivor.claimDue(later(OUTBOX_LEASE_MS - 1), ["telegram"], 10)).toEqual([]);
    const [taken] = await survivor.claimDue(later(OUTBOX_LEASE_MS), ["telegram"], 10);
    expect(taken).toMatchObject({ id: row?.id, partsSent: 1 });
  });

  it("keeps a chat's order while two instances claim: the next message waits for the one in flight", async () => {
    const [one, two] = await open();
    const first = createOutboxStore(one);
    const second = createOutboxStore(two);
    await first.enqueue(
      Array.from({ length: 20 }, (_, n) => message("1", `m${n}`)),
      t0,
    );
    const order: string[] = [];
    let now = t0.getTime();
    for (let round = 0; round < 40 && order.length < 20; round++) {
      now += 1;
      const claims = await Promise.all([first.claimDue(new Date(now), ["telegram"], 10), second.claimDue(new Date(now), ["telegram"], 10)]);
      const claimed = claims.flat();
      // At most one message of the chat is in flight at a time.
      expect(claimed.length).toBeLessThanOrEqual(1);
      for (const row of claimed) {
        order.push(textOf(row.payload));
        await first.markPartSent(row.id, 1, true, new Date(now));
      }
    }
    expect(order).toEqual(Array.from({ length: 20 }, (_, n) => `m${n}`));
  });
});
