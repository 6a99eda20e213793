import { ThreadType } from "zca-js";
import { SendError, type ChannelSender, type SendLimits } from "../../engine/channel-sender.ts";
import type { OutgoingMessage } from "../../engine/messages.ts";
import { splitText } from "../split-text.ts";
import { renderNumbered } from "../render-numbered.ts";
import { classifyZaloError } from "./classify-zalo-error.ts";
import { ZALO_CHANNEL, threadOf, type ZaloApi } from "./zalo-api.ts";

/** Keeps each message well under what Zalo accepts in one text. */
const MAX_TEXT = 3000;

export interface ZaloSenderOptions {
  readonly limits: Omit<SendLimits, "isGroup">;
  /** True for people who messaged the bot first and for bound groups: nobody else is ever messaged. */
  readonly mayMessage: (chatId: string) => Promise<boolean>;
  /** The picture's pixel size, needed by Zalo for attachments sent from memory. */
  readonly imageSize: { readonly width: number; readonly height: number };
}

const textParts = (message: OutgoingMessage): string[] => splitText(renderNumbered(message), MAX_TEXT);

/**
 * Sends through the personal account, one `sendMessage` per part: group threads with the group
 * thread type, choices as numbered lines, a chart as an attachment of the first part. Spacing,
 * jitter and the hourly cap are enforced by the outbox from `limits`.
 */
export function createZaloSender(api: () => ZaloApi | undefined, options: ZaloSenderOptions): ChannelSender {
  return {
    channel: ZALO_CHANNEL,
    limits: { ...options.limits, isGroup: (chatId) => threadOf(chatId).group },
    parts: (message) => textParts(message).length,
    // Not logged in here (the other instance holds the session, or a reconnect is under way).
    ready: () => api() !== undefined,
    async sendPart(chatId, message, index) {
      const zalo = api();
      if (!zalo) throw new SendError({ kind: "retry", retryAfterMs: 60_000, reason: "zalo is not connected" });
      if (!(await options.mayMessage(chatId))) throw new SendError({ kind: "permanent", reason: "not a contact of the bot account", unreachable: false });
      const { threadId, group } = threadOf(chatId);
      const part = textParts(message)[index];
      if (part === undefined) throw new Error(`message has no part ${index}`);
      const image = index === 0 ? message.image : undefined;
      const data = image ? Buffer.from(image.base64, "base64") : undefined;
      const filename = image?.filename.endsWith(".png") ? (image.filename as `${string}.png`) : "chart.png";
      let result: Awaited<ReturnType<ZaloApi["sendMessage"]>>;
      try {
        result = await zalo.sendMessage(
          data ? { msg: part, attachments: [{ data, filename, metadata: { totalSize: data.length, ...options.imageSize } }] } : { msg: part },
          threadId,
          group ? ThreadType.Group : ThreadType.User,
        );
      } catch (error) {
        throw new SendError(classifyZaloError(error));
      }
      // A send with an attachment answers { message: null, attachment: [{ msgId }] } (zca-js
      // dist/apis/sendMessage.d.ts, SendMessageResponse); no id at all means nothing was delivered.
      const id = result.message?.msgId ?? result.attachment[0]?.msgId;
      if (id === undefined) throw new SendError({ kind: "retry", reason: "zalo returned no message id" });
      return { platformMessageId: String(id) };
    },
  };
}
