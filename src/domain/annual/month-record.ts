import { parsePeriodKey, periodKeyOf, type PeriodKey } from "../period.ts";
import type { Answers } from "../questionnaire/answer-value.ts";
import type { Standing } from "../scoring/standing.ts";

/** A cell's assessment status for one month (the same four states as the period reports). */
export type MonthStatus = "submitted" | "not_reported" | "in_progress" | "not_started";

/** One month of a cell as the yearly rules read it. */
export interface MonthRecord {
  /** "YYYY-MM". */
  readonly periodKey: string;
  readonly status: MonthStatus;
  /** The standing stored with the submission; null before submitting or when not reported. */
  readonly standing: Standing | null;
  readonly answers: Answers | null;
  /**
   * Returned for correction after the month closed and not sent again in time: counted as
   * submitted, with its last submission's standing (and the answers as they stand).
   */
  readonly returnedNotResent?: boolean;
}

/** One calendar month of the year: always twelve of them, with the cell's record when there is one. */
export interface YearMonth {
  readonly month: number;
  readonly periodKey: PeriodKey;
  readonly record: MonthRecord | undefined;
  /**
   * Closed months can no longer change: submitted, or the period closed without a submission.
   * A month with no record, not started or in progress is still open (the year may be in progress).
   */
  readonly closed: boolean;
}

export function isClosedStatus(status: MonthStatus): boolean {
  return status === "submitted" || status === "not_reported";
}

/**
 * The twelve months of `year`. Records of other years or with malformed keys are ignored; if a
 * month has several records, the last one wins (callers pass one per month).
 */
export function monthsOfYear(records: readonly MonthRecord[], year: number): readonly YearMonth[] {
  const byMonth = new Map<number, MonthRecord>();
  for (const record of records) {
    const key = parsePeriodKey(record.periodKey);
    if (key && key.year === year) byMonth.set(key.month, record);
  }
  return Array.from({ length: 12 }, (_, i): YearMonth => {
    const month = i + 1;
    const record = byMonth.get(month);
    return { month, periodKey: periodKeyOf(year, month), record, closed: record !== undefined && isClosedStatus(record.status) };
  });
}

/** The month's record when it was submitted (the only months whose answers and standing count). */
export function submittedRecord(month: YearMonth): MonthRecord | undefined {
  return month.record?.status === "submitted" ? month.record : undefined;
}
