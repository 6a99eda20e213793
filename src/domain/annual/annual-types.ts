/**
 * Small types shared by the yearly rules (a cell's eligibility, a grassroots committee's nine
 * criteria). Results carry rule ids and figures only; the words are rendered from the locales.
 */

/**
 * The four QĐ 366-QĐ/TW levels, best first: hoàn thành xuất sắc / hoàn thành tốt /
 * hoàn thành / không hoàn thành nhiệm vụ. The order is what `ratingAtLeast` compares.
 */
export const ORG_RATINGS = ["excellent", "good", "complete", "incomplete"] as const;
export type OrgRating = (typeof ORG_RATINGS)[number];

export function ratingAtLeast(rating: OrgRating, min: OrgRating): boolean {
  return ORG_RATINGS.indexOf(rating) <= ORG_RATINGS.indexOf(min);
}

/** What a result row shows besides met / not met: counts, thresholds, period keys, rule ids. */
export type Figures = Readonly<Record<string, number | string | readonly string[]>>;

/**
 * Three-valued: true / false once decided, null while it still depends on months not closed
 * or on input nobody has entered.
 */
export type Decision = boolean | null;

/** Every part must hold: false as soon as one part is false, true only when all are true. */
export function allOf(parts: readonly Decision[]): Decision {
  if (parts.some((part) => part === false)) return false;
  return parts.every((part) => part === true) ? true : null;
}

/**
 * A rule over months not all closed: decided when the worst and the best completion of the
 * year agree, i.e. true when it holds even if every open month goes wrong, false when it fails
 * even if every open month goes right.
 */
export function decide(bestCase: boolean, worstCase: boolean): Decision {
  if (worstCase) return true;
  return bestCase ? null : false;
}

/** The year a committee is reviewing on a given day: the one just ended in January, else the current one. */
export const yearUnderReview = (today: { readonly year: number; readonly month: number }): number => (today.month === 1 ? today.year - 1 : today.year);
