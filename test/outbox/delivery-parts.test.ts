import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.ts";
import { SendError, type ChannelSender, type SendFailure, type SendLimits, type SendReceipt } from "../../src/engine/channel-sender.ts";
import type { OutgoingMessage } from "../../src/engine/messages.ts";
import { openApp, type App } from "../../src/app/open-app.ts";
import { createOutboxWorker, type OutboxWorker, type OutboxWorkerDeps } from "../../src/outbox/outbox-worker.ts";
import { sqlTime } from "../../src/storage/sql-time.ts";
import { dbRows } from "../support/db-rows.ts";
import { FakeClock } from "../support/fake-clock.ts";
import { tempDbPath } from "../support/temp-db.ts";

/**
 * A platform where a message takes several calls, like Telegram: the picture first, then each
 * text part (here the parts of the text are separated by "|"). Results are scripted per call.
 */
class PartSender implements ChannelSender {
  readonly calls: string[] = [];
  readonly script: ("ok" | SendFailure)[] = [];
  readonly limits?: SendLimits;
  #id = 1;
  constructor(
    readonly channel: string,
    limits?: SendLimits,
  ) {
    if (limits) this.limits = limits;
  }
  #texts(message: OutgoingMessage): string[] {
    return message.text.split("|");
  }
  parts(message: OutgoingMessage): number {
    return (message.image ? 1 : 0) + this.#texts(message).length;
  }
  async sendPart(chatId: string, message: OutgoingMessage, index: number): Promise<SendReceipt> {
    const what = message.image && index === 0 ? "photo" : this.#texts(message)[index - (message.image ? 1 : 0)];
    const next = this.script.shift() ?? "ok";
    if (next !== "ok") {
      this.calls.push(`${chatId}:${what}✗`);
      throw new SendError(next);
    }
    this.calls.push(`${chatId}:${what}`);
    return { platformMessageId: String(this.#id++) };
  }
  async clearChoices(chatId: string, platformMessageId: string): Promise<void> {
    const next = this.script.shift() ?? "ok";
    if (next !== "ok") {
      this.calls.push(`${chatId}:clear ${platformMessageId}✗`);
      throw new SendError(next);
    }
    this.calls.push(`${chatId}:clear ${platformMessageId}`);
  }
}

const CHART = { base64: Buffer.from("png").toString("base64"), filename: "chart.png" };
const rateLimited = (seconds: number): SendFailure => ({ kind: "rate_limited", retryAfterMs: seconds * 1000, reason: `429: retry after ${seconds}` });

describe("one delivery is one platform call", () => {
  const dbPath = tempDbPath();
  let app: App;
  let clock: FakeClock;
  let sender: PartSender;
  let worker: OutboxWorker;

  const start = async (limits?: SendLimits, extra: Partial<OutboxWorkerDeps> = {}) => {
    clock = new FakeClock("2026-11-20T03:00:00Z");
    app = await openApp(loadConfig({ BONTOT_DB_PATH: dbPath, LOG_LEVEL: "silent" }), { clock });
    sender = new PartSender("fake", limits);
    worker = createOutboxWorker({ store: app.outbox, senders: [sender], clock, logger: app.logger, ...extra });
  };
  const enqueue = (chatId: string, ...messages: OutgoingMessage[]) =>
    app.outbox.enqueue(
      messages.map((message) => ({ channel: "fake", chatId, message })),
      clock.now(),
    );
  const row = (text: string) => dbRows(app).get("SELECT * FROM outbox_messages WHERE payload LIKE '%' || ? || '%' ORDER BY id LIMIT 1", text);
  afterEach(async () => app.close());

  describe("without limits", () => {
    beforeEach(async () => start());

    it("a retry goes on after the last call that went through: the chart is posted once", async () => {
      await enqueue("-100", { text: "digest part 1|digest part 2", image: CHART });
      sender.script.push("ok", { kind: "retry", reason: "502 Bad Gateway" });
      await worker.drain();
      expect(sender.calls).toEqual(["-100:photo", "-100:digest part 1✗"]);
      clock.advance(60_000);
      await worker.drain();
      expect(sender.calls).toEqual(["-100:photo", "-100:digest part 1✗", "-100:digest part 1", "-100:digest part 2"]);
      expect(row("digest part 1")).toMatchObject({ status: "sent", parts_sent: 3 });
    });

    it("a 429 on part 2 re-posts nothing before it, and a long flood wait uses no attempt", async () => {
      await enqueue("-100", { text: "status 1|status 2|status 3" });
      for (let i = 0; i < 12; i++) sender.script.push(...(i === 0 ? ["ok" as const, rateLimited(30)] : [rateLimited(30)]));
      for (let i = 0; i < 12; i++) {
        await worker.drain();
        clock.advance(30_000);
      }
      await worker.drain();
      expect(sender.calls.filter((c) => c === "-100:status 1")).toHaveLength(1);
      expect(sender.calls.slice(-2)).toEqual(["-100:status 2", "-100:status 3"]);
      expect(row("status 1")).toMatchObject({ status: "sent", attempts: 1 });
    });

    it("a chart the group does not allow is skipped; the digest's text still goes", async () => {
      await enqueue("-100", { text: "digest text", image: CHART });
      sender.script.push({ kind: "permanent", reason: "400: not enough rights to send photos", unreachable: false, skipPart: true });
      await worker.drain();
      expect(sender.calls).toEqual(["-100:photo✗", "-100:digest text"]);
      expect(row("digest text")).toMatchObject({ status: "sent" });
    });

    it("a group that became a supergroup: the message and those after it go to the new id", async () => {
      const moves: string[] = [];
      await app.close();
      await start(undefined, { chatMoved: async (channel, from, to) => void moves.push(`${channel} ${from} → ${to}`) });
      await enqueue("-42", { text: "digest" }, { text: "escalation" });
      sender.script.push({ kind: "moved", newChatId: "-1001234", reason: "400: group chat was upgraded to a supergroup chat" });
      await worker.drain();
      expect(moves).toEqual(["fake -42 → -1001234"]);
      expect(sender.calls).toEqual(["-42:digest✗", "-1001234:digest", "-1001234:escalation"]);
    });

    it("removing an old keyboard honours a 429 too, then happens before the next message", async () => {
      await enqueue("u1", { text: "question 1", choices: [{ id: "yes", label: "Có" }] });
      await worker.drain();
      await enqueue("u1", { text: "question 2" });
      sender.script.push(rateLimited(5));
      await worker.drain();
      expect(sender.calls).toEqual(["u1:question 1", "u1:clear 1✗"]);
      clock.advance(5_000);
      await worker.drain();
      expect(sender.calls).toEqual(["u1:question 1", "u1:clear 1✗", "u1:clear 1", "u1:question 2"]);
    });

    it("a recipient whose sends keep failing as 'maybe blocked' is unreachable only once the attempts run out", async () => {
      const { personId } = await app.stores.people.ensurePerson({ channel: "fake", externalId: "z1" }, clock.now());
      const reachable = () => dbRows(app).get<{ reachable: number }>("SELECT reachable FROM identities WHERE person_id = ? ORDER BY id LIMIT 1", personId)?.reachable;
      await enqueue("z1", { text: "reminder" });
      const maybeBlocked: SendFailure = { kind: "retry", reason: "123: cannot receive", unreachableIfExhausted: true };
      sender.script.push(maybeBlocked);
      await worker.drain();
      expect(reachable()).toBe(1);
      for (let i = 0; i < 8; i++) {
        sender.script.push(maybeBlocked);
        clock.advance(16 * 60_000);
        await worker.drain();
      }
      expect(row("reminder")).toMatchObject({ status: "failed", attempts: 8 });
      expect(reachable()).toBe(0);
    });
  });

  it("the group cap counts every call, not every message", async () => {
    await start({ perSecond: 1000, chatIntervalMs: 0, groupPerMinute: 20, isGroup: (chat) => chat.startsWith("-") });
    await enqueue("-100", ...Array.from({ length: 10 }, (_, i) => ({ text: `m${i} a|m${i} b|m${i} c` })));
    await worker.drain();
    expect(sender.calls).toHaveLength(20);
    clock.advance(60_000);
    await worker.drain();
    expect(sender.calls).toHaveLength(30);
  });
});

describe("no backlog delays anyone else's live reply", () => {
  const dbPath = tempDbPath();

  it("with 1,000+ rows of each kind waiting, one tick delivers the live reply", async () => {
    const clock = new FakeClock("2026-11-20T13:30:00Z");
    const app = await openApp(loadConfig({ BONTOT_DB_PATH: dbPath, LOG_LEVEL: "silent" }), { clock });
    const telegram = new PartSender("telegram");
    const worker = createOutboxWorker({ store: app.outbox, senders: [telegram], clock, logger: app.logger, batch: 50 });
    const later = new Date(clock.now().getTime() + 3_600_000);
    // Zalo is switched off: 1,200 rows of a channel this process does not serve.
    await app.outbox.enqueue(Array.from({ length: 1_200 }, (_, i) => ({ channel: "zalo", chatId: `z${i}`, message: { text: "zalo" } })), clock.now());
    // 1,000 quiet-hour reminders held until the morning.
    await app.outbox.enqueue(Array.from({ length: 1_000 }, (_, i) => ({ channel: "telegram", chatId: `h${i}`, message: { text: "held" }, notBefore: later })), clock.now());
    // 1,000 messages waiting to retry after failures.
    await app.outbox.enqueue(Array.from({ length: 1_000 }, (_, i) => ({ channel: "telegram", chatId: `r${i}`, message: { text: "retrying" } })), clock.now());
    expect(dbRows(app).run("UPDATE outbox_messages SET attempts = 2, next_attempt_at = ? WHERE payload LIKE '%' || ? || '%'", sqlTime(later), "retrying")).toBe(1_000);
    await app.turns.save({ key: "telegram:live", at: clock.now(), outbox: [{ channel: "telegram", chatId: "live", message: { text: "your reply" } }] });

    await worker.tick();
    expect(telegram.calls).toEqual(["live:your reply"]);
    await app.close();
  });
});
