import type { Context } from "grammy";
import type { IncomingMessage } from "../../engine/messages.ts";
import { decodeCallbackData } from "./callback-data.ts";
import { TELEGRAM_CHANNEL } from "./telegram-sender.ts";

/** A text message or a button tap as the engine's neutral message; undefined for anything else. */
export function toIncomingMessage(ctx: Context): IncomingMessage | undefined {
  const chat = ctx.chat;
  const from = ctx.from;
  if (!chat || !from || from.is_bot || chat.type === "channel") return undefined;
  const base = {
    channel: TELEGRAM_CHANNEL,
    chatId: String(chat.id),
    chatType: chat.type === "private" ? ("private" as const) : ("group" as const),
    senderId: String(from.id),
    messageId: String(ctx.update.update_id),
    receivedAt: new Date(),
    ...(from.language_code ? { localeHint: from.language_code } : {}),
  };
  const data = ctx.callbackQuery?.data;
  if (data !== undefined) {
    const option = decodeCallbackData(data);
    return option ? { ...base, option } : undefined;
  }
  const text = ctx.message?.text;
  return text === undefined ? undefined : { ...base, text };
}
