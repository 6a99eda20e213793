import { EventEmitter } from "node:events";
import type { API, LoginQRCallback, ThreadType } from "zca-js";
import { GroupMessage, LoginQRCallbackEventType, UserMessage, ZaloApiError, ZaloApiLoginQRAborted, type TGroupMessage, type TMessage } from "zca-js";
import type { ZaloApi } from "../../src/channels/zalo/zalo-api.ts";

/**
 * Fakes of zca-js 2.2.0 that behave like it where the bot depends on it. Each behaviour names the
 * line of node_modules/zca-js/dist it copies; when zca-js is upgraded, re-read those lines.
 */

export const BOT_UID = "9000";

/** One websocket as Zalo's server sees it: open from the upgrade request until its close arrives. */
interface FakeSocket {
  closing: boolean;
  readonly onopen: () => void;
  readonly onclose: (code: number, reason: string) => void;
  readonly onerror: (error: unknown) => void;
}

/** Zalo's side of every socket of the bot's account, across logins. */
export class FakeZaloServer {
  private readonly sockets = new Set<FakeSocket>();
  /** Most sockets open at one time. */
  maxOpen = 0;
  /** False: new sockets fail to connect, as without network. */
  reachable = true;
  /**
   * Close codes Zalo's settings list as retryable, with the library's wait for each
   * (ctx.settings.features.socket.close_and_retry_codes and .retries, read at
   * zca-js dist/apis/listen.js:32-39, 73-83).
   */
  retryable: Readonly<Record<number, { readonly max: number; readonly times: readonly number[] }>> = {};

  get openSockets(): number {
    return this.sockets.size;
  }

  connect(socket: Omit<FakeSocket, "closing">): FakeSocket {
    const created: FakeSocket = { ...socket, closing: false };
    this.sockets.add(created);
    this.maxOpen = Math.max(this.maxOpen, this.sockets.size);
    // The handshake completes after start() returns.
    queueMicrotask(() => {
      if (created.closing) return;
      if (!this.reachable) {
        // ws reports a failed connect as an error, then a close 1006 (zca-js dist/apis/listen.js:141-144, 123).
        created.onerror(Object.assign(new Error("getaddrinfo ENOTFOUND ws1-msg.chat.zalo.me"), { code: "ENOTFOUND" }));
        this.close(created, 1006, "");
        return;
      }
      created.onopen();
      // Zalo keeps one socket per session: the older one gets cmd 3000 and closes itself with
      // code 3000, DuplicateConnection (zca-js dist/apis/listen.js:349-355).
      for (const other of this.sockets) if (other !== created) this.close(other, 3000, "");
    });
    return created;
  }

  /** Closes a socket; its close event arrives asynchronously, as a real close handshake's. */
  close(socket: FakeSocket, code: number, reason: string): void {
    if (socket.closing) return;
    socket.closing = true;
    queueMicrotask(() => {
      this.sockets.delete(socket);
      socket.onclose(code, reason);
    });
  }

  /** The server drops every open socket (Zalo closes them with 1006 every few minutes). */
  dropAll(code = 1006, reason = ""): void {
    for (const socket of this.sockets) this.close(socket, code, reason);
  }
}

/** zca-js's Listener (dist/apis/listen.js), down to its socket handling. */
export class FakeListener extends EventEmitter {
  starts = 0;
  stops = 0;
  readonly oldRequests: { type: ThreadType; lastMsgId: string | null | undefined }[] = [];
  // zca-js dist/apis/listen.js:43
  private ws: FakeSocket | null = null;
  private readonly retryCount = new Map<number, number>();
  private readonly server: FakeZaloServer;

  constructor(server: FakeZaloServer) {
    super();
    this.server = server;
  }

  start({ retryOnClose = false }: { retryOnClose?: boolean } = {}): void {
    // zca-js dist/apis/listen.js:99-100
    if (this.ws) throw new ZaloApiError("Already started");
    this.starts++;
    // zca-js dist/apis/listen.js:118
    this.ws = this.server.connect({
      // zca-js dist/apis/listen.js:119-122
      onopen: () => this.emit("connected"),
      onclose: (code, reason) => {
        // zca-js dist/apis/listen.js:124 (reset, 413-418): whatever socket the listener holds now is forgotten, even a newer one.
        this.ws = null;
        // zca-js dist/apis/listen.js:125
        this.emit("disconnected", code, reason);
        // zca-js dist/apis/listen.js:126-134: the library's own retry, from a timer; a throw there is uncaught.
        const retry = retryOnClose && this.canRetry(code);
        if (retry !== false) setTimeout(() => this.start({ retryOnClose: true }), retry);
        // zca-js dist/apis/listen.js:136-138
        else this.emit("closed", code, reason);
      },
      // zca-js dist/apis/listen.js:141-144: emit("error") throws when nobody listens.
      onerror: (error) => this.emit("error", error),
    });
  }

