import type { Context } from "grammy";
import type { Message } from "grammy/types";
import type { IncomingMessage } from "../../engine/messages.ts";
import { decodeCallbackData } from "./callback-data.ts";
import { TELEGRAM_CHANNEL } from "./telegram-sender.ts";

/** What people send that carries no typed words; in a private chat they get a hint to type instead. */
const MEDIA = ["voice", "audio", "sticker", "photo", "video", "video_note", "document", "location", "venue", "contact", "animation"] as const;

const isMedia = (message: Message): boolean => MEDIA.some((kind) => message[kind] !== undefined);

/**
 * A text message or a button tap as the engine's neutral message. In a private chat, an edit, a
 * forward or a picture/voice note becomes an `unreadable` message so that the person learns why
 * nothing happened; in a group those stay unseen (the bot only reacts to its commands there).
 * Undefined for anything else.
 */
export function toIncomingMessage(ctx: Context): IncomingMessage | undefined {
  const chat = ctx.chat;
  const from = ctx.from;
  if (!chat || !from || from.is_bot || chat.type === "channel") return undefined;
  const privateChat = chat.type === "private";
  const base = {
    channel: TELEGRAM_CHANNEL,
    chatId: String(chat.id),
    chatType: privateChat ? ("private" as const) : ("group" as const),
    senderId: String(from.id),
    messageId: String(ctx.update.update_id),
    receivedAt: new Date(),
    ...(from.language_code ? { localeHint: from.language_code } : {}),
    ...(ctx.me.username ? { botUsername: ctx.me.username } : {}),
    // Telegram dates messages in whole seconds (Message.date): the message went out at the latest
    // just before the next second, and a question delivered before then may have been seen.
    ...(ctx.message?.date !== undefined ? { sentAt: new Date(ctx.message.date * 1000 + 999) } : {}),
  };
  const data = ctx.callbackQuery?.data;
  if (data !== undefined) {
    const option = decodeCallbackData(data);
    return option ? { ...base, option } : undefined;
  }
  if (ctx.editedMessage) return privateChat ? { ...base, unreadable: "edited" } : undefined;
  const message = ctx.message;
  if (!message) return undefined;
  // Checked before the text: forwarded words are someone else's, even when they look like an answer.
  if (message.forward_origin) return privateChat ? { ...base, unreadable: "forwarded" } : undefined;
  if (message.text !== undefined) return { ...base, text: message.text };
  return privateChat && isMedia(message) ? { ...base, unreadable: "media" } : undefined;
}
