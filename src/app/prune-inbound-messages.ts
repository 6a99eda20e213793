import type { Clock } from "../engine/ports.ts";
import type { LoggerPort } from "../engine/logger-port.ts";
import type { InboundStore } from "../ports/inbound-store.ts";

/**
 * Handled platform message ids (every channel's) guard against a message handled twice: Telegram
 * re-delivers within a day, Zalo's catch-up after a reconnect reaches back days at most. A month
 * is ample; older ids only grow the table.
 */
export const INBOUND_RETENTION_MS = 30 * 86_400_000;
const PRUNE_INTERVAL_MS = 6 * 3_600_000;

/** Deletes the ids handled before the retention window; returns how many. */
export function pruneInboundMessages(inbound: InboundStore, now: Date): Promise<number> {
  return inbound.prune(new Date(now.getTime() - INBOUND_RETENTION_MS));
}

/** Prunes now and every few hours while the bot serves platforms; `stop` ends it. */
export function pruneInboundMessagesPeriodically(deps: { inbound: InboundStore; clock: Clock; logger: LoggerPort; intervalMs?: number }): { stop(): void } {
  const prune = (): void =>
    void pruneInboundMessages(deps.inbound, deps.clock.now()).then(
      (count) => (count > 0 ? deps.logger.info({ count }, "old inbound message ids pruned") : undefined),
      (error: unknown) => deps.logger.warn({ err: error }, "pruning old inbound message ids failed"),
    );
  prune();
  const timer = setInterval(prune, deps.intervalMs ?? PRUNE_INTERVAL_MS);
  return { stop: () => clearInterval(timer) };
}
