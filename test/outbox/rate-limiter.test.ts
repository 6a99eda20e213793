import { describe, expect, it } from "vitest";
import { RateLimiter } from "../../src/outbox/rate-limiter.ts";

const limits = { perSecond: 25, chatIntervalMs: 1000, groupPerMinute: 20, isGroup: (chatId: string) => chatId.startsWith("-") };

describe("send pacing", () => {
  it("spaces messages to one chat by a second", () => {
    const limiter = new RateLimiter(limits);
    expect(limiter.delayFor("7", 0)).toBe(0);
    limiter.record("7", 0);
    expect(limiter.delayFor("7", 400)).toBe(600);
    expect(limiter.delayFor("8", 400)).toBe(0);
    expect(limiter.delayFor("7", 1000)).toBe(0);
  });

  it("spreads a broadcast at the global rate", () => {
    const limiter = new RateLimiter(limits);
    let now = 0;
    let sent = 0;
    while (now < 10_000) {
      const chat = String(sent);
      const wait = limiter.delayFor(chat, now);
      if (wait > 0) {
        now += wait;
        continue;
      }
      limiter.record(chat, now);
      sent++;
    }
    expect(sent).toBe(250);
  });

  it("caps a group at 20 messages a minute", () => {
    const limiter = new RateLimiter({ ...limits, chatIntervalMs: 0 });
    for (let i = 0; i < 20; i++) limiter.record("-100", i * 100);
    expect(limiter.delayFor("-100", 2_000)).toBe(58_000);
    expect(limiter.delayFor("-100", 60_000)).toBe(0);
  });
});
