import ExcelJS from "exceljs";
import type { Decision } from "../domain/annual/annual-types.ts";
import { ANNUAL_RULES } from "../domain/annual/cell-annual-result.ts";
import { CRITERION_IDS } from "../domain/questionnaire/definition.ts";
import type { Locale } from "../i18n/locale.ts";
import type { MessageArgs, Translator } from "../i18n/translator.ts";
import {
  annualGroups,
  criterionMark,
  criterionVerdictKey,
  mark,
  verdictCounts,
  verdictKey,
  type AnnualCellRow,
  type AnnualReport,
} from "./annual-report.ts";
import { titleLine } from "./annual-text.ts";

/**
 * `bontot annual --format xlsx`: the workbook an office files. A summary sheet (one row per
 * committee above cells and per grassroots committee), one sheet per such committee with a row
 * per cell, and a sheet of the grassroots committees' nine criteria. Headers in the language
 * asked for (Vietnamese by default), the header row frozen, columns sized, ✓ on green, ✗ on red,
 * … (still open) and ? (no data yet) on amber.
 */

export const GREEN = { fill: "FFC6EFCE", font: "FF006100" };
export const RED = { fill: "FFFFC7CE", font: "FF9C0006" };
export const AMBER = { fill: "FFFFEB9C", font: "FF9C5700" };
const HEADER_FILL = "FFD9E1F2";

type T = (key: string, args?: MessageArgs) => string;

