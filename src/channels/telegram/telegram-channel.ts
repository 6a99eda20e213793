import { Bot, type Context } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import type { Engine } from "../../engine/handle-message.ts";
import type { LoggerPort } from "../../engine/logger-port.ts";
import { setCommandMenus, type CommandMenu } from "./command-menu.ts";
import { toIncomingMessage } from "./to-incoming-message.ts";

export interface TelegramBotOptions {
  readonly token: string;
  readonly apiRoot?: string;
  /** Known bot identity (skips getMe; used by tests). */
  readonly botInfo?: UserFromGetMe;
}

export interface TelegramChannelOptions {
  readonly bot: Bot;
  readonly engine: Engine;
  readonly logger: LoggerPort;
  readonly menus: readonly CommandMenu[];
}

export interface TelegramChannel {
  readonly bot: Bot;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** Servers that answer getUpdates at once (local Bot API servers, test servers) get a pause between empty polls. */
const EMPTY_POLL_PAUSE_MS = 100;

/** The grammY bot whose API the sender uses and whose updates the channel handles. */
export function createTelegramBot(options: TelegramBotOptions): Bot {
  const bot = new Bot(options.token, {
    ...(options.botInfo ? { botInfo: options.botInfo } : {}),
    ...(options.apiRoot ? { client: { apiRoot: options.apiRoot } } : {}),
  });
  bot.api.config.use(async (prev, method, payload, signal) => {
    const result = await prev(method, payload, signal);
    if (method === "getUpdates" && result.ok && Array.isArray(result.result) && result.result.length === 0) {
      await new Promise((resolve) => setTimeout(resolve, EMPTY_POLL_PAUSE_MS));
    }
    return result;
  });
  return bot;
}

/**
 * Telegram through grammY, long polling. Updates are handled one at a time in order; a
 * re-delivered update (same update_id after a crash) is recognised by the engine and skipped.
 */
export function createTelegramChannel(options: TelegramChannelOptions): TelegramChannel {
  const { bot } = options;

  const handled = bot.errorBoundary((error) => options.logger.error({ err: error.error, update: error.ctx.update.update_id }, "telegram update failed"));

  handled.on("message:text", async (ctx) => {
    if (isForAnotherBot(ctx)) return;
    const message = toIncomingMessage(ctx);
    if (message) await options.engine.handle(message);
  });

  handled.on("callback_query:data", async (ctx) => {
    const message = toIncomingMessage(ctx);
    // Forged or malformed button data: answer the tap so the spinner stops, change nothing.
    const result = message ? await options.engine.handle(message) : {};
    await ctx.answerCallbackQuery(result.ack ? { text: result.ack } : undefined).catch((error: unknown) => {
      options.logger.debug({ err: error }, "callback answer failed (query too old?)");
    });
  });

  let polling: Promise<void> | undefined;
  return {
    bot,
    async start() {
      options.logger.info({}, "connecting to Telegram (getMe)…");
      await bot.init();
      await setCommandMenus(bot.api, options.menus, options.logger);
      await new Promise<void>((resolve, reject) => {
        polling = bot.start({ allowed_updates: ["message", "callback_query"], onStart: () => resolve() }).catch((error: unknown) => {
          options.logger.error({ err: error }, "telegram polling stopped");
          reject(error instanceof Error ? error : new Error(String(error)));
        });
      });
      options.logger.info({ username: bot.botInfo.username }, "telegram bot started");
    },
    async stop() {
      // Telegram may be unreachable while stopping; the offset is then confirmed on the next start.
      if (bot.isRunning()) await bot.stop().catch((error: unknown) => options.logger.warn({ err: error }, "telegram did not confirm the stop"));
      await polling?.catch(() => undefined);
    },
  };
}

/** "/status@other_bot" in a group is meant for another bot. */
function isForAnotherBot(ctx: Context): boolean {
  const mention = /^\/[A-Za-z0-9_]+@([A-Za-z0-9_]+)/.exec(ctx.message?.text ?? "")?.[1];
  return mention !== undefined && mention.toLowerCase() !== ctx.me.username.toLowerCase();
}
