import { calendarDateAt, dayFirst } from "../../domain/period.ts";

/**
 * The last day a late allowance covers, day first ("19/12/2026"): allowances end at a midnight
 * of the committee's time zone, so the day shown is the one just before.
 */
export function lastDayOf(until: Date, timeZone: string): string {
  return dayFirst(calendarDateAt(new Date(until.getTime() - 1), timeZone));
}
