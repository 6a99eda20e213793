import path from "node:path";
import type { Command } from "commander";
import { periodReport } from "../app/period-report.ts";
import { periodSheet } from "../app/period-sheet.ts";
import { periodLabel } from "../engine/render/render-context.ts";
import { periodSheetCsv } from "../reports/period-csv.ts";
import { buildPeriodSheet } from "../reports/period-sheet.ts";
import { periodSheetText } from "../reports/period-text.ts";
import { periodSheetXlsx } from "../reports/period-xlsx.ts";
import { choiceOption, commandConfig, CommandUsageError, examples, notBlank, periodKey, withApp, type CliContext } from "./command-support.ts";
import { fileNamePart, outputFile, outputOptions, toStdout, writeOutput } from "./output-file.ts";
import { questionnaireTranslator } from "../i18n/questionnaire-translator.ts";

const FORMATS = ["json", "csv", "text", "xlsx"] as const;
type Format = (typeof FORMATS)[number];

/** The file name ending each format is written with; an --out name ending so chooses the format. */
const EXTENSIONS: Record<Format, string> = { json: "json", csv: "csv", text: "txt", xlsx: "xlsx" };

interface ReportOptions {
  readonly period: string;
  readonly format?: Format;
  readonly unit?: string;
  readonly out?: string;
  readonly force?: boolean;
}

/**
 * `npx bontot report --period YYYY-MM [--format json|csv|text|xlsx] [--unit CODE] [--out FILE] [--lang en]`:
 * every cell's standing for a month (reads only). xlsx is the office's workbook (a summary,
 * the cells grouped with subtotals, the answers) and csv (Vietnamese headers and values, ";"
 * and a decimal comma; English with --lang en, ",") are written to --out or under
 * data/exports/ (`--out -`: stdout); text and json (the default, the machine format,
 * unchanged) go to stdout unless --out names a file. An --out name ending in .xlsx, .csv, .txt or .json chooses the format.
 */
export function reportCommand(program: Command, context: CliContext): void {
  const { t } = context;
  const command = program
    .command("report")
    .description(t("cli-report-description"))
    .requiredOption(`--period <${t("cli-placeholder-period")}>`, t("cli-option-period"), periodKey(t))
    .option(`--unit <${t("cli-placeholder-code")}>`, t("cli-option-report-unit"), notBlank(t, "--unit"));
  command.addOption(choiceOption(command, `--format <${t("cli-placeholder-format")}>`, t("cli-option-report-format"), FORMATS));
  outputOptions(command, context);
  examples(command, context, "cli-report-examples").action(async (options: ReportOptions) => {
    context.exitCode = await report(context, options);
  });
}

async function report(context: CliContext, options: ReportOptions): Promise<number> {
  const { io, t } = context;
  const format = formatOf(options);
  const config = commandConfig(io);
  const scope = options.unit === undefined ? "" : `-${fileNamePart(options.unit)}`;
  // Refused before anything is read: an existing file without --force, a folder that does not exist.
  const file = toStdout(options, format === "json" || format === "text") ? undefined : outputFile(t, config, options, `bao-cao-thang-${options.period}${scope}.${EXTENSIONS[format]}`);
  return withApp(
    context,
    async (app) => {
      let body: string | Buffer;
      let cells: number;
      if (format === "json") {
        const result = await periodReport(app.stores, options.period, options.unit);
        if (!result.ok) throw new CommandUsageError(result.reason === "unknown-unit" ? "cli-unknown-unit" : "cli-unknown-period", { code: result.code, period: result.code });
        body = `${JSON.stringify(result.report, null, 2)}\n`;
        cells = result.report.cells.length;
      } else {
        const outcome = await periodSheet(app, { periodKey: options.period, ...(options.unit !== undefined ? { unitCode: options.unit } : {}) });
        if (!outcome.ok) throw new CommandUsageError(outcome.reason === "unknown-unit" ? "cli-unknown-unit" : "cli-unknown-period", { code: outcome.code, period: outcome.code });
        // Labels an office's questionnaire wrote itself are read from its own texts (issue 13).
        const texts = questionnaireTranslator(context.translator, outcome.input.definition);
        const tq: typeof t = (key, args) => texts.t(context.locale, key, args);
        const sheet = buildPeriodSheet(outcome.input, tq);
        body = format === "xlsx" ? await periodSheetXlsx(sheet) : format === "csv" ? periodSheetCsv(sheet, context.locale) : periodSheetText(sheet, tq);
        cells = outcome.input.cells.length;
      }
      if (!file) {
        io.stdout.write(body);
        return 0;
      }
      writeOutput(t, file, body);
      io.stdout.write(`${t("report-cli-written", { period: periodLabel(options.period), cells, file: file.shown })}\n`);
      return 0;
    },
    config,
  );
}

/** --format, else what the --out name ends in, else json (the format scripts have always read). */
function formatOf(options: ReportOptions): Format {
  const ext = options.out === undefined || options.out === "-" ? "" : path.extname(options.out).slice(1).toLowerCase();
  const named = (Object.keys(EXTENSIONS) as Format[]).find((f) => EXTENSIONS[f] === ext);
  if (options.format !== undefined) {
    if (named !== undefined && named !== options.format) throw new CommandUsageError("report-cli-format-mismatch", { format: options.format, file: options.out ?? "", ext: EXTENSIONS[options.format] });
    return options.format;
  }
  if (options.out !== undefined && named === undefined) throw new CommandUsageError("report-cli-format-unknown", { file: options.out });
  return named ?? "json";
}
