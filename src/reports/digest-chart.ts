import { createRequire } from "node:module";
import { GlobalFonts, createCanvas, type Canvas, type SKRSContext2D } from "@napi-rs/canvas";
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Title, type ChartConfiguration, type ChartItem } from "chart.js";
import { CHART_HEIGHT, CHART_WIDTH } from "./digest-chart-size.ts";
import type { Digest } from "./digest.ts";

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Title);

/** A font shipped from npm so Vietnamese renders the same on every machine. */
const FONT = "Noto Sans";
const require = createRequire(import.meta.url);
GlobalFonts.registerFromPath(require.resolve("@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf"), FONT);
Chart.defaults.font.family = FONT;

/** Cells shown in the score panel: the weakest first, where attention is needed. */
const MAX_CELLS = 30;

export interface ChartLabels {
  readonly criteriaTitle: string;
  readonly scoresTitle: string;
  readonly met: string;
  readonly notMet: string;
  readonly criterion: (id: string) => string;
}

// Rendering is synchronous, so one set of canvases serves every chart: native canvas memory is
// freed only by the garbage collector, and a fresh set per chart grew a province's 100 digests
// by half a gigabyte.
const canvas = createCanvas(CHART_WIDTH, CHART_HEIGHT);
const panels = [createCanvas(CHART_WIDTH / 2, CHART_HEIGHT), createCanvas(CHART_WIDTH / 2, CHART_HEIGHT)] as const;

/** Two panels in one PNG: criteria met / not met among submitted cells, and each cell's score. */
export function renderDigestChart(digest: Digest, labels: ChartLabels): Buffer {
  const ctx = canvas.getContext("2d");
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, CHART_WIDTH, CHART_HEIGHT);
  const half = CHART_WIDTH / 2;

  const criteria: ChartConfiguration<"bar"> = {
    type: "bar",
    data: {
      labels: digest.criteria.map((c) => labels.criterion(c.id)),
      datasets: [
        { label: labels.met, data: digest.criteria.map((c) => c.met), backgroundColor: "#2e7d32" },
        { label: labels.notMet, data: digest.criteria.map((c) => digest.submitted - c.met), backgroundColor: "#c62828" },
      ],
    },
    options: { ...common(labels.criteriaTitle), scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } },
  };
  const cells = digest.scores.slice(0, MAX_CELLS);
  const scores: ChartConfiguration<"bar"> = {
    type: "bar",
    data: {
      labels: cells.map((c) => (c.cell.length > 28 ? `${c.cell.slice(0, 27)}…` : c.cell)),
      datasets: [{ label: labels.scoresTitle, data: cells.map((c) => c.score), backgroundColor: cells.map((c) => (c.fourGood ? "#2e7d32" : "#ef6c00")) }],
    },
    options: { ...common(labels.scoresTitle), indexAxis: "y", plugins: { ...common(labels.scoresTitle).plugins, legend: { display: false } }, scales: { x: { min: 0, max: 100 } } },
  };
  drawPanel(ctx, panels[0], criteria, 0);
  drawPanel(ctx, panels[1], scores, half);
  return canvas.toBuffer("image/png");
}

function common(title: string) {
  return {
    responsive: false,
    animation: false as const,
    devicePixelRatio: 1,
    plugins: { title: { display: true, text: title, font: { size: 18 } }, legend: { position: "bottom" as const } },
  };
}

function drawPanel(target: SKRSContext2D, panel: Canvas, config: ChartConfiguration<"bar">, x: number): void {
  const context = panel.getContext("2d");
  context.fillStyle = "#ffffff";
  context.fillRect(0, 0, panel.width, panel.height);
  // Chart.js draws on any 2D context with the canvas API; @napi-rs/canvas provides one without a DOM.
  const chart = new Chart(context as unknown as ChartItem, config);
  target.drawImage(panel, x, 0);
  chart.destroy();
}
