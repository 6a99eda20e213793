import { createRequire } from "node:module";
import { GlobalFonts, createCanvas, type SKRSContext2D } from "@napi-rs/canvas";
import type { Decision } from "../domain/annual/annual-types.ts";
import type { AnnualCellRow } from "./annual-report.ts";

/** The font the digest chart uses, shipped from npm: Vietnamese renders the same on every machine. */
const FONT = "Noto Sans";
const require = createRequire(import.meta.url);
GlobalFonts.registerFromPath(require.resolve("@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf"), FONT);
GlobalFonts.registerFromPath(require.resolve("@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf"), FONT);

/** Wide enough for a cell's name and twelve months, narrow enough to read on a phone without zooming much. */
export const ANNUAL_CHART_WIDTH = 960;
/** Cells per image: a committee of ~60 cells gets two images, each still readable when a phone shrinks it. */
export const ANNUAL_CHART_ROWS = 30;
/** Images per chart at most; the cells beyond them are counted on the last one ("và N chi bộ khác"). */
export const ANNUAL_CHART_MAX_IMAGES = 4;

const PAD = 24;
const TITLE_H = 60;
const HEADER_H = 34;
const ROW_H = 40;
const NAME_W = 280;
const COUNT_W = 64;
const MARK_W = 52;
const CELL_W = Math.floor((ANNUAL_CHART_WIDTH - 2 * PAD - NAME_W - COUNT_W - MARK_W) / 12);
const GRID_X = PAD + NAME_W;
const COUNT_X = GRID_X + 12 * CELL_W;
const MARK_X = COUNT_X + COUNT_W;
const LEGEND_LINE_H = 30;

export const ANNUAL_CHART_COLORS = {
  background: "#ffffff",
  stripe: "#f5f5f5",
  text: "#212121",
  muted: "#757575",
  fourGood: "#2e7d32",
  notFourGood: "#ef6c00",
  notReported: "#bdbdbd",
  cross: "#424242",
  open: "#e0e0e0",
  eligible: "#2e7d32",
  notEligible: "#c62828",
  pending: "#9e9e9e",
} as const;

/** What the chart reads of a cell's annual result. */
export type AnnualChartCell = Pick<AnnualCellRow, "name" | "eligible" | "monthsFourGood" | "months">;

/** Every text on the chart, from the locales (the caller translates). */
export interface AnnualChartLabels {
  /** "Năm 2026 — Đảng ủy xã Minh Khai". */
  readonly title: string;
  /** The column header of month 1…12 ("T1"). */
  readonly month: (month: number) => string;
  /** The header of the four-good months count. */
  readonly fourGoodMonths: string;
  /** The header of the eligibility mark. */
  readonly verdict: string;
  readonly fourGood: string;
  readonly notFourGood: string;
  readonly notReported: string;
  readonly open: string;
  readonly eligible: string;
  readonly notEligible: string;
  readonly pending: string;
  /** "(trang 1/2)". */
  readonly page: (page: number, pages: number) => string;
  /** "… và 12 chi bộ khác". */
  readonly more: (count: number) => string;
}

type MonthCell = "four_good" | "not_four_good" | "not_reported" | "open";

/** How a month is drawn: four-good green, submitted but not four-good amber, not reported a grey cross, anything else blank. */
export function monthCell(month: AnnualChartCell["months"][number]): MonthCell {
  if (month.status === "submitted") return month.fourGood === true ? "four_good" : "not_four_good";
  if (month.status === "not_reported") return "not_reported";
  return "open";
}

// One canvas serves every image (native canvas memory is freed only by the garbage collector;
// see digest-chart.ts): its height is set per image, which reallocates the surface in place.
const canvas = createCanvas(ANNUAL_CHART_WIDTH, 600);

/** The images' heights for a page of `rows` cells, with or without the "and N more" line. */
export function annualChartHeight(rows: number, more: boolean): number {
  return TITLE_H + HEADER_H + Math.max(rows, 1) * ROW_H + (more ? LEGEND_LINE_H : 0) + 12 + 2 * LEGEND_LINE_H + PAD;
}

