import { afterEach, describe, expect, it } from "vitest";
import { annualResults, type AnnualReport } from "../../src/app/annual-results.ts";
import { DEFAULT_THRESHOLD_VALUES, annualThresholdsOf, setAnnualThresholds, thresholdRefusal, thresholdResolver } from "../../src/app/annual-thresholds.ts";
import type { App } from "../../src/app/open-app.ts";
import { DEFAULT_ANNUAL_THRESHOLDS } from "../../src/domain/annual/cell-annual-result.ts";
import { DEFAULT_GRASSROOTS_THRESHOLDS } from "../../src/domain/annual/grassroots-criteria.ts";
import type { AnnualThresholdSettings, StoredAnnualThresholds, ThresholdField } from "../../src/ports/annual-thresholds-store.ts";
import { dbRows } from "../support/db-rows.ts";
import { tempDbPath } from "../support/temp-db.ts";
import { YEAR_2026, openDemoApp, seedYear } from "./annual-seed.ts";

/**
 * Issue 11, item 4: "thresholds configurable per committee". A unit's thresholds are, field by
 * field, the nearest setting at the unit or above it, else the default.
 */

// LC (1) > MK (2) > MK-PL1 (3); MK > MK-THPT (4) > MK-THPT-GV (5)
const PARENT = new Map<number, number | null>([
  [1, null],
  [2, 1],
  [3, 2],
  [4, 2],
  [5, 4],
]);
const stored = (unitId: number, settings: AnnualThresholdSettings): StoredAnnualThresholds => ({ unitId, settings, setBy: null, setAt: "2026-12-01T00:00:00.000+00:00" });
type Expected = Partial<Record<ThresholdField, [value: number, from: number | null]>>;

describe("the thresholds in force for a unit", () => {
  const cases: readonly [name: string, settings: readonly StoredAnnualThresholds[], unit: number, expected: Expected][] = [
    ["nothing set anywhere: the defaults", [], 5, {}],
    ["set on the unit itself", [stored(3, { shareGoodMin: 100 })], 3, { shareGoodMin: [100, 3] }],
    ["set on the committee: its cells follow it", [stored(2, { shareGoodMin: 100 })], 3, { shareGoodMin: [100, 2] }],
    ["set two levels up: the grandchild follows it", [stored(2, { shareGoodMin: 100 })], 5, { shareGoodMin: [100, 2] }],
    ["set at the top: everything follows it", [stored(1, { fourGoodMonths: 11 })], 5, { fourGoodMonths: [11, 1] }],
    ["the nearest setting of a field wins", [stored(1, { shareGoodMin: 95 }), stored(2, { shareGoodMin: 100 }), stored(4, { shareGoodMin: 92 })], 5, { shareGoodMin: [92, 4] }],
    [
      "field by field: a field the nearer unit did not set comes from further up",
      [stored(2, { shareGoodMin: 100, criterionMonths: 11 }), stored(4, { admissionsPercent: 4 }), stored(5, { criterionMonths: 9 })],
      5,
      { shareGoodMin: [100, 2], admissionsPercent: [4, 4], criterionMonths: [9, 5] },
    ],
    ["a setting below the unit does not reach it", [stored(5, { shareGoodMin: 100 })], 4, {}],
    ["a sibling's setting does not reach it", [stored(4, { shareGoodMin: 100 })], 3, {}],
    ["an unknown unit: the defaults", [stored(2, { shareGoodMin: 100 })], 99, {}],
  ];

  it.each(cases)("%s", (_, settings, unit, expected) => {
    const resolved = thresholdResolver((id) => PARENT.get(id), settings)(unit);
    for (const field of Object.keys(DEFAULT_THRESHOLD_VALUES) as ThresholdField[]) {
      const [value, from] = expected[field] ?? [DEFAULT_THRESHOLD_VALUES[field], null];
      expect(resolved.fields[field], field).toEqual({ value, from });
    }
    const v = (field: ThresholdField) => resolved.fields[field].value;
    expect(resolved.annual).toEqual({
      ...DEFAULT_ANNUAL_THRESHOLDS,
      shareGoodMin: v("shareGoodMin"),
      fourGoodMonths: v("fourGoodMonths"),
      criterionMonths: v("criterionMonths"),
      meetingsWithApprovedReason: v("meetingsWithApprovedReason"),
    });
    expect(resolved.grassroots).toEqual({ ...DEFAULT_GRASSROOTS_THRESHOLDS, shareGoodMin: v("shareGoodMin"), admissionsPercent: v("admissionsPercent") });
  });

  it("the defaults are the domain's", () => {
    expect(DEFAULT_THRESHOLD_VALUES).toEqual({ shareGoodMin: 90, fourGoodMonths: 10, criterionMonths: 10, meetingsWithApprovedReason: 11, admissionsPercent: 3 });
  });

  it("resolves each unit once however many cells share it", () => {
    let calls = 0;
    const resolve = thresholdResolver((id) => (calls++, PARENT.get(id)), [stored(2, { shareGoodMin: 100 })]);
    expect(resolve(5).fields.shareGoodMin.value).toBe(100);
    const after = calls;
    expect(resolve(5)).toBe(resolve(5));
    expect(resolve(4).fields.shareGoodMin.value).toBe(100);
    expect(resolve(3).fields.shareGoodMin.value).toBe(100);
    // 4 and 2 were resolved on the way to 5; 3 asks for its parent once.
    expect(calls - after).toBe(1);
  });

  const ranges: readonly [settings: AnnualThresholdSettings, refusal: string | undefined][] = [
    [{ shareGoodMin: 0, fourGoodMonths: 0, criterionMonths: 12, meetingsWithApprovedReason: 12, admissionsPercent: 100 }, undefined],
    [{ admissionsPercent: 3.5 }, undefined],
    [{ shareGoodMin: 101 }, "bad-threshold-share-good"],
    [{ shareGoodMin: 95.5 }, "bad-threshold-share-good"],
    [{ fourGoodMonths: 13 }, "bad-threshold-four-good-months"],
    [{ criterionMonths: -1 }, "bad-threshold-criterion-months"],
    [{ meetingsWithApprovedReason: 10.5 }, "bad-threshold-meetings-with-reason"],
    [{ admissionsPercent: Number.NaN }, "bad-threshold-admissions-percent"],
  ];
  it.each(ranges)("checks ranges: %j", (settings, refusal) => {
    expect(thresholdRefusal(settings)?.reason).toBe(refusal);
  });
});

