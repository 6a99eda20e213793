import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { loadConfig } from "../../src/config.ts";
import { SendError, type ChannelSender, type SendFailure, type SendReceipt } from "../../src/engine/channel-sender.ts";
import type { OutgoingMessage } from "../../src/engine/messages.ts";
import { openApp, type App } from "../../src/app/open-app.ts";
import { createOutboxWorker, type OutboxWorker } from "../../src/outbox/outbox-worker.ts";
import { dbRows } from "../support/db-rows.ts";
import { FakeClock } from "../support/fake-clock.ts";
import { tempDbPath } from "../support/temp-db.ts";

/** A sender whose next results are scripted: "ok" or a failure. */
/** An outbox_messages row as stored. */
interface StoredMessage {
  readonly status: string;
  readonly attempts: number;
  readonly next_attempt_at: string;
  readonly last_error: string | null;
}

class ScriptedSender implements ChannelSender {
  readonly channel = "fake";
  readonly sent: { chatId: string; text: string; at: number }[] = [];
  readonly script: ("ok" | SendFailure)[] = [];
  /** Runs once a message went through, before the worker hears of it. */
  afterSend?: (text: string) => Promise<void>;
  constructor(private readonly clock: FakeClock) {}
  parts(): number {
    return 1;
  }
  async sendPart(chatId: string, message: OutgoingMessage): Promise<SendReceipt> {
    const next = this.script.shift() ?? "ok";
    if (next !== "ok") throw new SendError(next);
    this.sent.push({ chatId, text: message.text, at: this.clock.now().getTime() });
    await this.afterSend?.(message.text);
    return {};
  }
}

