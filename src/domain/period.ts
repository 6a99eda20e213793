/**
 * Monthly periods keyed `YYYY-MM` in the committee's time zone (Asia/Ho_Chi_Minh by default).
 * Calendar arithmetic is done on plain dates; instants are converted with Intl so that the
 * server's own time zone never matters.
 */
export const DEFAULT_TIME_ZONE = "Asia/Ho_Chi_Minh";

export type PeriodKey = `${number}-${number}`;

const PERIOD_KEY = /^(\d{4})-(0[1-9]|1[0-2])$/;

export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export function isPeriodKey(value: string): value is PeriodKey {
  return PERIOD_KEY.test(value);
}

export function parsePeriodKey(key: string): { year: number; month: number } | undefined {
  const match = PERIOD_KEY.exec(key);
  if (!match) return undefined;
  return { year: Number(match[1]), month: Number(match[2]) };
}

export function periodKeyOf(year: number, month: number): PeriodKey {
  return `${year}-${String(month).padStart(2, "0")}` as PeriodKey;
}

// Building an Intl.DateTimeFormat is costly; one per time zone serves every turn.
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar date of an instant in the given time zone. */
export function calendarDateAt(instant: Date, timeZone: string = DEFAULT_TIME_ZONE): CalendarDate {
  let format = dateFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    dateFormats.set(timeZone, format);
  }
  const parts = format.formatToParts(instant);
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  return { year: get("year"), month: get("month"), day: get("day") };
}

export function periodKeyAt(instant: Date, timeZone: string = DEFAULT_TIME_ZONE): PeriodKey {
  const { year, month } = calendarDateAt(instant, timeZone);
  return periodKeyOf(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** 1, 2 or 3: the month's place in its quarter (the thematic-meeting rule depends on it). */
export function monthOfQuarter(month: number): 1 | 2 | 3 {
  return (((month - 1) % 3) + 1) as 1 | 2 | 3;
}

export function isValidDate(date: CalendarDate): boolean {
  return (
    Number.isInteger(date.year) &&
    date.month >= 1 &&
    date.month <= 12 &&
    date.day >= 1 &&
    date.day <= daysInMonth(date.year, date.month)
  );
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

export function formatIsoDate(date: CalendarDate): string {
  return `${date.year}-${String(date.month).padStart(2, "0")}-${String(date.day).padStart(2, "0")}`;
}

/** "2026-11-05" or a calendar date -> "05/11/2026"; "2026-11" -> "11/2026": day first, as Vietnamese forms write. */
export function dayFirst(value: string | CalendarDate): string {
  const text = typeof value === "string" ? value : formatIsoDate(value);
  return text.split("-").reverse().join("/");
}

export function parseIsoDate(value: string): CalendarDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isValidDate(date) ? date : undefined;
}
