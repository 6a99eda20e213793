import { GrammyError, HttpError } from "grammy";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { classifySendError } from "../../../src/channels/telegram/classify-send-error.ts";
import { TelegramStopped } from "../../../src/channels/telegram/polling-stopped.ts";
import { watchTelegramConnection } from "../../../src/channels/telegram/watch-telegram-connection.ts";
import type { LoggerPort } from "../../../src/engine/logger-port.ts";
import { tempDbPath } from "../../support/temp-db.ts";
import { botApiErrors, telegramHarness, type LogLine } from "../../support/telegram-harness.ts";

type Harness = Awaited<ReturnType<typeof telegramHarness>>;

describe("Telegram: the connection", () => {
  const dbPath = tempDbPath();
  let t: Harness;

  beforeEach(async () => {
    t = await telegramHarness(dbPath);
  });
  afterEach(async () => t.close());

  const said = (level: LogLine["level"]) => t.logs.filter((l) => l.level === level).map((l) => l.msg);

  it("a lost network is logged once when noticed and once when it is back, however often grammY retries", async () => {
    // grammY retries deleteWebhook on its own at start (bot.js withRetries: at once, then after 100, 200 ms…).
    t.fail("deleteWebhook", "network", { times: 3 });
    await t.channel.start();
    await t.channel.stop();
    expect(t.calls.filter((c) => c.method === "deleteWebhook")).toHaveLength(4);
    expect(said("warn")).toEqual(["Telegram unreachable; retrying until it is back"]);
    expect(said("info")).toContain("Telegram reachable again");
    expect(said("error")).toEqual([]);
  });

  it("a 409 while polling (another instance) ends the channel with a clear reason", async () => {
    t.fail("getUpdates", botApiErrors.conflict());
    await t.channel.start();
    const stopped = await t.channel.stopped;
    expect(stopped).toBeInstanceOf(TelegramStopped);
    expect(stopped.why).toBe("conflict");
    expect(said("error")).toEqual([expect.stringContaining("Another process is reading this bot's updates (409 Conflict: terminated by other getUpdates request")]);
    expect(t.bot.isRunning()).toBe(false);
  });

  it("a 401 while starting (token revoked) fails the start with a clear reason", async () => {
    t.fail("deleteWebhook", botApiErrors.unauthorized());
    await expect(t.channel.start()).rejects.toMatchObject({ why: "unauthorized" });
    expect(said("error")).toEqual([expect.stringContaining("Telegram rejected the bot token (401 Unauthorized)")]);
  });

  it("stop() is not reported as polling that ended on its own", async () => {
    await t.channel.start();
    await t.channel.stop();
    const outcome = await Promise.race([t.channel.stopped, new Promise((resolve) => setTimeout(() => resolve("still waiting"), 100))]);
    expect(outcome).toBe("still waiting");
  });
});

describe("Telegram: the fake Bot API answers as Telegram does", () => {
  const dbPath = tempDbPath();
  let t: Harness;

  beforeEach(async () => {
    t = await telegramHarness(dbPath);
  });
  afterEach(async () => t.close());

  it.each([
    [botApiErrors.tooManyRequests(7), { error_code: 429, parameters: { retry_after: 7 } }, { kind: "rate_limited", retryAfterMs: 7000 }],
    [botApiErrors.migrated(-1001234567890), { error_code: 400, parameters: { migrate_to_chat_id: -1001234567890 } }, { kind: "moved", newChatId: "-1001234567890" }],
    [botApiErrors.kicked(), { error_code: 403, description: "Forbidden: bot was kicked from the group chat" }, { kind: "permanent", unreachable: true }],
    [botApiErrors.serverError(), { error_code: 502, description: "Bad Gateway" }, { kind: "retry" }],
  ])("%o becomes grammY's GrammyError, classified for the outbox", async (fault, shape, classified) => {
    t.fail("sendMessage", fault);
    const error: unknown = await t.bot.api.sendMessage(-1, "x").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GrammyError);
    expect(error).toMatchObject({ method: "sendMessage", ...shape });
    expect(classifySendError(error)).toMatchObject(classified);
  });

  it("a network failure becomes grammY's HttpError", async () => {
    t.fail("sendMessage", "network");
    const error: unknown = await t.bot.api.sendMessage(-1, "x").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect(classifySendError(error)).toMatchObject({ kind: "retry" });
  });

  it("faults can be limited to one chat and repeated", async () => {
    t.fail("sendMessage", botApiErrors.blocked(), { chatId: 77, times: 2 });
    await expect(t.bot.api.sendMessage(77, "a")).rejects.toBeInstanceOf(GrammyError);
    await expect(t.bot.api.sendMessage(78, "b")).resolves.toMatchObject({ text: "b" });
    await expect(t.bot.api.sendMessage(77, "c")).rejects.toBeInstanceOf(GrammyError);
    await expect(t.bot.api.sendMessage(77, "d")).resolves.toMatchObject({ text: "d" });
  });
});

describe("Telegram: connection watch", () => {
  it("logs once per outage, not per retry, and ignores the bot's own aborted poll", async () => {
    const lines: string[] = [];
    const logger: LoggerPort = { debug: () => undefined, info: (_o, m) => void lines.push(`info ${m}`), warn: (_o, m) => void lines.push(`warn ${m}`), error: () => undefined };
    const watch = watchTelegramConnection(logger);
    const ok = async () => ({ ok: true as const, result: [] });
    const down = async (): Promise<never> => {
      throw new HttpError("Network request for 'getUpdates' failed!", new Error("ECONNRESET"));
    };
    const poll = (prev: () => Promise<{ ok: true; result: never[] }>, signal?: AbortSignal) => watch(prev as never, "getUpdates", { timeout: 30 }, signal as never).catch(() => undefined);
    await poll(ok);
    for (let i = 0; i < 5; i++) await poll(down);
    await poll(ok);
    await poll(ok);
    const aborted = new AbortController();
    aborted.abort();
    await poll(down, aborted.signal);
    // sends are the outbox's to log
    await watch(down as never, "sendMessage", { chat_id: 1, text: "x" }).catch(() => undefined);
    expect(lines).toEqual(["warn Telegram unreachable; retrying until it is back", "info Telegram reachable again"]);
  });
});