describe("outbox delivery", () => {
  const dbPath = tempDbPath();
  let app: App;
  let clock: FakeClock;
  let sender: ScriptedSender;
  let worker: OutboxWorker;

  beforeEach(async () => {
    clock = new FakeClock("2026-11-20T03:00:00Z");
    app = await openApp(loadConfig({ BONTOT_DB_PATH: dbPath, LOG_LEVEL: "silent" }), { clock });
    sender = new ScriptedSender(clock);
    worker = createOutboxWorker({
      store: app.outbox,
      senders: [sender],
      clock,
      logger: app.logger,
      policy: { maxAttempts: 4, baseDelayMs: 2_000, maxDelayMs: 60_000 },
    });
  });
  afterEach(async () => app.close());

  const enqueue = (chatId: string, ...texts: string[]) =>
    app.turns.save({ key: `fake:${chatId}`, at: clock.now(), outbox: texts.map((text) => ({ channel: "fake", chatId, message: { text } })) });
  const row = (text: string): StoredMessage => {
    const found = dbRows(app).get<StoredMessage>("SELECT * FROM outbox_messages WHERE payload LIKE '%' || ? || '%' ORDER BY id LIMIT 1", text);
    if (!found) throw new Error(`no outbox message containing ${text}`);
    return found;
  };

  it("delivers each chat's messages in order", async () => {
    await enqueue("a", "a1", "a2", "a3");
    await enqueue("b", "b1");
    await worker.drain();
    expect(sender.sent.filter((s) => s.chatId === "a").map((s) => s.text)).toEqual(["a1", "a2", "a3"]);
    expect(sender.sent.map((s) => s.text)).toContain("b1");
    expect(dbRows(app).count("SELECT COUNT(*) AS n FROM outbox_messages WHERE status = 'sent'")).toBe(4);
  });

  it("waits as long as a 429 asks, keeps later messages of that chat behind it, and other chats flowing", async () => {
    await enqueue("a", "first", "second");
    await enqueue("b", "other");
    sender.script.push({ kind: "rate_limited", retryAfterMs: 30_000, reason: "429: Too Many Requests" });
    await worker.drain();
    expect(sender.sent.map((s) => s.text)).toEqual(["other"]);
    // Waiting as asked is no failure of the message: no attempt is used up.
    expect(row("first")).toMatchObject({ status: "pending", attempts: 0 });
    expect(new Date(row("first").next_attempt_at).getTime() - clock.now().getTime()).toBe(30_000);

    clock.advance(29_000);
    await worker.drain();
    expect(sender.sent.map((s) => s.text)).toEqual(["other"]);
    clock.advance(1_000);
    await worker.drain();
    expect(sender.sent.map((s) => s.text)).toEqual(["other", "first", "second"]);
  });

  it("backs off exponentially on server and network errors, then gives up after the attempt cap", async () => {
    await enqueue("a", "doomed");
    for (let i = 0; i < 4; i++) sender.script.push({ kind: "retry", reason: "502 Bad Gateway" });
    const delays: number[] = [];
    for (let attempt = 1; attempt <= 4; attempt++) {
      await worker.drain();
      const current = row("doomed");
      if (current.status === "failed") break;
      const delay = new Date(current.next_attempt_at).getTime() - clock.now().getTime();
      delays.push(delay);
      clock.advance(delay);
    }
    expect(delays).toHaveLength(3);
    // full jitter within [d/2, d] for d = 2 s, 4 s, 8 s
    expect(delays[0]).toBeGreaterThanOrEqual(1_000);
    expect(delays[0]).toBeLessThanOrEqual(2_000);
    expect(delays[1]).toBeGreaterThanOrEqual(2_000);
    expect(delays[2]).toBeLessThanOrEqual(8_000);
    expect(row("doomed")).toMatchObject({ status: "failed", attempts: 4, last_error: "502 Bad Gateway" });
    expect(sender.sent).toEqual([]);
  });

  it("stops at once on a permanent error, and marks a blocked recipient unreachable", async () => {
    const { personId } = await app.stores.people.ensurePerson({ channel: "fake", externalId: "blocked-user" }, clock.now());
    await enqueue("blocked-user", "hello", "are you there?");
    sender.script.push({ kind: "permanent", reason: "403: bot was blocked by the user", unreachable: true });
    await worker.drain();
    expect(row("hello")).toMatchObject({ status: "failed", attempts: 1 });
    expect(row("are you there?")).toMatchObject({ status: "failed", last_error: "recipient unreachable" });
    const identity = dbRows(app).get<{ reachable: number }>("SELECT reachable FROM identities WHERE person_id = ? ORDER BY id LIMIT 1", personId);
    expect(identity?.reachable).toBe(0);
    expect(sender.sent).toEqual([]);
  });

  it("does not let a burst of new replies hold back a message that was already waiting", async () => {
    const small = createOutboxWorker({ store: app.outbox, senders: [sender], clock, logger: app.logger, batch: 4 });
    await enqueue("w", "waiting");
    const burst: number[] = [];
    for (let i = 0; i < 20; i++) burst.push(...(await enqueue(`n${i}`, `new ${i}`)));
    small.wake(burst);
    await small.tick();
    expect(sender.sent.map((s) => s.text)).toContain("waiting");
    expect(sender.sent).toHaveLength(5);
    await small.drain();
    expect(sender.sent).toHaveLength(21);
  });

  describe("running, woken by the turns it delivers for", () => {
    // Ten seconds between searches unless woken: what is sent here was found by id or by the
    // searches the worker makes on its own while busy.
    const running = (): OutboxWorker => {
      const w = createOutboxWorker({ store: app.outbox, senders: [sender], clock, logger: app.logger, idleMs: 10_000, policy: { maxAttempts: 4, baseDelayMs: 2_000, maxDelayMs: 60_000 } });
      w.start();
      return w;
    };
    const sent = (): string[] => sender.sent.map((s) => s.text);

    it("rests while a chat's head waits to retry, though a later message of that chat is queued", async () => {
      let looks = 0;
      const counted = { ...app.outbox, nextDueAt: (channels: readonly string[], now: Date) => (looks++, app.outbox.nextDueAt(channels, now)) };
      const live = createOutboxWorker({ store: counted, senders: [sender], clock, logger: app.logger, idleMs: 10_000, policy: { maxAttempts: 4, baseDelayMs: 60_000, maxDelayMs: 60_000 } });
      sender.script.push({ kind: "retry", reason: "502: Bad Gateway" });
      live.start();
      try {
        live.wake(await enqueue("a", "first", "second"));
        await vi.waitFor(() => expect(row("first")).toMatchObject({ status: "pending", attempts: 1 }), { timeout: 2_000 });
        looks = 0;
        await new Promise((resolve) => setTimeout(resolve, 300));
        // "second" is not due before "first": nothing to do for a minute, nothing to look for.
        expect(looks).toBeLessThanOrEqual(2);
        expect(sent()).toEqual([]);
      } finally {
        await live.stop();
      }
    });

    it("sends a turn's replies in order: the second once the first is delivered", async () => {
      const live = running();
      try {
        live.wake(await enqueue("a", "a1", "a2"));
        await vi.waitFor(() => expect(sent()).toEqual(["a1", "a2"]), { timeout: 2_000 });
      } finally {
        await live.stop();
      }
    });

    it("still sends a retry that falls due while new replies never let it rest, within a tenth of a second", async () => {
      await enqueue("b", "retry me");
      sender.script.push({ kind: "retry", reason: "502: Bad Gateway" });
      const live = running();
      try {
        await vi.waitFor(() => expect(row("retry me")).toMatchObject({ status: "pending", attempts: 1 }), { timeout: 2_000 });
        clock.advance(2_000);
        const dueAt = clock.now().getTime();
        // Each reply sent brings the next one, 10 ms later: the worker always has a new one waiting.
        let n = 0;
        sender.afterSend = async (text) => {
          if (!text.startsWith("reply") || n >= 30) return;
          clock.advance(10);
          live.wake(await enqueue(`c${++n}`, `reply ${n}`));
        };
        live.wake(await enqueue("c0", "reply 0"));
        await vi.waitFor(() => expect(sent()).toContain("reply 30"), { timeout: 5_000 });
        expect(sender.sent.find((s) => s.text === "retry me")?.at).toBeLessThanOrEqual(dueAt + 100);
      } finally {
        await live.stop();
      }
    });
  });

  it("re-sends a message whose sender died mid-send within seconds, once its short lease expires", async () => {
    await enqueue("a", "lost in a crash");
    await app.outbox.claimDue(clock.now(), ["fake"], 10); // claimed, then the process "dies"
    await worker.drain();
    expect(sender.sent).toEqual([]);
    clock.advance(15_000);
    await worker.drain();
    expect(sender.sent.map((s) => s.text)).toEqual(["lost in a crash"]);
  });
});

