import { answerTap } from "./answer-tap.ts";
import { Bot, type Context } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import type { Engine } from "../../engine/handle-message.ts";
import type { LoggerPort } from "../../engine/logger-port.ts";
import { isAnonymousAdminCommand } from "./anonymous-admin.ts";
import { chatChangeOf } from "./chat-change.ts";
import { setCommandMenus, type CommandMenu } from "./command-menu.ts";
import { telegramStopped, type TelegramStopped } from "./polling-stopped.ts";
import { toIncomingMessage } from "./to-incoming-message.ts";
import { watchTelegramConnection } from "./watch-telegram-connection.ts";

/**
 * The part of `fetch` grammY uses: `fetch(url, options).then((res) => res.json())`
 * (node_modules/grammy/out/core/client.js:49-50).
 */
export type BotApiFetch = (
  url: string,
  init: { readonly body?: unknown; readonly headers?: Readonly<Record<string, string>>; readonly signal?: { readonly aborted: boolean; addEventListener(type: "abort", listener: () => void): void } },
) => Promise<{ json(): Promise<unknown> }>;

export interface TelegramBotOptions {
  readonly token: string;
  readonly apiRoot?: string;
  /** Known bot identity (skips getMe; used by tests). */
  readonly botInfo?: UserFromGetMe;
  /** Another HTTP client for the Bot API (tests answer calls without a network). */
  readonly fetch?: BotApiFetch;
}

/** What the bot learns about a group chat that is not a message to answer. */
export interface TelegramChatEvents {
  /** A group became a supergroup: whatever belongs to `from` now belongs to `to`. */
  moved(from: string, to: string): Promise<void>;
  /** The bot was removed from a group: nothing sent there can arrive any more. */
  removed(chatId: string, reason: string): Promise<void>;
  /** Tells a chat something the engine cannot decide (it cannot tell who wrote): a locale key, once per update. */
  notice(chatId: string, key: string, updateId: number): Promise<void>;
}

export interface TelegramChannelOptions {
  readonly bot: Bot;
  readonly engine: Engine;
  readonly logger: LoggerPort;
  readonly menus: readonly CommandMenu[];
  readonly chats?: TelegramChatEvents;
}

