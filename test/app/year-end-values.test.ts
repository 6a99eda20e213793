import { describe, expect, it } from "vitest";
import { parseConferred, parseMonth, parseSharePercent, parseYear, parseYearEndRating } from "../../src/app/year-end-values.ts";

/** How year-end inputs are read, in chat, on the command line and in spreadsheets alike. */
describe("year-end values", () => {
  it.each([
    ["xuất sắc", "excellent"],
    ["xuat sac", "excellent"],
    ["Hoàn thành xuất sắc nhiệm vụ", "excellent"],
    ["HTXSNV", "excellent"],
    ["excellent", "excellent"],
    ["tốt", "good"],
    ["tot", "good"],
    ["TỐT", "good"],
    ["Hoàn thành tốt nhiệm vụ", "good"],
    ["hoan thanh tot", "good"],
    ["HTTNV", "good"],
    ["good", "good"],
    ["hoàn thành", "complete"],
    ["hoan thanh", "complete"],
    ["Hoàn thành nhiệm vụ", "complete"],
    ["complete", "complete"],
    ["không hoàn thành", "incomplete"],
    ["khong hoan thanh", "incomplete"],
    ["Không hoàn thành nhiệm vụ", "incomplete"],
    ["KHTNV", "incomplete"],
    ["incomplete", "incomplete"],
    ["  Hoàn   thành  tốt  ", "good"],
  ])("rating %j is %s", (text, rating) => {
    expect(parseYearEndRating(text)).toBe(rating);
  });

  it.each(["khá", "tốt lắm", "", "95", "hoàn thành tốt nhiệm vụ năm 2026", "nhiệm vụ"])("rating %j is not understood", (text) => {
    expect(parseYearEndRating(text)).toBeUndefined();
  });

  it.each<[string | number, boolean, number | undefined]>([
    ["95", false, 95],
    ["95%", false, 95],
    ["95 %", false, 95],
    ["100", false, 100],
    ["0", false, 0],
    ["1", false, 1],
    ["0.95", false, 95],
    ["0,95", false, 95],
    ["1.0", false, 100],
    ["95,0", false, 95],
    ["95.5", false, undefined],
    ["0.955", false, undefined],
    ["0.5%", false, undefined],
    ["101", false, undefined],
    ["-5", false, undefined],
    ["chín lăm", false, undefined],
    ["", false, undefined],
    [95, false, 95],
    [0.95, false, 95],
    [0.95, true, 95],
    [1, true, 100],
    [1, false, 1],
    [95.5, false, undefined],
    [Number.NaN, false, undefined],
  ])("share %j (percent format %s) is %s", (raw, percentFormat, expected) => {
    const parsed = parseSharePercent(raw, { percentFormat });
    expect(parsed.ok ? parsed.value : undefined).toBe(expected);
  });

  it.each<[string | number | Date, string | undefined]>([
    ["2026-08", "2026-08"],
    ["8/2026", "2026-08"],
    ["08/2026", "2026-08"],
    ["T8/2026", "2026-08"],
    ["tháng 8/2026", "2026-08"],
    [new Date(Date.UTC(2026, 7, 1)), "2026-08"],
    ["2026-13", undefined],
    ["13/2026", undefined],
    ["tháng tám", undefined],
    [202608, undefined],
  ])("month %j is %s", (raw, expected) => {
    expect(parseMonth(raw)).toBe(expected);
  });

  it("years are four digits; title decisions yes or no", () => {
    expect([parseYear("2026"), parseYear(2026), parseYear("26"), parseYear("năm 2026")]).toEqual([2026, 2026, undefined, undefined]);
    expect(["có", "co", "yes", "Công nhận", "không", "khong", "no", "không công nhận", "được"].map(parseConferred)).toEqual([true, true, true, true, false, false, false, false, undefined]);
  });
});
