import { GrammyError, HttpError } from "grammy";
import type { SendFailure } from "../../engine/channel-sender.ts";

/** Telegram's answers that mean "this chat cannot receive from the bot any more". */
const UNREACHABLE = [/bot was blocked/i, /user is deactivated/i, /bot was kicked/i, /chat not found/i, /not a member/i, /have no rights to send/i, /chat_write_forbidden/i];
/** The bot may post text there but not this kind of attachment: the rest of the message still goes. */
const PART_FORBIDDEN = [/not enough rights to send photos/i, /not enough rights to send documents/i];

/** Maps a failed API call to what the outbox should do: wait, retry with backoff, move, skip or stop. */
export function classifySendError(error: unknown): SendFailure {
  if (error instanceof GrammyError) {
    const reason = `${error.error_code}: ${error.description}`;
    // A 429 names how long this chat must wait; it is not a failure of the message.
    if (error.error_code === 429) return { kind: "rate_limited", retryAfterMs: (error.parameters.retry_after ?? 1) * 1000, reason };
    // The group became a supergroup: the same chat lives on under a new id.
    const moved = error.parameters.migrate_to_chat_id;
    if (moved !== undefined) return { kind: "moved", newChatId: String(moved), reason };
    if (error.error_code >= 500) return { kind: "retry", reason };
    if (PART_FORBIDDEN.some((pattern) => pattern.test(error.description))) return { kind: "permanent", reason, unreachable: false, skipPart: true };
    return { kind: "permanent", reason, unreachable: UNREACHABLE.some((pattern) => pattern.test(error.description)) };
  }
  if (error instanceof HttpError) return { kind: "retry", reason: `network: ${error.message}` };
  return { kind: "retry", reason: error instanceof Error ? error.message : String(error) };
}
