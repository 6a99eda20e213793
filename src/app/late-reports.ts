import { addDays, zonedInstant } from "../domain/calendar.ts";
import { calendarDateAt } from "../domain/period.ts";
import type { InTransaction, Stores } from "../ports/stores.ts";
import { byVersion, versionsInForce } from "./questionnaire-in-force.ts";

/**
 * Late reports and reopened periods share one record: a late-report allowance per cell
 * (`late_reports`), running until a midnight of the committee's time zone. A reopened period
 * grants one to every cell at once, and stays open until they end (the scheduler then closes it
 * again); a cell allowed on its own answers its closed period while its allowance runs.
 */

/** Days an allowance runs when none are named: a return on a closed period, a reopening. */
export const DEFAULT_LATE_DAYS = 7;

/** Allowed for at most this many days at once (it may be allowed again). */
export const MAX_LATE_DAYS = 60;

/** A reason (a return's, an allowance's, a reopening's): like a free-text answer, short. */
export const REASON_MAX = 500;

export const isValidReason = (reason: string): boolean => reason.trim().length > 0 && reason.length <= REASON_MAX;

/** The end of the `days`-th day after today: the next midnight after it, in the committee's time zone. */
export function allowanceUntil(now: Date, days: number, timeZone: string): Date {
  return zonedInstant(addDays(calendarDateAt(now, timeZone), days + 1), 0, 0, timeZone);
}

/** The period's allowances in short: when the last was granted and when the latest ends; null when none. */
export async function periodExtension(stores: Pick<Stores, "lateReports">, periodId: number): Promise<{ lastAllowedAt: Date; until: Date } | null> {
  const all = await stores.lateReports.forPeriod(periodId);
  if (all.length === 0) return null;
  let last = -Infinity;
  let until = -Infinity;
  for (const r of all) {
    last = Math.max(last, Date.parse(r.allowedAt));
    until = Math.max(until, Date.parse(r.until));
  }
  return { lastAllowedAt: new Date(last), until: new Date(until) };
}

/**
 * A period closed while allowances still ran (closed by hand before its reopening deadline):
 * they end now, so that nobody answers a closed period any more. Who allowed them, when and
 * why is kept.
 */
export async function endRunningLateReports(s: Pick<Stores, "lateReports">, periodId: number, at: Date): Promise<number> {
  const running = (await s.lateReports.forPeriod(periodId)).filter((r) => Date.parse(r.until) > at.getTime());
  await s.lateReports.allowMany(running.map((r) => ({ unitId: r.unitId, periodId, reason: r.reason, by: r.allowedBy, at: new Date(r.allowedAt), until: at })));
  return running.length;
}

/**
 * Allowances granted after their period closed that have ended: a cell that did not submit in
 * time is recorded as not reported again (its answers kept). Idempotent: a cell recorded so is
 * not touched again. Allowances that ended by their period's closing (a reopening's) were
 * recorded by the closing itself.
 */
export async function endLateReports(stores: Stores, inTransaction: InTransaction, at: Date): Promise<number> {
  let recorded = 0;
  for (const period of await stores.periods.list()) {
    if (period.open || period.closedAt === null) continue;
    const closedAt = Date.parse(period.closedAt);
    const ended = (await stores.lateReports.forPeriod(period.id)).filter((r) => Date.parse(r.until) > closedAt && Date.parse(r.until) <= at.getTime());
    if (ended.length === 0) continue;
    // The notes item does not matter here: only the statuses are read.
    const states = await stores.assessments.cellStates(period.id, ended.map((r) => r.unitId), "");
    const pending = states.filter((s) => s.status === "in_progress" || s.status === "not_started").map((s) => s.unitId);
    if (pending.length === 0) continue;
    recorded += await inTransaction(async (s) => {
      let n = 0;
      for (const [versionId, cellIds] of byVersion(await versionsInForce(s, pending, period))) n += await s.assessments.recordNotReported(period.id, versionId, cellIds, at);
      await s.audit.record({ at, action: "late-report.end", subject: `period:${period.key}`, details: { unitIds: pending, notReported: n } });
      return n;
    });
  }
  return recorded;
}
