import { isValidDate, type CalendarDate } from "../period.ts";
import type { Lexicon } from "./lexicon.ts";
import { fold, words } from "./normalize.ts";

/**
 * Dates as people type them: 5/11, 05/11/2026, 5-11-26, 2026-11-05, "ngày 5", "hôm nay".
 * Day first, as in Vietnam. A missing month or year is taken from the period.
 */
export function parseDate(text: string, period: { year: number; month: number }, today: CalendarDate, lexicon: Lexicon): CalendarDate | undefined {
  const folded = fold(text);
  if (lexicon.today.has(folded)) return today;
  if (lexicon.yesterday.has(folded)) return addDays(today, -1);
  const iso = /(\d{4})-(\d{1,2})-(\d{1,2})/.exec(folded);
  if (iso) return valid({ year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) });
  if (words(text).some((w) => /^\d{5,}$/.test(w))) return undefined;
  const numbers = (folded.match(/\d+/g) ?? []).map(Number);
  const [day, month, year] = numbers;
  if (day === undefined || numbers.length > 3) return undefined;
  const fullYear = year === undefined ? period.year : year < 100 ? 2000 + year : year;
  return valid({ year: fullYear, month: month ?? period.month, day });
}

function valid(date: CalendarDate): CalendarDate | undefined {
  return isValidDate(date) ? date : undefined;
}

function addDays(date: CalendarDate, days: number): CalendarDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}
