import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { fold } from "../domain/input/normalize.ts";
import type { SheetCell, UnitSheet, UnitSheetRow } from "../domain/units/unit-import-plan.ts";
import { csvField, parseCsv } from "./parse-csv.ts";

/**
 * The org tree's spreadsheet, XLSX or CSV: read into rows by the meaning of their columns
 * (Vietnamese or English headers, with or without diacritics, in any case and order), and
 * written in the same form by `units export`.
 */

export type UnitColumn = "code" | "name" | "kind" | "parent" | "members" | "status";

const REQUIRED: readonly UnitColumn[] = ["code", "name", "kind"];

/** A file that cannot be read as the org tree's sheet: `key` is a locale message, `args` fill it. */
export class UnitSheetError extends Error {
  constructor(
    readonly key: string,
    readonly args: Record<string, string | number> = {},
  ) {
    super(key);
    this.name = "UnitSheetError";
  }
}

const HEADERS: Readonly<Record<UnitColumn, readonly string[]>> = {
  code: ["ma", "ma don vi", "ma dv", "ma so", "ma to chuc", "ma chi bo", "code", "unit code", "unit id", "id"],
  name: ["ten", "ten don vi", "ten to chuc", "ten chi bo", "ten to chuc dang", "name", "unit name", "unit"],
  kind: ["loai", "loai don vi", "loai hinh", "loai to chuc", "cap", "cap to chuc", "kind", "type", "unit kind", "level"],
  parent: ["cap tren", "truc thuoc", "ma cap tren", "don vi cap tren", "ma don vi cap tren", "ma truc thuoc", "thuoc", "parent", "parent code", "parent unit", "under"],
  members: ["so dang vien", "dang vien", "so dv", "so luong dang vien", "sl dang vien", "tong so dang vien", "members", "member count", "number of members", "party members"],
  status: ["trang thai", "tinh trang", "luu tru", "status", "archived", "state"],
};

const words = (text: string): string =>
  fold(text)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/** Which column a header names: "Mã", "MÃ ĐƠN VỊ", "Tên đơn vị", "Cấp trên (mã)", "Số đảng viên", "Members"…; undefined for others ("STT", "Ghi chú"). */
export function unitColumnOf(header: string): UnitColumn | undefined {
  // "Số đảng viên (người)", "Mã*": what is in parentheses or marks a required column says nothing of which column it is.
  for (const candidate of [words(header.replace(/\([^)]*\)/g, " ")), words(header)]) {
    for (const [column, names] of Object.entries(HEADERS) as [UnitColumn, readonly string[]][]) if (names.includes(candidate)) return column;
  }
  return undefined;
}

/** A cell as read; `mergedAcross` marks a cell merged with another of its own row (a section heading). */
interface Cell {
  readonly value: SheetCell;
  readonly mergedAcross?: boolean;
}

interface Table {
  readonly rows: readonly { readonly number: number; readonly cells: readonly Cell[] }[];
  readonly csv: boolean;
}

/** The sheet's rows with the headers it ignored (columns the import does not read). */
export interface ReadUnitSheet extends UnitSheet {
  readonly ignored: readonly string[];
}

/** An office may put a title (or several) above the header. */
const HEADER_SEARCH_ROWS = 10;

const cellText = (cell: Cell | undefined): string => (cell === undefined || cell.value === null ? "" : String(cell.value).trim());

