import { CloseReason, ThreadType, type Message } from "zca-js";
import type { Engine } from "../../engine/handle-message.ts";
import type { LoggerPort } from "../../engine/logger-port.ts";
import { toIncomingMessage } from "./to-incoming-message.ts";
import type { ZaloApi } from "./zalo-api.ts";

export interface ZaloChannelOptions {
  readonly engine: Engine;
  readonly logger: LoggerPort;
  /** Logs in with the stored credentials; rejects when Zalo no longer accepts them. */
  readonly login: () => Promise<ZaloApi>;
  /** Stores the refreshed session cookies. */
  readonly saveCookies: (api: ZaloApi) => void;
  /** Tells admins (on another channel) and the log why Zalo stopped, e.g. a new QR scan is needed. */
  readonly reportProblem: (problem: "session-expired" | "duplicate-connection" | "login-failed") => void;
  readonly backoff?: { readonly baseMs: number; readonly maxMs: number };
  /** Reconnect attempts before logging in again from the stored credentials. */
  readonly reconnectsBeforeRelogin?: number;
  readonly cookieSaveIntervalMs?: number;
  readonly random?: () => number;
}

export interface ZaloChannel {
  start(): Promise<void>;
  stop(): Promise<void>;
  /** The live API, or undefined while disconnected (the sender then retries later). */
  api(): ZaloApi | undefined;
  /** Whether this chat wrote to the bot since it started (a reply to a stranger is allowed). */
  recentlyContacted(chatId: string): boolean;
}

/** Chats remembered as having written first; older ones are known from the database anyway. */
const RECENT_CONTACTS = 10_000;

/**
 * Listens to the bot's personal Zalo account. The listener drops often (close code 1006 every
 * few minutes on recent Zalo servers); every drop is answered by reconnecting with capped
 * exponential backoff and jitter, then asking for the messages missed meanwhile. Duplicates
 * (a message seen live and again in the catch-up) are dropped by the engine's update ids.
 */
export function createZaloChannel(options: ZaloChannelOptions): ZaloChannel {
  const backoff = options.backoff ?? { baseMs: 2_000, maxMs: 5 * 60_000 };
  const random = options.random ?? Math.random;
  let api: ZaloApi | undefined;
  let stopped = false;
  let attempts = 0;
  let reconnectTimer: NodeJS.Timeout | undefined;
  let cookieTimer: NodeJS.Timeout | undefined;
  const lastMessageId = new Map<ThreadType, string>();
  const recent = new Set<string>();
  let reported = false;

  const report = (problem: Parameters<ZaloChannelOptions["reportProblem"]>[0]): void => {
    // Once per outage: admins hear about it, they are not flooded by every retry.
    if (reported) return;
    reported = true;
    options.reportProblem(problem);
  };

  async function handle(message: Message): Promise<void> {
    if (!message.isSelf) lastMessageId.set(message.type, message.data.msgId);
    const incoming = toIncomingMessage(message, new Date());
    if (!incoming) return;
    if (recent.size >= RECENT_CONTACTS) recent.clear();
    recent.add(incoming.chatId);
    await options.engine.handle(incoming);
  }

  function attach(current: ZaloApi): void {
    const { listener } = current;
    listener.on("message", (message) => void handle(message));
    listener.on("old_messages", (messages) => void (async () => {
      for (const message of messages) await handle(message);
    })());
    listener.on("connected", () => {
      attempts = 0;
      reported = false;
      options.logger.info({}, "zalo listener connected");
      // Ask for what arrived while the socket was down.
      for (const type of [ThreadType.User, ThreadType.Group]) listener.requestOldMessages(type, lastMessageId.get(type) ?? null);
    });
    const onDrop = (code: CloseReason, reason: string): void => {
      if (stopped) return;
      if (code === CloseReason.DuplicateConnection || code === CloseReason.KickConnection) {
        options.logger.error({ code }, "zalo closed the bot's session: the account was opened in Zalo Web elsewhere");
        report("duplicate-connection");
        return;
      }
      options.logger.warn({ code, reason }, "zalo listener dropped; reconnecting");
      scheduleReconnect();
    };
    listener.on("closed", onDrop);
    listener.on("disconnected", onDrop);
    listener.on("error", (error) => options.logger.warn({ err: error }, "zalo listener error"));
  }

  function scheduleReconnect(): void {
    if (stopped || reconnectTimer) return;
    attempts++;
    const exponential = Math.min(backoff.maxMs, backoff.baseMs * 2 ** (attempts - 1));
    const delay = exponential / 2 + random() * (exponential / 2);
    reconnectTimer = setTimeout(() => {
      reconnectTimer = undefined;
      void reconnect();
    }, delay);
  }

  async function reconnect(): Promise<void> {
    if (stopped) return;
    try {
      if (attempts > (options.reconnectsBeforeRelogin ?? 3) || !api) {
        api?.listener.stop();
        api = undefined;
        const fresh = await options.login();
        api = fresh;
        attach(fresh);
      } else {
        api.listener.stop();
      }
      api.listener.start({ retryOnClose: true });
    } catch (error) {
      options.logger.error({ err: error }, "zalo login was rejected; a new QR scan is needed");
      api = undefined;
      report("session-expired");
      scheduleReconnect();
    }
  }

  return {
    async start() {
      try {
        api = await options.login();
      } catch (error) {
        options.logger.error({ err: error }, "zalo login failed");
        report("login-failed");
        return;
      }
      attach(api);
      api.listener.start({ retryOnClose: true });
      // Zalo refreshes cookies on use; keeping the saved copy fresh lets a restart log in again.
      cookieTimer = setInterval(() => {
        if (api) options.saveCookies(api);
      }, options.cookieSaveIntervalMs ?? 10 * 60_000);
    },
    async stop() {
      stopped = true;
      if (reconnectTimer) clearTimeout(reconnectTimer);
      if (cookieTimer) clearInterval(cookieTimer);
      if (api) {
        options.saveCookies(api);
        api.listener.stop();
      }
      api = undefined;
    },
    api: () => api,
    recentlyContacted: (chatId) => recent.has(chatId),
  };
}