/** The centre of month `month` (1–12) of row `row` (0-based, on its image): where a test reads its colour. */
export function annualChartCellCenter(row: number, month: number): { readonly x: number; readonly y: number } {
  return { x: GRID_X + (month - 1) * CELL_W + CELL_W / 2, y: TITLE_H + HEADER_H + row * ROW_H + ROW_H / 2 };
}

/**
 * The year of a unit's cells as PNG images: one row per cell (its name, ellipsised), twelve
 * months (four-good green, submitted but not four-good amber, not reported a grey cell with a
 * cross, not yet reported or no period blank), the count of four-good months and the
 * eligibility mark (✓ eligible, ✗ not eligible, … still open), and a legend. ANNUAL_CHART_ROWS
 * cells per image, at most ANNUAL_CHART_MAX_IMAGES images; the cells beyond are counted on the
 * last one. No cells: no image.
 */
export function renderAnnualCharts(cells: readonly AnnualChartCell[], labels: AnnualChartLabels): Buffer[] {
  const shown = cells.slice(0, ANNUAL_CHART_ROWS * ANNUAL_CHART_MAX_IMAGES);
  const pages = Math.ceil(shown.length / ANNUAL_CHART_ROWS);
  const images: Buffer[] = [];
  for (let page = 0; page < pages; page++) {
    const rows = shown.slice(page * ANNUAL_CHART_ROWS, (page + 1) * ANNUAL_CHART_ROWS);
    const more = page === pages - 1 ? cells.length - shown.length : 0;
    images.push(renderPage(rows, labels, pages > 1 ? `${labels.title} ${labels.page(page + 1, pages)}` : labels.title, more));
  }
  return images;
}

function renderPage(rows: readonly AnnualChartCell[], labels: AnnualChartLabels, title: string, more: number): Buffer {
  const height = annualChartHeight(rows.length, more > 0);
  canvas.width = ANNUAL_CHART_WIDTH;
  canvas.height = height;
  const ctx = canvas.getContext("2d");
  const c = ANNUAL_CHART_COLORS;
  ctx.fillStyle = c.background;
  ctx.fillRect(0, 0, ANNUAL_CHART_WIDTH, height);
  ctx.textBaseline = "middle";

  ctx.fillStyle = c.text;
  ctx.font = `bold 26px "${FONT}"`;
  ctx.textAlign = "left";
  ctx.fillText(ellipsis(ctx, title, ANNUAL_CHART_WIDTH - 2 * PAD), PAD, TITLE_H / 2 + 4);

  const headerY = TITLE_H + HEADER_H / 2;
  ctx.font = `17px "${FONT}"`;
  ctx.fillStyle = c.muted;
  ctx.textAlign = "center";
  for (let month = 1; month <= 12; month++) ctx.fillText(labels.month(month), GRID_X + (month - 1) * CELL_W + CELL_W / 2, headerY);
  ctx.font = `15px "${FONT}"`;
  ctx.fillText(ellipsis(ctx, labels.fourGoodMonths, COUNT_W - 4), COUNT_X + COUNT_W / 2, headerY);
  ctx.fillText(ellipsis(ctx, labels.verdict, MARK_W + PAD - 4), MARK_X + MARK_W / 2, headerY);

  rows.forEach((cell, i) => {
    const top = TITLE_H + HEADER_H + i * ROW_H;
    if (i % 2 === 1) {
      ctx.fillStyle = c.stripe;
      ctx.fillRect(PAD / 2, top, ANNUAL_CHART_WIDTH - PAD, ROW_H);
    }
    const mid = top + ROW_H / 2;
    ctx.fillStyle = c.text;
    ctx.font = `20px "${FONT}"`;
    ctx.textAlign = "left";
    ctx.fillText(ellipsis(ctx, cell.name, NAME_W - 12), PAD, mid);
    cell.months.slice(0, 12).forEach((month, m) => drawMonth(ctx, monthCell(month), GRID_X + m * CELL_W, top));
    ctx.fillStyle = c.text;
    ctx.textAlign = "center";
    ctx.fillText(String(cell.monthsFourGood), COUNT_X + COUNT_W / 2, mid);
    drawMark(ctx, cell.eligible, MARK_X + MARK_W / 2, mid);
  });

  let y = TITLE_H + HEADER_H + Math.max(rows.length, 1) * ROW_H;
  if (more > 0) {
    ctx.fillStyle = c.muted;
    ctx.font = `18px "${FONT}"`;
    ctx.textAlign = "left";
    ctx.fillText(labels.more(more), PAD, y + LEGEND_LINE_H / 2);
    y += LEGEND_LINE_H;
  }
  drawLegend(ctx, labels, y + 12);
  return canvas.toBuffer("image/png");
}

