import { createServer } from "node:net";
import { TelegramServer } from "telegram-test-api/lib/telegramServer.js";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { inviteCodeFor } from "../../support/invite-code.ts";
import { DEMO_ORG } from "../../../src/app/demo-org.ts";
import { loadConfig } from "../../../src/config.ts";
import { runTelegram } from "../../../src/main.ts";
import { ensureCurrentPeriod, openApp, type App } from "../../../src/app/open-app.ts";
import { dbRows } from "../../support/db-rows.ts";
import { tempDbPath } from "../../support/temp-db.ts";

const TOKEN = "777:E2E_TEST_TOKEN_abcdefghijklmnopqrstuvwxyz";

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

interface BotMessage {
  messageId: number;
  message: { text: string; reply_markup?: { inline_keyboard: { text: string; callback_data: string }[][] } };
}

/** End to end through grammY's long polling against telegram-test-api, a local fake Bot API server. */
describe("Telegram end to end (telegram-test-api)", () => {
  const dbPath = tempDbPath();
  let server: TelegramServer;
  let app: App;
  let bot: { stop(): Promise<void> };

  beforeEach(async () => {
    server = new TelegramServer({ port: await freePort(), host: "127.0.0.1", storeTimeout: 60 });
    await server.start();
    const config = loadConfig({
      BONTOT_DB_PATH: dbPath,
      LOG_LEVEL: "silent",
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: server.config.apiURL,
      ADMIN_TELEGRAM_IDS: "900",
      TELEGRAM_CHAT_INTERVAL_MS: "1",
    });
    app = await openApp(config);
    await ensureCurrentPeriod(app);
    await app.stores.org.createUnits(DEMO_ORG, new Date());
    bot = await runTelegram(app, TOKEN);
  });

  afterEach(async () => {
    await bot.stop();
    await app.close();
    await server.stop();
  });

  /** The bot's next message to this client's chat. */
  async function next(client: ReturnType<TelegramServer["getClient"]>): Promise<BotMessage> {
    const { result } = (await client.getUpdates()) as unknown as { result: BotMessage[] };
    const last = result.at(-1);
    if (!last) throw new Error("no message from the bot");
    return last;
  }

  it("a secretary goes from the invite link to a submitted standing, by buttons and by typing", async () => {
    const now = new Date();
    const invite = await inviteCodeFor(app, "MK-PL1", { at: now });
    const client = server.getClient(TOKEN, { userId: 501, chatId: 501, firstName: "Ann", timeout: 5000 });

    await client.sendCommand(client.makeCommand(`/start ${invite}`));
    const welcome = await next(client);
    expect(welcome.message.text).toContain("Chào mừng đồng chí");
    const start = welcome.message.reply_markup?.inline_keyboard[0]?.[0];
    expect(start?.text).toBe("Bắt đầu báo cáo");

    await client.sendCallback(client.makeCallbackQuery(start?.callback_data ?? "", { message: { message_id: welcome.messageId } }));
    const first = await next(client);
    expect(first.message.text).toContain("Câu 1/16");
    const yes = first.message.reply_markup?.inline_keyboard.flat().find((b) => b.text === "Có");
    await client.sendCallback(client.makeCallbackQuery(yes?.callback_data ?? "", { message: { message_id: first.messageId } }));
    expect((await next(client)).message.text).toContain("Chi bộ sinh hoạt ngày nào?");

    const typed = ["hôm nay", "18 17 0", "120", "không", "1", "1", "5 5", "1", "2", "2", "18", "không", "100", "0", "2 1", "17"];
    for (const answer of typed) {
      await client.sendMessage(client.makeMessage(answer));
      await next(client);
    }
    await client.sendCommand(client.makeCommand("/skip"));
    const summary = await next(client);
    expect(summary.message.text).toContain("Tóm tắt báo cáo tháng");
    const submit = summary.message.reply_markup?.inline_keyboard.flat().find((b) => b.text === "Gửi báo cáo");
    await client.sendCallback(client.makeCallbackQuery(submit?.callback_data ?? "", { message: { message_id: summary.messageId } }));
    const receipt = await next(client);
    expect(receipt.message.text).toContain("✅ Đã gửi báo cáo tháng");
    expect(receipt.message.text).toContain("Tổng điểm: 100/100");

    const stored = dbRows(app).get("SELECT status, score, four_good FROM assessments WHERE unit_id = (SELECT id FROM units WHERE code = ?) ORDER BY id LIMIT 1", "MK-PL1");
    expect(stored).toMatchObject({ status: "submitted", score: 100, four_good: 1 });
  });

  it("an admin binds a group and /status answers there; a non-admin's /bind is refused", async () => {
    const admin = server.getClient(TOKEN, { userId: 900, chatId: -1001, type: "group", chatTitle: "BCĐ xã", firstName: "Admin", timeout: 5000 });
    await admin.sendCommand(admin.makeCommand("/bind MK"));
    expect((await next(admin)).message.text).toContain("Đã gắn nhóm này với Đảng ủy xã Mường Khương");

    const member = server.getClient(TOKEN, { userId: 901, chatId: -1002, type: "group", chatTitle: "Khác", firstName: "Bob", timeout: 5000 });
    await member.sendCommand(member.makeCommand("/bind MK"));
    expect((await next(member)).message.text).toBe("Chỉ quản trị viên mới dùng được lệnh này.");

    await admin.sendCommand(admin.makeCommand("/status"));
    expect((await next(admin)).message.text).toContain("Đã gửi: 0/5 chi bộ");
    expect(dbRows(app).count("SELECT COUNT(*) AS n FROM group_bindings")).toBe(1);
  });
});
