import { afterEach, describe, expect, it } from "vitest";
import { annualResults, type AnnualReport } from "../../src/app/annual-results.ts";
import type { App } from "../../src/app/open-app.ts";
import { TASKS_HALF_DONE, months } from "../domain/annual/annual-fixtures.ts";
import { tempDbPath } from "../support/temp-db.ts";
import { YEAR_2026, openDemoApp, seedYear } from "./annual-seed.ts";

/**
 * Issue 11, item 4: the annual results of a year seeded through the real stores (twelve periods,
 * submissions with their standings, the committee's year-end inputs), computed by the use case.
 */
describe("annual results of a seeded year", () => {
  const dbPath = tempDbPath();
  let app: App | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  async function report(options: { unitCode?: string } = {}): Promise<AnnualReport> {
    app = await openDemoApp(dbPath, "2027-01-15T03:00:00Z");
    await seedYear(app, YEAR_2026);
    const outcome = await annualResults(app, { year: 2026, locale: "vi", ...(options.unitCode ? { unitCode: options.unitCode } : {}) });
    if (!outcome.ok) throw new Error(`unknown unit ${outcome.code}`);
    return outcome.report;
  }

  const RULES = ["meetings", "thematic_quarters", "four_good_months", "criterion_months", "no_veto", "rating", "share_good"] as const;
  type Met = boolean | null;
  const cellTable: readonly [code: string, eligible: Met, rules: readonly Met[], reported: number, fourGood: number][] = [
    ["MK-PL1", true, [true, true, true, true, true, true, true], 12, 12],
    ["MK-NC", false, [true, true, false, false, true, true, true], 12, 9],
    ["MK-TT", true, [true, true, true, true, true, true, true], 12, 11],
    ["MK-THPT-GV", false, [true, true, true, true, false, true, true], 12, 11],
    ["MK-THPT-HC", null, [null, true, true, true, true, null, null], 11, 11],
  ];

  it("decides every cell rule by rule, in tree order", async () => {
    const r = await report();
    expect(r.year).toBe(2026);
    expect(r.unit).toBeNull();
    expect(r.cells.map((c) => c.code)).toEqual(cellTable.map(([code]) => code));
    for (const [code, eligible, rules, reported, fourGood] of cellTable) {
      const cell = r.cells.find((c) => c.code === code);
      expect(cell?.eligible, code).toBe(eligible);
      expect(cell?.reasons.map((x) => x.rule), code).toEqual([...RULES]);
      expect(cell?.reasons.map((x) => x.met), code).toEqual(rules);
      expect(cell?.monthsReported, code).toBe(reported);
      expect(cell?.monthsFourGood, code).toBe(fourGood);
    }
  });

  it("explains each rule with its figures, in Vietnamese and in English", async () => {
    const vi = await report();
    const nc = vi.cells.find((c) => c.code === "MK-NC");
    expect(nc?.criteriaMonthsMet).toEqual({ I: 9, II: 12, III: 12, IV: 12 });
    expect(nc?.reasons.find((x) => x.rule === "four_good_months")?.detail).toBe('Đạt "4 tốt" 9/12 tháng (cần ít nhất 10); chưa đạt: 02/2026, 05/2026, 08/2026');
    expect(nc?.reasons.find((x) => x.rule === "criterion_months")?.detail).toBe("Số tháng đạt: tiêu chí I 9, II 12, III 12, IV 12 (mỗi tiêu chí cần ít nhất 10); không đủ: tiêu chí I");
    const tt = vi.cells.find((c) => c.code === "MK-TT");
    expect(tt?.reasons[0]?.detail).toBe("Sinh hoạt thường kỳ 11/12 tháng (cần 12, hoặc 11 nếu tháng thiếu có lý do được duyệt); có lý do được duyệt: 03/2026");
    expect(tt?.yearEnd).toEqual({ rating: "excellent", shareGoodPercent: 100, approvedMissedMeetings: ["2026-03"] });
    const gv = vi.cells.find((c) => c.code === "MK-THPT-GV");
    expect(gv?.reasons.find((x) => x.rule === "no_veto")?.detail).toBe("Bị phủ quyết tháng 06/2026 (Có đảng viên vi phạm do cấp trên phát hiện)");
    const hc = vi.cells.find((c) => c.code === "MK-THPT-HC");
    expect(hc?.reasons[0]?.detail).toBe("Sinh hoạt thường kỳ 11/12 tháng (cần 12, hoặc 11 nếu tháng thiếu có lý do được duyệt); không sinh hoạt, chưa có lý do được duyệt: 12/2026");
    expect(hc?.reasons.find((x) => x.rule === "rating")?.detail).toBe("Cấp ủy chưa nhập xếp loại cuối năm (cần Hoàn thành tốt nhiệm vụ trở lên)");
    expect(hc?.months.at(-1)).toEqual({ period: "2026-12", status: "not_reported", fourGood: false });
    expect(hc?.final).toBe(false);

    const english = await annualResults(app as App, { year: 2026, locale: "en" });
    if (!english.ok) throw new Error("unexpected");
    const en = english.report;
    expect(en.cells.find((c) => c.code === "MK-NC")?.reasons.find((x) => x.rule === "four_good_months")?.detail).toBe(
      "Four-good in 9 of 12 months (needs at least 10); not four-good: 02/2026, 05/2026, 08/2026",
    );
    expect(en.cells.find((c) => c.code === "MK-PL1")?.reasons.find((x) => x.rule === "share_good")?.detail).toBe("95% of members rated good or better (needs at least 90%)");
  });

  it("reports the committee's title decision beside the computation, never in it", async () => {
    const r = await report();
    const pl1 = r.cells.find((c) => c.code === "MK-PL1");
    expect(pl1?.title).toMatchObject({ conferred: true, note: "Quyết định số 12-QĐ/ĐU", decidedBy: null });
    expect(pl1?.final).toBe(true);
    expect(r.cells.find((c) => c.code === "MK-NC")?.title).toBeNull();
  });

  it("rolls the grassroots committee's cells up into its nine criteria, each with its source", async () => {
    const r = await report();
    expect(r.committees.map((c) => c.code)).toEqual(["MK-THPT"]);
    const thpt = r.committees[0];
    expect(thpt?.cells).toEqual(["MK-THPT-GV", "MK-THPT-HC"]);
    expect(thpt?.members).toBe(41);
    expect(thpt?.eligible).toBe(false);
    expect(thpt?.criteria.map((c) => [c.id, c.met, c.source])).toEqual([
      [1, null, "missing"],
      [2, null, "missing"],
      [3, null, "missing"],
      [4, null, "missing"],
      [5, false, "computed"],
      [6, null, "computed"],
      [7, false, "computed"],
      [8, true, "computed"],
      [9, true, "answered"],
    ]);
    const detail = (id: number): string | undefined => thpt?.criteria.find((c) => c.id === id)?.detail;
    expect(detail(5)).toBe('0/2 chi bộ đủ điều kiện "4 tốt"; chưa đủ: MK-THPT-GV; còn chờ: MK-THPT-HC');
    expect(detail(7)).toBe("vi phạm do cấp trên phát hiện: MK-THPT-GV 06/2026; đảng bộ chưa tự đánh giá kế hoạch kiểm tra");
    expect(detail(8)).toBe("Kết nạp 2 đảng viên (chỉ tiêu 2: 3% của 41 đảng viên)");
    expect(detail(9)).toBe(
      "Đảng bộ được xếp loại: Hoàn thành tốt nhiệm vụ (cần Hoàn thành tốt nhiệm vụ trở lên) — cấp ủy cấp trên nhập; 92% đảng viên hoàn thành tốt nhiệm vụ trở lên (cần ít nhất 90%) — cấp ủy cấp trên nhập",
    );
  });

  it("keeps the issue's JSON shape, with extra fields only beside it", async () => {
    const r = JSON.parse(JSON.stringify(await report()));
    expect(Object.keys(r)).toEqual(expect.arrayContaining(["year", "cells", "committees"]));
    for (const cell of r.cells) {
      expect(Object.keys(cell)).toEqual(expect.arrayContaining(["code", "name", "parent", "eligible", "monthsReported", "monthsFourGood", "criteriaMonthsMet", "reasons"]));
      expect(Object.keys(cell.criteriaMonthsMet)).toEqual(["I", "II", "III", "IV"]);
      for (const reason of cell.reasons) {
        expect(Object.keys(reason)).toEqual(expect.arrayContaining(["rule", "met", "detail"]));
        expect(typeof reason.detail).toBe("string");
        expect([true, false, null]).toContain(reason.met);
      }
      expect(cell.months).toHaveLength(12);
    }
    expect(r.cells[0].parent).toBe("MK");
    for (const committee of r.committees) {
      expect(Object.keys(committee)).toEqual(expect.arrayContaining(["code", "name", "eligible", "criteria"]));
      expect(committee.criteria.map((c: { id: number }) => c.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
      for (const c of committee.criteria) {
        expect(Object.keys(c)).toEqual(expect.arrayContaining(["id", "met", "source", "detail"]));
        expect(["computed", "answered", "missing"]).toContain(c.source);
      }
    }
  });

  it("reports one subtree when a unit is named, and refuses an unknown one", async () => {
    const r = await report({ unitCode: "MK-THPT" });
    expect(r.unit).toEqual({ code: "MK-THPT", name: "Đảng bộ Trường THPT số 1 Mường Khương", kind: "grassroots_committee" });
    expect(r.cells.map((c) => c.code)).toEqual(["MK-THPT-GV", "MK-THPT-HC"]);
    expect(r.committees.map((c) => c.code)).toEqual(["MK-THPT"]);
    const cell = await annualResults(app as App, { year: 2026, unitCode: "MK-TT", locale: "vi" });
    expect(cell.ok && cell.report.cells.map((c) => c.code)).toEqual(["MK-TT"]);
    expect(cell.ok && cell.report.committees).toEqual([]);
    expect(await annualResults(app as App, { year: 2026, unitCode: "NOPE", locale: "vi" })).toEqual({ ok: false, reason: "unknown-unit", code: "NOPE" });
  });

  it("answers as the year goes: failed once it cannot be met, open while it still can", async () => {
    app = await openDemoApp(dbPath, "2026-07-10T03:00:00Z");
    // January to June exist, January to May closed; June is still open.
    await seedYear(app, { year: 2026, periods: 6, closed: 5, cells: { "MK-PL1": {}, "MK-NC": months([1, 2, 3], TASKS_HALF_DONE) } });
    const outcome = await annualResults(app, { year: 2026, locale: "vi" });
    if (!outcome.ok) throw new Error("unexpected");
    const pl1 = outcome.report.cells.find((c) => c.code === "MK-PL1");
    expect(pl1?.eligible).toBeNull();
    expect(pl1?.reasons.find((x) => x.rule === "four_good_months")?.detail).toBe('Đạt "4 tốt" 6/12 tháng (cần ít nhất 10); 6 tháng chưa chốt');
    expect(pl1?.months.map((m) => m.status)).toEqual(["submitted", "submitted", "submitted", "submitted", "submitted", "submitted", ...Array(6).fill("not_started")]);
    // Three months lost already: at most 9 four-good months are left, so the rule has failed.
    const nc = outcome.report.cells.find((c) => c.code === "MK-NC");
    expect(nc?.eligible).toBe(false);
    expect(nc?.reasons.find((x) => x.rule === "four_good_months")?.met).toBe(false);
    // A cell that reported nothing in months that closed has not met its meetings either.
    const tt = outcome.report.cells.find((c) => c.code === "MK-TT");
    expect(tt?.eligible).toBe(false);
    expect(tt?.monthsReported).toBe(0);
    expect(tt?.months.slice(0, 6).map((m) => m.status)).toEqual(["not_reported", "not_reported", "not_reported", "not_reported", "not_reported", "not_started"]);
  });
});
