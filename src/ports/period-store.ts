/** A monthly reporting period, keyed YYYY-MM; answered while open, read-only once closed. */
export interface StoredPeriod {
  readonly id: number;
  readonly key: string;
  readonly open: boolean;
  /** The questionnaire its assessments are answered and scored with. */
  readonly questionnaireVersionId: number;
  readonly openedAt: string;
  readonly closedAt: string | null;
}

/** Owner of the `periods` table. */
export interface PeriodStore {
  /** The period secretaries answer now: the open one with the latest key. */
  currentOpen(): Promise<StoredPeriod | null>;
  /** The period with the latest key, open or closed. */
  latest(): Promise<StoredPeriod | null>;
  findByKey(key: string): Promise<StoredPeriod | null>;
  /** The period an assessment points at. */
  get(id: number): Promise<StoredPeriod | null>;
  /** Every period, oldest key first. */
  list(): Promise<readonly StoredPeriod[]>;
  /** Creates the period as open unless it exists; `created` tells whether this call created it. */
  open(key: string, questionnaireVersionId: number, at: Date): Promise<{ readonly period: StoredPeriod; readonly created: boolean }>;
  /**
   * Closes the period; `closed` tells whether this call closed it (false when it was closed
   * already, keeping its first closing time). Null when there is no such period. Recording the
   * cells that did not report is AssessmentStore.recordNotReported, in the caller's transaction.
   */
  close(key: string, at: Date): Promise<{ readonly period: StoredPeriod; readonly closed: boolean } | null>;
  /**
   * Opens a closed period again (its closing time cleared, its first opening time kept): true
   * when this call reopened it, false when it was open or does not exist. `at` is when, for the
   * caller's audit. Assessments recorded as not reported stay so: that is the caller's to undo.
   */
  reopen(key: string, at: Date): Promise<boolean>;
  /** The periods of a calendar year (keys YYYY-01 … YYYY-12), oldest first. */
  ofYear(year: number): Promise<readonly StoredPeriod[]>;
}
