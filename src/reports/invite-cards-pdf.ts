import { createRequire } from "node:module";
import PDFDocument from "pdfkit";
import QRCode from "qrcode";
import type { Role } from "../domain/org.ts";
import type { Locale } from "../i18n/locale.ts";
import type { MessageArgs, Translator } from "../i18n/translator.ts";

/** What one card shows; the code appears on it and nowhere else that is stored. */
export interface InviteCard {
  readonly committee: string | null;
  readonly unitCode: string;
  readonly unitName: string;
  readonly role: Role;
  readonly code: string;
  /** The Telegram deep link; null when the bot's username is unknown (then no QR code). */
  readonly link: string | null;
  readonly expiresAt: Date;
}

export interface InviteCardsOptions {
  readonly title: string;
  /** The bot's Zalo account as people find it (name or phone); null prints a blank to fill in. */
  readonly zaloContact: string | null;
  readonly timeZone: string;
}

const require = createRequire(import.meta.url);
// Helvetica has no Vietnamese letters: Noto Sans has them all, and ships from npm.
const REGULAR = require.resolve("@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf");
const BOLD = require.resolve("@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf");

/** A4 in points, two columns by three rows of cards, each cut apart along the dashed lines. */
const PAGE = { width: 595.28, height: 841.89 };
const COLUMNS = 2;
const ROWS = 3;
export const CARDS_PER_PAGE = COLUMNS * ROWS;
const CARD = { width: PAGE.width / COLUMNS, height: PAGE.height / ROWS };
const PAD = 16;
const QR_SIZE = 108;

/** Medium error correction: a crease or a smudge on a printed card still scans. */
const QR_OPTIONS = { errorCorrectionLevel: "M" } as const;
/** The standard four-module quiet zone around a QR code. */
const QR_MARGIN = 4;

/**
 * The QR code drawn as vector squares, one rectangle per run of dark modules in a row: sharp at
 * any printer's resolution, and some 50 times faster than embedding a PNG per card (pdfkit
 * decodes and re-deflates every PNG with an alpha channel in JavaScript).
 */
function drawQr(doc: PDFKit.PDFDocument, link: string, x: number, y: number, size: number): void {
  const { modules } = QRCode.create(link, QR_OPTIONS);
  const count = modules.size;
  const module = size / (count + 2 * QR_MARGIN);
  const left = x + QR_MARGIN * module;
  const top = y + QR_MARGIN * module;
  doc.save();
  for (let row = 0; row < count; row++) {
    for (let col = 0; col < count; ) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      let end = col;
      while (end < count && modules.get(row, end)) end++;
      doc.rect(left + col * module, top + row * module, (end - col) * module, module);
      col = end;
    }
  }
  doc.fillColor("#000000").fill();
  doc.restore();
}

