import { writeFileSync } from "node:fs";
import { annualResults } from "../app/annual-results.ts";
import { openApp } from "../app/open-app.ts";
import { isLocale, type Locale } from "../i18n/locale.ts";
import { annualReportCsv } from "../reports/annual-csv.ts";
import { annualReportText } from "../reports/annual-text.ts";
import { annualReportXlsx } from "../reports/annual-xlsx.ts";
import { CommandUsageError, commandConfig, commandOptions, runCommand, type CliIo, type CliLanguage } from "./command-support.ts";

const FORMATS = ["text", "json", "csv", "xlsx"] as const;
type Format = (typeof FORMATS)[number];

/**
 * `bontot annual --year YYYY [--unit CODE] [--format text|json|csv|xlsx] [--out FILE] [--lang vi|en]`:
 * every cell's eligibility for the year's title and every grassroots committee's nine criteria,
 * so far. text, json and csv go to stdout unless --out names a file; xlsx needs --out.
 */
export async function annualCommand(args: readonly string[], io: CliIo, language: CliLanguage): Promise<number> {
  const t = (key: string, a?: Record<string, string | number>): string => language.translator.t(language.locale, key, a);
  return runCommand(io, t, async () => {
    const values = commandOptions(args, { year: { type: "string" }, unit: { type: "string" }, format: { type: "string" }, out: { type: "string" } });
    if (values.lang !== undefined && !isLocale(values.lang)) throw new CommandUsageError("cli-bad-lang", { lang: values.lang });
    const locale: Locale = isLocale(values.lang) ? values.lang : language.locale;
    if (values.year === undefined) throw new CommandUsageError("annual-cli-missing-year");
    if (!/^[12]\d{3}$/.test(values.year)) throw new CommandUsageError("annual-cli-bad-year", { year: values.year });
    const year = Number(values.year);
    const format = values.format ?? "text";
    if (!(FORMATS as readonly string[]).includes(format)) throw new CommandUsageError("cli-bad-format", { format, allowed: FORMATS.join(", ") });
    if (format === "xlsx" && !values.out) throw new CommandUsageError("annual-cli-out-required");
    if (values.unit !== undefined && values.unit.length === 0) throw new CommandUsageError("cli-missing-unit");

    const app = await openApp(commandConfig(io));
    try {
      const outcome = await annualResults(app, { year, locale, ...(values.unit !== undefined ? { unitCode: values.unit } : {}) });
      if (!outcome.ok) throw new CommandUsageError("cli-unknown-unit", { code: outcome.code });
      const report = outcome.report;
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
