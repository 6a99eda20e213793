import type { Standing } from "../domain/scoring/standing.ts";

export interface CellReportInput {
  readonly code: string;
  readonly name: string;
  /** not_reported: the period closed without a submission (counts as not met). */
  readonly status: "not_started" | "in_progress" | "submitted" | "not_reported";
  readonly standing: Standing | null;
  /** The questionnaire version its assessment uses ("kieu-mau v1"); absent without an assessment. */
  readonly questionnaire?: string;
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
    /** The questionnaire version the cell answers the period with (a subtree may use its own); null before it started. */
    readonly questionnaire: string | null;
  }[];
}

/** The standings of every cell for one period, as `bontot report --format json` prints them (the office formats: period-sheet.ts). */
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
      questionnaire: cell.questionnaire ?? null,
    })),
  };
}
