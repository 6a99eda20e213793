import type { Message, Update, UserFromGetMe } from "grammy/types";
import { createTelegramBot, createTelegramChannel, type BotApiFetch } from "../../src/channels/telegram/telegram-channel.ts";
import { createTelegramSender } from "../../src/channels/telegram/telegram-sender.ts";
import { loadConfig } from "../../src/config.ts";
import type { LoggerPort } from "../../src/engine/logger-port.ts";
import { DEMO_ORG } from "../../src/app/demo-org.ts";
import { buildEngine, commandMenus } from "../../src/main.ts";
import { ensureCurrentPeriod, openApp, type App } from "../../src/app/open-app.ts";
import { groupChatChanges } from "../../src/app/group-chat-changes.ts";

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

/** Telegram's placeholder sender of an anonymous group admin's messages. */
export const GROUP_ANONYMOUS_BOT = { id: 1087968824, is_bot: true, first_name: "Group", username: "GroupAnonymousBot" } as const;

/**
 * An error answer exactly as the Bot API sends it. grammY's client turns `ok: false` into a
 * GrammyError carrying error_code, description and parameters (node_modules/grammy/out/core/client.js:96-101
 * → core/error.js:38-48, constructor at core/error.js:20-35), which is what classify-send-error reads.
 */
export interface BotApiError {
  readonly ok: false;
  readonly error_code: number;
  readonly description: string;
  readonly parameters?: { readonly retry_after?: number; readonly migrate_to_chat_id?: number };
}

/** Telegram's real answers (descriptions as the Bot API words them). */
export const botApiErrors = {
  /** Flood control: wait `parameters.retry_after` seconds (grammY's polling reads it too: bot.js:453-454). */
  tooManyRequests: (retryAfter: number): BotApiError => ({ ok: false, error_code: 429, description: `Too Many Requests: retry after ${retryAfter}`, parameters: { retry_after: retryAfter } }),
  /** A basic group became a supergroup: the old id answers 400 with the new one. */
  migrated: (to: number): BotApiError => ({ ok: false, error_code: 400, description: "Bad Request: group chat was upgraded to a supergroup chat", parameters: { migrate_to_chat_id: to } }),
  kicked: (): BotApiError => ({ ok: false, error_code: 403, description: "Forbidden: bot was kicked from the group chat" }),
  blocked: (): BotApiError => ({ ok: false, error_code: 403, description: "Forbidden: bot was blocked by the user" }),
  /** A JSON 5xx (a gateway's HTML page instead fails res.json() and becomes an HttpError: client.js:49-58). */
  serverError: (code = 502): BotApiError => ({ ok: false, error_code: code, description: code === 502 ? "Bad Gateway" : "Internal Server Error" }),
  /** Token revoked or wrong: grammY stops polling (bot.js:449-451 rethrows 401), and init fails (withRetries rethrows, bot.js:478). */
  unauthorized: (): BotApiError => ({ ok: false, error_code: 401, description: "Unauthorized" }),
  /** Another getUpdates with the same token: grammY stops polling (bot.js:449-451 rethrows 409). */
  conflict: (): BotApiError => ({ ok: false, error_code: 409, description: "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running" }),
} as const;

/**
 * What the fake answers: a Bot API error, or "network" — the request never gets an answer, which
 * grammY reports as an HttpError (client.js:55-58 wraps whatever fetch rejects with, error.js:76-83).
 */
export type Fault = BotApiError | "network";

export interface ApiCall {
  readonly method: string;
  readonly payload: Record<string, unknown>;
  /** The id the fake API gave a sent message. */
  readonly messageId?: number;
  /** Set when the fake answered with an error. */
  readonly fault?: Fault;
}

export interface LogLine {
  readonly level: "debug" | "info" | "warn" | "error";
  readonly msg: string;
  readonly obj: object;
}

interface FaultRule {
  readonly method: string;
  readonly fault: Fault;
  readonly chatId?: string;
  times: number;
}

type FetchInit = Parameters<BotApiFetch>[1];

/** A file the bot uploaded, as the fake received it. */
export interface UploadedFile {
  readonly filename: string;
  readonly bytes: number;
}

/**
 * grammY's own multipart encoding (core/payload.js:99-126 payloadToMultipartItr, :165-174 filePart:
 * `name="x"`, an unquoted filename, an `attach://<id>` field pointing at the file part) read back
 * into a payload whose uploaded files are UploadedFile. undici's strict FormData parser rejects it.
 */
