import { isValidDate, type CalendarDate } from "../period.ts";
import { explain, type Reader } from "./explain.ts";
import type { Lexicon } from "./lexicon.ts";
import { ignoring, marks, meaning } from "./readers.ts";
import { tokenize } from "./tokens.ts";

/**
 * Dates as people type them: 5/11, 05/11/2026, 5-11-26, 2026-11-05, "ngày 5", "hôm nay".
 * Day first, as in Vietnam. A missing month or year is taken from the period. Every word must
 * be explained: "ngày 5 hay 6" is refused, not read as the 5th.
 */
export function parseDate(text: string, period: { year: number; month: number }, today: CalendarDate, lexicon: Lexicon): CalendarDate | undefined {
  const readers: Reader<DatePart>[] = [
    meaning<DatePart>(lexicon.today, "today"),
    meaning<DatePart>(lexicon.yesterday, "yesterday"),
    dateNumbers,
    ignoring(lexicon.dateWords),
    ignoring(lexicon.fillers),
    marks,
  ];
  const parts = explain(tokenize(text), readers) ?? [];
  const [first] = parts;
  if (parts.length === 1 && first === "today") return today;
  if (parts.length === 1 && first === "yesterday") return addDays(today, -1);
  const numbers = parts.filter((part): part is DateNumber => typeof part !== "string");
  if (numbers.length !== parts.length) return undefined;
  return fromNumbers(numbers, period);
}

type DatePart = "today" | "yesterday" | DateNumber;

interface DateNumber {
  readonly value: number;
  readonly digits: number;
}

/** Digits of a date; "5.11.26" is one token with three numbers. "-3" is no day of a month. */
const dateNumbers: Reader<DateNumber> = (tokens, at) => {
  const token = tokens[at];
  if (token?.kind !== "numeral" || token.negative) return undefined;
  const value = token.text.split(/[.,]/).map((digits) => ({ value: Number(digits), digits: digits.length }));
  return { value, next: at + 1 };
};

function fromNumbers(numbers: readonly DateNumber[], period: { year: number; month: number }): CalendarDate | undefined {
  if (numbers.length === 0 || numbers.length > 3 || numbers.some((n) => n.digits > 4)) return undefined;
  const [first, second, third] = numbers.map((n) => n.value);
  if (numbers[0]?.digits === 4) return third === undefined ? undefined : valid({ year: first ?? 0, month: second ?? 0, day: third });
  const [day, month, year] = [first ?? 0, second ?? period.month, third];
  const fullYear = year === undefined ? period.year : year < 100 ? 2000 + year : year;
  return valid({ year: fullYear, month, day });
}

function valid(date: CalendarDate): CalendarDate | undefined {
  return isValidDate(date) ? date : undefined;
}

function addDays(date: CalendarDate, days: number): CalendarDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}
