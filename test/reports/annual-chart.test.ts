import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import path from "node:path";
import { createCanvas, loadImage } from "@napi-rs/canvas";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main.ts";
import type { MonthStatus } from "../../src/domain/annual/month-record.ts";
import { loadTranslator } from "../../src/i18n/translator.ts";
import {
  ANNUAL_CHART_COLORS,
  ANNUAL_CHART_MAX_IMAGES,
  ANNUAL_CHART_ROWS,
  ANNUAL_CHART_WIDTH,
  annualChartCellCenter,
  annualChartHeight,
  annualChartLabels,
  renderAnnualCharts,
  type AnnualChartCell,
} from "../../src/reports/annual-chart.ts";
import { YEAR_2026, openDemoApp, seedYear } from "../app/annual-seed.ts";
import { captureIo } from "../support/capture-io.ts";
import { tempDbPath } from "../support/temp-db.ts";

const translator = loadTranslator();
const labels = annualChartLabels((key, args) => translator.t("vi", key, args), 2026, "Đảng ủy xã Minh Khai");

type Month = "good" | "bad" | "missed" | "open";
const STATUS: Record<Month, { status: MonthStatus; fourGood: boolean | null }> = {
  good: { status: "submitted", fourGood: true },
  bad: { status: "submitted", fourGood: false },
  missed: { status: "not_reported", fourGood: false },
  open: { status: "not_started", fourGood: null },
};

function cell(name: string, months: readonly Month[], eligible: boolean | null = null): AnnualChartCell {
  return {
    name,
    eligible,
    monthsFourGood: months.filter((m) => m === "good").length,
    months: months.map((m, i) => ({ period: `2026-${String(i + 1).padStart(2, "0")}`, ...STATUS[m] })),
  };
}
const twelve = (m: Month): Month[] => Array.from({ length: 12 }, () => m);

function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** The colour at (x, y) as "#rrggbb". */
async function colourAt(png: Buffer, x: number, y: number): Promise<string> {
  const image = await loadImage(png);
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext("2d");
  ctx.drawImage(image, 0, 0);
  const [r, g, b] = ctx.getImageData(Math.round(x), Math.round(y), 1, 1).data;
  return `#${[r, g, b].map((v) => (v ?? 0).toString(16).padStart(2, "0")).join("")}`;
}