describe("outbox dedupe keys", () => {
  const dbPath = tempDbPath();

  it("enqueues a message with the same dedupe key only once", async () => {
    const clock = new FakeClock("2026-11-20T03:00:00Z");
    const app = await openApp(loadConfig({ BONTOT_DB_PATH: dbPath, LOG_LEVEL: "silent" }), { clock });
    const reminder = { channel: "fake", chatId: "a", message: { text: "nhắc" }, dedupeKey: "remind:MK-PL1:2026-11:due-3" };
    await app.turns.save({ key: "job", at: clock.now(), outbox: [reminder] });
    await app.turns.save({ key: "job", at: clock.now(), outbox: [reminder, { channel: "fake", chatId: "a", message: { text: "other" } }] });
    expect(dbRows(app).count("SELECT COUNT(*) AS n FROM outbox_messages")).toBe(2);
    await app.close();
  });
});

describe("messages held for later", () => {
  const dbPath = tempDbPath();

  it("a reminder held for the end of quiet hours does not hold up the chat's live replies", async () => {
    const clock = new FakeClock("2026-11-20T23:30:00Z");
    const app = await openApp(loadConfig({ BONTOT_DB_PATH: dbPath, LOG_LEVEL: "silent" }), { clock });
    const sender = new ScriptedSender(clock);
    const worker = createOutboxWorker({ store: app.outbox, senders: [sender], clock, logger: app.logger });
    await app.outbox.enqueue([{ channel: "fake", chatId: "a", message: { text: "reminder" }, notBefore: new Date("2026-11-21T00:00:00Z") }], clock.now());
    await app.turns.save({ key: "fake:a", at: clock.now(), outbox: [{ channel: "fake", chatId: "a", message: { text: "reply" } }] });
    await worker.drain();
    expect(sender.sent.map((s) => s.text)).toEqual(["reply"]);
    clock.set("2026-11-21T00:00:00Z");
    await worker.drain();
    expect(sender.sent.map((s) => s.text)).toEqual(["reply", "reminder"]);
    await app.close();
  });

  it("a night of held reminders for a whole province does not hide a live reply", async () => {
    const clock = new FakeClock("2026-11-20T23:30:00Z");
    const app = await openApp(loadConfig({ BONTOT_DB_PATH: dbPath, LOG_LEVEL: "silent" }), { clock });
    const sender = new ScriptedSender(clock);
    const worker = createOutboxWorker({ store: app.outbox, senders: [sender], clock, logger: app.logger });
    const morning = new Date("2026-11-21T00:00:00Z");
    await app.outbox.enqueue(
      Array.from({ length: 1_500 }, (_, i) => ({ channel: "fake", chatId: `cell-${i}`, message: { text: "reminder" }, notBefore: morning })),
      clock.now(),
    );
    await app.turns.save({ key: "fake:live", at: clock.now(), outbox: [{ channel: "fake", chatId: "live", message: { text: "reply" } }] });
    await worker.drain();
    expect(sender.sent.map((s) => s.text)).toEqual(["reply"]);
    await app.close();
  });
});

describe("a bot restarted after a crash", () => {
  const dbPath = tempDbPath();

  it("sends the replies the dead process had claimed at once, not after their lease", async () => {
    const clock = new FakeClock("2026-11-20T03:00:00Z");
    const app = await openApp(loadConfig({ BONTOT_DB_PATH: dbPath, LOG_LEVEL: "silent" }), { clock });
    await app.outbox.enqueue(
      Array.from({ length: 50 }, (_, i) => ({ channel: "fake", chatId: `user-${i}`, message: { text: `reply ${i}` } })),
      clock.now(),
    );
    await app.outbox.claimDue(clock.now(), ["fake"], 100); // claimed, then the process was killed
    const sender = new ScriptedSender(clock);
    const worker = createOutboxWorker({ store: app.outbox, senders: [sender], clock, logger: app.logger, soleDeliverer: true, idleMs: 10 });
    worker.start();
    await vi.waitFor(() => expect(sender.sent).toHaveLength(50));
    await worker.stop();
    await app.close();
  });
});
