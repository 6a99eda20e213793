import { describe, expect, it, type TestContext } from "vitest";
import { ensureCurrentPeriod, openApp } from "../../../src/app/open-app.ts";
import { loadConfig } from "../../../src/config.ts";
import { runPlatforms } from "../../../src/main.ts";
import { startBotApiStub } from "../../support/bot-api-stub.ts";
import { dbRows } from "../../support/db-rows.ts";
import { tempDbPath } from "../../support/temp-db.ts";

const TOKEN = "777:WEBHOOK_TEST_TOKEN_abcdefghijklmnopqrstuvwxyz";
const SECRET = "s3cret-token-for-the-webhook_0123456789";
const PATH = "/telegram/updates";

/** The bot in webhook mode (grammY's webhookCallback on node:http) against a Bot API stub. */
async function webhookBot(test: TestContext, dbPath: string) {
  const stub = await startBotApiStub();
  const app = await openApp(
    loadConfig({
      BONTOT_DB_PATH: dbPath,
      LOG_LEVEL: "silent",
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: stub.apiRoot,
      TELEGRAM_WEBHOOK_URL: `http://127.0.0.1:8443${PATH}`,
      TELEGRAM_WEBHOOK_SECRET: SECRET,
      TELEGRAM_WEBHOOK_PORT: "0",
      TELEGRAM_WEBHOOK_HOST: "127.0.0.1",
      TELEGRAM_CHAT_INTERVAL_MS: "1",
    }),
  );
  await ensureCurrentPeriod(app);
  const running = await runPlatforms(app, { telegram: { token: TOKEN } });
  test.onTestFinished(async () => {
    await running.stop();
    await app.close();
    await stub.close();
  });
  const post = (body: string, headers: Record<string, string> = {}, path = PATH) =>
    fetch(`http://127.0.0.1:${running.webhookPort ?? 0}${path}`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
  const sent = () => stub.requests.filter((r) => r.method === "sendMessage");
  return { app, stub, post, sent };
}

const update = (updateId: number, text: string) =>
  JSON.stringify({
    update_id: updateId,
    message: { message_id: updateId, date: Math.floor(Date.now() / 1000), chat: { id: 501, type: "private", first_name: "Ann" }, from: { id: 501, is_bot: false, first_name: "Ann" }, text },
  });

const until = async (condition: () => boolean): Promise<void> => {
  const deadline = Date.now() + 5_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

describe("Telegram webhook mode", () => {
  const dbPath = tempDbPath();

  it("registers the webhook with its secret token and answers an update that carries it", async (test) => {
    const bot = await webhookBot(test, dbPath);
    const setWebhook = bot.stub.requests.find((r) => r.method === "setWebhook");
    expect(setWebhook?.payload).toMatchObject({ url: `http://127.0.0.1:8443${PATH}`, secret_token: SECRET });
    // Long polling is never started in webhook mode: it would take the updates from the webhook.
    expect(bot.stub.calls).not.toContain("getUpdates");

    const response = await bot.post(update(1, "xin chào"), { "X-Telegram-Bot-Api-Secret-Token": SECRET });
    expect(response.status).toBe(200);
    await until(() => bot.sent().length === 1);
    // A stranger is told how to join: the message went through the engine.
    expect(String(bot.sent()[0]?.payload["text"])).toContain("mã mời");
    expect(dbRows(bot.app).count("SELECT COUNT(*) AS n FROM inbound_messages")).toBe(1);
  });

  it("refuses an update without the secret token, or with a wrong one, and handles nothing", async (test) => {
    const bot = await webhookBot(test, dbPath);
    expect((await bot.post(update(2, "xin chào"))).status).toBe(401);
    expect((await bot.post(update(3, "xin chào"), { "X-Telegram-Bot-Api-Secret-Token": "wrong-token-0123456789" })).status).toBe(401);
    // Not the webhook's path, or not a POST: nothing there.
    expect((await bot.post(update(4, "xin chào"), { "X-Telegram-Bot-Api-Secret-Token": SECRET }, "/other")).status).toBe(404);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(bot.sent()).toEqual([]);
    expect(dbRows(bot.app).count("SELECT COUNT(*) AS n FROM inbound_messages")).toBe(0);
  });

  it("answers a body that is no update with 400, and a re-sent update is handled once", async (test) => {
    const bot = await webhookBot(test, dbPath);
    const headers = { "X-Telegram-Bot-Api-Secret-Token": SECRET };
    expect((await bot.post("{not json", headers)).status).toBe(400);
    expect((await bot.post(update(5, "/help"), headers)).status).toBe(200);
    // Telegram sends an update again when it did not get its 200 in time.
    expect((await bot.post(update(5, "/help"), headers)).status).toBe(200);
    await until(() => bot.sent().length >= 1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(bot.sent()).toHaveLength(1);
  });
});
