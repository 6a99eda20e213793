import type { Clock } from "../engine/ports.ts";
import type { LoggerPort } from "../engine/logger-port.ts";
import type { LeaseStore } from "../ports/lease-store.ts";

/** The name of the lease whose holder polls Telegram, holds the Zalo session and runs the scheduler. */
export const ACTIVE_LEASE = "active";

export interface LeaseTiming {
  /** How long a taken lease lasts without renewal: a dead holder is replaced after at most this (plus one renewal interval). */
  readonly ttlMs: number;
  /** How often the holder renews it, and a standby tries to take it. */
  readonly renewMs: number;
}

/** Failover within 25 s: an expired lease is taken at the next try, every 5 s. */
export const DEFAULT_LEASE_TIMING: LeaseTiming = { ttlMs: 20_000, renewMs: 5_000 };

/** What only one instance at a time may do. `start` may throw: the lease is then given up and tried again. */
export interface ActiveRole {
  start(): Promise<void>;
  stop(): Promise<void>;
}

export interface ActiveInstance {
  /** Whether this instance holds the lease and its role is started. */
  readonly active: boolean;
  /**
   * Settles after the first try: this instance is active, or another one is. Rejects when the
   * role failed to start on that first try (a rejected token, say): a mistake to report at once,
   * not to retry; nothing is then held. Later failures are logged and tried again.
   */
  readonly ready: Promise<void>;
  /** Stops the role (if active) and gives the lease up at once, so a standby takes over without waiting for it to expire. */
  stop(): Promise<void>;
}

/**
 * Plays `role` while this instance holds the lease. Every `renewMs` the holder renews it and a
 * standby tries to take it; an instance that finds it lost (it was paused longer than the ttl)
 * stops the role at once. Of two instances, at most one plays the role at a time, as long as
 * their clocks agree to well within the ttl.
 */
export function holdActiveRole(
  deps: { readonly leases: LeaseStore; readonly clock: Clock; readonly logger: LoggerPort },
  holder: string,
  role: ActiveRole,
  timing: LeaseTiming = DEFAULT_LEASE_TIMING,
): ActiveInstance {
  let active = false;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  // One change at a time: a slow start must not overlap the next renewal's decision.
  let chain: Promise<void> = Promise.resolve();

  async function step(first = false): Promise<void> {
    if (stopped) return;
    let held: boolean;
    try {
      held = await deps.leases.tryAcquire(ACTIVE_LEASE, holder, timing.ttlMs, deps.clock.now());
    } catch (error) {
      // Without the database nobody can confirm the lease: an active instance steps down before it may have expired.
      deps.logger.warn({ err: error }, "could not renew the active lease");
      held = false;
    }
    if (held && !active) {
      deps.logger.info({ holder }, "this instance is now the active one");
      try {
        await role.start();
        active = true;
      } catch (error) {
        await role.stop().catch(() => undefined);
        await deps.leases.release(ACTIVE_LEASE, holder).catch(() => false);
        if (first) {
          stopped = true;
          throw error;
        }
        deps.logger.error({ err: error }, "could not start as the active instance; giving the lease up");
      }
    } else if (!held && active) {
      deps.logger.warn({ holder }, "the active lease was lost; standing by");
      active = false;
      await role.stop();
    }
  }

  const schedule = (): void => {
    if (stopped) return;
    timer = setTimeout(() => {
      chain = chain.then(() => step()).catch(failed).finally(schedule);
    }, timing.renewMs);
  };
  const failed = (error: unknown): void => deps.logger.error({ err: error }, "the active lease step failed");
  const ready = step(true);
  chain = ready.catch(() => undefined).finally(schedule);

  return {
    ready,
    get active() {
      return active;
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await chain.catch(() => undefined);
      if (active) {
        active = false;
        await role.stop();
      }
      await deps.leases.release(ACTIVE_LEASE, holder).catch(() => false);
    },
  };
}