/** A month's square: coloured, crossed out (not reported) or an empty outline. */
function drawMonth(ctx: SKRSContext2D, kind: MonthCell, x: number, top: number): void {
  const c = ANNUAL_CHART_COLORS;
  const inset = 4;
  const size = { x: x + inset, y: top + inset, w: CELL_W - 2 * inset, h: ROW_H - 2 * inset };
  if (kind === "open") {
    ctx.strokeStyle = c.open;
    ctx.lineWidth = 2;
    ctx.strokeRect(size.x + 1, size.y + 1, size.w - 2, size.h - 2);
    return;
  }
  ctx.fillStyle = kind === "four_good" ? c.fourGood : kind === "not_four_good" ? c.notFourGood : c.notReported;
  ctx.fillRect(size.x, size.y, size.w, size.h);
  if (kind === "not_reported") {
    // Marked as well as greyed: the cross reads without colour (printouts, colour blindness).
    ctx.strokeStyle = c.cross;
    ctx.lineWidth = 2.5;
    ctx.beginPath();
    ctx.moveTo(size.x + 8, size.y + 6);
    ctx.lineTo(size.x + size.w - 8, size.y + size.h - 6);
    ctx.moveTo(size.x + size.w - 8, size.y + 6);
    ctx.lineTo(size.x + 8, size.y + size.h - 6);
    ctx.stroke();
  }
}

/** ✓, ✗ or … drawn as shapes: the bundled font has no dingbats, and a fallback font may be missing. */
function drawMark(ctx: SKRSContext2D, eligible: Decision, cx: number, cy: number): void {
  const c = ANNUAL_CHART_COLORS;
  ctx.lineCap = "round";
  ctx.lineJoin = "round";
  if (eligible === true) {
    ctx.strokeStyle = c.eligible;
    ctx.lineWidth = 4;
    ctx.beginPath();
    ctx.moveTo(cx - 10, cy);
    ctx.lineTo(cx - 3, cy + 8);
    ctx.lineTo(cx + 11, cy - 9);
    ctx.stroke();
  } else if (eligible === false) {
    ctx.strokeStyle = c.notEligible;
    ctx.lineWidth = 4;
    ctx.beginPath();
    ctx.moveTo(cx - 8, cy - 8);
    ctx.lineTo(cx + 8, cy + 8);
    ctx.moveTo(cx + 8, cy - 8);
    ctx.lineTo(cx - 8, cy + 8);
    ctx.stroke();
  } else {
    ctx.fillStyle = c.pending;
    for (const dx of [-9, 0, 9]) {
      ctx.beginPath();
      ctx.arc(cx + dx, cy + 4, 2.5, 0, 2 * Math.PI);
      ctx.fill();
    }
  }
  ctx.lineCap = "butt";
}

