import { CloseReason, ThreadType, type Message } from "zca-js";
import type { Engine } from "../../engine/handle-message.ts";
import type { LoggerPort } from "../../engine/logger-port.ts";
import { classifyZaloLoginError } from "./classify-zalo-login-error.ts";
import { toIncomingMessage } from "./to-incoming-message.ts";
import { watchZaloCalls } from "./watch-zalo-calls.ts";
import type { ZaloApi } from "./zalo-api.ts";
import { isSessionEnded } from "./zalo-errors.ts";

/** What admins hear about (on another channel); each once until the listener is connected again. */
export type ZaloProblem = "session-expired" | "duplicate-connection" | "login-failed" | "unreachable";

export interface ZaloChannelOptions {
  readonly engine: Engine;
  readonly logger: LoggerPort;
  /** Logs in with the stored credentials; rejects when Zalo refuses them or cannot be reached. */
  readonly login: () => Promise<ZaloApi>;
  /** Stores the session's current cookies. */
  readonly saveCookies: (api: ZaloApi) => void;
  readonly reportProblem: (problem: ZaloProblem) => void;
  readonly backoff?: { readonly baseMs: number; readonly maxMs: number };
  /** Failed reconnects in a row before logging in again from the stored credentials. */
  readonly reconnectsBeforeRelogin?: number;
  /** Failed attempts in a row (reconnects or logins) before admins hear that Zalo cannot be reached. */
  readonly unreachableAfter?: number;
  /** How often a light call keeps a quiet session alive (Zalo refreshes cookies only on use). */
  readonly keepAliveIntervalMs?: number;
  /** Longest wait for a stopped socket to close before another one opens. */
  readonly closeTimeoutMs?: number;
  readonly random?: () => number;
}

export interface ZaloChannel {
  start(): Promise<void>;
  stop(): Promise<void>;
  /** The live API, or undefined while logged out (the sender then retries later). */
  api(): ZaloApi | undefined;
  /** Whether this chat wrote to the bot since it started (a reply to a stranger is allowed). */
  recentlyContacted(chatId: string): boolean;
}

/** Chats remembered as having written first; older ones are known from the database anyway. */
const RECENT_CONTACTS = 10_000;
/** A socket that stayed up this long was a success: the next drop starts the backoff afresh. */
const STABLE_AFTER_MS = 30_000;
/** A second "session ended" this soon after logging in again for one means the stored session is dead too. */
const REVIVAL_WINDOW_MS = 10 * 60_000;

/** One logged-in session and the state of its listener's single socket. */
interface Session {
  readonly api: ZaloApi;
  /** The sender's view: every failed call is also reported to the channel. */
  readonly watched: ZaloApi;
  /** start() succeeded and no `closed` came since: the library holds a socket (zca-js dist/apis/listen.js:99-118). */
  open: boolean;
  /**
   * stop() was called. Its `closed` is no drop, and the listener is never started again: the
   * old socket's close would reset the listener and orphan the new socket (listen.js:123-124,
   * 363-367), leaving two sockets that Zalo answers with close code 3000.
   */
  retired: boolean;
  connectedAt?: number;
  onClosed?: () => void;
}

/**
 * Listens to the bot's personal Zalo account with one reconnect mechanism, the channel's own:
 * zca-js's `retryOnClose` stays off, since its timer would start the listener behind the
 * channel's back ("Already started" thrown in a timer ends the process, listen.js:99-100 and
 * 132-134). A drop (`closed`) is answered after a capped exponential backoff with jitter; after
 * repeated failures, or when Zalo says the session ended (error 600), the channel logs in again
 * from the stored session, closing the old socket first. Missed messages are asked for on every
 * connect; duplicates are dropped by the engine's update ids.
 */
