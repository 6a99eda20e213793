/** The committee's year-end rating of a unit (QĐ 366): xuất sắc, tốt, hoàn thành, không hoàn thành. */
export const YEAR_END_RATINGS = ["excellent", "good", "complete", "incomplete"] as const;
export type YearEndRating = (typeof YEAR_END_RATINGS)[number];

/** Free text kept with a year-end record (a reason, a note): at most this many characters. */
export const YEAR_END_TEXT_MAX = 500;

/** A unit's year-end rating as entered; what is not known yet is null. */
export interface YearEndRatingEntry {
  readonly unitId: number;
  readonly year: number;
  readonly rating: YearEndRating | null;
  /** Share of the unit's members rated good or better, a whole percent 0–100. */
  readonly shareGoodPercent: number | null;
  /** The person who entered it; null when not a person (the CLI, an import). */
  readonly by: number | null;
  readonly at: Date;
}

export interface StoredYearEndRating {
  readonly unitId: number;
  readonly year: number;
  readonly rating: YearEndRating | null;
  readonly shareGoodPercent: number | null;
  readonly enteredBy: number | null;
  readonly enteredAt: string;
}

/** A month without a regular meeting that the committee accepts for a good reason. */
export interface MissedMeetingApproval {
  readonly unitId: number;
  /** YYYY-MM, like a period's key. */
  readonly periodKey: string;
  /** 1–500 characters. */
  readonly reason: string;
  readonly by: number | null;
  readonly at: Date;
}

export interface ApprovedMissedMeeting {
  readonly unitId: number;
  readonly periodKey: string;
  readonly reason: string;
  readonly approvedBy: number | null;
  readonly approvedAt: string;
}

/** The committee's decision on a unit's title for a year (the bot only computes eligibility). */
export interface TitleDecisionEntry {
  readonly unitId: number;
  readonly year: number;
  readonly conferred: boolean;
  /** At most 500 characters. */
  readonly note: string | null;
  readonly by: number | null;
  readonly at: Date;
}

export interface StoredTitleDecision {
  readonly unitId: number;
  readonly year: number;
  readonly conferred: boolean;
  readonly note: string | null;
  readonly decidedBy: number | null;
  readonly decidedAt: string;
}

/**
 * Owner of the `year_end_ratings`, `approved_missed_meetings` and `title_decisions` tables: what
 * the committee enters at the end of a year. Units are referred to by id. Reads take a list of
 * units (a province has thousands of cells) and answer in chunked queries, in the order of
 * `unitIds`, leaving out units without a record. Invalid input (a year outside 1000–9999, a
 * percent outside 0–100, an unknown rating, a malformed key, text over 500 characters) throws a
 * RangeError and writes nothing.
 */
export interface YearEndStore {
  /** How many ratings, approved missed meetings and title decisions the unit has: its history, which removing it would lose. */
  countOfUnit(unitId: number): Promise<number>;
  /**
   * Writes each unit's rating for the year, replacing what was entered before (both fields: to
   * change one, pass the other as read). All or none; of two entries for the same unit and year
   * the last one counts.
   */
  enterRatings(entries: readonly YearEndRatingEntry[]): Promise<void>;
  ratingsOf(unitIds: readonly number[], year: number): Promise<readonly StoredYearEndRating[]>;
  /** Approves the missed meeting, replacing an earlier approval of the same month (its reason, who, when). */
  approveMissedMeeting(approval: MissedMeetingApproval): Promise<void>;
  /** Takes an approval back; false when there was none. */
  withdrawMissedMeeting(unitId: number, periodKey: string): Promise<boolean>;
  /** The approved missed meetings of these units in the year, by unit (in the order of `unitIds`), then month. */
  approvedMissedMeetings(unitIds: readonly number[], year: number): Promise<readonly ApprovedMissedMeeting[]>;
  /** Records each decision, replacing an earlier one for the same unit and year. All or none; the last of duplicates counts. */
  decideTitles(decisions: readonly TitleDecisionEntry[]): Promise<void>;
  titleDecisionsOf(unitIds: readonly number[], year: number): Promise<readonly StoredTitleDecision[]>;
}
