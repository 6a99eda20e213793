import { InputFile, type Api } from "grammy";
import { SendError, type ChannelSender, type SendLimits } from "../../engine/channel-sender.ts";
import type { LoggerPort } from "../../engine/logger-port.ts";
import { classifySendError } from "./classify-send-error.ts";
import { renderTelegram } from "./render-telegram.ts";

export const TELEGRAM_CHANNEL = "telegram";

/** Delivers outbox rows with the Bot API. The outbox owns retries; this only classifies errors. */
export function createTelegramSender(api: Api, limits: Omit<SendLimits, "isGroup">, logger: LoggerPort): ChannelSender {
  return {
    channel: TELEGRAM_CHANNEL,
    // Group and supergroup chat ids are negative.
    limits: { ...limits, isGroup: (chatId) => chatId.startsWith("-") },
    async send(chatId, message, context) {
      if (context.clearChoicesOf) {
        // Cosmetic: an old keyboard left in place is still answered safely, so failures are only logged.
        await api
          .editMessageReplyMarkup(chatId, Number(context.clearChoicesOf), { reply_markup: { inline_keyboard: [] } })
          .catch((error: unknown) => logger.debug({ err: error, chatId }, "could not remove old buttons"));
      }
      let last: number | undefined;
      try {
        if (message.image) {
          // The chart goes first, without a caption (captions stop at 1,024 characters); the text follows.
          const photo = await api.sendPhoto(chatId, new InputFile(Buffer.from(message.image.base64, "base64"), message.image.filename));
          last = photo.message_id;
        }
        for (const part of renderTelegram(message)) {
          const sent = await api.sendMessage(chatId, part.text, part.replyMarkup ? { reply_markup: part.replyMarkup } : {});
          last = sent.message_id;
        }
      } catch (error) {
        throw new SendError(classifySendError(error));
      }
      return last === undefined ? {} : { platformMessageId: String(last) };
    },
  };
}