export async function annualReportXlsx(report: AnnualReport, translator: Translator, locale: Locale): Promise<Buffer> {
  const t: T = (key, args) => translator.t(locale, key, args);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "bontot";
  workbook.title = report.unit ? t("annual-text-title", { year: String(report.year), unit: report.unit.name, code: report.unit.code }) : t("annual-text-title-all", { year: String(report.year) });
  const names = new SheetNames();
  const groups = annualGroups(report);

  const summary = sheet(workbook, names.take(t("annual-xlsx-summary-sheet")), [
    { header: t("annual-col-unit"), width: 42 },
    { header: t("annual-col-code"), width: 14 },
    { header: t("annual-col-cells"), width: 10 },
    { header: t("annual-col-eligible"), width: 14 },
    { header: t("annual-col-not-eligible"), width: 12 },
    { header: t("annual-col-open"), width: 12 },
    { header: t("annual-col-nine-criteria"), width: 34 },
    { header: t("annual-col-title"), width: 36 },
  ]);
  for (const group of groups) {
    const counts = verdictCounts(group.cells);
    const committee = group.committee;
    const row = summary.addRow([
      group.name,
      group.code,
      group.cells.length,
      counts.eligible,
      counts.notEligible,
      counts.open,
      committee ? `${mark(committee.eligible)} ${t(verdictKey(committee.eligible))}` : null,
      committee?.title ? titleLine(committee.title, t) : null,
    ]);
    if (committee) paint(row.getCell(7), committee.eligible);
  }
  const total = verdictCounts(report.cells);
  const totalRow = summary.addRow([t("annual-xlsx-total"), null, report.cells.length, total.eligible, total.notEligible, total.open]);
  totalRow.font = { bold: true };

  for (const group of groups) {
    if (group.cells.length === 0) continue;
    const ws = sheet(workbook, names.take(group.code), [
      { header: t("annual-col-code"), width: 14 },
      { header: t("annual-col-cell"), width: 36 },
      { header: t("annual-col-result"), width: 30 },
      { header: t("annual-col-reported"), width: 12 },
      { header: t("annual-col-four-good"), width: 12 },
      ...CRITERION_IDS.map((id) => ({ header: t("annual-col-criterion-months", { id }), width: 10 })),
      ...ANNUAL_RULES.map((rule) => ({ header: t(`annual-rule-${rule}`), width: 16 })),
      { header: t("annual-col-explanation"), width: 80 },
      { header: t("annual-col-title"), width: 36 },
    ]);
    for (const cell of group.cells) {
      const row = ws.addRow([
        cell.code,
        cell.name,
        `${mark(cell.eligible)} ${t(verdictKey(cell.eligible))}`,
        cell.monthsReported,
        cell.monthsFourGood,
        ...CRITERION_IDS.map((id) => cell.criteriaMonthsMet[id]),
        ...ANNUAL_RULES.map((rule) => mark(cell.reasons.find((r) => r.rule === rule)?.met ?? null)),
        explanation(cell) || null,
        cell.title ? titleLine(cell.title, t) : null,
      ]);
      paint(row.getCell(3), cell.eligible);
      const first = 6 + CRITERION_IDS.length;
      ANNUAL_RULES.forEach((rule, i) => {
        const target = row.getCell(first + i);
        paint(target, cell.reasons.find((r) => r.rule === rule)?.met ?? null);
        target.alignment = { horizontal: "center", vertical: "top" };
      });
      row.getCell(first + ANNUAL_RULES.length).alignment = { wrapText: true, vertical: "top" };
    }
  }

  if (report.committees.length > 0) {
    const ws = sheet(workbook, names.take(t("annual-xlsx-criteria-sheet")), [
      { header: t("annual-col-code"), width: 14 },
      { header: t("annual-col-committee"), width: 36 },
      { header: t("annual-col-criterion"), width: 10 },
      { header: t("annual-col-criterion-name"), width: 48 },
      { header: t("annual-col-result"), width: 18 },
      { header: t("annual-col-source"), width: 22 },
      { header: t("annual-col-detail"), width: 80 },
    ]);
    for (const committee of report.committees) {
      for (const c of committee.criteria) {
        const row = ws.addRow([committee.code, committee.name, c.id, t(`annual-criterion-${c.id}`), `${criterionMark(c)} ${t(criterionVerdictKey(c))}`, t(`annual-source-${c.source}`), c.detail]);
        paint(row.getCell(5), c.met);
        row.getCell(4).alignment = { wrapText: true, vertical: "top" };
        row.getCell(7).alignment = { wrapText: true, vertical: "top" };
      }
    }
  }

  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A sheet with a bold, filled, frozen header row and sized columns. */
export function sheet(workbook: ExcelJS.Workbook, name: string, columns: readonly { header: string; width: number }[]): ExcelJS.Worksheet {
  const ws = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = columns.map((c) => ({ header: c.header, width: c.width }));
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: "middle" };
  header.eachCell((cell) => {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILL } };
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return ws;
}

function paint(cell: ExcelJS.Cell, met: Decision): void {
  colour(cell, met === true ? GREEN : met === false ? RED : AMBER);
}

export function colour(cell: ExcelJS.Cell, scheme: { fill: string; font: string }): void {
  cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: scheme.fill } };
  cell.font = { color: { argb: scheme.font } };
}

/** Why a cell is not (yet) eligible: each failed rule, then each rule still open, one per line. */
function explanation(cell: AnnualCellRow): string {
  const failed = cell.reasons.filter((r) => r.met === false).map((r) => `✗ ${r.detail}`);
  const open = cell.reasons.filter((r) => r.met === null).map((r) => `… ${r.detail}`);
  return [...failed, ...open].join("\n");
}

/**
 * Excel's rules for sheet names: at most 31 characters, none of \ / ? * [ ] :, not blank, and
 * unique regardless of case.
 */
export class SheetNames {
  private readonly taken = new Set<string>();

  take(wanted: string): string {
    const base = (wanted.replace(/[\\/?*[\]:]/g, "-").replace(/^'|'$/g, "").trim() || "Sheet").slice(0, 31);
    let name = base;
    for (let n = 2; this.taken.has(name.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      name = `${base.slice(0, 31 - suffix.length)}${suffix}`;
    }
    this.taken.add(name.toLowerCase());
    return name;
  }
}