describe("the year's chart: a 12-month grid per cell", () => {
  it("is a PNG as wide as a phone shows well, one row per cell", () => {
    const [png, ...rest] = renderAnnualCharts([cell("Chi bộ thôn Pha Long 1", twelve("good"), true), cell("Chi bộ thôn Na Chơ", twelve("bad"), false)], labels);
    expect(rest).toEqual([]);
    expect(png?.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(pngSize(png as Buffer)).toEqual({ width: ANNUAL_CHART_WIDTH, height: annualChartHeight(2, false) });
    expect(ANNUAL_CHART_WIDTH).toBeLessThanOrEqual(1080);
  });

  it.each([
    ["four-good", "good", ANNUAL_CHART_COLORS.fourGood],
    ["submitted, not four-good", "bad", ANNUAL_CHART_COLORS.notFourGood],
    ["not reported (grey, crossed)", "missed", ANNUAL_CHART_COLORS.notReported],
    ["not yet reported / no period (blank)", "open", ANNUAL_CHART_COLORS.background],
  ] as const)("colours a %s month", async (_name, month, colour) => {
    const months = twelve("good");
    months[4] = month;
    const [png] = renderAnnualCharts([cell("Chi bộ Giáo viên", months), cell("Chi bộ thôn Tả Thàng", twelve("good"))], labels);
    // Left of the centre: off a not-reported month's cross.
    const at = annualChartCellCenter(0, 5);
    expect(await colourAt(png as Buffer, at.x - 10, at.y)).toBe(colour);
    // The month beside it, and the second row, are four-good.
    expect(await colourAt(png as Buffer, annualChartCellCenter(0, 6).x, at.y)).toBe(ANNUAL_CHART_COLORS.fourGood);
    expect(await colourAt(png as Buffer, at.x - 10, annualChartCellCenter(1, 5).y)).toBe(ANNUAL_CHART_COLORS.fourGood);
  });

  it("marks a not-reported month with a cross, not colour alone", async () => {
    const months = twelve("missed");
    const [png] = renderAnnualCharts([cell("Chi bộ Hành chính", months)], labels);
    const at = annualChartCellCenter(0, 12);
    expect(await colourAt(png as Buffer, at.x, at.y)).toBe(ANNUAL_CHART_COLORS.cross);
  });

  it("differs between a year of four-good months and a year without any", async () => {
    const [good] = renderAnnualCharts([cell("Chi bộ thôn Pha Long 1", twelve("good"), true)], labels);
    const [none] = renderAnnualCharts([cell("Chi bộ thôn Pha Long 1", twelve("bad"), false)], labels);
    expect(Buffer.compare(good as Buffer, none as Buffer)).not.toBe(0);
    const at = annualChartCellCenter(0, 3);
    expect(await colourAt(good as Buffer, at.x, at.y)).toBe(ANNUAL_CHART_COLORS.fourGood);
    expect(await colourAt(none as Buffer, at.x, at.y)).toBe(ANNUAL_CHART_COLORS.notFourGood);
  });

  it("splits a committee of 60 cells over two images and caps a province, counting the rest", () => {
    const many = (n: number): AnnualChartCell[] => Array.from({ length: n }, (_, i) => cell(`Chi bộ thôn số ${i + 1}, một tên rất dài cần cắt bớt cho vừa`, twelve("good")));
    const sixty = renderAnnualCharts(many(60), labels);
    expect(sixty.map(pngSize)).toEqual([
      { width: ANNUAL_CHART_WIDTH, height: annualChartHeight(ANNUAL_CHART_ROWS, false) },
      { width: ANNUAL_CHART_WIDTH, height: annualChartHeight(ANNUAL_CHART_ROWS, false) },
    ]);
    const province = renderAnnualCharts(many(ANNUAL_CHART_ROWS * ANNUAL_CHART_MAX_IMAGES + 7), labels);
    expect(province).toHaveLength(ANNUAL_CHART_MAX_IMAGES);
    // The last image has the "và 7 chi bộ khác" line.
    expect(pngSize(province.at(-1) as Buffer).height).toBe(annualChartHeight(ANNUAL_CHART_ROWS, true));
    expect(labels.more(7)).toContain("7 chi bộ khác");
    expect(renderAnnualCharts([], labels)).toEqual([]);
  });

  it("takes its words from the locales, with Vietnamese diacritics", () => {
    expect(labels.title).toBe("Năm 2026 — Đảng ủy xã Minh Khai");
    expect([labels.month(1), labels.month(12), labels.notReported, labels.eligible]).toEqual(["T1", "T12", "Không báo cáo", "Đủ điều kiện đề nghị công nhận"]);
    const en = annualChartLabels((key, args) => translator.t("en", key, args), 2026, "Minh Khai");
    expect([en.month(1), en.notReported]).toEqual(["M1", "Not reported"]);
  });
});

describe("npx bontot annual --chart: the January chart, previewed", () => {
  const dbPath = tempDbPath();
  const env = { BONTOT_DB_PATH: dbPath, LOG_LEVEL: "silent" };

  it("writes the unit's chart as PNG, alone unless a format is asked for too", async () => {
    const app = await openDemoApp(dbPath, "2027-01-15T03:00:00Z");
    await seedYear(app, YEAR_2026);
    await app.stores.org.createUnits([{ code: "MK-TRONG", name: "Đảng bộ cơ sở chưa có chi bộ", kind: "grassroots_committee", parentCode: "MK", memberCount: 0 }], app.clock.now());
    await app.close();
    const file = path.join(mkdtempSync(path.join(path.dirname(dbPath), "chart-")), "mk.png");

    const { io, out, err } = captureIo(env);
    expect(await runCli(["annual", "--year", "2026", "--unit", "MK", "--chart", file], io)).toBe(0);
    expect(err()).toBe("");
    expect(out()).toBe(`Đã ghi biểu đồ: ${file}\n`);
    const png = readFileSync(file);
    expect(pngSize(png)).toEqual({ width: ANNUAL_CHART_WIDTH, height: annualChartHeight(5, false) });
    // Row 0 is Pha Long 1 (four-good all year); row 4, Hành chính, did not report December.
    expect(await colourAt(png, annualChartCellCenter(0, 1).x, annualChartCellCenter(0, 1).y)).toBe(ANNUAL_CHART_COLORS.fourGood);
    expect(await colourAt(png, annualChartCellCenter(4, 12).x - 10, annualChartCellCenter(4, 12).y)).toBe(ANNUAL_CHART_COLORS.notReported);
    // Na Chơ (row 1) was not four-good in February.
    expect(await colourAt(png, annualChartCellCenter(1, 2).x, annualChartCellCenter(1, 2).y)).toBe(ANNUAL_CHART_COLORS.notFourGood);

    const json = captureIo(env);
    // The earlier chart is replaced only when asked to (--force), as every file a command writes.
    expect(await runCli(["annual", "--year", "2026", "--unit", "MK-THPT", "--chart", file, "--format", "json", "--force"], json.io)).toBe(0);
    const [written, ...report] = json.out().split("\n");
    expect(written).toBe(`Đã ghi biểu đồ: ${file}`);
    expect(JSON.parse(report.join("\n")).cells).toHaveLength(2);
    expect(pngSize(readFileSync(file)).height).toBe(annualChartHeight(2, false));

    // A unit without cells has no chart: said plainly, exit 2, nothing written.
    const empty = captureIo(env);
    const none = path.join(path.dirname(file), "none.png");
    expect(await runCli(["annual", "--year", "2026", "--unit", "MK-TRONG", "--chart", none], empty.io)).toBe(2);
    expect(empty.err()).toContain("Không có chi bộ nào để vẽ biểu đồ.");
    expect(existsSync(none)).toBe(false);
  });
});
