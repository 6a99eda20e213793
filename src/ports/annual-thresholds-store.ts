/**
 * The annual thresholds a committee may set for its subtree (DOMAIN.md, "Annual eligibility":
 * "share of members rated good or better ≥ 90% (profile; Mường Khương: 100%)"). Each field is
 * optional: a unit sets only what differs, and the rest comes from the units above it or the
 * defaults (src/app/annual-thresholds.ts).
 */
export interface AnnualThresholdSettings {
  /** Share of members rated "hoàn thành tốt" or better, a whole percent 0–100 (cells, and criterion 9 of a grassroots committee). */
  readonly shareGoodMin?: number;
  /** Four-good months a cell needs in the year, 0–12. */
  readonly fourGoodMonths?: number;
  /** Months each criterion I–IV must be met, 0–12. */
  readonly criterionMonths?: number;
  /** Regular meetings enough when every missed one has an approved reason, 0–12. */
  readonly meetingsWithApprovedReason?: number;
  /** A grassroots committee's admissions in the year as a percent of its members, 0–100 (criterion 8). */
  readonly admissionsPercent?: number;
}

export const THRESHOLD_FIELDS = ["shareGoodMin", "fourGoodMonths", "criterionMonths", "meetingsWithApprovedReason", "admissionsPercent"] as const;
export type ThresholdField = (typeof THRESHOLD_FIELDS)[number];

/** The range of each field: months of a year, or percents. Whole numbers, except admissions (e.g. 3.5 %). */
export const THRESHOLD_RANGES: Readonly<Record<ThresholdField, { readonly min: number; readonly max: number; readonly whole: boolean }>> = {
  shareGoodMin: { min: 0, max: 100, whole: true },
  fourGoodMonths: { min: 0, max: 12, whole: true },
  criterionMonths: { min: 0, max: 12, whole: true },
  meetingsWithApprovedReason: { min: 0, max: 12, whole: true },
  admissionsPercent: { min: 0, max: 100, whole: false },
};

export interface AnnualThresholdsEntry {
  readonly unitId: number;
  /** At least one field. */
  readonly settings: AnnualThresholdSettings;
  /** The person who set them; null when not a person (the CLI). */
  readonly by: number | null;
  readonly at: Date;
}

export interface StoredAnnualThresholds {
  readonly unitId: number;
  readonly settings: AnnualThresholdSettings;
  readonly setBy: number | null;
  readonly setAt: string;
}

/**
 * Owner of the `annual_thresholds` table: at most one row per unit. Invalid settings (no field, a
 * field out of its range, not a number) throw a RangeError and write nothing.
 */
export interface AnnualThresholdsStore {
  /** The units' settings, in the order of `unitIds` (once each), leaving out units without any; in chunked queries. */
  get(unitIds: readonly number[]): Promise<readonly StoredAnnualThresholds[]>;
  /** Replaces the unit's settings whole (to change one field, pass the others as read). */
  set(entry: AnnualThresholdsEntry): Promise<void>;
  /** Removes the unit's settings; false when it had none. */
  clear(unitId: number): Promise<boolean>;
}
