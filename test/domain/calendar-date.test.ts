import { describe, expect, it } from "vitest";
import { calendarDateAt, periodKeyAt } from "../../src/domain/period.ts";

describe("the calendar date of an instant, in the office's time zone", () => {
  it("turns at local midnight in Hà Nội (UTC+7), minute after minute", () => {
    expect(calendarDateAt(new Date("2026-11-30T16:59:59Z"), "Asia/Ho_Chi_Minh")).toEqual({ year: 2026, month: 11, day: 30 });
    expect(calendarDateAt(new Date("2026-11-30T17:00:00Z"), "Asia/Ho_Chi_Minh")).toEqual({ year: 2026, month: 12, day: 1 });
    // Asked again within the same minute (the answer is remembered): still the right day on each side.
    expect(calendarDateAt(new Date("2026-11-30T16:59:30Z"), "Asia/Ho_Chi_Minh")).toEqual({ year: 2026, month: 11, day: 30 });
    expect(calendarDateAt(new Date("2026-11-30T17:00:30Z"), "Asia/Ho_Chi_Minh")).toEqual({ year: 2026, month: 12, day: 1 });
    expect(periodKeyAt(new Date("2026-11-30T17:00:30Z"), "Asia/Ho_Chi_Minh")).toBe("2026-12");
    // The same instant is another day in another zone.
    expect(calendarDateAt(new Date("2026-11-30T17:00:30Z"), "UTC")).toEqual({ year: 2026, month: 11, day: 30 });
  });

  it("is right in the middle of a minute where a zone's offset had seconds (Monrovia, −0:44:30 until 1972)", () => {
    expect(calendarDateAt(new Date("1971-06-01T00:44:10Z"), "Africa/Monrovia")).toEqual({ year: 1971, month: 5, day: 31 });
    expect(calendarDateAt(new Date("1971-06-01T00:44:40Z"), "Africa/Monrovia")).toEqual({ year: 1971, month: 6, day: 1 });
  });
});
