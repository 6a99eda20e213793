import { addDays, zonedInstant } from "../domain/calendar.ts";
import { periodKindOf } from "../domain/period.ts";
import { notBefore, periodWindow } from "../domain/schedule-rules.ts";
import { lastDayOf } from "../engine/render/late-until.ts";
import { digestMessages } from "./post-digests.ts";
import type { ProactiveDeps } from "./proactive-deps.ts";

/**
 * Closes an open period once: missing reports are recorded, and bound groups get the final
 * summary. A reopened period is closed (and summarised) once more per reopening: the run is
 * claimed under the period's key and the time of its latest late-report allowance.
 */
export async function closePeriod(deps: ProactiveDeps, key: string): Promise<{ notReported: number } | null> {
  const now = deps.clock.now();
  const kind = periodKindOf(key) ?? "monthly";
  const period = (await deps.schedule.listPeriods(kind)).find((p) => p.key === key);
  if (!period?.open) return null;
  const extension = await deps.schedule.lateReportsOf(period.id);
  const slot = extension ? `${key}@${extension.lastAllowedAt.toISOString()}` : key;
  if (!(await deps.jobRuns.claim("period-close", slot, now))) return null;
  const closed = await deps.schedule.closePeriod(key, now);
  if (closed) {
    const at = notBefore(now, deps.quiet, deps.timeZone);
    // A year's self-assessments are summed up with the year's results (ANNUAL_CRON), not as a month.
    const summaries = kind === "monthly" ? await digestMessages(deps, key, { final: true, dedupe: `close:${slot}` }) : [];
    const drafts = summaries.map((d) => ({ ...d, notBefore: at }));
    await deps.outbox.enqueue(drafts, now);
    deps.logger.info({ period: key, notReported: closed.notReported, summaries: drafts.length }, "period closed");
  }
  await deps.jobRuns.finish("period-close", slot, deps.clock.now());
  return closed;
}

/** What closing an open period before its deadline would do, for the admin to confirm. */
export interface EarlyClose {
  /** The last day reports are due, day first: the calendar's due day, or a reopening's last day. */
  readonly due: string;
  /** Cells that have not submitted: they would be recorded as not reported. */
  readonly awaiting: number;
}

/**
 * Whether closing the period now would be early: before the end of its due day, or of its
 * reopening's deadline. Undefined when it is not (or the period is not open: closing then says so).
 */
export async function earlyClose(deps: ProactiveDeps, key: string): Promise<EarlyClose | undefined> {
  const now = deps.clock.now();
  const kind = periodKindOf(key) ?? "monthly";
  const period = (await deps.schedule.listPeriods(kind)).find((p) => p.key === key);
  if (!period?.open) return undefined;
  const dueEnds = zonedInstant(addDays(periodWindow(key, deps.calendar, deps.timeZone).due, 1), 0, 0, deps.timeZone);
  const extension = await deps.schedule.lateReportsOf(period.id);
  const deadline = extension && extension.until > dueEnds ? extension.until : dueEnds;
  if (now >= deadline) return undefined;
  const awaiting = (await deps.schedule.cellsAwaiting(period.id, kind)).length;
  return { due: lastDayOf(deadline, deps.timeZone), awaiting };
}
