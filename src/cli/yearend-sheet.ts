import { readFile, writeFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import type { ImportRow, SheetValue } from "../app/import-year-end.ts";
import { fold } from "../domain/input/normalize.ts";
import { csvField, parseCsv } from "./parse-csv.ts";

/**
 * The office's year-end spreadsheet, CSV or XLSX: read into rows by the meaning of their columns
 * (Vietnamese or English headers, with or without diacritics), and the template written with
 * every cell and grassroots committee of the tree pre-filled.
 */

export type Column = "code" | "name" | "kind" | "parent" | "year" | "rating" | "share" | "month" | "reason";

/** A file that cannot be read as a year-end sheet: `key` is a locale message, `args` fill it. */
export class SheetError extends Error {
  constructor(
    readonly key: string,
    readonly args: Record<string, string | number> = {},
  ) {
    super(key);
    this.name = "SheetError";
  }
}

const words = (header: string): string =>
  fold(header)
    .replace(/[^\p{L}\p{N}%]+/gu, " ")
    .trim();

const CODE = new Set(["ma", "ma don vi", "ma dv", "ma chi bo", "ma so", "code", "unit code", "unit"]);
const NAME = new Set(["ten", "ten don vi", "ten chi bo", "name", "unit name"]);
const KIND = new Set(["loai", "loai don vi", "kind"]);
const PARENT = new Set(["truc thuoc", "cap tren", "don vi cap tren", "parent", "parent code"]);
const YEAR = new Set(["nam", "nam danh gia", "year"]);

/**
 * Which column a header names: "Mã", "Xếp loại", "Tỷ lệ HTT (%)", "Tháng vắng họp", "Lý do",
 * "Năm", or "Code", "Rating", "Share rated good (%)", "Month", "Reason", "Year". The share is
 * looked for before the rating ("Tỷ lệ đảng viên xếp loại HTT (%)" is a share).
 */
export function columnOf(header: string): Column | undefined {
  const w = words(header);
  const has = (word: string): boolean => ` ${w} `.includes(` ${word} `);
  if (CODE.has(w)) return "code";
  if (NAME.has(w)) return "name";
  if (KIND.has(w)) return "kind";
  if (PARENT.has(w)) return "parent";
  if (YEAR.has(w)) return "year";
  if (has("ty le") || has("share") || has("percent") || w.includes("%")) return "share";
  if (has("ly do") || has("reason")) return "reason";
  if (has("thang") || has("month")) return "month";
  if (has("xep loai") || has("rating")) return "rating";
  return undefined;
}

interface Cell {
  readonly value: SheetValue;
  readonly percentFormat?: boolean;
}

interface Table {
  readonly sheet?: string;
  readonly rows: readonly { readonly number: number; readonly cells: readonly Cell[] }[];
}

/** A header is looked for in a table's first rows (an office may put a title above it). */
const HEADER_SEARCH_ROWS = 10;

const cellText = (cell: Cell | undefined): string => (cell?.value === null || cell?.value === undefined ? "" : String(cell.value).trim());

/**
 * The rows of every table that has a header naming the code column; tables without one (a
 * guide sheet) are passed over. Throws a SheetError when no table has one, or a header names a
 * column twice.
 */
export function rowsOf(tables: readonly Table[]): ImportRow[] {
  const rows: ImportRow[] = [];
  let found = false;
  for (const table of tables) {
    const headerAt = table.rows.slice(0, HEADER_SEARCH_ROWS).findIndex((r) => r.cells.some((c) => columnOf(cellText(c)) === "code"));
    const header = table.rows[headerAt];
    if (!header) continue;
    found = true;
    const columns = new Map<Column, number>();
    header.cells.forEach((cell, index) => {
      const column = columnOf(cellText(cell));
      if (!column) return;
      if (columns.has(column)) throw new SheetError("cli-yearend-column-twice", { header: cellText(cell), row: header.number, ...(table.sheet ? { sheet: table.sheet } : {}) });
      columns.set(column, index);
    });
    const at = (cells: readonly Cell[], column: Column): Cell | undefined => {
      const index = columns.get(column);
      return index === undefined ? undefined : cells[index];
    };
    for (const { number, cells } of table.rows.slice(headerAt + 1)) {
      // A CSV row longer than its header has a separator inside a value ("0,95" in a
      // comma-separated file): which field is which cannot be known, so nothing is guessed.
      if (table.sheet === undefined && cells.slice(header.cells.length).some((c) => cellText(c) !== "")) {
        throw new SheetError("cli-yearend-extra-fields", { row: number, fields: cells.length, columns: header.cells.length });
      }
      const value = (column: Column): SheetValue => at(cells, column)?.value ?? null;
      const row: ImportRow = {
        ...(table.sheet === undefined ? {} : { sheet: table.sheet }),
        row: number,
        code: value("code"),
        year: value("year"),
        rating: value("rating"),
        share: value("share"),
        sharePercentFormat: at(cells, "share")?.percentFormat === true,
        month: value("month"),
        reason: value("reason"),
      };
      if ([row.code, row.year, row.rating, row.share, row.month, row.reason].some((v) => v !== null && String(v).trim() !== "")) rows.push(row);
    }
  }
  if (!found) throw new SheetError("cli-yearend-no-header");
  return rows;
}

function excelValue(value: ExcelJS.CellValue): SheetValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || value instanceof Date) return value;
  if (typeof value === "boolean") return String(value);
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("hyperlink" in value) return value.text;
  if ("error" in value) return value.error;
  // A formula: its cached result (none when the file was never opened in a spreadsheet program).
  return value.result === undefined ? null : excelValue(value.result);
}