function parseMultipart(body: Buffer, contentType: string): Record<string, unknown> {
  const boundary = /boundary=(.+)$/.exec(contentType)?.[1];
  if (!boundary) return {};
  const fields: Record<string, unknown> = {};
  const files = new Map<string, UploadedFile>();
  // latin1 keeps one character per byte, so file sizes stay exact.
  for (const part of body.toString("latin1").split(`--${boundary}`)) {
    const split = part.indexOf("\r\n\r\n");
    if (split < 0) continue;
    const headers = part.slice(0, split);
    const value = part.slice(split + 4).replace(/\r\n$/, "");
    const name = /name="([^"]+)"/.exec(headers)?.[1];
    if (!name) continue;
    const filename = /filename=("?)([^";\r\n]+)\1/.exec(headers)?.[2];
    if (filename) files.set(name, { filename, bytes: value.length });
    else fields[name] = Buffer.from(value, "latin1").toString("utf8");
  }
  for (const [key, value] of Object.entries(fields)) {
    const attached = typeof value === "string" && value.startsWith("attach://") ? files.get(value.slice(9)) : undefined;
    if (attached) fields[key] = attached;
  }
  return fields;
}

/** JSON for ordinary calls (core/payload.js:39-48); multipart/form-data as a node stream when a file is uploaded (core/payload.js:66-79). */
async function readPayload(init: FetchInit): Promise<Record<string, unknown>> {
  if (typeof init.body === "string") return JSON.parse(init.body) as Record<string, unknown>;
  if (!init.body || typeof init.body !== "object" || !(Symbol.asyncIterator in init.body)) return {};
  const chunks: Buffer[] = [];
  for await (const chunk of init.body as AsyncIterable<Uint8Array | string>) chunks.push(Buffer.from(chunk));
  return parseMultipart(Buffer.concat(chunks), init.headers?.["content-type"] ?? "");
}

const answer = (body: unknown) => ({ json: async () => body });

/**
 * The real Telegram channel, sender, engine and storage, with the Bot API replaced at the HTTP
 * client (grammY's `client.fetch` option): every request goes through grammY's own client, its
 * payload encoding and its error construction, and the fake answers as Telegram would. Updates
 * are fed through bot.handleUpdate.
 */
