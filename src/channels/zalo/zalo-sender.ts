import { ThreadType } from "zca-js";
import { SendError, type ChannelSender, type SendLimits } from "../../engine/channel-sender.ts";
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

/**
 * Sends through the personal account: group threads with the group thread type, choices as
 * numbered lines, charts as attachments from a Buffer. Spacing, jitter and the hourly cap are
 * enforced by the outbox from `limits`.
 */
export function createZaloSender(api: () => ZaloApi | undefined, options: ZaloSenderOptions): ChannelSender {
  return {
    channel: ZALO_CHANNEL,
    limits: { ...options.limits, isGroup: (chatId) => threadOf(chatId).group },
    async send(chatId, message) {
      const zalo = api();
      if (!zalo) throw new SendError({ kind: "retry", retryAfterMs: 60_000, reason: "zalo is not connected" });
      if (!(await options.mayMessage(chatId))) throw new SendError({ kind: "permanent", reason: "not a contact of the bot account", unreachable: false });
      const { threadId, group } = threadOf(chatId);
      const type = group ? ThreadType.Group : ThreadType.User;
      const text = renderNumbered(message);
      const parts = text.length <= MAX_TEXT ? [text] : (text.match(new RegExp(`[\\s\\S]{1,${MAX_TEXT}}`, "g")) ?? [text]);
      try {
        let last: string | undefined;
        for (const [index, part] of parts.entries()) {
          const image = index === 0 ? message.image : undefined;
          const data = image ? Buffer.from(image.base64, "base64") : undefined;
          const filename = image?.filename.endsWith(".png") ? (image.filename as `${string}.png`) : "chart.png";
          const result = await zalo.sendMessage(
            data ? { msg: part, attachments: [{ data, filename, metadata: { totalSize: data.length, ...options.imageSize } }] } : { msg: part },
            threadId,
            type,
          );
          last = result.message?.msgId !== undefined ? String(result.message.msgId) : last;
        }
        return last === undefined ? {} : { platformMessageId: last };
      } catch (error) {
        throw new SendError(classifyZaloError(error));
      }
    },
  };
}
