import { writeFileSync } from "node:fs";
import { annualResults } from "../app/annual-results.ts";
import { calendarDateAt } from "../domain/period.ts";
import { openApp } from "../app/open-app.ts";
import { isLocale, type Locale } from "../i18n/locale.ts";
import { annualChartLabels, renderAnnualCharts } from "../reports/annual-chart.ts";
import { annualReportCsv } from "../reports/annual-csv.ts";
import type { AnnualReport } from "../reports/annual-report.ts";
import { annualReportText } from "../reports/annual-text.ts";
import { annualReportXlsx } from "../reports/annual-xlsx.ts";
import { CommandUsageError, commandConfig, commandOptions, runCommand, type CliIo, type CliLanguage } from "./command-support.ts";

const FORMATS = ["text", "json", "csv", "xlsx"] as const;
type Format = (typeof FORMATS)[number];

/**
 * `bontot annual --year YYYY [--unit CODE] [--format text|json|csv|xlsx] [--out FILE] [--chart FILE.png] [--lang vi|en]`:
 * every cell's eligibility for the year's title and every grassroots committee's nine criteria,
 * so far. text, json and csv go to stdout unless --out names a file; xlsx needs --out.
 * --chart writes the 12-month chart the groups get in January (alone, unless --format or --out is given too).
 */
export async function annualCommand(args: readonly string[], io: CliIo, language: CliLanguage): Promise<number> {
  const t = (key: string, a?: Record<string, string | number>): string => language.translator.t(language.locale, key, a);
  return runCommand(io, t, async () => {
    const values = commandOptions(args, { year: { type: "string" }, unit: { type: "string" }, format: { type: "string" }, out: { type: "string" }, chart: { type: "string" } });
    if (values.lang !== undefined && !isLocale(values.lang)) throw new CommandUsageError("cli-bad-lang", { lang: values.lang });
    const locale: Locale = isLocale(values.lang) ? values.lang : language.locale;
    if (values.year === undefined) throw new CommandUsageError("annual-cli-missing-year");
    if (!/^[12]\d{3}$/.test(values.year)) throw new CommandUsageError("annual-cli-bad-year", { year: values.year });
    const year = Number(values.year);
    const format = values.format ?? "text";
    if (!(FORMATS as readonly string[]).includes(format)) throw new CommandUsageError("cli-bad-format", { format, allowed: FORMATS.join(", ") });
    if (format === "xlsx" && !values.out) throw new CommandUsageError("annual-cli-out-required");
    if (values.unit !== undefined && values.unit.length === 0) throw new CommandUsageError("cli-missing-unit");

    const config = commandConfig(io);
    const current = calendarDateAt(new Date(), config.timeZone).year;
    if (year > current) throw new CommandUsageError("yearend-future-year", { year: String(year), current: String(current) });
    const app = await openApp(config);
    try {
      const outcome = await annualResults(app, { year, locale, ...(values.unit !== undefined ? { unitCode: values.unit } : {}) });
      if (!outcome.ok) throw new CommandUsageError("cli-unknown-unit", { code: outcome.code });
      const report = outcome.report;
      if (values.chart !== undefined) {
        writeCharts(report, values.chart, io, t, (key, a) => language.translator.t(locale, key, a));
        if (values.format === undefined && values.out === undefined) return 0;
      }
      const body = await render(format as Format, report, app.translator, locale);
      if (values.out) {
        try {
          writeFileSync(values.out, body);
        } catch (error) {
          throw new CommandUsageError("cli-cannot-write", { file: values.out, reason: error instanceof Error ? error.message : String(error) });
        }
        io.stdout.write(`${t("annual-cli-written", { file: values.out, cells: report.cells.length, committees: report.committees.length })}\n`);
      } else io.stdout.write(body);
      return 0;
    } finally {
      await app.close();
    }
  });
}

async function render(format: Format, report: Parameters<typeof annualReportCsv>[0], translator: CliLanguage["translator"], locale: Locale): Promise<string | Buffer> {
  switch (format) {
    case "json":
      return `${JSON.stringify(report, null, 2)}\n`;
    case "csv":
      return annualReportCsv(report);
    case "xlsx":
      return annualReportXlsx(report, translator, locale);
    case "text":
      return annualReportText(report, translator, locale);
  }
}

/** The chart's images: FILE.png, then FILE-2.png… when the cells fill several. */
type T = (key: string, a?: Record<string, string | number>) => string;

/** `t` speaks the CLI's language, `label` the report's (--lang). */
function writeCharts(report: AnnualReport, file: string, io: CliIo, t: T, label: T): void {
  const images = renderAnnualCharts(report.cells, annualChartLabels(label, report.year, report.unit?.name ?? label("annual-chart-all-units")));
  if (images.length === 0) throw new CommandUsageError("annual-cli-chart-no-cells");
  const dot = file.lastIndexOf(".");
  const files = images.map((_, i) => (i === 0 ? file : dot > file.lastIndexOf("/") ? `${file.slice(0, dot)}-${i + 1}${file.slice(dot)}` : `${file}-${i + 1}`));
  images.forEach((image, i) => {
    const target = files[i] as string;
    try {
      writeFileSync(target, image);
    } catch (error) {
      throw new CommandUsageError("cli-cannot-write", { file: target, reason: error instanceof Error ? error.message : String(error) });
    }
  });
  io.stdout.write(`${t("annual-cli-chart-written", { files: files.join(", ") })}\n`);
}