export async function telegramHarness(dbPath: string, env: Record<string, string> = {}) {
  const app: App = await openApp(loadConfig({ BONTOT_DB_PATH: dbPath, LOG_LEVEL: "silent", ...env }));
  await ensureCurrentPeriod(app);
  await app.stores.org.createUnits(DEMO_ORG, new Date());
  const calls: ApiCall[] = [];
  const rules: FaultRule[] = [];
  let nextMessageId = 100;

  const faultFor = (method: string, chatId: string): Fault | undefined => {
    const rule = rules.find((r) => r.times > 0 && r.method === method && (r.chatId === undefined || r.chatId === chatId));
    if (!rule) return undefined;
    rule.times -= 1;
    return rule.fault;
  };

  const fetch: BotApiFetch = async (url, init) => {
    const method = url.slice(url.lastIndexOf("/") + 1);
    const payload = await readPayload(init);
    const chatId = String(payload["chat_id"] ?? "");
    const fault = faultFor(method, chatId);
    if (fault === "network") {
      calls.push({ method, payload, fault });
      throw new Error("connect ECONNREFUSED 127.0.0.1:443");
    }
    if (fault) {
      calls.push({ method, payload, fault });
      return answer(fault);
    }
    if (method === "getUpdates") {
      // Long polling with nothing new: Telegram holds the request, then answers an empty list. bot.stop()
      // aborts it (bot.js:345), and fetch then rejects, as here.
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(resolve, 20);
        init.signal?.addEventListener("abort", () => {
          clearTimeout(timer);
          reject(new Error("The operation was aborted."));
        });
      });
      calls.push({ method, payload });
      return answer({ ok: true, result: [] });
    }
    if (method === "sendMessage" || method === "sendPhoto") {
      const messageId = nextMessageId++;
      calls.push({ method, payload, messageId });
      const chat = chatId.startsWith("-") ? { id: Number(chatId), type: "supergroup", title: "Nhóm" } : { id: Number(chatId), type: "private", first_name: "Ann" };
      const content = method === "sendPhoto" ? { photo: [] } : { text: payload["text"] };
      return answer({ ok: true, result: { message_id: messageId, date: 0, chat, ...content } });
    }
    calls.push({ method, payload });
    return answer({ ok: true, result: true });
  };

  // What the channel and the bot's own API logging say, for tests that check what an operator reads.
  const logs: LogLine[] = [];
  const record = (level: LogLine["level"]) => (obj: object, msg?: string) => void logs.push({ level, msg: msg ?? "", obj });
  const logger: LoggerPort = { debug: record("debug"), info: record("info"), warn: record("warn"), error: record("error") };
  const bot = createTelegramBot({ token: TOKEN, botInfo: BOT_INFO, fetch }, logger);
  const sender = createTelegramSender(bot.api, { perSecond: 1000, chatIntervalMs: 0, groupPerMinute: 1000 });
  const { engine, outbox } = buildEngine(app, [sender]);
  const channel = createTelegramChannel({ bot, engine, logger, menus: commandMenus(app.translator), chats: groupChatChanges(app, "telegram", outbox) });
  let updateId = 1;

  /** Hands one update to the bot as if polled, then delivers what it enqueued. */
  const receive = async (update: Omit<Update, "update_id">, options: { updateId?: number } = {}): Promise<Update> => {
    const full = { update_id: options.updateId ?? updateId++, ...update } as Update;
    await bot.handleUpdate(full);
    await outbox.drain();
    return full;
  };

  const user = (id: number, chat: { id: number; type: "private" | "group" | "supergroup"; title?: string } = { id, type: "private" }) => {
    const from = { id, is_bot: false, first_name: "Ann", language_code: "vi" };
    const chatObject = chat.type === "private" ? { id: chat.id, type: "private" as const, first_name: "Ann" } : { id: chat.id, type: chat.type, title: chat.title ?? "Nhóm" };
    // Telegram dates a message with its send time in whole seconds (Bot API Message.date).
    const message = (fields: Partial<Message>) =>
      ({ message_id: updateId, date: Math.floor(app.clock.now().getTime() / 1000), chat: chatObject, from, ...fields }) as NonNullable<Update["message"]>;
    const withCommand = (text: string): Partial<Message> => {
      const command = /^\/\S+/.exec(text)?.[0];
      return { text, ...(command ? { entities: [{ type: "bot_command" as const, offset: 0, length: command.length }] } : {}) };
    };
    return {
      chat: chatObject,
      /** Sends text (commands get their bot_command entity) and returns the update that was handled. */
      says: (text: string, options: { updateId?: number } = {}): Promise<Update> => receive({ message: message(withCommand(text)) }, options),
      /** Sends a message with any other content: a voice note, a sticker, a location… */
      sends: (fields: Partial<Message>): Promise<Update> => receive({ message: message(fields) }),
      /** Edits an earlier message to this text. */
      edits: (text: string): Promise<Update> => receive({ edited_message: { ...message({ text }), edit_date: 1 } }),
      /** Forwards someone else's text message. */
      forwards: (text: string): Promise<Update> => receive({ message: message({ text, forward_origin: { type: "hidden_user", sender_user_name: "Bob", date: 0 } }) }),
      async taps(data: string, messageId: number): Promise<void> {
        await receive({ callback_query: { id: `cq${updateId}`, from, chat_instance: "x", data, message: { message_id: messageId, date: 0, chat: chatObject, text: "…" } } } as Omit<Update, "update_id">);
      },
    };
  };

  /** A group chat as seen by its members, for what is not a message from one of them. */
  const group = (chat: { id: number; type: "group" | "supergroup"; title?: string }) => {
    const chatObject = { id: chat.id, type: chat.type, title: chat.title ?? "Nhóm" };
    const admin = { id: 900, is_bot: false, first_name: "Admin" };
    return {
      chat: chatObject,
      /** An admin with "Remain anonymous" on sends text: it arrives as from the group itself. */
      anonymousSays: (text: string): Promise<Update> => {
        const command = /^\/\S+/.exec(text)?.[0];
        return receive({
          message: {
            message_id: updateId,
            date: 0,
            chat: chatObject,
            from: GROUP_ANONYMOUS_BOT,
            sender_chat: chatObject,
            text,
            ...(command ? { entities: [{ type: "bot_command" as const, offset: 0, length: command.length }] } : {}),
          } as NonNullable<Update["message"]>,
        });
      },
      /** The service message Telegram posts in the old group when it becomes a supergroup. */
      migratesTo: (to: number): Promise<Update> => receive({ message: { message_id: updateId, date: 0, chat: chatObject, from: admin, migrate_to_chat_id: to } as NonNullable<Update["message"]> }),
      /** The service message in the new supergroup naming the old group. */
      migratedFrom: (from: number): Promise<Update> => receive({ message: { message_id: updateId, date: 0, chat: chatObject, from: admin, migrate_from_chat_id: from } as NonNullable<Update["message"]> }),
      /** The bot's own membership changed (my_chat_member): "kicked" or "left" when removed. */
      botBecomes: (status: "member" | "kicked" | "left"): Promise<Update> =>
        receive({
          my_chat_member: {
            chat: chatObject,
            from: admin,
            date: 0,
            old_chat_member: { status: "member", user: BOT_INFO },
            new_chat_member: status === "kicked" ? { status, user: BOT_INFO, until_date: 0 } : { status, user: BOT_INFO },
          },
        } as Omit<Update, "update_id">),
    };
  };

  return {
    app,
    bot,
    channel,
    outbox,
    calls,
    logs,
    user,
    group,
    receive,
    /**
     * Answers the next `times` calls of `method` (to `chatId`, when given) with a fault instead of
     * success; `Infinity` for as long as the test runs (a moved chat's old id never works again).
     */
    fail(method: string, fault: Fault, options: { chatId?: string | number; times?: number } = {}): void {
      rules.push({ method, fault, times: options.times ?? 1, ...(options.chatId !== undefined ? { chatId: String(options.chatId) } : {}) });
    },
    /** sendMessage calls that went through, since the last clear. */
    sent(): { chatId: string; text: string; buttons: string[][]; data: string[]; messageId: number }[] {
      const sends = calls.filter((c) => c.method === "sendMessage" && !c.fault);
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
      await channel.stop();
      await outbox.stop();
      await app.close();
    },
  };
}
