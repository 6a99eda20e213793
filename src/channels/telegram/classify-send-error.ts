import { GrammyError, HttpError } from "grammy";
import type { SendFailure } from "../../engine/channel-sender.ts";

/** Telegram's answers that mean "this chat cannot receive from the bot any more". */
const UNREACHABLE = [/bot was blocked/i, /user is deactivated/i, /bot was kicked/i, /chat not found/i, /not a member/i, /group chat was upgraded/i, /have no rights to send/i];

/** Maps a failed API call to what the outbox should do: wait, retry with backoff, or stop. */
export function classifySendError(error: unknown): SendFailure {
  if (error instanceof GrammyError) {
    const reason = `${error.error_code}: ${error.description}`;
    if (error.error_code === 429) return { kind: "retry", retryAfterMs: (error.parameters.retry_after ?? 1) * 1000, reason };
    if (error.error_code >= 500) return { kind: "retry", reason };
    return { kind: "permanent", reason, unreachable: UNREACHABLE.some((pattern) => pattern.test(error.description)) };
  }
  if (error instanceof HttpError) return { kind: "retry", reason: `network: ${error.message}` };
  return { kind: "retry", reason: error instanceof Error ? error.message : String(error) };
}
