import type { Command } from "commander";
import { annualResults } from "../app/annual-results.ts";
import { calendarDateAt } from "../domain/period.ts";
import type { Locale } from "../i18n/locale.ts";
import type { Translator } from "../i18n/translator.ts";
import { annualReportCsv } from "../reports/annual-csv.ts";
import type { AnnualReport } from "../reports/annual-report.ts";
import { annualReportText } from "../reports/annual-text.ts";
import { annualReportXlsx } from "../reports/annual-xlsx.ts";
import { choiceOption, commandConfig, CommandUsageError, examples, matching, notBlank, withApp, type CliContext } from "./command-support.ts";
import { fileNamePart, numberedFiles, outputFile, outputOptions, toStdout, writeOutput, type OutputFile } from "./output-file.ts";

const FORMATS = ["text", "json", "csv", "xlsx"] as const;
type Format = (typeof FORMATS)[number];

interface AnnualOptions {
  readonly year: string;
  readonly unit?: string;
  readonly format?: Format;
  readonly out?: string;
  readonly force?: boolean;
  /** A file name, or true for the default one under data/exports/. */
  readonly chart?: string | true;
}

/**
 * `npx bontot annual --year YYYY [--unit CODE] [--format text|json|csv|xlsx] [--out FILE] [--chart [FILE.png]]`:
 * every cell's eligibility for the year's title and every grassroots committee's nine criteria,
 * so far. text and json go to stdout unless --out names a file; csv and xlsx go to a file (--out,
 * else data/exports/; `--out -` for stdout). --chart writes the 12-month chart the groups get in January (alone,
 * unless --format or --out is given too). The report speaks the CLI's language (--lang).
 */
export function annualCommand(program: Command, context: CliContext): void {
  const { t } = context;
  const command = program
    .command("annual")
    .description(t("cli-annual-description"))
    .requiredOption(`--year <${t("cli-placeholder-year")}>`, t("cli-option-year"), matching(t, "--year", (v) => /^[12]\d{3}$/.test(v), "cli-bad-year"))
    .option(`--unit <${t("cli-placeholder-code")}>`, t("cli-option-annual-unit"), notBlank(t, "--unit"));
  command.addOption(choiceOption(command, `--format <${t("cli-placeholder-format")}>`, t("cli-option-annual-format"), FORMATS));
  outputOptions(command, context).option(`--chart [${t("cli-placeholder-file")}]`, t("cli-option-chart"));
  examples(command, context, "cli-annual-examples").action(async (options: AnnualOptions) => {
    context.exitCode = await annual(context, options);
  });
}

async function annual(context: CliContext, options: AnnualOptions): Promise<number> {
  const { io, t, locale } = context;
  const year = Number(options.year);
  const config = commandConfig(io);
  const current = calendarDateAt(new Date(), config.timeZone).year;
  if (year > current) throw new CommandUsageError("yearend-future-year", { year: String(year), current: String(current) });
  const format: Format = options.format ?? "text";
  const scope = options.unit === undefined ? "" : `-${fileNamePart(options.unit)}`;
  // Refused before anything is computed: an existing file, a folder that does not exist.
  const chart = options.chart === undefined ? undefined : outputFile(t, config, { out: options.chart === true ? undefined : options.chart, force: options.force }, `bieu-do-nam-${year}${scope}.png`);
  const chartOnly = chart !== undefined && options.format === undefined && options.out === undefined;
  const file = chartOnly || toStdout(options, format === "json" || format === "text") ? undefined : outputFile(t, config, options, `ket-qua-nam-${year}${scope}.${format === "text" ? "txt" : format}`);
  return withApp(
    context,
    async (app) => {
      const outcome = await annualResults(app, { year, locale, ...(options.unit !== undefined ? { unitCode: options.unit } : {}) });
      if (!outcome.ok) throw new CommandUsageError("cli-unknown-unit", { code: outcome.code });
      const report = outcome.report;
      if (chart) await writeCharts(context, report, chart);
      if (chartOnly) return 0;
      const body = await render(format, report, app.translator, locale);
      if (file) {
        writeOutput(t, file, body);
        io.stdout.write(`${t("annual-cli-written", { file: file.shown, cells: report.cells.length, committees: report.committees.length })}\n`);
      } else io.stdout.write(body);
      return 0;
    },
    config,
  );
}

async function render(format: Format, report: AnnualReport, translator: Translator, locale: Locale): Promise<string | Buffer> {
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
async function writeCharts(context: CliContext, report: AnnualReport, target: OutputFile): Promise<void> {
  const { io, t } = context;
  // Loaded here, not with the CLI: the canvas library takes a moment and ~35 MB.
  const { annualChartLabels, renderAnnualCharts } = await import("../reports/annual-chart.ts");
  const images = renderAnnualCharts(report.cells, annualChartLabels(t, report.year, report.unit?.name ?? t("annual-chart-all-units")));
  if (images.length === 0) throw new CommandUsageError("annual-cli-chart-no-cells");
  const files = numberedFiles(target, images.length);
  images.forEach((image, i) => {
    const file = files[i];
    if (file) writeOutput(t, file, image);
  });
  io.stdout.write(`${t("annual-cli-chart-written", { files: files.map((f) => f.shown).join(", ") })}\n`);
}
