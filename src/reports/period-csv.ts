import { dayFirst } from "../domain/period.ts";
import type { Locale } from "../i18n/locale.ts";
import type { PeriodSheet, SheetValue } from "./period-sheet.ts";

/** How many leading columns of the answers table repeat the cells table (group, code, cell, status). */
const REPEATED = 4;

/**
 * `bontot report --format csv`: one row per cell with the cells table's columns, then a column
 * per answer; no subtotal rows, so that it sorts and filters as it is. Headers and values in the
 * report's language.
 *
 * Made for Excel as offices in Vietnam run it: UTF-8 with a byte-order mark (else Excel reads
 * the diacritics as Windows-1258 mojibake), and in Vietnamese the separator ";" with a decimal
 * comma — Windows' Vietnamese regional format uses "," as the decimal mark and ";" as the list
 * separator, so Excel opens such a file into columns by a double click; in English "," and a
 * decimal point. RFC 4180 quoting, and no field that a spreadsheet would run as a formula.
 */
export function periodSheetCsv(report: PeriodSheet, locale: Locale): string {
  const separator = locale === "vi" ? ";" : ",";
  const header = [...report.cells.columns, ...report.answers.columns.slice(REPEATED)].map((c) => c.header);
  const answersOf = new Map(report.answers.rows.map((row) => [row.values[1], row.values.slice(REPEATED)]));
  const rows = report.cells.rows.filter((r) => r.kind === "row").map((r) => [...r.values, ...(answersOf.get(r.values[2] ?? null) ?? [])]);
  const field = (value: SheetValue | string): string => quoted(text(value, locale), separator);
  return "\ufeff" + [header.map(field), ...rows.map((row) => row.map(field))].map((row) => row.join(separator)).join("\n") + "\n";
}

function text(value: SheetValue, locale: Locale): string {
  if (value === null) return "";
  if (typeof value === "number") return locale === "vi" ? String(value).replace(".", ",") : String(value);
  if (typeof value === "string") return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  if ("tone" in value) return text(value.text, locale);
  if ("percent" in value) return `${text(value.percent, locale)}%`;
  const date = dayFirst(value.date);
  if (value.minutes === undefined) return date;
  return `${date} ${String(Math.floor(value.minutes / 60)).padStart(2, "0")}:${String(value.minutes % 60).padStart(2, "0")}`;
}

function quoted(text: string, separator: string): string {
  return text.includes(separator) || /["\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
