import type { Update, UserFromGetMe } from "grammy/types";
import { createTelegramBot, createTelegramChannel } from "../../src/channels/telegram/telegram-channel.ts";
import { createTelegramSender } from "../../src/channels/telegram/telegram-sender.ts";
import { loadConfig } from "../../src/config.ts";
import { DEMO_ORG } from "../../src/admin/demo-org.ts";
import { buildEngine, commandMenus, ensureCurrentPeriod, openApp, type App } from "../../src/main.ts";

export const BOT_INFO: UserFromGetMe = {
  id: 4242,
  is_bot: true,
  first_name: "Bontot",
  username: "bontot_test_bot",
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
} as UserFromGetMe;

export const TOKEN = "4242:TEST_TOKEN_abcdefghijklmnopqrstuvwxyz";

export interface ApiCall {
  readonly method: string;
  readonly payload: Record<string, unknown>;
  /** The id the fake API gave a sent message. */
  readonly messageId?: number;
}

/**
 * The real Telegram channel, sender, engine and storage, with the Bot API replaced by a capturing
 * transformer (installed first, so it is the innermost) and updates fed through bot.handleUpdate.
 */
export async function telegramHarness(dbPath: string, env: Record<string, string> = {}) {
  const app: App = await openApp(loadConfig({ BONTOT_DB_PATH: dbPath, LOG_LEVEL: "silent", ...env }));
  await ensureCurrentPeriod(app);
  await app.stores.org.createUnits(DEMO_ORG);
  const bot = createTelegramBot({ token: TOKEN, botInfo: BOT_INFO });
  const calls: ApiCall[] = [];
  const failures = new Map<string, { error_code: number; description: string; parameters?: { retry_after: number } }>();
  let nextMessageId = 100;
  bot.api.config.use(async (_prev, method, payload) => {
    const body = payload as unknown as Record<string, unknown>;
    const failure = failures.get(method);
    if (failure) {
      failures.delete(method);
      calls.push({ method, payload: body });
      return { ok: false, ...failure } as never;
    }
    if (method === "sendPhoto") {
      const messageId = nextMessageId++;
      calls.push({ method, payload: body, messageId });
      return { ok: true, result: { message_id: messageId, date: 0, chat: { id: Number(body["chat_id"]), type: "supergroup" }, photo: [] } } as never;
    }
    if (method !== "sendMessage") {
      calls.push({ method, payload: body });
      return { ok: true, result: true } as never;
    }
    const messageId = nextMessageId++;
    calls.push({ method, payload: body, messageId });
    return { ok: true, result: { message_id: messageId, date: 0, chat: { id: Number(body["chat_id"]), type: "private" }, text: body["text"] } } as never;
  });
  const sender = createTelegramSender(bot.api, { perSecond: 1000, chatIntervalMs: 0, groupPerMinute: 1000 }, app.logger);
  const { engine, outbox } = buildEngine(app, [sender]);
  const channel = createTelegramChannel({ bot, engine, logger: app.logger, menus: commandMenus(app.translator) });
  let updateId = 1;

  const user = (id: number, chat: { id: number; type: "private" | "group" | "supergroup"; title?: string } = { id, type: "private" }) => {
    const from = { id, is_bot: false, first_name: "Ann", language_code: "vi" };
    const chatObject = chat.type === "private" ? { id: chat.id, type: "private" as const, first_name: "Ann" } : { id: chat.id, type: chat.type, title: chat.title ?? "Nhóm" };
    return {
      /** Sends text (commands get their bot_command entity) and returns the update that was handled. */
      async says(text: string, options: { updateId?: number } = {}): Promise<Update> {
        const command = /^\/\S+/.exec(text)?.[0];
        const update = {
          update_id: options.updateId ?? updateId++,
          message: {
            message_id: updateId,
            date: 0,
            chat: chatObject,
            from,
            text,
            ...(command ? { entities: [{ type: "bot_command" as const, offset: 0, length: command.length }] } : {}),
          },
        } as Update;
        await bot.handleUpdate(update);
        await outbox.drain();
        return update;
      },
      async taps(data: string, messageId: number): Promise<void> {
        await bot.handleUpdate({
          update_id: updateId++,
          callback_query: { id: `cq${updateId}`, from, chat_instance: "x", data, message: { message_id: messageId, date: 0, chat: chatObject, text: "…" } },
        } as Update);
        await outbox.drain();
      },
    };
  };

  return {
    app,
    bot,
    channel,
    calls,
    failures,
    user,
    /** sendMessage calls since the last take. */
    sent(): { chatId: string; text: string; buttons: string[][]; data: string[]; messageId: number }[] {
      const sends = calls.filter((c) => c.method === "sendMessage");
      return sends.map((c) => {
        const keyboard = (c.payload["reply_markup"] as { inline_keyboard?: { text: string; callback_data: string }[][] } | undefined)?.inline_keyboard ?? [];
        return {
          chatId: String(c.payload["chat_id"]),
          text: String(c.payload["text"]),
          buttons: keyboard.map((row) => row.map((b) => b.text)),
          data: keyboard.flat().map((b) => b.callback_data),
          messageId: c.messageId ?? 0,
        };
      });
    },
    clear(): void {
      calls.length = 0;
    },
    async close(): Promise<void> {
      await outbox.stop();
      await app.close();
    },
  };
}
