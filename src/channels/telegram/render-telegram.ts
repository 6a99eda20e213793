import type { InlineKeyboardButton, InlineKeyboardMarkup } from "grammy/types";
import type { OutgoingMessage } from "../../engine/messages.ts";
import { splitText } from "../split-text.ts";
import { encodeCallbackData } from "./callback-data.ts";

/** Telegram's limit for one message's text. */
export const MAX_TEXT = 4096;

export interface TelegramMessage {
  readonly text: string;
  readonly replyMarkup?: InlineKeyboardMarkup;
}

/**
 * Choices become inline buttons: one per row for answers (labels can be long), several per row
 * for short labels such as item numbers. Long text is split at line breaks or spaces; the
 * buttons go with the last part.
 */
export function renderTelegram(message: OutgoingMessage): TelegramMessage[] {
  const parts = splitText(message.text, MAX_TEXT);
  const choices = message.choices ?? [];
  if (choices.length === 0) return parts.map((text) => ({ text }));
  const buttons: InlineKeyboardButton[] = choices.map((c) => ({ text: c.label, callback_data: encodeCallbackData(message.choiceContext, c.id) }));
  const short = choices.every((c) => c.label.length <= 3);
  const perRow = short ? 6 : choices.every((c) => c.label.length <= 14) && choices.length <= 4 ? 2 : 1;
  const rows: InlineKeyboardButton[][] = [];
  for (let i = 0; i < buttons.length; i += perRow) rows.push(buttons.slice(i, i + perRow));
  return parts.map((text, index) => (index === parts.length - 1 ? { text, replyMarkup: { inline_keyboard: rows } } : { text }));
}