/** "14:30 07/12/2026": a full year and two-digit fields, unambiguous on paper. */
export const formatExpiry = (at: Date, locale: Locale, timeZone: string): string =>
  new Intl.DateTimeFormat(locale === "vi" ? "vi-VN" : "en-GB", { timeZone, day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(at);

/**
 * The printable sheet of invite cards (A4, six per page with cut lines): the committee, the
 * unit and the role, the QR code of the Telegram link with the link beside it, the code large
 * enough to type from, what to send on Zalo, and the expiry. All text in `locale`.
 */
export async function inviteCardsPdf(cards: readonly InviteCard[], translator: Translator, locale: Locale, options: InviteCardsOptions): Promise<Buffer> {
  const t = (key: string, args?: MessageArgs): string => translator.t(locale, key, args);
  const doc = new PDFDocument({ size: "A4", margin: 0, autoFirstPage: false, info: { Title: options.title, Creator: "bontot" }, lang: locale });
  doc.registerFont("regular", REGULAR);
  doc.registerFont("bold", BOLD);
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  cards.forEach((card, i) => {
    const slot = i % CARDS_PER_PAGE;
    if (slot === 0) {
      doc.addPage();
      cutLines(doc);
    }
    const x = (slot % COLUMNS) * CARD.width + PAD;
    const y = Math.floor(slot / COLUMNS) * CARD.height + PAD;
    drawCard(doc, card, { x, y, width: CARD.width - 2 * PAD }, t, locale, options);
  });
  if (cards.length === 0) doc.addPage();
  doc.end();
  return done;
}

function cutLines(doc: PDFKit.PDFDocument): void {
  doc.save().lineWidth(0.5).strokeColor("#999999").dash(4, { space: 4 });
  for (let c = 1; c < COLUMNS; c++) doc.moveTo(c * CARD.width, 0).lineTo(c * CARD.width, PAGE.height).stroke();
  for (let r = 1; r < ROWS; r++) doc.moveTo(0, r * CARD.height).lineTo(PAGE.width, r * CARD.height).stroke();
  doc.undash().restore();
}

function drawCard(
  doc: PDFKit.PDFDocument,
  card: InviteCard,
  box: { readonly x: number; readonly y: number; readonly width: number },
  t: (key: string, args?: MessageArgs) => string,
  locale: Locale,
  options: InviteCardsOptions,
): void {
  const { x, width } = box;
  let y = box.y;
  /** `lines`: at most that many, the rest cut with an ellipsis (a card has a fixed height). */
  const write = (text: string, font: "regular" | "bold", size: number, color = "#000000", at: { x: number; width: number } = { x, width }, lines?: number): void => {
    doc.font(font).fontSize(size).fillColor(color);
    const height = lines === undefined ? undefined : lines * doc.currentLineHeight(true) + lines;
    doc.text(text, at.x, y, { width: at.width, lineGap: 1, ...(height === undefined ? {} : { height, ellipsis: true }) });
    y = doc.y;
  };

  if (card.committee) write(card.committee, "regular", 8.5, "#555555", { x, width }, 1);
  write(`${card.unitName} (${card.unitCode})`, "bold", 12.5, "#000000", { x, width }, 2);
  write(t("invite-card-role", { role: t(`role-${card.role}`) }), "regular", 9.5);
  y += 4;

  const top = y;
  const side = { x: x + QR_SIZE + 10, width: width - QR_SIZE - 10 };
  if (card.link) {
    drawQr(doc, card.link, x, top, QR_SIZE);
    write(t("invite-card-telegram-scan"), "bold", 9.5, "#000000", side);
    write(t("invite-card-telegram-open"), "regular", 8, "#333333", side);
    write(card.link, "regular", 7.5, "#1a4fa0", side);
  } else {
    doc.save().lineWidth(0.75).strokeColor("#bbbbbb").rect(x, top, QR_SIZE, QR_SIZE).stroke().restore();
    doc.font("regular").fontSize(7.5).fillColor("#777777").text(t("invite-card-no-qr"), x + 6, top + QR_SIZE / 2 - 16, { width: QR_SIZE - 12, align: "center" });
    y = top;
    write(t("invite-card-telegram-send"), "bold", 9.5, "#000000", side);
    write(`/start ${card.code}`, "regular", 9, "#000000", side);
  }
  y = Math.max(y, top + QR_SIZE) + 6;

  write(t("invite-card-code"), "regular", 8.5, "#555555");
  // As large as fits on one line: wide letters (M, W) must not push a group onto a second line.
  let size = 19;
  doc.font("bold");
  while (size > 10 && doc.fontSize(size).widthOfString(card.code, { characterSpacing: 1.5 }) > width) size -= 0.5;
  doc.fillColor("#000000").text(card.code, x, y, { width: width + 1, characterSpacing: 1.5, lineBreak: false });
  y += size * 1.45;
  const contact = options.zaloContact ?? t("invite-card-zalo-blank");
  write(t("invite-card-zalo", { code: card.code, contact }), "regular", 9);
  y += 2;
  write(t("invite-card-expires", { date: formatExpiry(card.expiresAt, locale, options.timeZone) }), "regular", 8.5, "#555555");
}
