import { expect, it } from "vitest";
import type { AnnualThresholdSettings } from "../../src/ports/annual-thresholds-store.ts";
import { createAnnualThresholdsStore } from "../../src/storage/annual-thresholds-store.ts";
import { eachDatabase } from "../support/each-database.ts";
import { addCells } from "./assessment-fixtures.ts";

const AT = new Date("2026-12-20T03:00:00.000Z");
const LATER = new Date("2026-12-28T09:15:00.000Z");
const STAMP = "2026-12-20T03:00:00.000+00:00";
const LATER_STAMP = "2026-12-28T09:15:00.000+00:00";

eachDatabase("the annual thresholds store", (open) => {
  async function setup(unitCount = 3) {
    const exec = await open();
    const units = await addCells(exec, unitCount);
    return { exec, units, store: createAnnualThresholdsStore(exec) };
  }

  it("sets a unit's thresholds and reads them back for a list of units, in its order, leaving out units without any", async () => {
    const { units, store } = await setup(4);
    const [a, b, c, d] = units as [number, number, number, number];
    await store.set({ unitId: a, settings: { shareGoodMin: 100 }, by: 5, at: AT });
    await store.set({ unitId: c, settings: { admissionsPercent: 3.5, fourGoodMonths: 11, criterionMonths: 0, meetingsWithApprovedReason: 12, shareGoodMin: 0 }, by: null, at: AT });
    expect(await store.get([d, c, b, a, c])).toEqual([
      { unitId: c, settings: { shareGoodMin: 0, fourGoodMonths: 11, criterionMonths: 0, meetingsWithApprovedReason: 12, admissionsPercent: 3.5 }, setBy: null, setAt: STAMP },
      { unitId: a, settings: { shareGoodMin: 100 }, setBy: 5, setAt: STAMP },
    ]);
    expect(await store.get([])).toEqual([]);
    expect(await store.get([b, d])).toEqual([]);
  });

  it("replaces the settings whole, one row per unit, stored as compact JSON in a fixed field order", async () => {
    const { exec, units, store } = await setup(1);
    const [a] = units as [number];
    await store.set({ unitId: a, settings: { shareGoodMin: 100, criterionMonths: 11 }, by: 5, at: AT });
    await store.set({ unitId: a, settings: { admissionsPercent: 4, fourGoodMonths: 12 }, by: 6, at: LATER });
    expect(await store.get([a])).toEqual([{ unitId: a, settings: { fourGoodMonths: 12, admissionsPercent: 4 }, setBy: 6, setAt: LATER_STAMP }]);
    expect(await exec.query(exec.builder.selectFrom("annual_thresholds").select(["unit_id", "settings"]))).toEqual([{ unit_id: a, settings: '{"fourGoodMonths":12,"admissionsPercent":4}' }]);
  });

  it("clears a unit's thresholds; false when it had none", async () => {
    const { units, store } = await setup(2);
    const [a, b] = units as [number, number];
    await store.set({ unitId: a, settings: { shareGoodMin: 100 }, by: null, at: AT });
    await store.set({ unitId: b, settings: { shareGoodMin: 95 }, by: null, at: AT });
    expect(await store.clear(a)).toBe(true);
    expect(await store.clear(a)).toBe(false);
    expect((await store.get([a, b])).map((s) => s.unitId)).toEqual([b]);
  });

  it("refuses invalid settings with a RangeError and writes nothing", async () => {
    const { units, store } = await setup(1);
    const [a] = units as [number];
    const invalid: AnnualThresholdSettings[] = [
      {},
      { shareGoodMin: 101 },
      { shareGoodMin: 95.5 },
      { fourGoodMonths: 13 },
      { criterionMonths: -1 },
      { meetingsWithApprovedReason: 11.5 },
      { admissionsPercent: 100.5 },
      { admissionsPercent: Number.NaN },
      { shareGoodMin: "100" as never },
      { shareGoodMin: 100, ratingMin: "good" } as never,
    ];
    for (const settings of invalid) {
      await expect(store.set({ unitId: a, settings, by: null, at: AT }), JSON.stringify(settings)).rejects.toThrow(RangeError);
    }
    expect(await store.get([a])).toEqual([]);
    // A unit that does not exist fails at the database.
    await expect(store.set({ unitId: a + 1000, settings: { shareGoodMin: 100 }, by: null, at: AT })).rejects.toThrow();
  });

  it("validates what it reads: a row written by hand with a value out of range fails the read loudly rather than computing with it", async () => {
    const { exec, units, store } = await setup(1);
    const [a] = units as [number];
    await exec.query(exec.builder.insertInto("annual_thresholds").values({ unit_id: a, settings: '{"shareGoodMin":300}', set_by: null, set_at: STAMP }));
    await expect(store.get([a])).rejects.toThrow(/invalid/);
    await exec.query(exec.builder.updateTable("annual_thresholds").set({ settings: "not json" }));
    await expect(store.get([a])).rejects.toThrow(/not JSON/);
  });

  it("reads a province's units in chunks", async () => {
    const { units, store } = await setup(1_234);
    for (const unitId of units.filter((_, i) => i % 100 === 0)) await store.set({ unitId, settings: { shareGoodMin: 100 }, by: null, at: AT });
    const read = await store.get(units);
    expect(read.map((r) => r.unitId)).toEqual(units.filter((_, i) => i % 100 === 0));
  });
});
