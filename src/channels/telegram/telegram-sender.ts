import { InputFile, type Api } from "grammy";
import { SendError, type ChannelSender, type SendLimits } from "../../engine/channel-sender.ts";
import { classifySendError } from "./classify-send-error.ts";
import { renderTelegram } from "./render-telegram.ts";

export const TELEGRAM_CHANNEL = "telegram";

/**
 * Delivers outbox rows with the Bot API, one call per part: the chart first (without a caption:
 * captions stop at 1,024 characters), then each text part, the buttons on the last. The outbox
 * owns retries; this only classifies errors.
 */
export function createTelegramSender(api: Api, limits: Omit<SendLimits, "isGroup">): ChannelSender {
  const call = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      throw new SendError(classifySendError(error));
    }
  };
  return {
    channel: TELEGRAM_CHANNEL,
    // Group and supergroup chat ids are negative.
    limits: { ...limits, isGroup: (chatId) => chatId.startsWith("-") },
    parts: (message) => (message.image ? 1 : 0) + renderTelegram(message).length,
    async sendPart(chatId, message, index) {
      if (message.image && index === 0) {
        const image = message.image;
        const photo = await call(() => api.sendPhoto(chatId, new InputFile(Buffer.from(image.base64, "base64"), image.filename)));
        return { platformMessageId: String(photo.message_id) };
      }
      const part = renderTelegram(message)[index - (message.image ? 1 : 0)];
      if (!part) throw new Error(`message has no part ${index}`);
      const sent = await call(() => api.sendMessage(chatId, part.text, part.replyMarkup ? { reply_markup: part.replyMarkup } : {}));
      return { platformMessageId: String(sent.message_id) };
    },
    async clearChoices(chatId, platformMessageId) {
      await call(() => api.editMessageReplyMarkup(chatId, Number(platformMessageId), { reply_markup: { inline_keyboard: [] } }));
    },
  };
}
