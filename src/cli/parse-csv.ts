/**
 * A small RFC 4180 reader for the spreadsheets offices save as CSV (no CSV library is a
 * dependency): quoted fields with doubled quotes, line breaks inside quotes, CRLF / LF / CR
 * record ends, a UTF-8 BOM (Excel writes one), and the separator Excel uses in the office's
 * locale — ";" where the decimal mark is a comma (Vietnamese settings), else "," (or a tab) —
 * taken from the first record.
 */

export class CsvError extends Error {
  constructor(readonly record: number) {
    super(`unterminated quoted field starting in record ${record}`);
    this.name = "CsvError";
  }
}

export interface CsvTable {
  readonly separator: string;
  /** Records in file order; `number` is the record's place (1 = the first), as a spreadsheet numbers rows. */
  readonly records: readonly { readonly number: number; readonly fields: readonly string[] }[];
}

const SEPARATORS = [",", ";", "\t"] as const;

/** The separator used most often outside quotes in the first record; "," when none is. */
function detectSeparator(text: string): string {
  const counts = new Map<string, number>(SEPARATORS.map((s) => [s, 0]));
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best = ",";
  for (const s of SEPARATORS) if ((counts.get(s) ?? 0) > (counts.get(best) ?? 0)) best = s;
  return best;
}

export function parseCsv(input: string): CsvTable {
  const text = input.startsWith("\uFEFF") ? input.slice(1) : input;
  const separator = detectSeparator(text);
  const records: { number: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = "";
  let quoted = false;
  // A quoted field may be followed by more text before the separator; it is kept as typed.
  let i = 0;
  const endRecord = (): void => {
    fields.push(field);
    records.push({ number: records.length + 1, fields });
    fields = [];
    field = "";
  };
  while (i < text.length) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += ch;
      i += 1;
      continue;
    }
    if (ch === '"' && field.length === 0) quoted = true;
    else if (ch === separator) {
      fields.push(field);
      field = "";
    } else if (ch === "\r" || ch === "\n") {
      endRecord();
      if (ch === "\r" && text[i + 1] === "\n") i += 1;
    } else field += ch;
    i += 1;
  }
  if (quoted) throw new CsvError(records.length + 1);
  // The last record has no line break after it, unless the file ended with one.
  if (field.length > 0 || fields.length > 0) endRecord();
  return { separator, records };
}

/** One field as CSV: quoted when it holds a separator, a quote or a line break. */
export function csvField(value: string, separator = ","): string {
  return value.includes(separator) || /["\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
