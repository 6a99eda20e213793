import { ANNUAL_RULES } from "../domain/annual/cell-annual-result.ts";
import { CRITERION_IDS } from "../domain/questionnaire/definition.ts";
import type { AnnualReport } from "./annual-report.ts";

/**
 * `bontot annual --format csv`: one row per cell, each rule a pair of columns (met, detail).
 * Like `report --format csv`: machine-readable English headers, true / false with an empty field
 * for "still open", RFC 4180 quoting, a byte-order mark so that Excel reads the Vietnamese text
 * as UTF-8, and no field a spreadsheet would run as a formula. The details are in the language
 * asked for (--lang).
 */
export function annualReportCsv(report: AnnualReport): string {
  const header = [
    "year",
    "code",
    "name",
    "parent",
    "eligible",
    "final",
    "months_reported",
    "months_four_good",
    ...CRITERION_IDS.map((id) => `${id}_months`),
    ...ANNUAL_RULES.flatMap((rule) => [`${rule}_met`, `${rule}_detail`]),
    "title_conferred",
    "title_decided_at",
  ];
  const rows = report.cells.map((cell): (string | number | boolean | null)[] => [
    report.year,
    cell.code,
    cell.name,
    cell.parent,
    cell.eligible,
    cell.final,
    cell.monthsReported,
    cell.monthsFourGood,
    ...CRITERION_IDS.map((id) => cell.criteriaMonthsMet[id]),
    ...ANNUAL_RULES.flatMap((rule) => {
      const reason = cell.reasons.find((r) => r.rule === rule);
      return [reason?.met ?? null, reason?.detail ?? ""];
    }),
    cell.title?.conferred ?? null,
    cell.title?.decidedAt ?? null,
  ]);
  return "\ufeff" + [header, ...rows].map((row) => row.map(csvField).join(",")).join("\n") + "\n";
}

function csvField(value: string | number | boolean | null): string {
  if (value === null) return "";
  const raw = String(value);
  const text = typeof value === "string" && /^[=+\-@]/.test(raw) ? `'${raw}` : raw;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
