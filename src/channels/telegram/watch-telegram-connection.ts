import type { Transformer } from "grammy";
import type { LoggerPort } from "../../engine/logger-port.ts";

/**
 * The calls grammY retries on its own, silently: getMe and deleteWebhook at start (withRetries,
 * node_modules/grammy/out/bot.js:169 and :294), getUpdates every 3 seconds while polling
 * (bot.js:439-460, handlePollingError). Sends are the outbox's business and log their own retries.
 */
const WATCHED = new Set(["getMe", "deleteWebhook", "getUpdates"]);

/**
 * Logs a lost connection to Telegram once when it is first noticed and once when Telegram
 * answers again: without this an outage is invisible, and logging each retry would flood the log.
 */
export function watchTelegramConnection(logger: LoggerPort, now: () => number = Date.now): Transformer {
  let lostAt: number | undefined;
  const lost = (method: string, reason: string): void => {
    if (lostAt !== undefined) return;
    lostAt = now();
    logger.warn({ method, reason }, "Telegram unreachable; retrying until it is back");
  };
  return async (prev, method, payload, signal) => {
    if (!WATCHED.has(method)) return prev(method, payload, signal);
    try {
      const result = await prev(method, payload, signal);
      // A JSON 5xx is Telegram's side failing; any other answer proves the way there works.
      if (!result.ok && result.error_code >= 500) {
        lost(method, `${result.error_code}: ${result.description}`);
      } else if (lostAt !== undefined) {
        logger.info({ downForMs: now() - lostAt }, "Telegram reachable again");
        lostAt = undefined;
      }
      return result;
    } catch (error) {
      // An aborted request is the bot stopping, not the network.
      if (!signal?.aborted) lost(method, error instanceof Error ? error.message : String(error));
      throw error;
    }
  };
}
