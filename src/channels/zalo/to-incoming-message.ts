import { ThreadType, type Message } from "zca-js";
import { COMMANDS } from "../../engine/commands.ts";
import type { IncomingMessage } from "../../engine/messages.ts";
import { ZALO_CHANNEL, groupChatId } from "./zalo-api.ts";

/**
 * The conversation's own commands, which work without the slash in a direct chat ("start <code>",
 * "baocao"), since Zalo has no command menu. Not the admin commands: their words ("nam", "ky",
 * "title"…) begin ordinary sentences typed without diacritics, and a note that starts with one
 * must be taken as the note, not run as a command.
 */
const SLASHLESS = ["start", "help", "assess", "back", "summary", "pause", "skip", "lang"] as const satisfies readonly (keyof typeof COMMANDS)[];
const COMMAND_WORDS = new Set<string>(SLASHLESS.flatMap((name) => COMMANDS[name]));

/**
 * A Zalo message as the engine's neutral message; undefined for the account's own messages and
 * for stickers, photos and other attachments.
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
