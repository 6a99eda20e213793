import { DEFAULT_ANNUAL_THRESHOLDS, type AnnualThresholds } from "../domain/annual/cell-annual-result.ts";
import { DEFAULT_GRASSROOTS_THRESHOLDS, type GrassrootsThresholds } from "../domain/annual/grassroots-criteria.ts";
import type { UnitRef } from "../domain/org.ts";
import {
  THRESHOLD_FIELDS,
  THRESHOLD_RANGES,
  type AnnualThresholdSettings,
  type StoredAnnualThresholds,
  type ThresholdField,
} from "../ports/annual-thresholds-store.ts";
import type { Change } from "./enter-year-end-rating.ts";
import type { App } from "./open-app.ts";
import { refuse, type YearEndRefusal } from "./year-end-unit.ts";

/**
 * Annual thresholds set per committee (issue 11, "thresholds configurable per committee";
 * DOMAIN.md: "share of members rated good or better ≥ 90% (profile; Mường Khương: 100%)").
 *
 * The rule: a unit's thresholds are, field by field, the value set by the nearest unit that set
 * that field — the unit itself, else its parent, and so on up to the top — and the default where
 * no unit above set it. So a province that asks 100 % of members rated good and a district below
 * it that asks 11 four-good months give the district's cells both, while a field a unit did not
 * set never resets what a unit above it asked for.
 */

/** The defaults, field by field (DEFAULT_ANNUAL_THRESHOLDS, DEFAULT_GRASSROOTS_THRESHOLDS). */
export const DEFAULT_THRESHOLD_VALUES: Readonly<Record<ThresholdField, number>> = {
  shareGoodMin: DEFAULT_ANNUAL_THRESHOLDS.shareGoodMin,
  fourGoodMonths: DEFAULT_ANNUAL_THRESHOLDS.fourGoodMonths,
  criterionMonths: DEFAULT_ANNUAL_THRESHOLDS.criterionMonths,
  meetingsWithApprovedReason: DEFAULT_ANNUAL_THRESHOLDS.meetingsWithApprovedReason,
  admissionsPercent: DEFAULT_GRASSROOTS_THRESHOLDS.admissionsPercent,
};

/** Each field's name in locale keys (`yearend-threshold-<name>`) and CLI options (`--<name>`). */
export const THRESHOLD_NAMES: Readonly<Record<ThresholdField, string>> = {
  shareGoodMin: "share-good",
  fourGoodMonths: "four-good-months",
  criterionMonths: "criterion-months",
  meetingsWithApprovedReason: "meetings-with-reason",
  admissionsPercent: "admissions-percent",
};

/** A field's value in force and where it comes from: the id of the unit that set it, or null for the default. */
export interface ThresholdValue {
  readonly value: number;
  readonly from: number | null;
}

export interface ThresholdsInForce {
  readonly fields: Readonly<Record<ThresholdField, ThresholdValue>>;
  /** What a cell's yearly eligibility is computed with. */
  readonly annual: AnnualThresholds;
  /** What a grassroots committee's nine criteria are computed with. */
  readonly grassroots: GrassrootsThresholds;
}

function inForce(fields: Record<ThresholdField, ThresholdValue>): ThresholdsInForce {
  return {
    fields,
    annual: {
      ...DEFAULT_ANNUAL_THRESHOLDS,
      shareGoodMin: fields.shareGoodMin.value,
      fourGoodMonths: fields.fourGoodMonths.value,
      criterionMonths: fields.criterionMonths.value,
      meetingsWithApprovedReason: fields.meetingsWithApprovedReason.value,
    },
    grassroots: { ...DEFAULT_GRASSROOTS_THRESHOLDS, shareGoodMin: fields.shareGoodMin.value, admissionsPercent: fields.admissionsPercent.value },
  };
}

const DEFAULTS_IN_FORCE = inForce(
  Object.fromEntries(THRESHOLD_FIELDS.map((f) => [f, { value: DEFAULT_THRESHOLD_VALUES[f], from: null }])) as Record<ThresholdField, ThresholdValue>,
);

/**
 * The thresholds in force for any unit of a tree: `parentOf` gives each unit's parent (null at
 * the top, undefined for a unit not in the tree), `stored` the settings read for the unit and the
 * units above it. Pure, memoised per unit: resolving every cell of a province walks each unit once.
 */
export function thresholdResolver(parentOf: (unitId: number) => number | null | undefined, stored: readonly StoredAnnualThresholds[]): (unitId: number) => ThresholdsInForce {
  const own = new Map(stored.map((s) => [s.unitId, s.settings]));
  if (own.size === 0) return () => DEFAULTS_IN_FORCE;
  const memo = new Map<number, ThresholdsInForce>();
  const resolve = (unitId: number, seen: ReadonlySet<number>): ThresholdsInForce => {
    const known = memo.get(unitId);
    if (known) return known;
    const parent = parentOf(unitId);
    // A cycle cannot be stored (a unit's parent exists before it); stop rather than loop if one were.
    const above = parent === null || parent === undefined || seen.has(parent) ? DEFAULTS_IN_FORCE : resolve(parent, new Set([...seen, unitId]));
    const settings = own.get(unitId);
    const result = settings
      ? inForce(
          Object.fromEntries(
            THRESHOLD_FIELDS.map((f) => {
              const value = settings[f];
              return [f, value === undefined ? above.fields[f] : { value, from: unitId }];
            }),
          ) as Record<ThresholdField, ThresholdValue>,
        )
      : above;
    memo.set(unitId, result);
    return result;
  };
  return (unitId) => resolve(unitId, new Set());
}

