/** An admin lets one cell report for a period after the period closed, until a given time. */
export interface LateReportAllowance {
  readonly unitId: number;
  readonly periodId: number;
  /** 1–500 characters. */
  readonly reason: string;
  /** The admin; null when not a person (the CLI). */
  readonly by: number | null;
  readonly at: Date;
  readonly until: Date;
}

export interface LateReport {
  readonly unitId: number;
  readonly periodId: number;
  readonly reason: string;
  readonly allowedBy: number | null;
  readonly allowedAt: string;
  /** The allowance ends then (compare as text with sqlTime of now, or parse). */
  readonly until: string;
}

/**
 * Owner of the `late_reports` table. Whether an allowance is still running (`until` against the
 * clock), and reopening the cell's assessment, are the caller's.
 */
export interface LateReportStore {
  /** How many allowances the cell has had, running or ended: its history, which removing it would lose. */
  countOfUnit(unitId: number): Promise<number>;
  /** Allows the late report; allowing the same cell and period again replaces the allowance (a new `until`). A reason over 500 characters, or an empty one, throws a RangeError. */
  allow(allowance: LateReportAllowance): Promise<void>;
  /** `allow` for many cells at once (a reopened period: every cell), in chunked statements; all or none. */
  allowMany(allowances: readonly LateReportAllowance[]): Promise<void>;
  find(unitId: number, periodId: number): Promise<LateReport | null>;
  /** The period's allowances, by unit id. */
  forPeriod(periodId: number): Promise<readonly LateReport[]>;
  /** The allowances of these cells still running at `at` (`until` after it), by period id then unit id. */
  running(unitIds: readonly number[], at: Date): Promise<readonly LateReport[]>;
}
