import { CRITERION_IDS, type CriterionId } from "../questionnaire/definition.ts";
import { allOf, decide, ratingAtLeast, type Decision, type Figures, type OrgRating } from "./annual-types.ts";
import { meetingHeld, thematicHeld } from "./cell-month-facts.ts";
import { monthsOfYear, submittedRecord, type MonthRecord, type YearMonth } from "./month-record.ts";

/**
 * A cell's yearly eligibility for the "chi bộ bốn tốt" title (DOMAIN.md, "Annual eligibility
 * (cell)"). The bot only says whether the cell may be proposed and why; the committee confers it.
 *
 * While the year runs, a rule is decided as soon as the months still open cannot change it:
 * false once it fails even if every remaining month goes perfectly, true once it holds even if
 * every remaining month goes wrong, null in between.
 */

/** What the committee enters at year end. */
export interface YearEndInput {
  readonly rating: OrgRating | null;
  /** Share of the cell's members rated "hoàn thành tốt" or better, 0–100. */
  readonly shareGoodPercent: number | null;
  /** Period keys whose missed regular meeting has an approved reason. */
  readonly approvedMissedMeetings: readonly string[];
}

export interface AnnualThresholds {
  /** Regular meetings held out of 12. */
  readonly meetingsRequired: number;
  /** Enough when every missed meeting has an approved reason. */
  readonly meetingsWithApprovedReason: number;
  readonly fourGoodMonths: number;
  /** Months each criterion I–IV must be met. */
  readonly criterionMonths: number;
  readonly shareGoodMin: number;
  readonly ratingMin: OrgRating;
}

export const DEFAULT_ANNUAL_THRESHOLDS: AnnualThresholds = {
  meetingsRequired: 12,
  meetingsWithApprovedReason: 11,
  fourGoodMonths: 10,
  criterionMonths: 10,
  shareGoodMin: 90,
  ratingMin: "good",
};

export const ANNUAL_RULES = ["meetings", "thematic_quarters", "four_good_months", "criterion_months", "no_veto", "rating", "share_good"] as const;
export type AnnualRule = (typeof ANNUAL_RULES)[number];

export interface AnnualReason {
  readonly rule: AnnualRule;
  readonly met: Decision;
  /**
   * Counts, thresholds, period keys and rule ids. `open` is always a count of months not closed
   * yet (or submitted without the data the rule reads); `undecided` lists quarters still open.
   */
  readonly figures: Figures;
}

export interface CellAnnualResult {
  readonly year: number;
  /** Months submitted so far. */
  readonly monthsReported: number;
  readonly monthsFourGood: number;
  readonly criteriaMonthsMet: Readonly<Record<CriterionId, number>>;
  /** One row per rule, in ANNUAL_RULES order. */
  readonly reasons: readonly AnnualReason[];
  readonly eligible: Decision;
  /** All twelve months closed and the year-end input complete: the verdict can no longer change. */
  readonly final: boolean;
}

export interface CellAnnualInput {
  readonly year: number;
  readonly months: readonly MonthRecord[];
  readonly yearEnd: YearEndInput | null;
  readonly thresholds?: AnnualThresholds;
}

export function cellAnnualResult(input: CellAnnualInput): CellAnnualResult {
  const thresholds = input.thresholds ?? DEFAULT_ANNUAL_THRESHOLDS;
  const months = monthsOfYear(input.months, input.year);
  const fourGood = fourGoodMonths(months, thresholds);
  const criteria = criterionMonths(months, thresholds);
  const reasons: AnnualReason[] = [
    meetingsRule(months, input.yearEnd, thresholds),
    thematicRule(months),
    fourGood.reason,
    criteria.reason,
    noVetoRule(months),
    ratingRule(input.yearEnd, thresholds),
    shareGoodRule(input.yearEnd, thresholds),
  ];
  const yearEndComplete = input.yearEnd !== null && input.yearEnd.rating !== null && input.yearEnd.shareGoodPercent !== null;
  return {
    year: input.year,
    monthsReported: months.filter((m) => submittedRecord(m) !== undefined).length,
    monthsFourGood: fourGood.count,
    criteriaMonthsMet: criteria.counts,
    reasons,
    eligible: allOf(reasons.map((r) => r.met)),
    final: months.every((m) => m.closed) && yearEndComplete,
  };
}