describe("annual results with thresholds set per committee", () => {
  const dbPath = tempDbPath();
  let app: App | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  async function seeded(): Promise<App> {
    app = await openDemoApp(dbPath, "2027-01-15T03:00:00Z");
    await seedYear(app, YEAR_2026);
    return app;
  }

  async function report(a: App, unitCode?: string, locale: "vi" | "en" = "vi"): Promise<AnnualReport> {
    const outcome = await annualResults(a, { year: 2026, locale, ...(unitCode ? { unitCode } : {}) });
    if (!outcome.ok) throw new Error(`unknown unit ${outcome.code}`);
    return outcome.report;
  }

  const shareRule = (r: AnnualReport, code: string) => r.cells.find((c) => c.code === code)?.reasons.find((x) => x.rule === "share_good");

  it("a committee asking 100 % of members rated good: a cell at 95 % is then not eligible, and the explanation says 100 %", async () => {
    const a = await seeded();
    const before = await report(a);
    expect(before.cells.find((c) => c.code === "MK-PL1")?.eligible).toBe(true);
    expect(shareRule(before, "MK-PL1")?.detail).toBe("95% đảng viên hoàn thành tốt nhiệm vụ trở lên (cần ít nhất 90%)");

    const set = await setAnnualThresholds(a, { unitCode: "MK", settings: { shareGoodMin: 100 }, actorId: null });
    expect(set.ok && set.change).toBe("new");

    const after = await report(a);
    const pl1 = after.cells.find((c) => c.code === "MK-PL1");
    expect(pl1?.eligible).toBe(false);
    expect(shareRule(after, "MK-PL1")).toMatchObject({ met: false, figures: { percent: 95, min: 100 } });
    expect(shareRule(after, "MK-PL1")?.detail).toBe("95% đảng viên hoàn thành tốt nhiệm vụ trở lên (cần ít nhất 100%)");
    expect(shareRule(await report(a, undefined, "en"), "MK-PL1")?.detail).toBe("95% of members rated good or better (needs at least 100%)");
    // MK-TT was rated 100 %: still eligible.
    expect(after.cells.find((c) => c.code === "MK-TT")?.eligible).toBe(true);
    // The grassroots committee below MK follows it too (criterion 9: 92 % < 100 %).
    const thpt = after.committees.find((c) => c.code === "MK-THPT");
    expect(thpt?.criteria.find((c) => c.id === 9)).toMatchObject({ met: false, source: "answered" });
    expect(thpt?.criteria.find((c) => c.id === 9)?.detail).toBe(
      "Đảng bộ được xếp loại: Hoàn thành tốt nhiệm vụ (cần Hoàn thành tốt nhiệm vụ trở lên) — cấp ủy cấp trên nhập; 92% đảng viên hoàn thành tốt nhiệm vụ trở lên (cần ít nhất 100%) — cấp ủy cấp trên nhập",
    );
    // Reporting on a subtree below MK still applies MK's setting.
    expect(shareRule(await report(a, "MK-THPT-GV"), "MK-THPT-GV")?.detail).toBe("90% đảng viên hoàn thành tốt nhiệm vụ trở lên (cần ít nhất 100%)");
  });

  it("applies each field from the nearest unit that set it, per cell and per committee", async () => {
    const a = await seeded();
    await setAnnualThresholds(a, { unitCode: "LC", settings: { shareGoodMin: 95, fourGoodMonths: 11 }, actorId: null });
    await setAnnualThresholds(a, { unitCode: "MK-THPT", settings: { fourGoodMonths: 12, admissionsPercent: 10 }, actorId: null });
    const r = await report(a);
    const rule = (code: string, name: string) => r.cells.find((c) => c.code === code)?.reasons.find((x) => x.rule === name);
    // MK-TT: 11 four-good months, LC asks 11: met. MK-THPT-HC: 11 months, MK-THPT asks 12: not met.
    expect(rule("MK-TT", "four_good_months")).toMatchObject({ met: true, figures: { months: 11, required: 11 } });
    expect(rule("MK-THPT-HC", "four_good_months")).toMatchObject({ met: false, figures: { months: 11, required: 12 } });
    expect(rule("MK-THPT-HC", "four_good_months")?.detail).toContain("(cần ít nhất 12)");
    // The share comes from LC for both (MK-THPT did not set it): MK-PL1's 95 % is enough.
    expect(rule("MK-PL1", "share_good")).toMatchObject({ met: true, figures: { min: 95 } });
    expect(rule("MK-THPT-GV", "share_good")).toMatchObject({ met: false, figures: { percent: 90, min: 95 } });
    // Criterion 8 of MK-THPT: 10 % of 41 members is 5 admissions; 2 were admitted.
    const c8 = r.committees.find((c) => c.code === "MK-THPT")?.criteria.find((c) => c.id === 8);
    expect(c8).toMatchObject({ met: false, figures: { admitted: 2, target: 5, percent: 10, members: 41 } });
    expect(c8?.detail).toBe("Kết nạp 2 đảng viên (chỉ tiêu 5: 10% của 41 đảng viên)");
  });

  it("sets, merges, reports where each value comes from, and clears — audited, unchanged values recorded once", async () => {
    const a = await seeded();
    const rows = dbRows(a);
    expect(await setAnnualThresholds(a, { unitCode: "MK", settings: { shareGoodMin: 100 }, actorId: null })).toMatchObject({ ok: true, change: "new", before: null, after: { shareGoodMin: 100 } });
    expect(await setAnnualThresholds(a, { unitCode: "MK", settings: { criterionMonths: 11 }, actorId: 7 })).toMatchObject({
      change: "changed",
      before: { shareGoodMin: 100 },
      after: { shareGoodMin: 100, criterionMonths: 11 },
    });
    expect(await setAnnualThresholds(a, { unitCode: "MK", settings: { shareGoodMin: 100 }, actorId: null })).toMatchObject({ change: "unchanged" });

    const view = await annualThresholdsOf(a, "MK-PL1");
    if (!view.ok) throw new Error("unexpected");
    const mk = view.sources.get(view.inForce.fields.shareGoodMin.from ?? -1);
    expect(mk?.code).toBe("MK");
    expect(view.own).toBeNull();
    expect(view.inForce.fields.criterionMonths.value).toBe(11);
    expect(view.inForce.fields.fourGoodMonths).toEqual({ value: 10, from: null });

    expect(await setAnnualThresholds(a, { unitCode: "MK", settings: {}, clear: true, actorId: null })).toMatchObject({ change: "cleared", after: null });
    expect(await setAnnualThresholds(a, { unitCode: "MK", settings: {}, clear: true, actorId: null })).toMatchObject({ change: "unchanged" });
    expect(rows.all("SELECT * FROM annual_thresholds")).toEqual([]);

    const audits = rows
      .all<{ action: string; subject: string; actor: number | null; details: string }>("SELECT action, subject, actor_id AS actor, details FROM audit_log WHERE action LIKE 'yearend.thresholds%' ORDER BY id")
      .map((x) => ({ ...x, details: JSON.parse(x.details) as unknown }));
    expect(audits).toEqual([
      { action: "yearend.thresholds", subject: "unit:MK", actor: null, details: { before: null, after: { shareGoodMin: 100 } } },
      { action: "yearend.thresholds", subject: "unit:MK", actor: 7, details: { before: { shareGoodMin: 100 }, after: { shareGoodMin: 100, criterionMonths: 11 } } },
      { action: "yearend.thresholds.clear", subject: "unit:MK", actor: null, details: { before: { shareGoodMin: 100, criterionMonths: 11 }, after: null } },
    ]);

    expect(await setAnnualThresholds(a, { unitCode: "XX", settings: { shareGoodMin: 100 }, actorId: null })).toMatchObject({ ok: false, reason: "unknown-unit" });
    expect(await setAnnualThresholds(a, { unitCode: "MK", settings: { shareGoodMin: 100 }, clear: true, actorId: null })).toMatchObject({ ok: false, reason: "thresholds-clear-and-set" });
    expect(await setAnnualThresholds(a, { unitCode: "MK", settings: {}, actorId: null })).toMatchObject({ ok: false, reason: "thresholds-nothing-to-set" });
    expect(await setAnnualThresholds(a, { unitCode: "MK", settings: { fourGoodMonths: 13 }, actorId: null })).toMatchObject({ ok: false, reason: "bad-threshold-four-good-months" });
    expect(rows.all("SELECT * FROM annual_thresholds")).toEqual([]);
  });
});
