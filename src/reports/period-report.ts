import type { Standing } from "../domain/scoring/standing.ts";

export interface CellReportInput {
  readonly code: string;
  readonly name: string;
  /** not_reported: the period closed without a submission (counts as not met). */
  readonly status: "not_started" | "in_progress" | "submitted" | "not_reported";
  readonly standing: Standing | null;
}

export interface PeriodReport {
  readonly period: string;
  readonly cells: readonly {
    readonly code: string;
    readonly name: string;
    readonly status: CellReportInput["status"];
    readonly score: number | null;
    readonly fourGood: boolean | null;
    readonly criteria: readonly { readonly id: string; readonly points: number; readonly max: number; readonly met: boolean }[];
  }[];
}

/** The standings of every cell for one period, as `bontot report` prints them. */
export function buildPeriodReport(period: string, cells: readonly CellReportInput[]): PeriodReport {
  return {
    period,
    cells: cells.map((cell) => ({
      code: cell.code,
      name: cell.name,
      status: cell.status,
      score: cell.standing?.score ?? null,
      fourGood: cell.status === "not_reported" ? false : (cell.standing?.fourGood ?? null),
      criteria: cell.standing?.criteria.map((c) => ({ id: c.id, points: c.points, max: c.max, met: c.met })) ?? [],
    })),
  };
}

const CRITERIA = ["I", "II", "III", "IV"] as const;

/**
 * One row per cell; RFC 4180 quoting so names with commas survive spreadsheets, a byte-order
 * mark so Excel reads the Vietnamese names as UTF-8, and no cell that a spreadsheet would run
 * as a formula.
 */
export function periodReportCsv(report: PeriodReport): string {
  const header = ["period", "code", "name", "status", "score", "four_good", ...CRITERIA.flatMap((id) => [`${id}_points`, `${id}_max`, `${id}_met`])];
  const rows = report.cells.map((cell): (string | number | boolean)[] => [
    report.period,
    cell.code,
    cell.name,
    cell.status,
    cell.score ?? "",
    cell.fourGood ?? "",
    ...CRITERIA.flatMap((id): (string | number | boolean)[] => {
      const c = cell.criteria.find((x) => x.id === id);
      return c ? [c.points, c.max, c.met] : ["", "", ""];
    }),
  ]);
  return "\ufeff" + [header, ...rows].map((row) => row.map(csvField).join(",")).join("\n") + "\n";
}

function csvField(value: string | number | boolean): string {
  const raw = String(value);
  const text = typeof value === "string" && /^[=+\-@]/.test(raw) ? `'${raw}` : raw;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
