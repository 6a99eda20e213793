import { periodLabel } from "../engine/render/render-context.ts";
import type { Translate } from "../i18n/translator.ts";
import { lastDayOf } from "../engine/render/late-until.ts";
import type { LateResult } from "./allow-late-report.ts";
import { DEFAULT_LATE_DAYS, MAX_LATE_DAYS } from "./late-reports.ts";
import type { ReopenResult } from "./reopen-period.ts";
import type { ReturnResult } from "./return-for-correction.ts";

/**
 * What an admin is told after returning a report, allowing a late report or reopening a period:
 * the same words in chat (src/admin) and on the command line (src/cli).
 */


/** A report's status as a short phrase ("đã gửi", "chưa báo cáo", …). */
export const statusLabel = (t: Translate, status: string): string => t(`report-status-${status}`);

export function returnReply(t: Translate, result: ReturnResult, target: { code: string; key: string }, timeZone: string): string {
  const period = periodLabel(target.key);
  if (result.ok) {
    const done = t("correction-done", { period, unit: result.unit.name, revision: result.revision, score: result.score, notified: result.notified });
    return result.lateUntil ? [done, t("correction-done-late", { until: lastDayOf(result.lateUntil, timeZone), days: DEFAULT_LATE_DAYS })].join("\n") : done;
  }
  switch (result.why) {
    case "bad-reason":
      return t("reason-bad");
    case "unknown-unit":
      return t("unit-unknown", { code: target.code });
    case "unknown-period":
      return t("period-unknown", { period: target.key });
    case "not-a-cell":
      return t("report-not-a-cell", { unit: result.unit.name, code: result.unit.code });
    case "not-submitted":
      return t("correction-not-submitted", { period, unit: result.unit.name, status: statusLabel(t, result.status) });
  }
}

export function lateReply(t: Translate, result: LateResult, target: { code: string; key: string }, timeZone: string): string {
  const period = periodLabel(target.key);
  if (result.ok) return t("late-done", { period, unit: result.unit.name, until: lastDayOf(result.until, timeZone), notified: result.notified });
  switch (result.why) {
    case "bad-reason":
      return t("reason-bad");
    case "bad-days":
      return t("late-bad-days", { max: MAX_LATE_DAYS });
    case "unknown-unit":
      return t("unit-unknown", { code: target.code });
    case "unknown-period":
      return t("period-unknown", { period: target.key });
    case "not-a-cell":
      return t("report-not-a-cell", { unit: result.unit.name, code: result.unit.code });
    case "submitted":
      return t("late-submitted", { period, unit: result.unit.name, code: result.unit.code, key: target.key });
    case "period-open":
      return t("late-period-open", { period, unit: result.unit.name, closes: result.closes });
    case "later-allowed":
      return t("late-later-allowed", { period, unit: result.unit.name, until: lastDayOf(result.until, timeZone), asked: lastDayOf(result.asked, timeZone) });
  }
}

export function reopenReply(t: Translate, result: ReopenResult, key: string, timeZone: string): string {
  const period = periodLabel(key);
  if (result.ok) return t("period-reopened", { period, until: lastDayOf(result.until, timeZone), awaiting: result.awaiting, reopened: result.reopened });
  switch (result.why) {
    case "bad-reason":
      return t("reason-bad");
    case "bad-days":
      return t("late-bad-days", { max: MAX_LATE_DAYS });
    case "unknown-period":
      return t("period-unknown", { period: key });
    case "not-closed":
      return t("period-reopen-not-closed", { period });
  }
}