/**
 * A month counted by a monthly fact: yes / no once closed and known, open otherwise. A month that
 * closed without a submission counts as "no" (DOMAIN.md: "chưa báo cáo" is not met). A submitted
 * month that lacks the data the rule reads stays open rather than being judged on nothing.
 */
type MonthVerdict = "yes" | "no" | "open";

function verdictOf(month: YearMonth, fact: (record: MonthRecord) => boolean | undefined): MonthVerdict {
  if (!month.closed) return "open";
  const record = submittedRecord(month);
  if (!record) return "no";
  const value = fact(record);
  return value === undefined ? "open" : value ? "yes" : "no";
}

function keysWhere(months: readonly YearMonth[], verdicts: readonly MonthVerdict[], wanted: MonthVerdict): string[] {
  return months.filter((_, i) => verdicts[i] === wanted).map((m) => m.periodKey);
}

/**
 * 12/12 regular meetings, or 11 when every missed one has an approved reason. Until the
 * committee has entered its year-end input, a missed meeting may still be approved, so a single
 * miss leaves the rule open rather than failed.
 */
function meetingsRule(months: readonly YearMonth[], yearEnd: YearEndInput | null, t: AnnualThresholds): AnnualReason {
  const verdicts = months.map((m) => verdictOf(m, (r) => meetingHeld(r.answers)));
  const held = keysWhere(months, verdicts, "yes");
  const missed = keysWhere(months, verdicts, "no");
  const open = keysWhere(months, verdicts, "open");
  const approved = new Set(yearEnd?.approvedMissedMeetings ?? []);
  const enough = (heldCount: number, missedKeys: readonly string[], anyApproval: boolean): boolean =>
    heldCount >= t.meetingsRequired ||
    (heldCount >= t.meetingsWithApprovedReason && (anyApproval || missedKeys.every((key) => approved.has(key))));
  const best = enough(held.length + open.length, missed, yearEnd === null);
  const worst = enough(held.length, [...missed, ...open], false);
  return {
    rule: "meetings",
    met: decide(best, worst),
    figures: {
      held: held.length,
      required: t.meetingsRequired,
      requiredWithApprovedReason: t.meetingsWithApprovedReason,
      missed,
      missedApproved: missed.filter((key) => approved.has(key)),
      missedNotApproved: missed.filter((key) => !approved.has(key)),
      open: open.length,
    },
  };
}

/**
 * A thematic meeting every quarter: some submitted month of the quarter answered item 5 with
 * "thematic-held" (item 5 asks about the quarter, so any of its three months may report it).
 */
function thematicRule(months: readonly YearMonth[]): AnnualReason {
  const held: string[] = [];
  const without: string[] = [];
  const undecided: string[] = [];
  for (let quarter = 1; quarter <= 4; quarter++) {
    const name = `Q${quarter}`;
    const verdicts = months.slice(quarter * 3 - 3, quarter * 3).map((m) => verdictOf(m, (r) => thematicHeld(r.answers)));
    if (verdicts.includes("yes")) held.push(name);
    else if (verdicts.includes("open")) undecided.push(name);
    else without.push(name);
  }
  return {
    rule: "thematic_quarters",
    met: without.length > 0 ? false : undecided.length > 0 ? null : true,
    figures: { held, without, undecided },
  };
}

/** A count over months that only grows: met at `required` yes, lost once yes + open falls short. */
function countDecision(yes: number, open: number, required: number): Decision {
  return decide(yes + open >= required, yes >= required);
}

