import { EventEmitter } from "node:events";
import type { ThreadType} from "zca-js";
import { GroupMessage, UserMessage, type TGroupMessage, type TMessage } from "zca-js";
import type { ZaloApi } from "../../src/channels/zalo/zalo-api.ts";

export const BOT_UID = "9000";

/** Stands in for zca-js's websocket listener: the test emits its events. */
export class FakeListener extends EventEmitter {
  starts = 0;
  stops = 0;
  readonly oldRequests: { type: ThreadType; lastMsgId: string | null | undefined }[] = [];
  start(): void {
    this.starts++;
  }
  stop(): void {
    this.stops++;
  }
  requestOldMessages(type: ThreadType, lastMsgId?: string | null): void {
    this.oldRequests.push({ type, lastMsgId });
  }
}

export interface SentZalo {
  readonly threadId: string;
  readonly type: ThreadType | undefined;
  readonly text: string;
  readonly attachments: unknown;
}

/** A fake of exactly the API surface the channel uses, typed against zca-js's API. */
export function fakeZaloApi(options: { failWith?: () => Error } = {}) {
  const listener = new FakeListener();
  const sent: SentZalo[] = [];
  let msgId = 5000;
  const sendMessage: ZaloApi["sendMessage"] = async (message, threadId, type) => {
    if (options.failWith) throw options.failWith();
    const content = typeof message === "string" ? { msg: message } : message;
    sent.push({ threadId, type, text: content.msg, attachments: content.attachments });
    return { message: { msgId: msgId++ }, attachment: [] };
  };
  const api: ZaloApi = {
    sendMessage,
    // The real Listener has private members, so no fake can match it structurally.
    listener: listener as unknown as ZaloApi["listener"],
    getCookie: (() => ({ toJSON: () => ({ cookies: [{ key: "zpw_sek", value: "fresh" }] }) })) as unknown as ZaloApi["getCookie"],
    getOwnId: () => BOT_UID,
  };
  return { api, listener, sent };
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
