import { SendError, type ChannelSender, type SendFailure } from "../engine/channel-sender.ts";
import type { ChatAddress } from "../engine/messages.ts";
import type { LoggerPort } from "../engine/logger-port.ts";
import type { Clock, OutboxRow, OutboxSignal, OutboxStore } from "../engine/ports.ts";
import { RateLimiter } from "./rate-limiter.ts";
import { DEFAULT_RETRY_POLICY, retryDelayMs, type RetryPolicy } from "./retry-policy.ts";

/** Longest pause the worker takes for a platform's global rate before putting a message back. */
const MAX_SLEEP_MS = 50;
/** How often a lease is renewed while one message is being delivered (well inside the lease). */
const RENEW_EVERY_MS = 5_000;
const LEASE_MS = 15_000;
const DEFAULT_CONCURRENCY = 8;
/**
 * While new replies keep the worker busy (each claimed by its id), the outbox is still searched
 * for everything else that is due (retries, jobs' messages, another instance's rows) this often.
 */
const SWEEP_EVERY_MS = 100;
/** New ids remembered for claiming by id; beyond this (a worker that is not ticking) the sweep finds them. */
const MAX_FRESH = 1_000;

export interface OutboxWorkerDeps {
  readonly store: OutboxStore;
  readonly senders: readonly ChannelSender[];
  readonly clock: Clock;
  readonly logger: LoggerPort;
  readonly policy?: RetryPolicy;
  /** Longest sleep between polls when nothing wakes the worker. */
  readonly idleMs?: number;
  readonly batch?: number;
  /**
   * Messages delivered side by side (each to another chat: a chat's messages go one at a time,
   * in order). A platform call takes a round trip (~100 ms to Telegram) and recording it a
   * commit: one at a time, a busy period's messages would queue behind each other.
   */
  readonly concurrency?: number;
  /** A chat moved to a new id (a Telegram group upgraded to a supergroup): move what is bound to it. */
  readonly chatMoved?: (channel: string, from: string, to: string) => Promise<void>;
  /** Nothing can reach this chat any more (blocked, kicked, gone). */
  readonly chatUnreachable?: (address: ChatAddress, reason: string) => Promise<void>;
  /**
   * The database is this process's alone: at start, messages a crashed run had claimed are sent
   * at once instead of after their lease.
   */
  readonly soleDeliverer?: boolean;
}

export interface OutboxWorker extends OutboxSignal {
  start(): void;
  /** Sends everything that is due now, then returns how many messages it handled. */
  tick(): Promise<number>;
  /** Ticks until nothing is due (messages in backoff stay pending). */
  drain(): Promise<void>;
  stop(): Promise<void>;
}

type Outcome = "sent" | "later";

