import { isPeriodKey } from "../domain/period.ts";
import type { Translate } from "../i18n/translator.ts";
import { periodLabel } from "../engine/render/render-context.ts";
import type { YearEndRating } from "../ports/year-end-store.ts";
import type { ApproveMissedOutcome, WithdrawMissedOutcome } from "./approve-missed-meeting.ts";
import type { EnterRatingOutcome, RatingValues } from "./enter-year-end-rating.ts";
import type { TitleDecisionOutcome, TitleValues } from "./record-title-decision.ts";
import type { YearEndRefusal } from "./year-end-unit.ts";

/**
 * The year-end inputs' outcomes in words, the same in a chat and on the command line. Every word
 * comes from the locales (keys `yearend-…`).
 */

/** The refusal in words (a unit's kind named in the reader's language, a month as MM/YYYY). */
export function yearEndRefusalText(t: Translate, refusal: YearEndRefusal): string {
  const args: Record<string, string | number> = { ...refusal.args };
  if (typeof args["kind"] === "string") args["kind"] = t(`kind-${args["kind"]}`);
  if (typeof args["period"] === "string" && isPeriodKey(args["period"])) args["period"] = periodLabel(args["period"]);
  return t(`yearend-${refusal.reason}`, args);
}

export const ratingLabel = (t: Translate, rating: YearEndRating | null): string => (rating === null ? t("yearend-not-entered") : t(`yearend-rating-${rating}`));

/** "Hoàn thành tốt nhiệm vụ; 95 % đảng viên hoàn thành tốt nhiệm vụ trở lên" (or "chưa nhập"). */
export function ratingValuesText(t: Translate, values: RatingValues): string {
  return t("yearend-rating-values", {
    rating: ratingLabel(t, values.rating),
    share: values.shareGoodPercent === null ? t("yearend-not-entered") : `${values.shareGoodPercent}%`,
  });
}

export function titleValuesText(t: Translate, values: TitleValues): string {
  const decision = t(values.conferred ? "yearend-title-conferred" : "yearend-title-not-conferred");
  return values.note === null ? decision : t("yearend-title-with-note", { decision, note: values.note });
}

export function ratingOutcomeText(t: Translate, outcome: EnterRatingOutcome): string {
  if (!outcome.ok) return yearEndRefusalText(t, outcome);
  const args = { unit: outcome.unit.name, code: outcome.unit.code, year: String(outcome.year), values: ratingValuesText(t, outcome.after) };
  if (outcome.change === "unchanged") return t("yearend-rating-unchanged", args);
  const lines = [t("yearend-rating-saved", args)];
  if (outcome.before) lines.push(t("yearend-before", { values: ratingValuesText(t, outcome.before) }));
  return lines.join("\n");
}

export function missedOutcomeText(t: Translate, outcome: ApproveMissedOutcome): string {
  if (!outcome.ok) return yearEndRefusalText(t, outcome);
  const args = { unit: outcome.unit.name, code: outcome.unit.code, period: periodLabel(outcome.periodKey), reason: outcome.reason };
  if (outcome.change === "unchanged") return t("yearend-missed-unchanged", args);
  const lines = [t("yearend-missed-saved", args)];
  if (outcome.before !== null) lines.push(t("yearend-before", { values: outcome.before }));
  return lines.join("\n");
}

export function withdrawOutcomeText(t: Translate, outcome: WithdrawMissedOutcome): string {
  if (!outcome.ok) return yearEndRefusalText(t, outcome);
  return t("yearend-missed-withdrawn", { unit: outcome.unit.name, code: outcome.unit.code, period: periodLabel(outcome.periodKey), reason: outcome.reason });
}

export function titleOutcomeText(t: Translate, outcome: TitleDecisionOutcome): string {
  if (!outcome.ok) return yearEndRefusalText(t, outcome);
  const args = { unit: outcome.unit.name, code: outcome.unit.code, year: String(outcome.year), decision: titleValuesText(t, outcome.after) };
  if (outcome.change === "unchanged") return t("yearend-title-unchanged", args);
  const lines = [t("yearend-title-saved", args)];
  if (outcome.before) lines.push(t("yearend-before", { values: titleValuesText(t, outcome.before) }));
  return lines.join("\n");
}
