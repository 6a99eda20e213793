import type { UnitRef } from "../domain/org.ts";
import { periodWindow } from "../domain/schedule-rules.ts";
import { lastDayOf } from "../engine/render/late-until.ts";
import { periodLabel } from "../engine/render/render-context.ts";
import { noticeCells } from "./cell-notices.ts";
import { MAX_LATE_DAYS, allowanceUntil, isValidReason } from "./late-reports.ts";
import type { CorrectionApp } from "./return-for-correction.ts";

export interface LateRequest {
  readonly unitCode: string;
  readonly periodKey: string;
  /** The allowance runs to the end of the `days`-th day from today (1–MAX_LATE_DAYS). */
  readonly days: number;
  readonly reason: string;
  /** The admin; null for the CLI. Whether they may is the caller's (their subtree). */
  readonly by: number | null;
}

export type LateResult =
  | { readonly ok: true; readonly unit: UnitRef; readonly periodKey: string; readonly until: Date; readonly reopened: boolean; readonly notified: number }
  | { readonly ok: false; readonly why: "bad-reason" | "bad-days" | "unknown-unit" | "unknown-period"; readonly unit?: undefined }
  | { readonly ok: false; readonly why: "not-a-cell" | "submitted"; readonly unit: UnitRef }
  /** An allowance still running ends later than the one asked for (`asked`): it stands, nothing changes. */
  | { readonly ok: false; readonly why: "later-allowed"; readonly unit: UnitRef; readonly until: Date; readonly asked: Date }
  /** Still open: the cell answers it as it is, until `closes` (a day, day first). */
  | { readonly ok: false; readonly why: "period-open"; readonly unit: UnitRef; readonly closes: string };

/**
 * Lets one cell report for a closed period: the allowance (until the end of the `days`-th day),
 * its assessment recorded as not reported back in progress with its answers, the audit entry,
 * and a message to its secretaries and deputies naming the month and the deadline — all in one
 * transaction. The engine then lets the cell answer that period while the allowance runs; once
 * it has ended unused, the scheduler records the cell as not reported again.
 */
export async function allowLateReport(app: CorrectionApp, request: LateRequest): Promise<LateResult> {
  const reason = request.reason.trim();
  if (!isValidReason(reason)) return { ok: false, why: "bad-reason" };
  if (!Number.isInteger(request.days) || request.days < 1 || request.days > MAX_LATE_DAYS) return { ok: false, why: "bad-days" };
  const now = app.clock.now();
  const { timeZone } = app.config;
  return app.inTransaction(async (s): Promise<LateResult> => {
    const unit = await s.org.findUnit(request.unitCode);
    if (!unit) return { ok: false, why: "unknown-unit" };
    if (unit.kind !== "cell") return { ok: false, why: "not-a-cell", unit };
    const period = await s.periods.findByKey(request.periodKey);
    if (!period) return { ok: false, why: "unknown-period" };
    if (period.open) {
      const extension = (await s.lateReports.forPeriod(period.id)).map((r) => Date.parse(r.until));
      const closes = Math.max(periodWindow(period.key, app.config.schedule.calendar, timeZone).closesAt.getTime(), ...extension);
      return { ok: false, why: "period-open", unit, closes: lastDayOf(new Date(closes), timeZone) };
    }
    const [assessment] = await s.assessments.assessmentsOf([unit.id], period.id);
    if (assessment?.status === "submitted") return { ok: false, why: "submitted", unit };
    const until = allowanceUntil(now, request.days, timeZone);
    // Allowing again never cuts short a deadline still running: the later one stands.
    const running = await s.lateReports.find(unit.id, period.id);
    const runningUntil = running ? Date.parse(running.until) : Number.NEGATIVE_INFINITY;
    if (runningUntil > now.getTime() && runningUntil > until.getTime()) return { ok: false, why: "later-allowed", unit, until: new Date(runningUntil), asked: until };
    await s.lateReports.allow({ unitId: unit.id, periodId: period.id, reason, by: request.by, at: now, until });
    const reopened = assessment?.status === "not_reported" ? await s.assessments.reopenNotReported(assessment.id, now) : false;
    await s.audit.record({
      at: now,
      actorId: request.by,
      action: "late-report.allow",
      subject: `unit:${unit.code}`,
      details: { period: period.key, until: until.toISOString(), reason, days: request.days, reopened },
    });
    const notified = await noticeCells(s, app, [unit.id], {
      at: now,
      dedupe: `late:${period.key}:${until.toISOString()}`,
      button: "option-open-report",
      text: (locale) => app.translator.t(locale, "late-report-notice", { period: periodLabel(period.key), unit: unit.name, until: lastDayOf(until, timeZone), reason }),
    });
    return { ok: true, unit, periodKey: period.key, until, reopened, notified };
  });
}
