import { expect, it } from "vitest";
import type { YearEndRatingEntry } from "../../src/ports/year-end-store.ts";
import { createYearEndStore } from "../../src/storage/year-end-store.ts";
import { eachDatabase } from "../support/each-database.ts";
import { addCells } from "./assessment-fixtures.ts";

const AT = new Date("2026-12-20T03:00:00.000Z");
const LATER = new Date("2026-12-28T09:15:00.000Z");
const STAMP = "2026-12-20T03:00:00.000+00:00";
const LATER_STAMP = "2026-12-28T09:15:00.000+00:00";

eachDatabase("the year-end store", (open) => {
  async function setup(cellCount = 3) {
    const exec = await open();
    const cells = await addCells(exec, cellCount);
    return { exec, cells, store: createYearEndStore(exec) };
  }
  const rating = (unitId: number, over: Partial<YearEndRatingEntry> = {}): YearEndRatingEntry => ({ unitId, year: 2026, rating: "good", shareGoodPercent: 95, by: 5, at: AT, ...over });

  it("enters ratings and reads them back for a list of units and a year", async () => {
    const { cells, store } = await setup(4);
    const [a, b, c, d] = cells as [number, number, number, number];
    await store.enterRatings([rating(a), rating(b, { rating: null, shareGoodPercent: 80, by: null }), rating(c, { year: 2025, rating: "excellent" })]);
    expect(await store.ratingsOf([d, c, b, a], 2026)).toEqual([
      { unitId: b, year: 2026, rating: null, shareGoodPercent: 80, enteredBy: null, enteredAt: STAMP },
      { unitId: a, year: 2026, rating: "good", shareGoodPercent: 95, enteredBy: 5, enteredAt: STAMP },
    ]);
    expect(await store.ratingsOf([c], 2025)).toEqual([{ unitId: c, year: 2025, rating: "excellent", shareGoodPercent: 95, enteredBy: 5, enteredAt: STAMP }]);
    expect(await store.ratingsOf([], 2026)).toEqual([]);
    await store.enterRatings([]);
  });

  it("replaces a unit's rating for the year; of duplicates in one call the last counts", async () => {
    const { exec, cells, store } = await setup(2);
    const [a, b] = cells as [number, number];
    await store.enterRatings([rating(a), rating(b)]);
    await store.enterRatings([rating(a, { rating: "incomplete", shareGoodPercent: null, by: 6, at: LATER }), rating(b, { rating: "complete" }), rating(b, { rating: "excellent", at: LATER })]);
    expect(await store.ratingsOf([a, b], 2026)).toEqual([
      { unitId: a, year: 2026, rating: "incomplete", shareGoodPercent: null, enteredBy: 6, enteredAt: LATER_STAMP },
      { unitId: b, year: 2026, rating: "excellent", shareGoodPercent: 95, enteredBy: 5, enteredAt: LATER_STAMP },
    ]);
    expect(await exec.query(exec.builder.selectFrom("year_end_ratings").select("id"))).toHaveLength(2);
  });

  it("refuses invalid entries whole", async () => {
    const { cells, store } = await setup(2);
    const [a, b] = cells as [number, number];
    await expect(store.enterRatings([rating(a), rating(b, { shareGoodPercent: 101 })])).rejects.toThrow(RangeError);
    await expect(store.enterRatings([rating(a, { shareGoodPercent: 90.5 })])).rejects.toThrow(RangeError);
    await expect(store.enterRatings([rating(a, { year: 26 })])).rejects.toThrow(RangeError);
    await expect(store.enterRatings([rating(a, { rating: "great" as never })])).rejects.toThrow(RangeError);
    expect(await store.ratingsOf([a, b], 2026)).toEqual([]);
    // A unit that does not exist fails the whole call at the database.
    await expect(store.enterRatings([rating(a), rating(b + 1000)])).rejects.toThrow();
    expect(await store.ratingsOf([a], 2026)).toEqual([]);
  });

  it("enters and reads a province's ratings in chunks", async () => {
    const { cells, store } = await setup(1_234);
    await store.enterRatings(cells.map((unitId, i) => rating(unitId, { shareGoodPercent: i % 101 })));
    const read = await store.ratingsOf(cells, 2026);
    expect(read.map((r) => r.unitId)).toEqual(cells);
    expect(read.map((r) => r.shareGoodPercent)).toEqual(cells.map((_, i) => i % 101));
  });

  it("approves missed meetings, replaces and withdraws an approval, and lists a year's by unit then month", async () => {
    const { cells, store } = await setup(3);
    const [a, b, c] = cells as [number, number, number];
    await store.approveMissedMeeting({ unitId: a, periodKey: "2026-07", reason: "Bão lũ, không tổ chức được.", by: 5, at: AT });
    await store.approveMissedMeeting({ unitId: a, periodKey: "2026-02", reason: "Nghỉ Tết.", by: null, at: AT });
    await store.approveMissedMeeting({ unitId: b, periodKey: "2026-02", reason: "Nghỉ Tết.", by: 5, at: AT });
    await store.approveMissedMeeting({ unitId: b, periodKey: "2025-12", reason: "Năm trước.", by: 5, at: AT });
    await store.approveMissedMeeting({ unitId: c, periodKey: "2026-03", reason: "Sai.", by: 5, at: AT });
    // Approved again with a better reason: the same month, replaced.
    await store.approveMissedMeeting({ unitId: b, periodKey: "2026-02", reason: "Nghỉ Tết Nguyên đán.", by: 6, at: LATER });
    expect(await store.withdrawMissedMeeting(c, "2026-03")).toBe(true);
    expect(await store.withdrawMissedMeeting(c, "2026-03")).toBe(false);

    expect(await store.approvedMissedMeetings([c, b, a], 2026)).toEqual([
      { unitId: b, periodKey: "2026-02", reason: "Nghỉ Tết Nguyên đán.", approvedBy: 6, approvedAt: LATER_STAMP },
      { unitId: a, periodKey: "2026-02", reason: "Nghỉ Tết.", approvedBy: null, approvedAt: STAMP },
      { unitId: a, periodKey: "2026-07", reason: "Bão lũ, không tổ chức được.", approvedBy: 5, approvedAt: STAMP },
    ]);
    expect((await store.approvedMissedMeetings([b], 2025)).map((m) => m.periodKey)).toEqual(["2025-12"]);
    expect(await store.approvedMissedMeetings([], 2026)).toEqual([]);
  });

  it("refuses a missed meeting with a malformed month or a reason that is empty or over 500 characters", async () => {
    const { cells, store } = await setup(1);
    const [a] = cells as [number];
    const approval = { unitId: a, periodKey: "2026-02", reason: "Nghỉ Tết.", by: 5, at: AT };
    await expect(store.approveMissedMeeting({ ...approval, periodKey: "2026-13" })).rejects.toThrow(RangeError);
    await expect(store.approveMissedMeeting({ ...approval, periodKey: "2026-2" })).rejects.toThrow(RangeError);
    await expect(store.approveMissedMeeting({ ...approval, reason: " " })).rejects.toThrow(RangeError);
    await expect(store.approveMissedMeeting({ ...approval, reason: "x".repeat(501) })).rejects.toThrow(RangeError);
    await store.approveMissedMeeting({ ...approval, reason: "x".repeat(500) });
    expect((await store.approvedMissedMeetings([a], 2026))[0]?.reason).toHaveLength(500);
  });

  it("lists the approved missed meetings of a province's cells", async () => {
    const { cells, store } = await setup(1_234);
    for (const unitId of cells.filter((_, i) => i % 100 === 0)) await store.approveMissedMeeting({ unitId, periodKey: "2026-05", reason: "Lũ.", by: 5, at: AT });
    const found = await store.approvedMissedMeetings(cells, 2026);
    expect(found.map((m) => m.unitId)).toEqual(cells.filter((_, i) => i % 100 === 0));
  });

  it("records the committee's title decisions, replacing an earlier one for the same unit and year", async () => {
    const { cells, store } = await setup(3);
    const [a, b, c] = cells as [number, number, number];
    await store.decideTitles([
      { unitId: a, year: 2026, conferred: true, note: null, by: 5, at: AT },
      { unitId: b, year: 2026, conferred: false, note: "Chưa đủ 10 tháng bốn tốt.", by: null, at: AT },
      { unitId: c, year: 2025, conferred: true, note: null, by: 5, at: AT },
    ]);
    await store.decideTitles([{ unitId: b, year: 2026, conferred: true, note: "Xét lại sau khiếu nại.", by: 6, at: LATER }]);
    expect(await store.titleDecisionsOf([c, b, a], 2026)).toEqual([
      { unitId: b, year: 2026, conferred: true, note: "Xét lại sau khiếu nại.", decidedBy: 6, decidedAt: LATER_STAMP },
      { unitId: a, year: 2026, conferred: true, note: null, decidedBy: 5, decidedAt: STAMP },
    ]);
    expect(await store.titleDecisionsOf([c], 2025)).toEqual([{ unitId: c, year: 2025, conferred: true, note: null, decidedBy: 5, decidedAt: STAMP }]);
    await expect(store.decideTitles([{ unitId: a, year: 2026, conferred: false, note: "x".repeat(501), by: 5, at: AT }])).rejects.toThrow(RangeError);
    expect((await store.titleDecisionsOf([a], 2026))[0]?.conferred).toBe(true);
  });

  it("keeps one row when entries for the same unit and year race", async () => {
    const { exec, cells, store } = await setup(1);
    const [a] = cells as [number];
    await Promise.all([
      store.enterRatings([rating(a, { rating: "good" })]),
      createYearEndStore(exec).enterRatings([rating(a, { rating: "excellent" })]),
      store.decideTitles([{ unitId: a, year: 2026, conferred: true, note: null, by: 5, at: AT }]),
      createYearEndStore(exec).decideTitles([{ unitId: a, year: 2026, conferred: false, note: null, by: 6, at: AT }]),
      store.approveMissedMeeting({ unitId: a, periodKey: "2026-02", reason: "one", by: 5, at: AT }),
      createYearEndStore(exec).approveMissedMeeting({ unitId: a, periodKey: "2026-02", reason: "two", by: 6, at: AT }),
    ]);
    expect(await store.ratingsOf([a], 2026)).toHaveLength(1);
    expect(await store.titleDecisionsOf([a], 2026)).toHaveLength(1);
    expect(await store.approvedMissedMeetings([a], 2026)).toHaveLength(1);
  });
});