/**
 * A CSV file's text. Excel on Vietnamese Windows saves "CSV" in the ANSI code page (cp1258) or
 * UTF-16 unless told otherwise: read as UTF-8 that would store garbled names and reasons, so
 * such a file is refused with how to save it instead.
 */
function utf8Text(bytes: Buffer, file: string): string {
  const utf16 = bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
  try {
    if (utf16) throw new Error("UTF-16");
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new SheetError("cli-yearend-not-utf8", { file });
  }
}

/** Reads a .csv or .xlsx file into year-end rows; a SheetError says why it cannot. */
export async function readYearEndSheet(file: string): Promise<ImportRow[]> {
  const lower = file.toLowerCase();
  if (lower.endsWith(".csv")) {
    const { records } = parseCsv(utf8Text(await readFile(file), file));
    return rowsOf([{ rows: records.map((r) => ({ number: r.number, cells: r.fields.map((value) => ({ value })) })) }]);
  }
  if (!lower.endsWith(".xlsx")) throw new SheetError("cli-yearend-file-type", { file });
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(file);
  } catch (error) {
    throw new SheetError("cli-yearend-unreadable", { file, reason: error instanceof Error ? error.message : String(error) });
  }
  const tables: Table[] = workbook.worksheets.map((sheet) => {
    const rows: { number: number; cells: Cell[] }[] = [];
    sheet.eachRow({ includeEmpty: false }, (row, number) => {
      const cells: Cell[] = [];
      for (let col = 1; col <= row.cellCount; col += 1) {
        const cell = row.getCell(col);
        cells.push({ value: excelValue(cell.value), percentFormat: typeof cell.numFmt === "string" && cell.numFmt.includes("%") });
      }
      rows.push({ number, cells });
    });
    return { sheet: sheet.name, rows };
  });
  return rowsOf(tables);
}

/** A unit the template lists, with what is already entered for the year (when one is given). */
export interface TemplateUnit {
  readonly code: string;
  readonly name: string;
  readonly kind: string;
  readonly parent: string;
  readonly rating?: string;
  readonly share?: number;
}

export interface TemplateWords {
  readonly headers: Readonly<Record<"code" | "name" | "kind" | "parent" | "year" | "rating" | "share" | "month" | "reason", string>>;
  readonly sheets: { readonly ratings: string; readonly missed: string; readonly guide: string };
  readonly ratings: readonly string[];
  readonly guide: readonly string[];
}

/**
 * The template an office fills: one row per cell and grassroots committee (code, name, kind,
 * parent; the year and what is already entered when a year is given). XLSX: the ratings sheet
 * (frozen header, widths, a list to pick the rating from), a sheet for approved missed meetings
 * and a guide; CSV: one table with the missed-meeting columns too (UTF-8 with BOM, ",").
 */
export async function writeYearEndTemplate(file: string, units: readonly TemplateUnit[], year: number | undefined, words: TemplateWords): Promise<void> {
  const h = words.headers;
  const lower = file.toLowerCase();
  const ratingRow = (u: TemplateUnit): (string | number)[] => [u.code, u.name, u.kind, u.parent, year ?? "", u.rating ?? "", u.share ?? ""];
  if (lower.endsWith(".csv")) {
    const lines = [[h.code, h.name, h.kind, h.parent, h.year, h.rating, h.share, h.month, h.reason], ...units.map((u) => [...ratingRow(u), "", ""])];
    await writeFile(file, `\uFEFF${lines.map((line) => line.map((v) => csvField(String(v))).join(",")).join("\r\n")}\r\n`, "utf8");
    return;
  }
  if (!lower.endsWith(".xlsx")) throw new SheetError("cli-yearend-file-type", { file });
  const workbook = new ExcelJS.Workbook();
  const headerStyle = (sheet: ExcelJS.Worksheet): void => {
    const header = sheet.getRow(1);
    header.font = { bold: true };
    header.alignment = { vertical: "middle", wrapText: true };
    header.eachCell((cell) => {
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
    });
    sheet.views = [{ state: "frozen", ySplit: 1 }];
  };

  const ratings = workbook.addWorksheet(words.sheets.ratings);
  ratings.columns = [
    { header: h.code, width: 14 },
    { header: h.name, width: 40 },
    { header: h.kind, width: 20 },
    { header: h.parent, width: 14 },
    { header: h.year, width: 8 },
    { header: h.rating, width: 30 },
    { header: h.share, width: 16 },
  ];
  for (const u of units) ratings.addRow(ratingRow(u));
  headerStyle(ratings);
  const last = Math.max(units.length + 1, 2);
  for (let r = 2; r <= last + 50; r += 1) {
    ratings.getCell(r, 6).dataValidation = { type: "list", allowBlank: true, formulae: [`"${words.ratings.join(",")}"`] };
    ratings.getCell(r, 7).dataValidation = { type: "whole", operator: "between", allowBlank: true, formulae: [0, 100] };
  }

  const missed = workbook.addWorksheet(words.sheets.missed);
  missed.columns = [
    { header: h.code, width: 14 },
    { header: h.month, width: 18, style: { numFmt: "@" } },
    { header: h.reason, width: 60 },
  ];
  headerStyle(missed);

  const guide = workbook.addWorksheet(words.sheets.guide);
  guide.getColumn(1).width = 110;
  for (const line of words.guide) guide.addRow([line]).alignment = { wrapText: true };
  await workbook.xlsx.writeFile(file);
}
