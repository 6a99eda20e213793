import { ThreadType, type Message } from "zca-js";
import { COMMANDS } from "../../engine/commands.ts";
import type { IncomingMessage } from "../../engine/messages.ts";
import { ZALO_CHANNEL, groupChatId } from "./zalo-api.ts";

const COMMAND_WORDS = new Set<string>(Object.values(COMMANDS).flat());

/**
 * A Zalo message as the engine's neutral message; undefined for the account's own messages and
 * for stickers, photos and other attachments. In a direct chat commands work without the slash
 * too ("start <code>", "baocao"), since Zalo has no command menu.
 */
export function toIncomingMessage(message: Message, receivedAt: Date): IncomingMessage | undefined {
  if (message.isSelf || typeof message.data.content !== "string") return undefined;
  const group = message.type === ThreadType.Group;
  const raw = message.data.content;
  const first = raw.trim().split(/\s+/)[0]?.toLowerCase() ?? "";
  const text = !group && COMMAND_WORDS.has(first) ? `/${raw.trim()}` : raw;
  return {
    channel: ZALO_CHANNEL,
    chatId: group ? groupChatId(message.threadId) : message.threadId,
    chatType: group ? "group" : "private",
    senderId: message.data.uidFrom,
    messageId: message.data.msgId,
    text,
    receivedAt,
    // zca-js TMessage.ts: the send time in milliseconds, as text (dist/models/Message.d.ts).
    ...(Number.isFinite(Number(message.data.ts)) && Number(message.data.ts) > 0 ? { sentAt: new Date(Number(message.data.ts)) } : {}),
  };
}
