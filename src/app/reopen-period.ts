import { periodWindow } from "../domain/schedule-rules.ts";
import { lastDayOf } from "../engine/render/late-until.ts";
import { periodLabel } from "../engine/render/render-context.ts";
import { noticeCells } from "./cell-notices.ts";
import { DEFAULT_LATE_DAYS, MAX_LATE_DAYS, allowanceUntil, isValidReason } from "./late-reports.ts";
import type { CorrectionApp } from "./return-for-correction.ts";

export interface ReopenRequest {
  readonly periodKey: string;
  readonly reason: string;
  /** Open until the end of the `days`-th day from today (DEFAULT_LATE_DAYS when absent). */
  readonly days?: number;
  /** The root admin; null for the CLI. Whether they may is the caller's. */
  readonly by: number | null;
}

export type ReopenResult =
  | {
      readonly ok: true;
      readonly periodKey: string;
      /** The new deadline: the scheduler closes the period again then. */
      readonly until: Date;
      /** Cells recorded as not reported that are in progress again. */
      readonly reopened: number;
      /** Cells that have not submitted and were told. */
      readonly awaiting: number;
    }
  | { readonly ok: false; readonly why: "bad-reason" | "bad-days" | "unknown-period" | "not-closed" };

/**
 * Reopens a closed period for every cell with a reason and its own deadline. The deadline is
 * recorded as a late-report allowance for every cell (the record a late report for one cell
 * uses too): the engine lets each cell that has not submitted answer the period until then —
 * also when a newer period is open meanwhile — and the scheduler keeps the period open until
 * the allowances end instead of closing it again by the calendar a minute later. Cells recorded
 * as not reported are in progress again with their answers; those that have not submitted are
 * told. One transaction, audited as "period.reopen".
 */
export async function reopenPeriod(app: CorrectionApp, request: ReopenRequest): Promise<ReopenResult> {
  const reason = request.reason.trim();
  if (!isValidReason(reason)) return { ok: false, why: "bad-reason" };
  const days = request.days ?? DEFAULT_LATE_DAYS;
  if (!Number.isInteger(days) || days < 1 || days > MAX_LATE_DAYS) return { ok: false, why: "bad-days" };
  const now = app.clock.now();
  const { timeZone } = app.config;
  return app.inTransaction(async (s): Promise<ReopenResult> => {
    const period = await s.periods.findByKey(request.periodKey);
    if (!period) return { ok: false, why: "unknown-period" };
    if (!(await s.periods.reopen(period.key, now))) return { ok: false, why: "not-closed" };
    // Never before the calendar's own closing: reopening a period closed early keeps its window.
    const closesAt = periodWindow(period.key, app.config.schedule.calendar, timeZone).closesAt;
    const requested = allowanceUntil(now, days, timeZone);
    const until = requested > closesAt ? requested : closesAt;
    const cells = await s.org.unitsOfKind("cell");
    // One deadline for every cell: earlier allowances of single cells are replaced by it.
    await s.lateReports.allowMany(cells.map((cell) => ({ unitId: cell.id, periodId: period.id, reason, by: request.by, at: now, until })));
    const reopened = await s.assessments.reopenPeriodNotReported(period.id, now);
    const submitted = new Set(await s.assessments.submittedUnitIds(period.id));
    const awaiting = cells.filter((c) => !submitted.has(c.id));
    await s.audit.record({
      at: now,
      actorId: request.by,
      action: "period.reopen",
      subject: `period:${period.key}`,
      details: { reason, until: until.toISOString(), days, reopened, awaiting: awaiting.length },
    });
    const names = new Map(awaiting.map((c) => [c.id, c.name]));
    await noticeCells(s, app, awaiting.map((c) => c.id), {
      at: now,
      dedupe: `reopen:${period.key}:${now.toISOString()}`,
      button: "option-open-report",
      text: (locale, unitId) => app.translator.t(locale, "period-reopened-notice", { period: periodLabel(period.key), unit: names.get(unitId) ?? "", until: lastDayOf(until, timeZone), reason }),
    });
    return { ok: true, periodKey: period.key, until, reopened, awaiting: awaiting.length };
  });
}
