import type { PeriodKind } from "../domain/period.ts";

/**
 * A reporting period, answered while open, read-only once closed: a month (key YYYY-MM, answered
 * by cells) or a year (key YYYY, the grassroots committees' self-assessment); its key says which.
 */
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
  /** The period of this kind (monthly by default) answered now: the open one with the latest key. */
  currentOpen(kind?: PeriodKind): Promise<StoredPeriod | null>;
  /** The period of this kind (monthly by default) with the latest key, open or closed. */
  latest(kind?: PeriodKind): Promise<StoredPeriod | null>;
  findByKey(key: string): Promise<StoredPeriod | null>;
  /** The period an assessment points at. */
  get(id: number): Promise<StoredPeriod | null>;
  /** Every period of both kinds, oldest key first (a year's key before its months'). */
  list(): Promise<readonly StoredPeriod[]>;
  /**
   * Creates the period as open unless it exists; `created` tells whether this call created it.
   * Its kind follows from the key (a RangeError for a key of neither shape).
   */
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
  /** The monthly periods of a calendar year (keys YYYY-01 … YYYY-12), oldest first. */
  ofYear(year: number): Promise<readonly StoredPeriod[]>;
}