/** Rows by meaning from the first table: the header is the first of its first rows naming the code column. */
export function unitRowsOf(table: Table): ReadUnitSheet {
  const headerAt = table.rows.slice(0, HEADER_SEARCH_ROWS).findIndex((r) => r.cells.some((c) => unitColumnOf(cellText(c)) === "code"));
  const header = table.rows[headerAt];
  if (!header) throw new UnitSheetError("units-sheet-no-header");
  const columns = new Map<UnitColumn, number>();
  const ignored: string[] = [];
  header.cells.forEach((cell, index) => {
    const text = cellText(cell);
    const column = unitColumnOf(text);
    if (!column) {
      if (text !== "") ignored.push(text);
      return;
    }
    if (columns.has(column)) throw new UnitSheetError("units-sheet-column-twice", { header: text, row: header.number });
    columns.set(column, index);
  });
  const missing = REQUIRED.filter((c) => !columns.has(c));
  if (missing.length > 0) throw new UnitSheetError("units-sheet-missing-columns", { row: header.number, count: missing.length, columns: missing.join(", ") });
  const at = (cells: readonly Cell[], column: UnitColumn): SheetCell => {
    const index = columns.get(column);
    return index === undefined ? null : (cells[index]?.value ?? null);
  };
  const rows: UnitSheetRow[] = [];
  for (const { number, cells } of table.rows.slice(headerAt + 1)) {
    // A CSV row longer than its header has a separator inside a value ("Chi bộ thôn 1, xã A" unquoted): which field is which cannot be known.
    if (table.csv && cells.slice(header.cells.length).some((c) => cellText(c) !== "")) {
      throw new UnitSheetError("units-sheet-extra-fields", { row: number, fields: cells.length, columns: header.cells.length });
    }
    // A heading merged across the row ("I. Các đảng bộ cơ sở") is not a unit.
    if ([...columns.values()].some((index) => cells[index]?.mergedAcross === true)) continue;
    const row: UnitSheetRow = { row: number, code: at(cells, "code"), name: at(cells, "name"), kind: at(cells, "kind"), parent: at(cells, "parent"), members: at(cells, "members"), status: at(cells, "status") };
    if ([row.code, row.name, row.kind, row.parent, row.members, row.status].some((v) => v !== null && String(v).trim() !== "")) rows.push(row);
  }
  return { rows, columns: { parent: columns.has("parent"), members: columns.has("members"), status: columns.has("status") }, ignored };
}

function excelValue(value: ExcelJS.CellValue): SheetCell {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string") return value;
  if (typeof value === "boolean") return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("hyperlink" in value) return value.text;
  if ("error" in value) return value.error;
  // A formula: its cached result (none when the file was never opened in a spreadsheet program).
  return value.result === undefined ? null : excelValue(value.result);
}

/**
 * A CSV file's text: UTF-8 (with or without a BOM), UTF-16 with a BOM ("Unicode text"), else
 * the ANSI code page of Vietnamese Windows (cp1258), which Excel uses for "CSV" there; NFC.
 */
export function csvText(bytes: Buffer): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    // cp1258 writes most tone marks as combining characters: composed here as UTF-8 text is.
    return new TextDecoder("windows-1258").decode(bytes).normalize("NFC");
  }
}

const isCsv = (file: string): boolean => file.toLowerCase().endsWith(".csv");
const isXlsx = (file: string): boolean => file.toLowerCase().endsWith(".xlsx");

/** Reads the first sheet of a .xlsx file, or a .csv file, into the org tree's rows; an UnitSheetError says why it cannot. */
export async function readUnitSheet(file: string): Promise<ReadUnitSheet> {
  if (!isCsv(file) && !isXlsx(file)) throw new UnitSheetError("units-sheet-file-type", { file });
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
    throw new UnitSheetError(code === "ENOENT" ? "units-sheet-no-file" : "units-sheet-unreadable", { file, reason: error instanceof Error ? error.message : String(error) });
  }
  if (isCsv(file)) {
    const { records } = parseCsv(csvText(bytes));
    return unitRowsOf({ csv: true, rows: records.map((r) => ({ number: r.number, cells: r.fields.map((value) => ({ value })) })) });
  }
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its input as an ArrayBuffer (exceljs/index.d.ts:1), and JSZip reads one.
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch (error) {
    throw new UnitSheetError("units-sheet-unreadable", { file, reason: error instanceof Error ? error.message : String(error) });
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new UnitSheetError("units-sheet-no-header");
  const rows: { number: number; cells: Cell[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: Cell[] = [];
    for (let col = 1; col <= row.cellCount; col += 1) {
      const cell = row.getCell(col);
      // A merged cell reads as its master's value (exceljs/lib/doc/cell.js, MergeValue.value): a
      // parent merged down a column is every row's parent; merged along a row, a heading.
      const mergedAcross = cell.type === ExcelJS.ValueType.Merge && cell.master.row === cell.row;
      cells.push({ value: excelValue(cell.value), ...(mergedAcross ? { mergedAcross } : {}) });
    }
    rows.push({ number, cells });
  });
  return unitRowsOf({ csv: false, rows });
}