export function createZaloChannel(options: ZaloChannelOptions): ZaloChannel {
  const backoff = options.backoff ?? { baseMs: 2_000, maxMs: 5 * 60_000 };
  const random = options.random ?? Math.random;
  const reconnectsBeforeRelogin = options.reconnectsBeforeRelogin ?? 3;
  const unreachableAfter = options.unreachableAfter ?? 8;
  const closeTimeoutMs = options.closeTimeoutMs ?? 10_000;
  const log = options.logger;
  let session: Session | undefined;
  let stopped = false;
  let everLoggedIn = false;
  let failures = 0;
  let loggingIn: Promise<void> | undefined;
  let revivedAt: number | undefined;
  let retryTimer: NodeJS.Timeout | undefined;
  let keepAliveTimer: NodeJS.Timeout | undefined;
  const reported = new Set<ZaloProblem>();
  const lastMessageId = new Map<ThreadType, string>();
  const recent = new Set<string>();

  function report(problem: ZaloProblem): void {
    // Once per outage: admins hear about it, they are not flooded by every retry.
    if (reported.has(problem)) return;
    reported.add(problem);
    try {
      options.reportProblem(problem);
    } catch (error) {
      log.error({ err: error, problem }, "could not report a zalo problem");
    }
  }

  function save(api: ZaloApi): void {
    try {
      options.saveCookies(api);
    } catch (error) {
      log.error({ err: error }, "could not save the zalo cookies");
    }
  }

  async function handle(messages: readonly Message[]): Promise<void> {
    for (const message of messages) {
      try {
        if (!message.isSelf) lastMessageId.set(message.type, message.data.msgId);
        const incoming = toIncomingMessage(message, new Date());
        if (!incoming) continue;
        if (recent.size >= RECENT_CONTACTS) recent.clear();
        recent.add(incoming.chatId);
        await options.engine.handle(incoming);
      } catch (error) {
        log.error({ err: error }, "a zalo message could not be handled");
      }
    }
  }

  /** Listener callbacks run inside the socket's own event handlers, where a throw would end the process. */
  function guarded<A extends unknown[]>(event: string, handler: (...args: A) => void): (...args: A) => void {
    return (...args) => {
      try {
        handler(...args);
      } catch (error) {
        log.error({ err: error, event }, "a zalo listener handler failed");
      }
    };
  }

  function attach(current: Session): void {
    const { listener } = current.api;
    const live = (): boolean => current === session && !stopped;
    listener.on("message", guarded("message", (message: Message) => void handle([message])));
    listener.on("old_messages", guarded("old_messages", (messages: Message[]) => void handle(messages)));
    listener.on(
      "connected",
      guarded("connected", () => {
        if (!live()) return;
        current.connectedAt = Date.now();
        reported.clear();
        log.info({}, "zalo listener connected");
        // Ask for what arrived while the socket was down.
        for (const type of [ThreadType.User, ThreadType.Group]) listener.requestOldMessages(type, lastMessageId.get(type) ?? null);
      }),
    );
    // `disconnected` precedes every `closed` (listen.js:125-138): reconnecting on both would open two sockets.
    listener.on(
      "closed",
      guarded("closed", (code: CloseReason, reason: string) => {
        const lasted = current.connectedAt === undefined ? 0 : Date.now() - current.connectedAt;
        current.open = false;
        current.connectedAt = undefined;
        if (current.retired) {
          current.onClosed?.();
          return;
        }
        if (!live()) return;
        if (code === CloseReason.DuplicateConnection || code === CloseReason.KickConnection) {
          log.error({ code }, "zalo closed the bot's session: the account was opened in Zalo Web elsewhere");
          report("duplicate-connection");
          return;
        }
        if (lasted >= STABLE_AFTER_MS) failures = 0;
        log.warn({ code, reason }, "zalo listener dropped; reconnecting");
        scheduleRetry();
      }),
    );
    // Without an `error` listener the library's emit("error") would throw (listen.js:141-144).
    listener.on("error", guarded("error", (error: unknown) => log.warn({ err: error }, "zalo listener error")));
  }

  function open(current: Session): void {
    if (current.open || current.retired) return;
    try {
      current.api.listener.start({ retryOnClose: false });
      current.open = true;
    } catch (error) {
      if (error instanceof Error && /already started/i.test(error.message)) {
        // The library still holds a socket; its `closed` will come.
        current.open = true;
        return;
      }
      log.warn({ err: error }, "zalo listener did not start");
      scheduleRetry();
    }
  }

  /** Stops the socket and waits for its close, so a new one never overlaps it. */
  async function retire(current: Session): Promise<void> {
    current.retired = true;
    const wasOpen = current.open;
    const closed = new Promise<void>((resolve) => {
      current.onClosed = resolve;
    });
    try {
      // Without a socket this does nothing (listen.js:363-368).
      current.api.listener.stop();
    } catch (error) {
      log.warn({ err: error }, "zalo listener did not stop");
      return;
    }
    if (!wasOpen) return;
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(true), closeTimeoutMs);
    });
    if (await Promise.race([closed.then(() => false), timedOut])) log.warn({}, "the old zalo socket did not confirm its close");
    clearTimeout(timer);
  }

  function scheduleRetry(): void {
    if (stopped || retryTimer) return;
    failures++;
    if (failures >= unreachableAfter) report("unreachable");
    const exponential = Math.min(backoff.maxMs, backoff.baseMs * 2 ** (failures - 1));
    const delay = exponential / 2 + random() * (exponential / 2);
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      void recover();
    }, delay);
  }

  async function recover(): Promise<void> {
    if (stopped) return;
    if (!session || failures > reconnectsBeforeRelogin) await logIn();
    else open(session);
  }

  /** Logs in (again) from the stored session; one login at a time. */
  function logIn(): Promise<void> {
    loggingIn ??= replaceSession().finally(() => {
      loggingIn = undefined;
    });
    return loggingIn;
  }

  async function replaceSession(): Promise<void> {
    const old = session;
    session = undefined;
    if (old) await retire(old);
    if (stopped) return;
    let api: ZaloApi;
    try {
      api = await options.login();
    } catch (error) {
      if (stopped) return;
      if (classifyZaloLoginError(error) === "rejected") {
        log.error({ err: error }, "zalo refused the stored session; a new QR scan is needed");
        // The same cookies would be refused again: wait for an admin instead of retrying.
        report(everLoggedIn ? "session-expired" : "login-failed");
        return;
      }
      log.warn({ err: error }, "zalo cannot be reached to log in; trying again");
      scheduleRetry();
      return;
    }
    if (stopped) return;
    everLoggedIn = true;
    const fresh: Session = { api, watched: watchZaloCalls(api, onCallFailed), open: false, retired: false };
    session = fresh;
    attach(fresh);
    // A restart comes back with the cookies of the latest login.
    save(api);
    open(fresh);
  }

  function onCallFailed(error: unknown): void {
    if (isSessionEnded(error)) sessionEnded(error);
  }

  /** Error 600: the HTTP session died while the socket may still run. */
  function sessionEnded(error: unknown): void {
    if (stopped || loggingIn || !session) return;
    const now = Date.now();
    if (revivedAt !== undefined && now - revivedAt < REVIVAL_WINDOW_MS) {
      // Logging in again did not revive it: the stored session is dead as well.
      log.error({ err: error }, "the zalo session ended again right after logging in again; a new QR scan is needed");
      report("session-expired");
      return;
    }
    revivedAt = now;
    log.warn({ err: error }, "the zalo session ended; logging in again from the stored session");
    void logIn();
  }

  async function keepAlive(): Promise<void> {
    const current = session;
    if (!current || loggingIn || stopped) return;
    try {
      await current.api.keepAlive();
    } catch (error) {
      if (isSessionEnded(error)) sessionEnded(error);
      else log.warn({ err: error }, "zalo keep-alive failed");
      return;
    }
    // zca-js stores the cookies Zalo set on the call (dist/utils.js:266-289): keep the file in step.
    if (current === session) save(current.api);
  }

  return {
    async start() {
      keepAliveTimer = setInterval(() => void keepAlive(), options.keepAliveIntervalMs ?? 15 * 60_000);
      // A failed first login is retried in the background: Telegram and the console go on meanwhile.
      await logIn();
    },
    async stop() {
      stopped = true;
      clearTimeout(retryTimer);
      clearInterval(keepAliveTimer);
      const current = session;
      session = undefined;
      if (current) {
        save(current.api);
        await retire(current);
      }
    },
    api: () => session?.watched,
    recentlyContacted: (chatId) => recent.has(chatId),
  };
}
