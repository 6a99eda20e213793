import type { Context } from "grammy";
import type { LoggerPort } from "../../engine/logger-port.ts";
import { classifySendError } from "./classify-send-error.ts";

/** Tries at most; a tap's spinner and notice matter only for a few seconds. */
const TRIES = 3;
/** Longest wait between tries: a longer flood wait would answer a tap the person has given up on. */
const MAX_WAIT_MS = 3_000;

/**
 * Answers a button tap (stops the spinner, shows the short notice). Not an outbox message: it
 * cannot wait for later, so a network error, a 5xx or a short 429 gets a couple of quick retries
 * here, and anything else is only logged. Nothing is recorded either way.
 */
export async function answerTap(ctx: Context, notice: string | undefined, logger: LoggerPort): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await ctx.answerCallbackQuery(notice ? { text: notice } : undefined);
      return;
    } catch (error) {
      const failure = classifySendError(error);
      const wait = failure.kind === "rate_limited" ? failure.retryAfterMs : failure.kind === "retry" ? 300 * attempt : undefined;
      if (wait === undefined || wait > MAX_WAIT_MS || attempt >= TRIES) {
        logger.debug({ err: error }, "callback answer failed (query too old?)");
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}
