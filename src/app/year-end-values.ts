import { cleanText, fold } from "../domain/input/normalize.ts";
import { parsePeriodKey, periodKeyOf } from "../domain/period.ts";
import { YEAR_END_TEXT_MAX, type YearEndRating } from "../ports/year-end-store.ts";

/**
 * How the committee's year-end inputs are typed — in a chat command, on the command line, in an
 * office's spreadsheet — read the same way everywhere. Pure functions; a value that is not
 * understood is never guessed.
 */

/** The earliest year anything may be entered for. */
export const YEAR_END_FIRST_YEAR = 2000;

/**
 * Words for the four QĐ 366 levels, folded (lower case, no diacritics), after "nhiệm vụ" / "task"
 * words are dropped: "Hoàn thành tốt nhiệm vụ", "hoan thanh tot", "tốt", "HTTNV", "good".
 */
const RATING_WORDS: Readonly<Record<string, YearEndRating>> = {
  "hoan thanh xuat sac": "excellent",
  "xuat sac": "excellent",
  htxs: "excellent",
  htxsnv: "excellent",
  excellent: "excellent",
  "hoan thanh tot": "good",
  tot: "good",
  htt: "good",
  httnv: "good",
  good: "good",
  "hoan thanh": "complete",
  ht: "complete",
  htnv: "complete",
  complete: "complete",
  completed: "complete",
  "khong hoan thanh": "incomplete",
  kht: "incomplete",
  khtnv: "incomplete",
  incomplete: "incomplete",
  "not completed": "incomplete",
  "not complete": "incomplete",
};

/** "Hoàn thành tốt nhiệm vụ", "xuat sac", "KHTNV", "good" -> the rating; undefined when not one of them. */
export function parseYearEndRating(text: string): YearEndRating | undefined {
  // Only words and light punctuation: "hoàn thành 😀" is not a rating with a smile dropped.
  if (/[^\p{L}\p{N}\p{M}\s.,;:()'"\-–]/u.test(text)) return undefined;
  const words = fold(cleanText(text))
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(/\s+(nhiem vu|nv|tasks?)$/, "")
    .replace(/^(muc )/, "");
  return RATING_WORDS[words];
}

export type ParsedPercent = { readonly ok: true; readonly value: number } | { readonly ok: false };

/**
 * A share of members as a whole percent 0–100: "95", "95%", "95 %", a fraction written with a
 * decimal separator "0.95" / "0,95" (at most 1: "1.0" is 100 %), or a spreadsheet number (a
 * cell formatted as a percentage holds the fraction). A whole number is a percent ("1" is 1 %);
 * anything that is not a whole percent in the end ("95.5", "0.955") is refused, never rounded.
 */
export function parseSharePercent(raw: string | number, options: { readonly percentFormat?: boolean } = {}): ParsedPercent {
  let value: number;
  let fraction: boolean;
  if (typeof raw === "number") {
    if (!Number.isFinite(raw)) return { ok: false };
    value = raw;
    fraction = options.percentFormat === true || (!Number.isInteger(raw) && raw >= 0 && raw <= 1);
  } else {
    const match = /^(\d{1,3})(?:[.,](\d+))?\s*(%?)$/.exec(cleanText(raw));
    if (!match) return { ok: false };
    value = Number(`${match[1]}.${match[2] ?? "0"}`);
    fraction = match[3] === "" && match[2] !== undefined && value <= 1;
  }
  const percent = fraction ? value * 100 : value;
  const whole = Math.round(percent);
  if (Math.abs(percent - whole) > 1e-6 || whole < 0 || whole > 100) return { ok: false };
  return { ok: true, value: whole };
}

/** A four-digit year, as typed or as a spreadsheet number; undefined otherwise. */
export function parseYear(raw: string | number): number | undefined {
  const text = typeof raw === "number" ? String(raw) : cleanText(raw);
  return /^\d{4}$/.test(text) ? Number(text) : undefined;
}

/**
 * A month: "2026-08", "8/2026", "08/2026", "T8/2026", or a spreadsheet date (its UTC calendar
 * month: spreadsheet dates carry no time zone). Undefined when it is none of these.
 */
export function parseMonth(raw: string | number | Date): string | undefined {
  if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? undefined : periodKeyOf(raw.getUTCFullYear(), raw.getUTCMonth() + 1);
  if (typeof raw === "number") return undefined;
  const text = fold(cleanText(raw)).replace(/\s+/g, "");
  if (parsePeriodKey(text)) return text;
  const dayFirst = /^(?:t|thang)?(\d{1,2})[/.-](\d{4})$/.exec(text);
  if (!dayFirst) return undefined;
  const month = Number(dayFirst[1]);
  return month >= 1 && month <= 12 ? periodKeyOf(Number(dayFirst[2]), month) : undefined;
}

/** Yes / no for a title decision: "có", "co", "yes", "công nhận" / "không", "khong", "no". */
export function parseConferred(raw: string): boolean | undefined {
  const words = fold(cleanText(raw));
  if (["co", "yes", "y", "cong nhan", "true", "1"].includes(words)) return true;
  if (["khong", "no", "n", "khong cong nhan", "false", "0"].includes(words)) return false;
  return undefined;
}

export type CheckedText = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly length: number };

/** Free text kept with a record (a reason, a note): cleaned, and at most YEAR_END_TEXT_MAX characters. */
export function checkYearEndText(raw: string): CheckedText {
  const text = cleanText(raw);
  return text.length <= YEAR_END_TEXT_MAX ? { ok: true, text } : { ok: false, length: text.length };
}
