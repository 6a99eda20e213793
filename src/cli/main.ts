import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { ConfigError, loadConfig, type Config } from "../config.ts";
import { isPeriodKey } from "../domain/period.ts";
import { DEFAULT_LOCALE, isLocale, toLocale, type Locale } from "../i18n/locale.ts";
import { loadTranslator, type Translator } from "../i18n/translator.ts";
import { openApp, startBot } from "../main.ts";
import { migrateDatabase } from "../storage/migrate.ts";
import { buildPeriodReport, periodReportCsv } from "../reports/period-report.ts";
import { formatUnitTree } from "./format-unit-tree.ts";

/** A mistake in how the command was called: printed and exit code 2. */
class UsageError extends Error {
  constructor(
    readonly key: string,
    readonly args: Record<string, string> = {},
  ) {
    super(key);
  }
}

interface Io {
  readonly stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  readonly env: NodeJS.ProcessEnv;
}

/** `bontot <command> [options]`; returns the exit code. */
export async function runCli(argv: readonly string[], io: Io): Promise<number> {
  const translator = loadTranslator();
  const langArg = argv.find((_, i) => argv[i - 1] === "--lang") ?? argv.find((a) => a.startsWith("--lang="))?.slice(7);
  const locale: Locale = toLocale(langArg) ?? toLocale(io.env["BONTOT_LANG"]) ?? DEFAULT_LOCALE;
  const t = (key: string, args?: Record<string, string | number>): string => translator.t(locale, key, args);
  try {
    const [command, ...rest] = argv;
    if (command === undefined || command === "help" || command === "--help" || command === "-h") {
      io.stdout.write(`${t("cli-help")}\n`);
      return 0;
    }
    switch (command) {
      case "start":
        return await start(rest, io);
      case "report":
        return await report(rest, io);
      case "units":
        return await units(rest, io, translator, locale);
      case "db":
        return await db(rest, io, t);
      default:
        throw new UsageError("cli-unknown-command", { command });
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`${t(error.key, error.args)}\n${t("cli-see-help")}\n`);
      return 2;
    }
    if (error instanceof ConfigError) {
      io.stderr.write(`${t("cli-config-invalid")}\n${error.problems.map((p) => `  - ${p}`).join("\n")}\n`);
      return 1;
    }
    throw error;
  }
}

function options<T extends Record<string, { type: "string" | "boolean" }>>(args: readonly string[], spec: T) {
  try {
    return parseArgs({ args: [...args], options: { ...spec, lang: { type: "string" } }, allowPositionals: false, strict: true }).values;
  } catch (error) {
    throw new UsageError("cli-bad-arguments", { detail: error instanceof Error ? error.message : String(error) });
  }
}

function config(io: Io): Config {
  if (existsSync(".env")) process.loadEnvFile(".env");
  return loadConfig(io.env);
}

async function start(args: readonly string[], io: Io): Promise<number> {
  const values = options(args, {});
  if (values.lang !== undefined && !isLocale(values.lang)) throw new UsageError("cli-bad-lang", { lang: values.lang });
  await startBot(config(io), { input: io.stdin, output: io.stdout, ...(isLocale(values.lang) ? { locale: values.lang } : {}) });
  return 0;
}

async function report(args: readonly string[], io: Io): Promise<number> {
  const values = options(args, { period: { type: "string" }, format: { type: "string" } });
  const period = values.period;
  if (period === undefined) throw new UsageError("cli-missing-period");
  if (!isPeriodKey(period)) throw new UsageError("cli-bad-period", { period });
  const format = values.format ?? "json";
  if (format !== "json" && format !== "csv") throw new UsageError("cli-bad-format", { format, allowed: "json, csv" });
  const app = await openApp(config(io));
  try {
    const found = await app.stores.periods.findByKey(period);
    if (!found) throw new UsageError("cli-unknown-period", { period });
    const result = buildPeriodReport(period, await app.stores.reports.cellsForPeriod(found.id));
    io.stdout.write(format === "json" ? `${JSON.stringify(result, null, 2)}\n` : periodReportCsv(result));
    return 0;
  } finally {
    await app.close();
  }
}

async function units(args: readonly string[], io: Io, translator: Translator, locale: Locale): Promise<number> {
  const values = options(args, { format: { type: "string" } });
  const format = values.format ?? "text";
  if (format !== "json" && format !== "text") throw new UsageError("cli-bad-format", { format, allowed: "text, json" });
  const app = await openApp(config(io));
  try {
    const rows = await app.stores.org.listUnits();
    io.stdout.write(
      format === "json"
        ? `${JSON.stringify({ units: rows.map((u) => ({ code: u.code, name: u.name, kind: u.kind, parent: u.parentCode })) }, null, 2)}\n`
        : formatUnitTree(rows, (kind) => translator.t(locale, `kind-${kind}`)),
    );
    return 0;
  } finally {
    await app.close();
  }
}

async function db(args: readonly string[], io: Io, t: (key: string, args?: Record<string, string | number>) => string): Promise<number> {
  const [action] = args;
  if (action !== "migrate") throw new UsageError("cli-unknown-command", { command: `db ${action ?? ""}`.trim() });
  const { dbPath } = config(io);
  const { mkdirSync } = await import("node:fs");
  const path = await import("node:path");
  mkdirSync(path.dirname(path.resolve(dbPath)), { recursive: true });
  const { applied } = migrateDatabase(dbPath);
  io.stdout.write(`${t("cli-migrated", { count: applied.length, db: dbPath })}\n`);
  return 0;
}