/** A value out of its field's range (months 0–12, percents 0–100), or undefined when every one is fine. */
export function thresholdRefusal(settings: AnnualThresholdSettings): YearEndRefusal | undefined {
  for (const field of THRESHOLD_FIELDS) {
    const value = settings[field];
    if (value === undefined) continue;
    const range = THRESHOLD_RANGES[field];
    if (!Number.isFinite(value) || value < range.min || value > range.max || (range.whole && !Number.isInteger(value))) {
      return refuse(`bad-threshold-${THRESHOLD_NAMES[field]}`, { value: String(value), min: range.min, max: range.max });
    }
  }
  return undefined;
}

export interface ThresholdsView {
  readonly ok: true;
  readonly unit: UnitRef;
  /** What the unit itself set; null when nothing. */
  readonly own: AnnualThresholdSettings | null;
  readonly inForce: ThresholdsInForce;
  /** The units values come from, by id (to name them). */
  readonly sources: ReadonlyMap<number, UnitRef>;
}

async function viewOf(stores: App["stores"], unit: UnitRef): Promise<ThresholdsView> {
  const chain = await stores.org.ancestors(unit.id);
  const stored = await stores.annualThresholds.get(chain.map((u) => u.id));
  const parents = new Map(chain.map((u, i) => [u.id, chain[i + 1]?.id ?? null]));
  const resolved = thresholdResolver((id) => parents.get(id), stored)(unit.id);
  return {
    ok: true,
    unit,
    own: stored.find((s) => s.unitId === unit.id)?.settings ?? null,
    inForce: resolved,
    sources: new Map(chain.map((u) => [u.id, u])),
  };
}

/** The thresholds in force for a unit and where each comes from (the default, or which unit set it). */
export async function annualThresholdsOf(app: Pick<App, "stores">, unitCode: string): Promise<ThresholdsView | YearEndRefusal> {
  const unit = await app.stores.org.findUnit(unitCode);
  if (!unit) return refuse("unknown-unit", { code: unitCode });
  return viewOf(app.stores, unit);
}

export type SetThresholdsOutcome =
  | (ThresholdsView & { readonly before: AnnualThresholdSettings | null; readonly after: AnnualThresholdSettings | null; readonly change: Change | "cleared" })
  | YearEndRefusal;

/**
 * Sets some of a unit's annual thresholds (the fields given; the others keep what the unit set
 * before), or clears all of them (`clear`): the unit then follows the units above it. In one
 * transaction with its audit entry; the same values again change and record nothing. Who may do
 * it is the caller's to decide (the CLI acts as the system, `actorId` null).
 */
export function setAnnualThresholds(
  app: Pick<App, "inTransaction" | "clock">,
  input: { readonly unitCode: string; readonly settings: AnnualThresholdSettings; readonly clear?: boolean; readonly actorId: number | null },
): Promise<SetThresholdsOutcome> {
  const bad = thresholdRefusal(input.settings);
  if (bad) return Promise.resolve(bad);
  const given = THRESHOLD_FIELDS.filter((f) => input.settings[f] !== undefined);
  if (input.clear && given.length > 0) return Promise.resolve(refuse("thresholds-clear-and-set"));
  if (!input.clear && given.length === 0) return Promise.resolve(refuse("thresholds-nothing-to-set"));
  const at = app.clock.now();
  return app.inTransaction(async (s) => {
    const unit = await s.org.findUnit(input.unitCode);
    if (!unit) return refuse("unknown-unit", { code: input.unitCode });
    const [stored] = await s.annualThresholds.get([unit.id]);
    const before = stored?.settings ?? null;
    let after: AnnualThresholdSettings | null;
    let change: Change | "cleared";
    if (input.clear) {
      after = null;
      change = before === null ? "unchanged" : "cleared";
      if (before !== null) await s.annualThresholds.clear(unit.id);
    } else {
      const merged: Partial<Record<ThresholdField, number>> = {};
      for (const f of THRESHOLD_FIELDS) {
        const value = input.settings[f] ?? before?.[f];
        if (value !== undefined) merged[f] = value;
      }
      after = merged;
      change = before === null ? "new" : THRESHOLD_FIELDS.every((f) => before[f] === merged[f]) ? "unchanged" : "changed";
      if (change !== "unchanged") await s.annualThresholds.set({ unitId: unit.id, settings: merged, by: input.actorId, at });
    }
    if (change !== "unchanged") {
      await s.audit.record({ at, actorId: input.actorId, action: input.clear ? "yearend.thresholds.clear" : "yearend.thresholds", subject: `unit:${unit.code}`, details: { before, after } });
    }
    return { ...(await viewOf(s, unit)), before, after, change };
  });
}
