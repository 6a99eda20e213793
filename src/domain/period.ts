import type { UnitKind } from "./org.ts";

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

/**
 * Two kinds of reporting period: a month (`YYYY-MM`), answered by every cell, and a year
 * (`YYYY`), the grassroots committees' yearly self-assessment, answered in December. The key's
 * shape says which; periods of both kinds share one table and one key space.
 */
export type PeriodKind = "monthly" | "yearly";

const YEAR_KEY = /^\d{4}$/;

export function isYearKey(value: string): boolean {
  return YEAR_KEY.test(value);
}

/** The kind of period a key names; undefined for anything else. */
export function periodKindOf(key: string): PeriodKind | undefined {
  return isPeriodKey(key) ? "monthly" : isYearKey(key) ? "yearly" : undefined;
}

/** The units that answer a period of this kind: cells every month, grassroots committees once a year. */
export function answeringUnitKind(kind: PeriodKind): UnitKind {
  return kind === "monthly" ? "cell" : "grassroots_committee";
}

/**
 * The month a period's answers are read in (dates, the month of the quarter): its own month, or
 * December for a year, the month its self-assessment is answered in.
 */
export function periodMonthOf(key: string): { year: number; month: number } | undefined {
  return parsePeriodKey(key) ?? (isYearKey(key) ? { year: Number(key), month: 12 } : undefined);
}

// Building an Intl.DateTimeFormat is costly; one per time zone serves every turn.
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * The last dates worked out, per zone and minute: formatToParts costs ~10 µs and a turn asks a
 * few times. Since 1972 every zone's offset is whole minutes (Africa/Monrovia's −0:44:30 was the
 * last that was not), so every instant of a minute has the same date.
 */
const recentDates = new Map<string, CalendarDate>();
const RECENT_DATES = 64;
const WHOLE_MINUTE_OFFSETS_SINCE = Date.UTC(1972, 4, 1);

/** The calendar date of an instant in the given time zone. */
export function calendarDateAt(instant: Date, timeZone: string = DEFAULT_TIME_ZONE): CalendarDate {
  if (!(instant.getTime() >= WHOLE_MINUTE_OFFSETS_SINCE)) return formatDateAt(instant, timeZone);
  const minute = Math.floor(instant.getTime() / 60_000);
  const key = `${timeZone} ${minute}`;
  const known = recentDates.get(key);
  if (known) return known;
  const date = formatDateAt(instant, timeZone);
  if (recentDates.size >= RECENT_DATES) recentDates.delete(recentDates.keys().next().value ?? "");
  recentDates.set(key, date);
  return date;
}

function formatDateAt(instant: Date, timeZone: string): CalendarDate {
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