/**
 * A worksheet's data validations by range ("C2:C5200"), which exceljs writes as one `sqref`
 * (exceljs/lib/doc/worksheet.js:111 `this.dataValidations`, lib/doc/data-validations.js `add`,
 * lib/xlsx/xform/sheet/data-validations-xform.js:47 a range address kept whole); its typings
 * declare only the per-cell `cell.dataValidation`.
 */
function rangeValidations(sheet: ExcelJS.Worksheet): { add(range: string, validation: ExcelJS.DataValidation): void } {
  const validations = (sheet as unknown as { dataValidations?: { add(range: string, validation: ExcelJS.DataValidation): void } }).dataValidations;
  if (!validations) throw new Error("exceljs worksheet without dataValidations");
  return validations;
}

/** A unit as the sheet lists it, in the words of the sheet's language. */
export interface SheetUnit {
  readonly code: string;
  readonly name: string;
  readonly kind: string;
  readonly parent: string;
  /** 0: not given (a committee's count is optional). */
  readonly members: number;
  readonly status: string;
}

export interface UnitSheetWords {
  readonly headers: Readonly<Record<UnitColumn, string>>;
  readonly sheet: string;
  readonly guideSheet: string;
  readonly guide: readonly string[];
  /** The kind names offered in the kind column's list. */
  readonly kinds: readonly string[];
  readonly archived: string;
}

/**
 * The sheet `readUnitSheet` reads, as a file's bytes. XLSX: one sheet of units (bold frozen
 * header, widths, lists for the kind and status, whole numbers for members) and a guide sheet
 * after it; CSV: UTF-8 with a BOM (Excel then shows Vietnamese right), "," and CRLF.
 */
export async function unitSheetBytes(format: "xlsx" | "csv", units: readonly SheetUnit[], words: UnitSheetWords): Promise<Uint8Array> {
  const h = words.headers;
  const order: UnitColumn[] = ["code", "name", "kind", "parent", "members", "status"];
  const line = (u: SheetUnit): (string | number)[] => [u.code, u.name, u.kind, u.parent, u.members > 0 ? u.members : "", u.status];
  if (format === "csv") {
    const lines = [order.map((c) => h[c]), ...units.map(line)];
    return Buffer.from(`\uFEFF${lines.map((l) => l.map((v) => csvField(String(v))).join(",")).join("\r\n")}\r\n`, "utf8");
  }
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(words.sheet);
  sheet.columns = [
    { header: h.code, width: 16, style: { numFmt: "@" } },
    { header: h.name, width: 48 },
    { header: h.kind, width: 26 },
    { header: h.parent, width: 16, style: { numFmt: "@" } },
    { header: h.members, width: 14 },
    { header: h.status, width: 14 },
  ];
  // Empty cells stay empty (not empty text), as an office's own sheet has them.
  for (const u of units) sheet.addRow(line(u).map((v) => (v === "" ? null : v)));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
  });
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  // One validation per column range, with room for units added below: set cell by cell,
  // exceljs compares every pair of cells when writing (minutes for 5,000 units).
  const last = units.length + 200;
  const validations = rangeValidations(sheet);
  validations.add(`C2:C${last}`, { type: "list", allowBlank: true, formulae: [`"${words.kinds.join(",")}"`] });
  validations.add(`E2:E${last}`, { type: "whole", operator: "between", allowBlank: true, formulae: [1, 100_000] });
  validations.add(`F2:F${last}`, { type: "list", allowBlank: true, formulae: [`"${words.archived}"`] });
  const guide = workbook.addWorksheet(words.guideSheet);
  guide.getColumn(1).width = 110;
  for (const text of words.guide) guide.addRow([text]).alignment = { wrapText: true };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
