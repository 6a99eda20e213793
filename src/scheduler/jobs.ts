import { postAnnualResults, type AnnualPostApp } from "../app/post-annual-results.ts";
import { postDigests } from "../app/post-digests.ts";
import type { ProactiveDeps } from "../app/proactive-deps.ts";
import { reconcilePeriods } from "../app/reconcile-periods.ts";
import { sendReminders } from "../app/send-reminders.ts";
import type { Job } from "./scheduler.ts";

const HOUR = 3_600_000;

export interface ScheduleConfig {
  readonly reminderCron: string;
  readonly digestCron: string;
  readonly annualCron: string;
}

/** The January post may run this late: the bot may well be down over the New Year holiday. */
const ANNUAL_GRACE_MS = 3 * 24 * HOUR;

/** The bot's jobs: thin wrappers around the use cases, which decide and enqueue. */
export function botJobs(deps: ProactiveDeps, config: ScheduleConfig, app: AnnualPostApp): Job[] {
  return [
    { name: "periods", cron: "*/10 * * * *", graceMs: 10 * 60_000, runAtStart: true, run: () => reconcilePeriods(deps) },
    { name: "reminders", cron: config.reminderCron, graceMs: HOUR, run: async () => void (await sendReminders(deps)) },
    { name: "digest", cron: config.digestCron, graceMs: 6 * HOUR, run: async (slot) => void (await postDigests(deps, slot.toISOString())) },
    { name: "annual", cron: config.annualCron, graceMs: ANNUAL_GRACE_MS, run: async (slot) => void (await postAnnualResults(app, slot)) },
  ];
}