  stop(): void {
    this.stops++;
    // zca-js dist/apis/listen.js:363-368: close with 1000, forget the socket at once; its close event comes later.
    if (this.ws) {
      this.server.close(this.ws, 1000, "");
      this.ws = null;
    }
  }

  /** The server drops this listener's socket. */
  drop(code = 1006, reason = ""): void {
    if (this.ws) this.server.close(this.ws, code, reason);
  }

  requestOldMessages(type: ThreadType, lastMsgId?: string | null): void {
    // zca-js dist/apis/listen.js:369-370, 390-398: sent on the socket, or nowhere without one.
    if (this.ws) this.oldRequests.push({ type, lastMsgId });
  }

  // zca-js dist/apis/listen.js:73-83
  private canRetry(code: number): number | false {
    const setting = this.server.retryable[code];
    if (!setting) return false;
    const count = this.retryCount.get(code) ?? 0;
    if (count >= setting.max) return false;
    this.retryCount.set(code, count + 1);
    return setting.times[Math.min(count, setting.times.length - 1)] ?? false;
  }
}

export interface SentZalo {
  readonly threadId: string;
  readonly type: ThreadType | undefined;
  readonly text: string;
  readonly attachments: unknown;
}

export interface FakeZaloApiOptions {
  readonly server?: FakeZaloServer;
  readonly failWith?: () => Error;
  readonly keepAliveFailsWith?: () => Error;
}

const IMAGE_EXTENSIONS = ["jpg", "jpeg", "png", "webp"];

/** A fake of exactly the API surface the channel uses, typed against zca-js's API. */
export function fakeZaloApi(options: FakeZaloApiOptions = {}) {
  const listener = new FakeListener(options.server ?? new FakeZaloServer());
  const sent: SentZalo[] = [];
  const state = { keepAlives: 0, cookieVersion: 0, failWith: options.failWith, keepAliveFailsWith: options.keepAliveFailsWith };
  let msgId = 5000;
  const sendMessage: ZaloApi["sendMessage"] = async (message, threadId, type) => {
    // zca-js dist/apis/sendMessage.js:411-424
    if (!message) throw new ZaloApiError("Missing message content");
    if (!threadId) throw new ZaloApiError("Missing threadId");
    if (state.failWith) throw state.failWith();
    const content = typeof message === "string" ? { msg: message } : message;
    const attachments = content.attachments === undefined ? [] : Array.isArray(content.attachments) ? content.attachments : [content.attachments];
    if (!content.msg && attachments.length === 0) throw new ZaloApiError("Missing message content");
    sent.push({ threadId, type, text: content.msg, attachments: content.attachments });
    if (attachments.length === 0) return { message: { msgId: msgId++ }, attachment: [] };
    // zca-js dist/apis/sendMessage.js:430-444: one picture carries the text as its caption, and the answer has no
    // `message`, only the attachment's id; other files go after the text, sent on its own.
    const first = attachments[0];
    const name = typeof first === "string" ? first : (first?.filename ?? "");
    const caption = attachments.length === 1 && IMAGE_EXTENSIONS.includes(name.split(".").pop()?.toLowerCase() ?? "");
    const textId = !caption && content.msg.length > 0 ? { msgId: msgId++ } : null;
    return { message: textId, attachment: attachments.map(() => ({ msgId: msgId++ })) };
  };
  const api: ZaloApi = {
    sendMessage,
    // The real Listener has private members, so no fake can match it structurally.
    listener: listener as unknown as ZaloApi["listener"],
    // zca-js dist/apis/getCookie.js:6-8 returns the live tough-cookie jar; only its toJSON is used.
    getCookie: (() => ({ toJSON: () => ({ cookies: [{ key: "zpw_sek", value: `fresh-${state.cookieVersion}` }] }) })) as unknown as ZaloApi["getCookie"],
    getOwnId: () => BOT_UID,
    // zca-js dist/apis/keepAlive.js:10-21: a GET whose Set-Cookie answer refreshes the jar (zca-js dist/utils.js:266-289).
    keepAlive: async () => {
      state.keepAlives++;
      if (state.keepAliveFailsWith) throw state.keepAliveFailsWith();
      state.cookieVersion++;
      return { config_vesion: 1 };
    },
  };
  return { api, listener, sent, state };
}

export type FakeZalo = ReturnType<typeof fakeZaloApi>;

/**
 * The bot's account: each login gives a new API with its own listener (zca-js dist/zalo.js:45-73), all
 * talking to one server. `failLogins` makes the next logins throw, in order.
 */
export class FakeZaloAccount {
  readonly server = new FakeZaloServer();
  readonly sessions: FakeZalo[] = [];
  logins = 0;
  private readonly failures: (() => Error)[] = [];

  failLogins(...errors: (() => Error)[]): void {
    this.failures.push(...errors);
  }

  readonly login = async (): Promise<ZaloApi> => {
    this.logins++;
    const failure = this.failures.shift();
    if (failure) throw failure();
    const session = fakeZaloApi({ server: this.server });
    this.sessions.push(session);
    return session.api;
  };