/** Two lines: the four kinds of month, then the three marks; items wrap at the image's edge. */
function drawLegend(ctx: SKRSContext2D, labels: AnnualChartLabels, top: number): void {
  ctx.font = `17px "${FONT}"`;
  ctx.textAlign = "left";
  const swatch = 20;
  const lines: { draw: (x: number, y: number) => void; text: string }[][] = [
    (["four_good", "not_four_good", "not_reported", "open"] as const).map((kind) => ({
      text: kind === "four_good" ? labels.fourGood : kind === "not_four_good" ? labels.notFourGood : kind === "not_reported" ? labels.notReported : labels.open,
      draw: (x: number, y: number) => drawSwatch(ctx, kind, x, y, swatch),
    })),
    ([true, false, null] as const).map((eligible) => ({
      text: eligible === true ? labels.eligible : eligible === false ? labels.notEligible : labels.pending,
      draw: (x: number, y: number) => drawMark(ctx, eligible, x + swatch / 2, y),
    })),
  ];
  lines.forEach((items, line) => {
    const y = top + line * LEGEND_LINE_H + LEGEND_LINE_H / 2;
    let x = PAD;
    for (const item of items) {
      const room = ANNUAL_CHART_WIDTH - PAD - x - swatch - 8;
      if (room < 40) break;
      item.draw(x, y);
      const text = ellipsis(ctx, item.text, room);
      ctx.fillStyle = ANNUAL_CHART_COLORS.text;
      ctx.font = `17px "${FONT}"`;
      ctx.textAlign = "left";
      ctx.fillText(text, x + swatch + 8, y);
      x += swatch + 8 + ctx.measureText(text).width + 24;
    }
  });
}

function drawSwatch(ctx: SKRSContext2D, kind: MonthCell, x: number, y: number, size: number): void {
  const c = ANNUAL_CHART_COLORS;
  const top = y - size / 2;
  if (kind === "open") {
    ctx.strokeStyle = "#bdbdbd";
    ctx.lineWidth = 2;
    ctx.strokeRect(x + 1, top + 1, size - 2, size - 2);
    return;
  }
  ctx.fillStyle = kind === "four_good" ? c.fourGood : kind === "not_four_good" ? c.notFourGood : c.notReported;
  ctx.fillRect(x, top, size, size);
  if (kind === "not_reported") {
    ctx.strokeStyle = c.cross;
    ctx.lineWidth = 2;
    ctx.beginPath();
    ctx.moveTo(x + 4, top + 4);
    ctx.lineTo(x + size - 4, top + size - 4);
    ctx.moveTo(x + size - 4, top + 4);
    ctx.lineTo(x + 4, top + size - 4);
    ctx.stroke();
  }
}

/** The text cut to `width` pixels with "…" (measured in the current font). */
function ellipsis(ctx: SKRSContext2D, text: string, width: number): string {
  if (ctx.measureText(text).width <= width) return text;
  const chars = [...text];
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (ctx.measureText(`${chars.slice(0, mid).join("").trimEnd()}…`).width <= width) low = mid;
    else high = mid - 1;
  }
  return `${chars.slice(0, low).join("").trimEnd()}…`;
}

/** The chart's labels in one language: `t` is the translator bound to a locale. */
export function annualChartLabels(t: (key: string, args?: Readonly<Record<string, string | number>>) => string, year: number, unitName: string): AnnualChartLabels {
  return {
    title: t("annual-chart-title", { year: String(year), unit: unitName }),
    month: (month) => t("annual-chart-month", { month }),
    fourGoodMonths: t("annual-chart-four-good-months"),
    verdict: t("annual-chart-verdict"),
    fourGood: t("annual-chart-four-good"),
    notFourGood: t("annual-chart-not-four-good"),
    notReported: t("annual-chart-not-reported"),
    open: t("annual-chart-open"),
    eligible: t("annual-chart-eligible"),
    notEligible: t("annual-chart-not-eligible"),
    pending: t("annual-chart-pending"),
    page: (page, pages) => t("annual-chart-page", { page, pages }),
    more: (count) => t("annual-chart-more", { count }),
  };
}
