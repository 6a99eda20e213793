import type { Transformer } from "grammy";
import type { LoggerPort } from "../../engine/logger-port.ts";

/**
 * Logs a lost connection to Telegram once when polling first fails, and once when it works
 * again. grammY itself retries a failed getUpdates every 3 seconds, silently
 * (node_modules/grammy/out/bot.js, handlePollingError): without this an outage is invisible, and
 * logging each retry would flood the log.
 */
export function watchPollingNetwork(logger: LoggerPort, now: () => number = Date.now): Transformer {
  let lostAt: number | undefined;
  const lost = (reason: string): void => {
    if (lostAt !== undefined) return;
    lostAt = now();
    logger.warn({ reason }, "Telegram unreachable; polling retries until it is back");
  };
  return async (prev, method, payload, signal) => {
    if (method !== "getUpdates") return prev(method, payload, signal);
    try {
      const result = await prev(method, payload, signal);
      // A JSON 5xx is Telegram's side failing; any other answer proves the way there works.
      if (!result.ok && result.error_code >= 500) {
        lost(`${result.error_code}: ${result.description}`);
      } else if (lostAt !== undefined) {
        logger.info({ downForMs: now() - lostAt }, "Telegram reachable again");
        lostAt = undefined;
      }
      return result;
    } catch (error) {
      // An aborted request is the bot stopping, not the network.
      if (!signal?.aborted) lost(error instanceof Error ? error.message : String(error));
      throw error;
    }
  };
}
