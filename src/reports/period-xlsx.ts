import ExcelJS from "exceljs";
import { AMBER, colour, GREEN, RED, SheetNames, sheet } from "./annual-xlsx.ts";
import type { PeriodSheet, SheetTable, SheetValue, Tone } from "./period-sheet.ts";

const TONES: Record<Tone, { fill: string; font: string }> = { good: GREEN, bad: RED, wait: AMBER };
const SUBTOTAL_FILL = "FFF2F2F2";

/**
 * `bontot report --format xlsx`: the month's workbook in the annual report's style (header row
 * bold, filled, frozen and filtered; columns sized; met on green, not met on red, waiting on
 * amber). Sheets: the summary per group, the cells with a subtotal after each group, and the
 * answers. Scores and counts are numbers, dates real dates (dd/mm/yyyy), so that an office can
 * sum, sort and filter; the title is the printed page's header.
 */
export async function periodSheetXlsx(report: PeriodSheet): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "bontot";
  workbook.title = report.title;
  const names = new SheetNames();
  for (const table of [report.summary, report.cells, report.answers]) addTable(workbook, names.take(table.name), table, report.title);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function addTable(workbook: ExcelJS.Workbook, name: string, table: SheetTable, title: string): void {
  const ws = sheet(workbook, name, table.columns);
  ws.pageSetup = { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 };
  // Excel's header codes start with "&"; a literal one is doubled.
  ws.headerFooter = { oddHeader: `&C${title.replace(/&/g, "&&")}`, oddFooter: "&C&P / &N" };
  for (const { values, kind } of table.rows) {
    const row = ws.addRow(values.map(plain));
    values.forEach((value, i) => {
      const cell = row.getCell(i + 1);
      if (typeof value === "object" && value !== null) {
        if ("tone" in value) colour(cell, TONES[value.tone]);
        else if ("date" in value) cell.numFmt = value.minutes === undefined ? "dd/mm/yyyy" : "dd/mm/yyyy hh:mm";
        else cell.numFmt = Number.isInteger(value.percent) ? '0"%"' : '0.0"%"';
      }
      if (table.columns[i]?.wrap) cell.alignment = { wrapText: true, vertical: "top" };
    });
    if (kind !== "row") {
      row.font = { bold: true };
      if (kind === "subtotal") row.eachCell((cell) => void (cell.fill ??= { type: "pattern", pattern: "solid", fgColor: { argb: SUBTOTAL_FILL } }));
    }
  }
}

/** What the spreadsheet cell holds: dates as the wall-clock time they show (Excel has no time zones). */
function plain(value: SheetValue): string | number | Date | null {
  if (value === null || typeof value !== "object") return value;
  if ("tone" in value) return value.text;
  if ("percent" in value) return value.percent;
  const minutes = value.minutes ?? 0;
  return new Date(Date.UTC(value.date.year, value.date.month - 1, value.date.day, Math.floor(minutes / 60), minutes % 60));
}