  get latest(): FakeZalo | undefined {
    return this.sessions.at(-1);
  }
}

/** Errors as zca-js and Node throw them. */
export const zaloErrors = {
  /** undici's fetch without network: TypeError "fetch failed" with the system error as cause. */
  network: (): Error => new TypeError("fetch failed", { cause: Object.assign(new Error("getaddrinfo EAI_AGAIN wpa.chat.zalo.me"), { code: "EAI_AGAIN" }) }),
  /** zca-js dist/zalo.js:60-61: Zalo answered without login data, i.e. refused the cookies. */
  refused: (): Error => new ZaloApiError("Đăng nhập thất bại"),
  /** The web session cookie is gone (error 600) while the listener may still run. */
  sessionEnded: (): Error => new ZaloApiError("zpw_sek bị thiếu hoặc không đúng", 600),
};

/**
 * Zalo.loginQR (zca-js dist/zalo.js:74-105 with dist/apis/loginQR.js:234-364) for one outcome:
 * "declined" on the phone, "expired" before a scan, or "confirmed". Replace the real one with
 * vi.spyOn(Zalo.prototype, "loginQR").mockImplementation(fakeLoginQr(...)).
 */
export function fakeLoginQr(outcome: "declined" | "expired" | "confirmed", options: { qrPng: Buffer }) {
  return (_options?: { qrPath?: string }, callback?: LoginQRCallback): Promise<API> =>
    new Promise<API>((resolve, reject) => {
      let settled = false;
      let qrTimeout: NodeJS.Timeout | undefined;
      const settle = (): boolean => {
        if (settled) return false;
        settled = true;
        clearTimeout(qrTimeout);
        return true;
      };
      // zca-js dist/apis/loginQR.js:249-256
      const actions = {
        retry: () => settle() && reject(new Error("the fake QR login does not make a second code")),
        abort: () => settle() && reject(new ZaloApiLoginQRAborted()),
      };
      // zca-js dist/apis/loginQR.js:269-284
      callback?.({
        type: LoginQRCallbackEventType.QRCodeGenerated,
        data: { code: "qr-code-1", image: options.qrPng.toString("base64"), options: { enabledCheckOCR: false, enabledMultiLayer: false }, token: "t" },
        actions: { ...actions, saveToFile: async () => undefined },
      });
      if (outcome === "expired") {
        // zca-js dist/apis/loginQR.js:290-306: after 100 s the callback hears of it; the pending scan request is
        // aborted, so without retry() or abort() the login fails with "Cannot get scan result" (307-309).
        qrTimeout = setTimeout(() => {
          callback?.({ type: LoginQRCallbackEventType.QRCodeExpired, data: null, actions });
          if (settle()) reject(new ZaloApiError("Cannot get scan result"));
        }, 100_000);
        return;
      }
      // zca-js dist/apis/loginQR.js:310-319
      callback?.({ type: LoginQRCallbackEventType.QRCodeScanned, data: { avatar: "", display_name: "Bot Account" }, actions });
      if (outcome === "declined") {
        // zca-js dist/apis/loginQR.js:324-341: with a callback, a decline is reported and the promise is left pending.
        callback?.({ type: LoginQRCallbackEventType.QRCodeDeclined, data: { code: "qr-code-1" }, actions });
        return;
      }
      // zca-js dist/zalo.js:87-98, then the cookie login (99-104).
      callback?.({ type: LoginQRCallbackEventType.GotLoginInfo, data: { cookie: [{ key: "zpw_sek", value: "qr" }], imei: "imei-qr", userAgent: "Mozilla/5.0" }, actions: null });
      if (settle()) resolve(fakeZaloApi().api as unknown as API);
    });
}

function baseData(from: string, to: string, content: TMessage["content"], msgId: string): TMessage {
  return {
    actionId: "1",
    msgId,
    cliMsgId: msgId,
    msgType: typeof content === "string" ? "webchat" : "chat.sticker",
    uidFrom: from,
    idTo: to,
    dName: "",
    ts: String(Date.now()),
    status: 1,
    content,
    notify: "1",
    ttl: 0,
    userId: "0",
    uin: "0",
    topOut: "0",
    topOutTimeOut: "0",
    topOutImprTimeOut: "0",
    propertyExt: undefined,
    paramsExt: { countUnread: 1, containType: 0, platformType: 1 },
    cmd: 501,
    st: 3,
    at: 5,
    realMsgId: "0",
    quote: undefined,
  };
}

/** A direct message to the bot, built with zca-js's own class ("0" as sender means the bot itself). */
export const userMessage = (from: string, content: TMessage["content"], msgId: string): UserMessage => new UserMessage(BOT_UID, baseData(from, "0", content, msgId));

export const groupMessage = (groupId: string, from: string, text: string, msgId: string): GroupMessage =>
  new GroupMessage(BOT_UID, { ...baseData(from, groupId, text, msgId), mentions: undefined } satisfies TGroupMessage);
