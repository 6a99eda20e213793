import type { UnitRef } from "../domain/org.ts";
import { lastDayOf } from "../engine/render/late-until.ts";
import { periodLabel } from "../engine/render/render-context.ts";
import type { AssessmentStatus } from "../ports/assessment-store.ts";
import { noticeCells } from "./cell-notices.ts";
import { DEFAULT_LATE_DAYS, allowanceUntil, isValidReason } from "./late-reports.ts";
import type { App } from "./open-app.ts";

export type CorrectionApp = Pick<App, "stores" | "inTransaction" | "clock" | "config" | "translator">;

export interface ReturnRequest {
  readonly unitCode: string;
  readonly periodKey: string;
  /** Why, for the cell: 1–500 characters. */
  readonly reason: string;
  /** The admin or leader; null for the CLI. Whether they may is the caller's (their subtree). */
  readonly by: number | null;
}

export type ReturnResult =
  | {
      readonly ok: true;
      readonly unit: UnitRef;
      readonly periodKey: string;
      /** The submission returned: its revision number and score. */
      readonly revision: number;
      readonly score: number;
      /** Set when the period had closed: the cell was allowed a late report until then. */
      readonly lateUntil: Date | null;
      /** Messages queued to the cell's secretaries and deputies. */
      readonly notified: number;
    }
  | { readonly ok: false; readonly why: "bad-reason" | "unknown-unit" | "unknown-period"; readonly unit?: undefined }
  | { readonly ok: false; readonly why: "not-a-cell"; readonly unit: UnitRef }
  | { readonly ok: false; readonly why: "not-submitted"; readonly unit: UnitRef; readonly status: "not_started" | AssessmentStatus };

/**
 * Sends a cell's submitted report for a period back for correction, with the reason: in one
 * transaction its submission is kept as a returned revision and the report is in progress again
 * with every answer (AssessmentStore.returnForCorrection), the step is audited, and the cell's
 * secretaries and deputies are told why, with the button that opens the report at its summary.
 * They edit and send again through the normal submission, which scores it anew.
 *
 * When the period has closed, the cell is also allowed a late report (DEFAULT_LATE_DAYS days),
 * else it could not answer again.
 */
export async function returnForCorrection(app: CorrectionApp, request: ReturnRequest): Promise<ReturnResult> {
  const reason = request.reason.trim();
  if (!isValidReason(reason)) return { ok: false, why: "bad-reason" };
  const now = app.clock.now();
  const { timeZone } = app.config;
  return app.inTransaction(async (s): Promise<ReturnResult> => {
    const unit = await s.org.findUnit(request.unitCode);
    if (!unit) return { ok: false, why: "unknown-unit" };
    if (unit.kind !== "cell") return { ok: false, why: "not-a-cell", unit };
    const period = await s.periods.findByKey(request.periodKey);
    if (!period) return { ok: false, why: "unknown-period" };
    const [assessment] = await s.assessments.assessmentsOf([unit.id], period.id);
    if (assessment?.status !== "submitted") return { ok: false, why: "not-submitted", unit, status: assessment?.status ?? "not_started" };
    // A concurrent return (or anything else) got there first: it is no longer submitted.
    if (!(await s.assessments.returnForCorrection({ assessmentId: assessment.id, by: request.by, reason, at: now }))) {
      return { ok: false, why: "not-submitted", unit, status: "in_progress" };
    }
    const returned = (await s.assessments.revisions(assessment.id)).filter((r) => r.returned !== null).at(-1);
    const revision = returned?.revision ?? 0;
    const score = returned?.standing.score ?? assessment.standing?.score ?? 0;
    let lateUntil: Date | null = null;
    if (!period.open) {
      lateUntil = allowanceUntil(now, DEFAULT_LATE_DAYS, timeZone);
      await s.lateReports.allow({ unitId: unit.id, periodId: period.id, reason, by: request.by, at: now, until: lateUntil });
      await s.audit.record({ at: now, actorId: request.by, action: "late-report.allow", subject: `unit:${unit.code}`, details: { period: period.key, until: lateUntil.toISOString(), reason, days: DEFAULT_LATE_DAYS } });
    }
    await s.audit.record({
      at: now,
      actorId: request.by,
      action: "assessment.return",
      subject: `assessment:${assessment.id}`,
      details: { unit: unit.code, period: period.key, reason, revision, score, fourGood: returned?.standing.fourGood ?? null, lateUntil: lateUntil?.toISOString() ?? null },
    });
    const until = lateUntil;
    const notified = await noticeCells(s, app, [unit.id], {
      at: now,
      dedupe: `return:${assessment.id}:${revision}`,
      button: "option-open-report",
      text: (locale) =>
        [
          app.translator.t(locale, "correction-notice", { period: periodLabel(period.key), unit: unit.name, reason }),
          ...(until ? [app.translator.t(locale, "correction-notice-late", { until: lastDayOf(until, timeZone) })] : []),
        ].join("\n"),
    });
    return { ok: true, unit, periodKey: period.key, revision, score, lateUntil, notified };
  });
}
