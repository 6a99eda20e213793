import { expect, it } from "vitest";
import { createLateReportStore } from "../../src/storage/late-report-store.ts";
import { eachDatabase } from "../support/each-database.ts";
import { addCells, addPeriod } from "./assessment-fixtures.ts";

const AT = new Date("2026-12-02T03:00:00.000Z");
const UNTIL = new Date("2026-12-05T16:59:59.999Z");
const LATER = new Date("2026-12-04T10:00:00.000Z");
const UNTIL_LATER = new Date("2026-12-10T16:59:59.999Z");

eachDatabase("the late report store", (open) => {
  it("allows a cell to report late for a period, and finds the allowance", async () => {
    const exec = await open();
    const [a, b] = (await addCells(exec, 2)) as [number, number];
    const period = await addPeriod(exec, "2026-11");
    const store = createLateReportStore(exec);
    expect(await store.find(a, period.id)).toBeNull();
    await store.allow({ unitId: a, periodId: period.id, reason: "Mất điện cả tuần.", by: 5, at: AT, until: UNTIL });
    expect(await store.find(a, period.id)).toEqual({
      unitId: a,
      periodId: period.id,
      reason: "Mất điện cả tuần.",
      allowedBy: 5,
      allowedAt: "2026-12-02T03:00:00.000+00:00",
      until: "2026-12-05T16:59:59.999+00:00",
    });
    expect(await store.find(b, period.id)).toBeNull();
  });

  it("replaces the allowance when the same cell is allowed again", async () => {
    const exec = await open();
    const [a] = (await addCells(exec, 1)) as [number];
    const period = await addPeriod(exec, "2026-11");
    const store = createLateReportStore(exec);
    await store.allow({ unitId: a, periodId: period.id, reason: "Mất điện.", by: 5, at: AT, until: UNTIL });
    await store.allow({ unitId: a, periodId: period.id, reason: "Gia hạn.", by: null, at: LATER, until: UNTIL_LATER });
    expect(await store.forPeriod(period.id)).toEqual([
      { unitId: a, periodId: period.id, reason: "Gia hạn.", allowedBy: null, allowedAt: "2026-12-04T10:00:00.000+00:00", until: "2026-12-10T16:59:59.999+00:00" },
    ]);
  });

  it("lists a period's allowances by unit, and no other period's", async () => {
    const exec = await open();
    const [a, b, c] = (await addCells(exec, 3)) as [number, number, number];
    const nov = await addPeriod(exec, "2026-11");
    const oct = await addPeriod(exec, "2026-10");
    const store = createLateReportStore(exec);
    await store.allow({ unitId: c, periodId: nov.id, reason: "c", by: 5, at: AT, until: UNTIL });
    await store.allow({ unitId: a, periodId: nov.id, reason: "a", by: 5, at: AT, until: UNTIL });
    await store.allow({ unitId: b, periodId: oct.id, reason: "b", by: 5, at: AT, until: UNTIL });
    expect((await store.forPeriod(nov.id)).map((r) => [r.unitId, r.reason])).toEqual([
      [a, "a"],
      [c, "c"],
    ]);
    expect((await store.forPeriod(oct.id)).map((r) => r.unitId)).toEqual([b]);
    expect(await store.forPeriod(nov.id + oct.id + 1)).toEqual([]);
  });

  it("refuses a reason that is empty or over 500 characters", async () => {
    const exec = await open();
    const [a] = (await addCells(exec, 1)) as [number];
    const period = await addPeriod(exec, "2026-11");
    const store = createLateReportStore(exec);
    await expect(store.allow({ unitId: a, periodId: period.id, reason: "", by: 5, at: AT, until: UNTIL })).rejects.toThrow(RangeError);
    await expect(store.allow({ unitId: a, periodId: period.id, reason: "x".repeat(501), by: 5, at: AT, until: UNTIL })).rejects.toThrow(RangeError);
    expect(await store.find(a, period.id)).toBeNull();
  });

  it("keeps one allowance when two admins allow the same cell at once", async () => {
    const exec = await open();
    const [a] = (await addCells(exec, 1)) as [number];
    const period = await addPeriod(exec, "2026-11");
    await Promise.all([
      createLateReportStore(exec).allow({ unitId: a, periodId: period.id, reason: "one", by: 5, at: AT, until: UNTIL }),
      createLateReportStore(exec).allow({ unitId: a, periodId: period.id, reason: "two", by: 6, at: AT, until: UNTIL_LATER }),
    ]);
    const [only, ...rest] = await createLateReportStore(exec).forPeriod(period.id);
    expect(rest).toEqual([]);
    expect(["one", "two"]).toContain(only?.reason);
  });

  it("gives the allowances of some cells still running at a time", async () => {
    const exec = await open();
    const [a, b, c] = (await addCells(exec, 3)) as [number, number, number];
    const nov = await addPeriod(exec, "2026-11");
    const oct = await addPeriod(exec, "2026-10");
    const store = createLateReportStore(exec);
    await store.allow({ unitId: a, periodId: nov.id, reason: "a", by: 5, at: AT, until: UNTIL_LATER });
    await store.allow({ unitId: a, periodId: oct.id, reason: "a-oct", by: 5, at: AT, until: UNTIL });
    await store.allow({ unitId: b, periodId: nov.id, reason: "b", by: 5, at: AT, until: UNTIL });
    await store.allow({ unitId: c, periodId: nov.id, reason: "c", by: 5, at: AT, until: UNTIL_LATER });
    const ids = (reports: readonly { unitId: number; periodId: number }[]) => reports.map((r) => [r.unitId, r.periodId]);
    expect(ids(await store.running([b, a], LATER))).toEqual(
      [
        [a, nov.id],
        [a, oct.id],
        [b, nov.id],
      ].sort((x, y) => (x[1] ?? 0) - (y[1] ?? 0) || (x[0] ?? 0) - (y[0] ?? 0)),
    );
    // An allowance ends at its `until`: not running then.
    expect(ids(await store.running([a, b], UNTIL))).toEqual([[a, nov.id]]);
    expect(ids(await store.running([a, b, c], UNTIL_LATER))).toEqual([]);
    expect(await store.running([], LATER)).toEqual([]);
  });

  it("allows a province's cells at once, replacing earlier allowances; all or none", async () => {
    const exec = await open();
    const cells = await addCells(exec, 1_234);
    const period = await addPeriod(exec, "2026-11");
    const store = createLateReportStore(exec);
    const [first] = cells as [number];
    await store.allow({ unitId: first, periodId: period.id, reason: "one cell", by: 5, at: AT, until: UNTIL });
    await expect(store.allowMany(cells.map((unitId, i) => ({ unitId, periodId: period.id, reason: i === 700 ? "" : "reopened", by: null, at: LATER, until: UNTIL_LATER })))).rejects.toThrow(RangeError);
    expect(await store.forPeriod(period.id)).toHaveLength(1);

    await store.allowMany([...cells, first].map((unitId) => ({ unitId, periodId: period.id, reason: "reopened", by: null, at: LATER, until: UNTIL_LATER })));
    const all = await store.forPeriod(period.id);
    expect(all.map((r) => r.unitId)).toEqual(cells);
    expect(all.every((r) => r.reason === "reopened" && r.until === "2026-12-10T16:59:59.999+00:00" && r.allowedBy === null)).toBe(true);
    await store.allowMany([]);
  });
});
