import { createTask, type ScheduledTask } from "node-cron";
import type { LoggerPort } from "../engine/logger-port.ts";
import type { Clock, JobRunStore } from "../engine/ports.ts";

export interface Job {
  readonly name: string;
  readonly cron: string;
  /** A slot missed while the bot was down still runs if it is at most this late. */
  readonly graceMs: number;
  /** Run once at start whatever the slots say (for state-based jobs such as periods). */
  readonly runAtStart?: boolean;
  run(slot: Date): Promise<void>;
}

const MINUTE = 60_000;
/** How far back start-up looks for missed slots to report as skipped. */
const LOOKBACK_MS = 8 * 24 * 60 * MINUTE;

/**
 * node-cron fires the jobs (in the committees' time zone); every fire is recorded as
 * (job, slot) with a unique key before it runs, so a slot runs once even with two processes.
 * At start, a slot missed within its grace window runs once; older ones are logged and skipped.
 */
export function createScheduler(deps: { jobs: readonly Job[]; jobRuns: JobRunStore; clock: Clock; timeZone: string; logger: LoggerPort }) {
  const matchers = new Map(deps.jobs.map((job) => [job.name, createTask(job.cron, () => undefined, { timezone: deps.timeZone, name: `match:${job.name}` })]));
  let tasks: ScheduledTask[] = [];

  // node-cron's match converts to the time zone on every call (tens of microseconds), and a job
  // with a grace window of days walks thousands of minutes per check; consecutive checks walk
  // mostly the same minutes, whose answer never changes, so it is remembered (bounded).
  const matched = new Map<string, Map<number, boolean>>();
  const matches = (job: Job, at: Date): boolean => {
    let known = matched.get(job.name);
    if (!known) matched.set(job.name, (known = new Map()));
    let hit = known.get(at.getTime());
    if (hit === undefined) {
      if (known.size >= 50_000) known.clear();
      hit = matchers.get(job.name)?.match(at) ?? false;
      known.set(at.getTime(), hit);
    }
    return hit;
  };

  /** The latest slot of the job in [from, to], walking back minute by minute. */
  function latestSlot(job: Job, from: number, to: number): Date | undefined {
    for (let t = Math.floor(to / MINUTE) * MINUTE; t >= from; t -= MINUTE) {
      const at = new Date(t);
      if (matches(job, at)) return at;
    }
    return undefined;
  }

  /**
   * Runs the slot unless it ran or runs elsewhere. With `takeOver` (start-up, when this instance
   * just became the only scheduler) a run left unfinished by a dead instance is run again: its
   * messages carry dedupe keys, so what it had enqueued is not sent twice.
   */
  async function fire(job: Job, slot: Date, options: { takeOver?: boolean } = {}): Promise<boolean> {
    const key = slot.toISOString();
    const now = deps.clock.now();
    const claimed = (await deps.jobRuns.claim(job.name, key, now)) || (options.takeOver === true && (await deps.jobRuns.takeOver(job.name, key, now)));
    if (!claimed) return false;
    try {
      await job.run(slot);
      await deps.jobRuns.finish(job.name, key, deps.clock.now());
    } catch (error) {
      deps.logger.error({ err: error, job: job.name, slot: key }, "scheduled job failed");
      await deps.jobRuns.finish(job.name, key, deps.clock.now(), error instanceof Error ? error.message : String(error));
    }
    return true;
  }

  /** Runs each job's latest slot if it is due and within its grace window. */
  async function check(now: Date = deps.clock.now(), only?: Job): Promise<void> {
    for (const job of only ? [only] : deps.jobs) {
      const slot = latestSlot(job, now.getTime() - job.graceMs, now.getTime());
      if (slot) await fire(job, slot);
    }
  }

  /** Start-up: catch up what is within grace, report (once) what is older, run state-based jobs. */
  async function catchUp(now: Date = deps.clock.now()): Promise<void> {
    for (const job of deps.jobs) {
      const recent = latestSlot(job, now.getTime() - job.graceMs, now.getTime());
      if (recent) {
        if (await fire(job, recent, { takeOver: true })) deps.logger.info({ job: job.name, slot: recent.toISOString() }, "slot run at start");
      } else {
        const missed = latestSlot(job, now.getTime() - LOOKBACK_MS, now.getTime() - job.graceMs);
        if (missed && (await deps.jobRuns.claim(job.name, missed.toISOString(), now))) {
          await deps.jobRuns.finish(job.name, missed.toISOString(), now, "skipped: missed while the bot was down, past its grace window");
          deps.logger.warn({ job: job.name, slot: missed.toISOString() }, "missed slot skipped");
        }
      }
      if (job.runAtStart) {
        try {
          await job.run(now);
        } catch (error) {
          deps.logger.error({ err: error, job: job.name }, "start-up run failed");
        }
      }
    }
  }

  return {
    check,
    catchUp,
    fire,
    async start(): Promise<void> {
      await catchUp();
      tasks = deps.jobs.map((job) => {
        const task = createTask(job.cron, () => check(deps.clock.now(), job), { timezone: deps.timeZone, name: job.name, noOverlap: true });
        void task.start();
        return task;
      });
    },
    /** Stops firing; `start` may be called again (an instance that becomes active again). */
    stop(): void {
      for (const task of tasks) void task.destroy();
      tasks = [];
    },
  };
}

export type Scheduler = ReturnType<typeof createScheduler>;