export interface TelegramChannel {
  readonly bot: Bot;
  /**
   * Settles when polling ended on its own (token revoked, another instance polling): the bot
   * reads nothing any more and should stop. Never settles after `stop()`.
   */
  readonly stopped: Promise<TelegramStopped>;
  /** Checks the token (getMe) and sets the command menus; `start` does it too. */
  connect(): Promise<void>;
  /** Long polling, until `stop`; may be started again after it (an instance becoming active again). */
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** Servers that answer getUpdates at once (local Bot API servers, test servers) get a pause between empty polls. */
const EMPTY_POLL_PAUSE_MS = 100;

/** Update types the bot reads; Telegram sends nothing else (my_chat_member only when asked for). */
export const ALLOWED_UPDATES = ["message", "edited_message", "callback_query", "my_chat_member"] as const;

/** The grammY bot whose API the sender uses and whose updates the channel handles. */
export function createTelegramBot(options: TelegramBotOptions, logger?: LoggerPort): Bot {
  const bot = new Bot(options.token, {
    ...(options.botInfo ? { botInfo: options.botInfo } : {}),
    client: { ...(options.apiRoot ? { apiRoot: options.apiRoot } : {}), ...(options.fetch ? { fetch: options.fetch } : {}) },
  });
  bot.api.config.use(async (prev, method, payload, signal) => {
    const result = await prev(method, payload, signal);
    if (method === "getUpdates" && result.ok && Array.isArray(result.result) && result.result.length === 0) {
      await new Promise((resolve) => setTimeout(resolve, EMPTY_POLL_PAUSE_MS));
    }
    return result;
  });
  if (logger) bot.api.config.use(watchTelegramConnection(logger));
  return bot;
}

/**
 * Telegram through grammY, long polling. Updates are handled one at a time in order; a
 * re-delivered update (same update_id after a crash) is recognised by the engine and skipped.
 */
export function createTelegramChannel(options: TelegramChannelOptions): TelegramChannel {
  const { bot, logger } = options;

  const handled = bot.errorBoundary((error) => logger.error({ err: error.error, update: error.ctx.update.update_id }, "telegram update failed"));

  // Service messages and membership changes first: they are about the chat, not answers.
  handled.use(async (ctx, next) => {
    const change = chatChangeOf(ctx.update, ctx.me.id);
    if (!change) return next();
    if (change.kind === "moved") {
      logger.info({ from: change.from, to: change.to }, "telegram group became a supergroup");
      await options.chats?.moved(change.from, change.to);
    } else {
      logger.warn({ chat: change.chatId, reason: change.reason }, "bot removed from a telegram group");
      await options.chats?.removed(change.chatId, change.reason);
    }
  });

  handled.on("message:text", async (ctx) => {
    if (isForAnotherBot(ctx)) return;
    if (isAnonymousAdminCommand(ctx.message)) {
      await options.chats?.notice(String(ctx.chat.id), "bind-anonymous-admin", ctx.update.update_id);
      return;
    }
    const message = toIncomingMessage(ctx);
    if (message) await options.engine.handle(message);
  });

  // Anything else a person sends or edits: a private chat gets a hint, a group nothing.
  handled.on(["message", "edited_message"], async (ctx) => {
    const message = toIncomingMessage(ctx);
    if (message) await options.engine.handle(message);
  });

  handled.on("callback_query:data", async (ctx) => {
    const message = toIncomingMessage(ctx);
    // Forged or malformed button data: answer the tap so the spinner stops, change nothing.
    const result = message ? await options.engine.handle(message) : {};
    await answerTap(ctx, result.ack, logger);
  });

  let stopping = false;
  let reportStopped: (stopped: TelegramStopped) => void = () => undefined;
  const stopped = new Promise<TelegramStopped>((resolve) => {
    reportStopped = resolve;
  });
  let polling: Promise<void> | undefined;
  const connect = async (): Promise<void> => {
    logger.info({}, "connecting to Telegram (getMe)…");
    try {
      await bot.init();
    } catch (error) {
      const failure = telegramStopped(error);
      // A network failure at start is not worth a special line; a rejected token is.
      if (failure.why !== "failed") logger.error({ err: error, why: failure.why }, failure.message);
      throw failure;
    }
    await setCommandMenus(bot.api, options.menus, logger);
  };
  return {
    bot,
    stopped,
    connect,
    async start() {
      stopping = false;
      await connect();
      await new Promise<void>((resolve, reject) => {
        polling = bot.start({ allowed_updates: [...ALLOWED_UPDATES], onStart: () => resolve() }).then(
          () => {
            // bot.start resolves only when polling ended; without stop() that was not asked for.
            if (!stopping) reportStopped(telegramStopped(new Error("polling ended")));
          },
          (error: unknown) => {
            const failure = telegramStopped(error);
            logger.error({ err: error, why: failure.why }, failure.message);
            reject(failure);
            reportStopped(failure);
          },
        );
      });
      logger.info({ username: bot.botInfo.username }, "telegram bot started");
    },
    async stop() {
      stopping = true;
      // Telegram may be unreachable while stopping; the offset is then confirmed on the next start.
      if (bot.isRunning()) await bot.stop().catch((error: unknown) => logger.warn({ err: error }, "telegram did not confirm the stop"));
      await polling;
    },
  };
}

/** "/status@other_bot" in a group is meant for another bot. */
function isForAnotherBot(ctx: Context): boolean {
  const mention = /^\/[A-Za-z0-9_]+@([A-Za-z0-9_]+)/.exec(ctx.message?.text ?? "")?.[1];
  return mention !== undefined && mention.toLowerCase() !== ctx.me.username.toLowerCase();
}