/**
 * Delivers outbox rows through the channels' senders, one platform call at a time: progress is
 * stored after every call, so a retry never repeats a call that succeeded, and every call is
 * paced. It owns retry, backoff, attempt caps, the failed state and unreachable recipients; no
 * other layer retries a send.
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
  /** Rows committed since the last tick, to claim by id. */
  const fresh: number[] = [];
  let lastSweep = Number.NEGATIVE_INFINITY;
  /** Something due that no id was given for: rows enqueued by a job, or due again after a wait. */
  let sweepNext = true;
  const now = (): number => deps.clock.now().getTime();
  const at = (ms: number): Date => new Date(ms);

  /** Waits for the platform's pace before one call; false when the row must go back until later. */
  async function paced(row: OutboxRow): Promise<boolean> {
    const limiter = limiters.get(row.channel);
    if (!limiter) return true;
    const chatWait = limiter.chatDelay(row.chatId, now());
    if (chatWait > 0) {
      await deps.store.release(row.id, at(now() + chatWait));
      return false;
    }
    const globalWait = limiter.globalDelay(now());
    // A short wait is slept; a long one (a slow platform such as Zalo) would hold up the other
    // channels' messages, so the row goes back until then instead.
    if (globalWait > MAX_SLEEP_MS) {
      await deps.store.release(row.id, at(now() + globalWait));
      return false;
    }
    // Booked before the wait: deliveries running side by side must not take the same slot.
    limiter.record(row.chatId, now(), now() + globalWait);
    if (globalWait > 0) await new Promise((resolve) => setTimeout(resolve, globalWait));
    return true;
  }

  const failureOf = (error: unknown): SendFailure => (error instanceof SendError ? error.failure : { kind: "retry", reason: String(error) });

  /** What a failed call means for the row; the row is left pending, failed or moved accordingly. */
  async function failed(row: OutboxRow, failure: SendFailure): Promise<"skip" | "stop"> {
    const attempts = row.attempts + 1;
    switch (failure.kind) {
      case "rate_limited":
        // The platform's own wait, for this chat only; it is not the message's fault.
        limiters.get(row.channel)?.block(row.chatId, now() + failure.retryAfterMs);
        await deps.store.release(row.id, at(now() + failure.retryAfterMs));
        return "stop";
      case "moved":
        deps.logger.info({ channel: row.channel, from: row.chatId, to: failure.newChatId }, "chat moved to a new id");
        await deps.chatMoved?.(row.channel, row.chatId, failure.newChatId);
        await deps.store.moveChat(row.channel, row.chatId, failure.newChatId);
        await deps.store.release(row.id, at(now()));
        return "stop";
      case "permanent":
        if (failure.skipPart) {
          deps.logger.warn({ outboxId: row.id, channel: row.channel, reason: failure.reason }, "part of a message cannot be delivered; sending the rest");
          return "skip";
        }
        deps.logger.warn({ outboxId: row.id, channel: row.channel, reason: failure.reason }, "message failed permanently");
        await deps.store.markFailed(row.id, attempts, failure.reason);
        if (failure.unreachable) await unreachable(row, failure.reason);
        return "stop";
      case "retry":
        if (attempts >= policy.maxAttempts) {
          deps.logger.warn({ outboxId: row.id, channel: row.channel, reason: failure.reason, attempts }, "message gave up after retries");
          await deps.store.markFailed(row.id, attempts, failure.reason);
          if (failure.unreachableIfExhausted) await unreachable(row, failure.reason);
        } else {
          await deps.store.retryLater(row.id, attempts, at(now() + retryDelayMs(policy, attempts, failure.retryAfterMs)), failure.reason);
        }
        return "stop";
    }
  }

  async function unreachable(row: OutboxRow, reason: string): Promise<void> {
    await deps.store.markUnreachable(row, deps.clock.now());
    await deps.chatUnreachable?.(row, reason).catch((error: unknown) => deps.logger.error({ err: error, chat: row.chatId }, "unreachable chat not handled"));
  }

  /** Removes the buttons of the chat's previous message: one paced call, done once. */
  async function clearOldChoices(row: OutboxRow, sender: ChannelSender): Promise<Outcome> {
    if (row.partsSent > 0 || !sender.clearChoices) return "sent";
    const live = await deps.store.liveChoices(row);
    if (!live) return "sent";
    if (!(await paced(row))) return "later";
    try {
      await sender.clearChoices(row.chatId, live.platformMessageId);
    } catch (error) {
      const failure = failureOf(error);
      if (failure.kind === "rate_limited") {
        await failed(row, failure);
        return "later";
      }
      // Otherwise cosmetic: an old keyboard left in place is still answered safely (stale taps).
      deps.logger.debug({ err: error, chat: row.chatId }, "could not remove old buttons");
    }
    await deps.store.markChoicesCleared(live.id);
    return "sent";
  }

  async function deliver(row: OutboxRow, sender: ChannelSender): Promise<void> {
    const renew = setInterval(() => {
      deps.store.renewLease(row.id, at(now() + LEASE_MS)).catch((error: unknown) => deps.logger.warn({ err: error }, "lease renewal failed"));
    }, RENEW_EVERY_MS);
    try {
      if ((await clearOldChoices(row, sender)) === "later") return;
      const total = sender.parts(row.message);
      for (let index = row.partsSent; index < total; index++) {
        if (!(await paced(row))) return;
        let platformMessageId: string | undefined;
        try {
          platformMessageId = (await sender.sendPart(row.chatId, row.message, index)).platformMessageId;
        } catch (error) {
          if ((await failed(row, failureOf(error))) === "stop") return;
        }
        // Stored after every call, so a retry starts after the last call that went through.
        await deps.store.markPartSent(row.id, index + 1, index + 1 === total, deps.clock.now(), platformMessageId);
        row = { ...row, partsSent: index + 1 };
      }
      // A secret (an invite code) is not kept once it has reached its reader.
      if (row.message.secret) await deps.store.eraseDelivered(row.id);
    } finally {
      clearInterval(renew);
    }
  }

  const serving = (): string[] => channels.filter((c) => senders.get(c)?.ready?.() ?? true);

  /** Claims what is due: new rows by id (a batch at a time), and by a search when one is called for. */
  async function claim(ready: string[]): Promise<OutboxRow[]> {
    const batch = deps.batch ?? 50;
    const ids = fresh.splice(0, batch);
    // New rows not claimed here (a chat's second message waits for its first) are found by a
    // search: the next sweep, or the one that follows the worker's next look at what is due.
    let rows: OutboxRow[];
    try {
      rows = ids.length > 0 ? await deps.store.claimNew(ids, deps.clock.now(), ready) : [];
    } catch (error) {
      sweepNext = true;
      throw error;
    }
    if (sweepNext || now() - lastSweep >= SWEEP_EVERY_MS) {
      sweepNext = false;
      lastSweep = now();
      // A burst of new replies does not crowd out what has waited: the search gets a share.
      const limit = Math.max(batch - rows.length, Math.ceil(batch / 4));
      try {
        rows.push(...(await deps.store.claimDue(deps.clock.now(), ready, limit)));
      } catch (error) {
        // What was claimed by id goes out all the same; the search is tried again next time.
        if (rows.length === 0) throw error;
        sweepNext = true;
        deps.logger.error({ err: error }, "outbox search failed");
      }
    }
    return rows;
  }

  async function step(): Promise<number> {
    const ready = serving();
    if (ready.length === 0) return 0;
    const rows = await claim(ready);
    // Claimed rows are each chat's head: no two are for one chat.
    let next = 0;
    const lane = async (): Promise<void> => {
      for (let row = rows[next++]; row; row = rows[next++]) {
        const sender = senders.get(row.channel);
        if (sender) await deliver(row, sender);
      }
    };
    await Promise.all(Array.from({ length: Math.min(rows.length, deps.concurrency ?? DEFAULT_CONCURRENCY) }, lane));
    return rows.length;
  }

  async function sleep(): Promise<void> {
    if (woken) {
      woken = false;
      return;
    }
    const next = await deps.store.nextDueAt(serving(), deps.clock.now());
    // Woken while looking: the new rows go out now, not after the wait.
    if (woken) {
      woken = false;
      return;
    }
    const idle = deps.idleMs ?? 1_000;
    const wait = next ? Math.min(idle, Math.max(0, next.getTime() - deps.clock.now().getTime())) : idle;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        sweepNext = true;
        resolve();
      }, wait);
      wakeUp = () => {
        clearTimeout(timer);
        resolve();
      };
    });
    wakeUp = undefined;
    woken = false;
  }

  /** Everything due now, searched for. */
  async function tick(): Promise<number> {
    sweepNext = true;
    return step();
  }

  async function run(): Promise<void> {
    while (running) {
      try {
        const handled = await step();
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
      const reclaim = deps.soleDeliverer ? deps.store.releaseAbandonedClaims(deps.clock.now()) : Promise.resolve(0);
      loop = reclaim
        .then((count) => {
          if (count > 0) deps.logger.info({ count }, "messages left claimed by a previous run are sent now");
        })
        .catch((error: unknown) => deps.logger.warn({ err: error }, "could not release old claims"))
        .then(run);
    },
    wake(added) {
      if (added === undefined || fresh.length + added.length > MAX_FRESH) sweepNext = true;
      else fresh.push(...added);
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
