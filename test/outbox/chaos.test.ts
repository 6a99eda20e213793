import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.ts";
import { SendError, type ChannelSender, type SendFailure, type SendReceipt } from "../../src/engine/channel-sender.ts";
import type { OutgoingMessage } from "../../src/engine/messages.ts";
import { openApp } from "../../src/app/open-app.ts";
import { createOutboxWorker } from "../../src/outbox/outbox-worker.ts";
import { dbRows } from "../support/db-rows.ts";
import { FakeClock } from "../support/fake-clock.ts";
import { tempDbPath } from "../support/temp-db.ts";

/** A deterministic pseudo-random sequence, so a failing run can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/** A platform that refuses a third of all calls (429, 5xx, connection reset) before doing anything. */
class FlakySender implements ChannelSender {
  readonly channel = "flaky";
  readonly delivered: string[] = [];
  constructor(private readonly next: () => number) {}
  parts(message: OutgoingMessage): number {
    return message.text.split("|").length;
  }
  async sendPart(chatId: string, message: OutgoingMessage, index: number): Promise<SendReceipt> {
    const roll = this.next();
    const failures: SendFailure[] = [
      { kind: "rate_limited", retryAfterMs: 3_000, reason: "429" },
      { kind: "retry", reason: "502 Bad Gateway" },
      { kind: "retry", reason: "ECONNRESET" },
    ];
    if (roll < 1 / 3) throw new SendError(failures[Math.floor(roll * 9)] ?? { kind: "retry", reason: "?" });
    this.delivered.push(`${chatId}|${message.text.split("|")[index]}`);
    return { platformMessageId: String(this.delivered.length) };
  }
}

describe("under a third of calls failing", () => {
  const dbPath = tempDbPath();

  it.each([1, 2, 3])("seed %i: every part of every message arrives exactly once, each chat in order", async (seed) => {
    const clock = new FakeClock("2026-11-20T03:00:00Z");
    const app = await openApp(loadConfig({ BONTOT_DB_PATH: dbPath, LOG_LEVEL: "silent" }), { clock });
    const roll = random(seed);
    const sender = new FlakySender(roll);
    const worker = createOutboxWorker({ store: app.outbox, senders: [sender], clock, logger: app.logger, policy: { maxAttempts: 50, baseDelayMs: 1_000, maxDelayMs: 10_000 } });
    const expected: string[] = [];
    for (let chat = 0; chat < 20; chat++) {
      const drafts = Array.from({ length: 10 }, (_, m) => {
        const parts = Array.from({ length: 1 + Math.floor(roll() * 3) }, (_, p) => `c${chat}m${m}p${p}`);
        expected.push(...parts.map((p) => `c${chat}|${p}`));
        return { channel: "flaky", chatId: `c${chat}`, message: { text: parts.join("|") } };
      });
      await app.outbox.enqueue(drafts, clock.now());
    }
    for (let round = 0; round < 400 && sender.delivered.length < expected.length; round++) {
      await worker.drain();
      clock.advance(10_000);
    }
    expect(sender.delivered.length).toBe(expected.length);
    expect([...sender.delivered].sort()).toEqual([...expected].sort());
    for (let chat = 0; chat < 20; chat++) {
      const mine = (list: string[]) => list.filter((d) => d.startsWith(`c${chat}|`));
      expect(mine(sender.delivered)).toEqual(mine(expected));
    }
    expect(dbRows(app).count("SELECT COUNT(*) AS n FROM outbox_messages WHERE status <> 'sent'")).toBe(0);
    await app.close();
  });
});
