import ExcelJS from "exceljs";
import type { Role } from "../domain/org.ts";
import type { Locale } from "../i18n/locale.ts";
import type { MessageArgs, Translator } from "../i18n/translator.ts";
import { formatExpiry } from "./invite-cards-pdf.ts";

/** One row: a card printed (new or renewed code), or a unit left out and why. */
export interface InviteListRow {
  readonly committee: string | null;
  readonly unitCode: string;
  readonly unitName: string;
  readonly role: Role;
  readonly status: "new" | "renewed" | "registered" | "pending";
  /** Only on the rows of the cards printed now. */
  readonly code: string | null;
  readonly link: string | null;
  /** The new code's expiry, or the still pending older one's. */
  readonly expiresAt: Date | null;
}

const HEADER_FILL = "FFD9E1F2";

/**
 * The list that goes with the printed cards: one row per card (committee, unit code and name,
 * role, code, link, expiry, status), then the units left out (someone registered, or a code still
 * pending). Headers in `locale`, the header row frozen, columns sized for their content.
 */
export async function inviteListXlsx(rows: readonly InviteListRow[], translator: Translator, locale: Locale, options: { readonly title: string; readonly timeZone: string }): Promise<Buffer> {
  const t = (key: string, args?: MessageArgs): string => translator.t(locale, key, args);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "bontot";
  workbook.title = options.title;
  const sheet = workbook.addWorksheet(t("invite-xlsx-sheet"), { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = [
    { header: t("invite-xlsx-committee"), key: "committee", width: 34 },
    { header: t("invite-xlsx-unit-code"), key: "unitCode", width: 14 },
    { header: t("invite-xlsx-unit-name"), key: "unitName", width: 34 },
    { header: t("invite-xlsx-role"), key: "role", width: 14 },
    { header: t("invite-xlsx-code"), key: "code", width: 24 },
    { header: t("invite-xlsx-link"), key: "link", width: 48 },
    { header: t("invite-xlsx-expires"), key: "expires", width: 18 },
    { header: t("invite-xlsx-status"), key: "status", width: 26 },
  ];
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILL } };
    cell.alignment = { vertical: "middle", wrapText: true };
  });
  for (const row of rows) {
    const added = sheet.addRow({
      committee: row.committee ?? "",
      unitCode: row.unitCode,
      unitName: row.unitName,
      role: t(`role-${row.role}`),
      code: row.code ?? "",
      link: row.link ?? "",
      expires: row.expiresAt ? formatExpiry(row.expiresAt, locale, options.timeZone) : "",
      status: t(`invite-status-${row.status}`),
    });
    // The code is read off the sheet and typed: a font where 0 and O differ.
    added.getCell("code").font = { name: "Consolas", bold: true };
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