function fourGoodMonths(months: readonly YearMonth[], t: AnnualThresholds): { count: number; reason: AnnualReason } {
  const verdicts = months.map((m) => verdictOf(m, (r) => r.standing?.fourGood));
  const yes = keysWhere(months, verdicts, "yes").length;
  const open = keysWhere(months, verdicts, "open").length;
  return {
    count: yes,
    reason: {
      rule: "four_good_months",
      met: countDecision(yes, open, t.fourGoodMonths),
      figures: {
        months: yes,
        required: t.fourGoodMonths,
        notFourGood: keysWhere(months, verdicts, "no"),
        open,
        // Months counted with a submission that was returned for correction and not sent again.
        ...(months.some((m) => m.record?.returnedNotResent) ? { returnedNotResent: months.filter((m) => m.record?.returnedNotResent).map((m) => m.periodKey) } : {}),
      },
    },
  };
}

function criterionMonths(
  months: readonly YearMonth[],
  t: AnnualThresholds,
): { counts: Readonly<Record<CriterionId, number>>; reason: AnnualReason } {
  const per = CRITERION_IDS.map((id) => {
    // A standing without the criterion (another questionnaire) did not show it met that month.
    const verdicts = months.map((m) => verdictOf(m, (r) => (r.standing ? (r.standing.criteria.find((c) => c.id === id)?.met ?? false) : undefined)));
    const yes = keysWhere(months, verdicts, "yes").length;
    const open = keysWhere(months, verdicts, "open").length;
    return { id, yes, open, met: countDecision(yes, open, t.criterionMonths) };
  });
  const counts = { I: 0, II: 0, III: 0, IV: 0 };
  for (const c of per) counts[c.id] = c.yes;
  return {
    counts,
    reason: {
      rule: "criterion_months",
      met: allOf(per.map((c) => c.met)),
      figures: {
        ...counts,
        required: t.criterionMonths,
        short: per.filter((c) => c.met === false).map((c) => c.id),
        open: Math.max(0, ...per.map((c) => c.open)),
      },
    },
  };
}

/**
 * No veto in the year. Every entry of a standing's `vetoes` is a veto that fired; those with
 * `zeroes` are gates (the default's "meeting-held": no meeting, nothing to score), which the
 * meetings rule judges with its approved-reason allowance, so they are left out here: counting
 * them would refuse every cell the 11-with-reason allowance. All other fired vetoes count
 * (discipline found by a higher level, unresolved disunity, no thematic meeting by quarter end).
 */
function noVetoRule(months: readonly YearMonth[]): AnnualReason {
  const vetoedMonths: string[] = [];
  const rules = new Set<string>();
  let open = 0;
  for (const month of months) {
    const record = submittedRecord(month);
    if (!month.closed || (record !== undefined && record.standing === null)) {
      open++;
      continue;
    }
    const fired = (record?.standing?.criteria ?? []).flatMap((c) => c.vetoes).filter((veto) => !veto.zeroes);
    if (fired.length === 0) continue;
    vetoedMonths.push(month.periodKey);
    for (const veto of fired) rules.add(veto.ruleId);
  }
  return {
    rule: "no_veto",
    met: vetoedMonths.length > 0 ? false : open > 0 ? null : true,
    figures: { months: vetoedMonths, rules: [...rules], open },
  };
}

function ratingRule(yearEnd: YearEndInput | null, t: AnnualThresholds): AnnualReason {
  const rating = yearEnd?.rating ?? null;
  return {
    rule: "rating",
    met: rating === null ? null : ratingAtLeast(rating, t.ratingMin),
    figures: rating === null ? { min: t.ratingMin } : { rating, min: t.ratingMin },
  };
}

function shareGoodRule(yearEnd: YearEndInput | null, t: AnnualThresholds): AnnualReason {
  const percent = yearEnd?.shareGoodPercent ?? null;
  return {
    rule: "share_good",
    met: percent === null ? null : percent >= t.shareGoodMin,
    figures: percent === null ? { min: t.shareGoodMin } : { percent, min: t.shareGoodMin },
  };
}
