import { SendError, type ChannelSender } from "../engine/channel-sender.ts";
import type { LoggerPort } from "../engine/logger-port.ts";
import type { Clock, OutboxRow, OutboxSignal, OutboxStore } from "../engine/ports.ts";
import { RateLimiter } from "./rate-limiter.ts";
import { DEFAULT_RETRY_POLICY, retryDelayMs, type RetryPolicy } from "./retry-policy.ts";

/** Longest pause the worker takes for a platform's global rate before putting a message back. */
const MAX_SLEEP_MS = 50;

export interface OutboxWorkerDeps {
  readonly store: OutboxStore;
  readonly senders: readonly ChannelSender[];
  readonly clock: Clock;
  readonly logger: LoggerPort;
  readonly policy?: RetryPolicy;
  /** Longest sleep between polls when nothing wakes the worker. */
  readonly idleMs?: number;
  readonly batch?: number;
}

export interface OutboxWorker extends OutboxSignal {
  start(): void;
  /** Sends everything that is due now, then returns how many messages it handled. */
  tick(): Promise<number>;
  /** Ticks until nothing is due (messages in backoff stay pending). */
  drain(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Delivers outbox rows through the channels' senders. It owns retry, backoff, attempt caps,
 * the failed state and unreachable recipients; no other layer retries a send.
 */
export function createOutboxWorker(deps: OutboxWorkerDeps): OutboxWorker {
  const policy = deps.policy ?? DEFAULT_RETRY_POLICY;
  const senders = new Map(deps.senders.map((s) => [s.channel, s]));
  const limiters = new Map(deps.senders.flatMap((s) => (s.limits ? [[s.channel, new RateLimiter(s.limits)] as const] : [])));
  const channels = [...senders.keys()];
  let running = false;
  let loop: Promise<void> | undefined;
  let wakeUp: (() => void) | undefined;
  let woken = false;

  async function deliver(row: OutboxRow, sender: ChannelSender): Promise<void> {
    const attempts = row.attempts + 1;
    const limiter = limiters.get(row.channel);
    if (limiter) {
      const chatWait = limiter.chatDelay(row.chatId, deps.clock.now().getTime());
      if (chatWait > 0) {
        await deps.store.release(row.id, new Date(deps.clock.now().getTime() + chatWait));
        return;
      }
      const globalWait = limiter.globalDelay(deps.clock.now().getTime());
      // A short wait is slept; a long one (a slow platform such as Zalo) would hold up the other
      // channels' messages, so the row goes back until then instead.
      if (globalWait > MAX_SLEEP_MS) {
        await deps.store.release(row.id, new Date(deps.clock.now().getTime() + globalWait));
        return;
      }
      if (globalWait > 0) await new Promise((resolve) => setTimeout(resolve, globalWait));
      limiter.record(row.chatId, deps.clock.now().getTime());
    }
    try {
      const live = await deps.store.liveChoices(row);
      const receipt = await sender.send(row.chatId, row.message, live ? { clearChoicesOf: live.platformMessageId } : {});
      if (live) await deps.store.markChoicesCleared(live.id);
      await deps.store.markSent(row.id, deps.clock.now(), receipt.platformMessageId);
    } catch (error) {
      const failure = error instanceof SendError ? error.failure : { kind: "retry" as const, reason: String(error) };
      if (failure.kind === "permanent") {
        deps.logger.warn({ outboxId: row.id, channel: row.channel, reason: failure.reason }, "message failed permanently");
        await deps.store.markFailed(row.id, attempts, failure.reason);
        if (failure.unreachable) await deps.store.markUnreachable(row, deps.clock.now());
      } else if (attempts >= policy.maxAttempts) {
        deps.logger.warn({ outboxId: row.id, channel: row.channel, reason: failure.reason, attempts }, "message gave up after retries");
        await deps.store.markFailed(row.id, attempts, failure.reason);
      } else {
        const delay = retryDelayMs(policy, attempts, "retryAfterMs" in failure ? failure.retryAfterMs : undefined);
        await deps.store.retryLater(row.id, attempts, new Date(deps.clock.now().getTime() + delay), failure.reason);
      }
    }
  }

  async function tick(): Promise<number> {
    if (channels.length === 0) return 0;
    const rows = await deps.store.claimDue(deps.clock.now(), channels, deps.batch ?? 50);
    for (const row of rows) {
      const sender = senders.get(row.channel);
      if (sender) await deliver(row, sender);
    }
    return rows.length;
  }

  async function sleep(): Promise<void> {
    if (woken) {
      woken = false;
      return;
    }
    const next = await deps.store.nextDueAt(channels);
    const idle = deps.idleMs ?? 1_000;
    const wait = next ? Math.min(idle, Math.max(0, next.getTime() - deps.clock.now().getTime())) : idle;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, wait);
      wakeUp = () => {
        clearTimeout(timer);
        resolve();
      };
    });
    wakeUp = undefined;
    woken = false;
  }

  async function run(): Promise<void> {
    while (running) {
      try {
        const handled = await tick();
        if (handled === 0) await sleep();
      } catch (error) {
        deps.logger.error({ err: error }, "outbox tick failed");
        await new Promise((resolve) => setTimeout(resolve, deps.idleMs ?? 1_000));
      }
    }
  }

  return {
    start() {
      if (running) return;
      running = true;
      loop = run();
    },
    wake() {
      woken = true;
      wakeUp?.();
    },
    tick,
    async drain() {
      while ((await tick()) > 0) {
        // keep going until nothing is due
      }
    },
    async stop() {
      running = false;
      wakeUp?.();
      await loop;
    },
  };
}
