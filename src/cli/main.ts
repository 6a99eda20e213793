import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseEnv } from "node:util";
import { CommanderError, type Command } from "commander";
import { ConfigError, describeConfigProblem } from "../config.ts";
import { QuestionnaireChanged } from "../domain/questionnaire/questionnaire-changed.ts";
import { TelegramStopped } from "../channels/telegram/polling-stopped.ts";
import { DEFAULT_LOCALE, LOCALES, toLocale, type Locale } from "../i18n/locale.ts";
import { loadTranslator } from "../i18n/translator.ts";
import { redactSecrets } from "../logger.ts";
import { DatabaseProblem, sqliteProblem } from "../storage/database-problem.ts";
import { CommandUsageError, type CliContext, type CliIo, type StartBot } from "./command-support.ts";
import { LocalizedCommand, USAGE_EXIT_CODE } from "./localized-command.ts";
import { annualCommand } from "./annual-command.ts";
import { correctionCommand } from "./correction-command.ts";
import { dbCommand } from "./db-command.ts";
import { demoCommand } from "./demo-command.ts";
import { digestCommand } from "./digest-command.ts";
import { historyCommand } from "./history-command.ts";
import { inviteCommand } from "./invite-command.ts";
import { outboxCommand } from "./outbox-command.ts";
import { periodCommand } from "./period-command.ts";
import { questionnaireCommand } from "./questionnaire-command.ts";
import { remindCommand } from "./remind-command.ts";
import { reportCommand } from "./report-command.ts";
import { startCommand } from "./start-command.ts";
import { unitsCommand } from "./units-command.ts";
import { versionCommand } from "./version-command.ts";
import { yearEndCommand } from "./yearend-command.ts";
import { zaloCommand } from "./zalo-command.ts";

export type { StartBot } from "./command-support.ts";

/**
 * `npx bontot <command> [options]`, on commander. To add a command: write
 * src/cli/<name>-command.ts exporting `<name>Command(program, context)` that registers it
 * (`program.command("name")`, a description, options, `examples(…)` and an action setting
 * `context.exitCode`; every word from locales/*.ftl), and add one line to COMMANDS below.
 * test/cli/help.test.ts then checks its --help (and its subcommands') in both languages.
 */
const COMMANDS: readonly ((program: Command, context: CliContext) => void)[] = [
  startCommand,
  reportCommand,
  annualCommand,
  unitsCommand,
  inviteCommand,
  demoCommand,
  digestCommand,
  remindCommand,
  periodCommand,
  correctionCommand,
  historyCommand,
  yearEndCommand,
  questionnaireCommand,
  zaloCommand,
  outboxCommand,
  dbCommand,
  versionCommand,
];

/** The program with every command registered, in the operator's language (for runCli and the help test). */
export function buildProgram(context: CliContext): LocalizedCommand {
  const { t, io } = context;
  const program = new LocalizedCommand(t, "bontot");
  // Everything set here before the commands are added is inherited by them (commander's copyInheritedSettings).
  program
    .description(t("cli-program-description"))
    .exitOverride()
    // Options after a command word are that command's: `invite list --unit X` is list's --unit, not invite's.
    .enablePositionalOptions()
    .configureOutput({
      writeOut: (text) => void io.stdout.write(text),
      writeErr: (text) => void io.stderr.write(text),
      getOutHelpWidth: () => (io.stdout.isTTY && io.stdout.columns ? io.stdout.columns : 100),
      getErrHelpWidth: () => 100,
    })
    .showSuggestionAfterError(false)
    .helpOption("-h, --help", t("cli-help-option"))
    .helpCommand(`help [${t("cli-placeholder-command")}]`, t("cli-help-command"))
    .version(packageVersion(), "-v, --version", t("cli-version-option"))
    .addHelpText("after", `\n${t("cli-program-after")}`);
  for (const register of COMMANDS) register(program, context);
  forEachCommand(program, (command) => {
    // Every command takes --lang (read before parsing: it chose the words already in use).
    if (!command.options.some((o) => o.long === "--lang")) command.addOption(command.createOption(`--lang <${t("cli-placeholder-lang")}>`, t("cli-option-lang")).choices(LOCALES));
    command.showHelpAfterError(t("cli-see-help", { command: command instanceof LocalizedCommand ? command.commandLine() : command.name() }));
  });
  return program;
}

export function forEachCommand(command: Command, visit: (command: Command) => void): void {
  visit(command);
  for (const sub of command.commands) forEachCommand(sub, visit);
}

/** `bontot <command> [options]`; returns the exit code (2: how it was called; 1: it failed). */
export async function runCli(argv: readonly string[], io: CliIo, bot?: { readonly start: StartBot }): Promise<number> {
  const translator = loadTranslator();
  const { locale, given } = cliLocale(argv, io.env);
  const t = (key: string, args?: Record<string, string | number>): string => translator.t(locale, key, args);
  const context: CliContext = { io, translator, locale, t, langGiven: given, bot, exitCode: 0 };
  const program = buildProgram(context);
  let active: Command = program;
  program.hook("preAction", (_program, command) => {
    active = command;
    if (command instanceof LocalizedCommand) command.checkRequiredOptions();
  });
  try {
    await program.parseAsync(argv.length === 0 ? ["--help"] : [...argv], { from: "user" });
    return context.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help or the version: 0. A command group called without its subcommand (its help went to stderr): a usage mistake.
      if (error.code === "commander.helpDisplayed" || error.code === "commander.version" || (error.code === "commander.help" && error.exitCode === 0)) return 0;
      return USAGE_EXIT_CODE;
    }
    if (error instanceof CommandUsageError) {
      const line = active instanceof LocalizedCommand ? active.commandLine() : "npx bontot";
      io.stderr.write(`${t(error.key, error.args)}\n${t("cli-see-help", { command: line })}\n`);
      return USAGE_EXIT_CODE;
    }
    io.stderr.write(`${failureText(t, asDatabaseProblem(error, io.env))}\n`);
    return 1;
  }
}

/** A SQLite error that escaped a command (the bot's own start, say) still told as what it means. */
function asDatabaseProblem(error: unknown, env: NodeJS.ProcessEnv): unknown {
  const code = typeof error === "object" && error !== null && "code" in error && typeof error.code === "string" ? error.code : "";
  return code.startsWith("SQLITE_") ? (sqliteProblem(error, path.resolve(env["BONTOT_DB_PATH"] || "data/bontot.db")) ?? error) : error;
}

/** Database problems where the way out may be a backup. */
const DAMAGE: readonly string[] = ["corrupt", "cannot-open", "migration-changed"];

/** Why a command could not do its work, in the operator's words: never a stack trace, a driver's text or a secret. */
function failureText(t: (key: string, args?: Record<string, string | number>) => string, error: unknown): string {
  if (error instanceof ConfigError) return [t("cli-config-invalid"), ...error.problems.map((p) => `  - ${describeConfigProblem(t, p)}`), t("cli-config-where")].join("\n");
  if (error instanceof DatabaseProblem) {
    const help = error.reason.startsWith("postgres") ? "db-problem-postgres-help" : DAMAGE.includes(error.reason) ? "db-problem-help" : undefined;
    return [t(`db-problem-${error.reason}`, error.args), ...(help ? [t(help)] : [])].join("\n");
  }
  if (error instanceof QuestionnaireChanged) return t("cli-questionnaire-changed", { code: error.code, version: error.version });
  if (error instanceof TelegramStopped) return t(`cli-telegram-${error.why}`, { detail: redactSecrets(error.cause instanceof Error ? error.cause.message : error.message) });
  // Last resort: never print a token, even in a stack trace.
  return `${t("cli-crashed")}\n${redactSecrets(error instanceof Error ? error.message : String(error))}`;
}

/**
 * The operator's language, known before parsing so that even a mistake on the command line is
 * explained in it: --lang, else BONTOT_LANG (the environment, then .env), else Vietnamese.
 */
function cliLocale(argv: readonly string[], env: NodeJS.ProcessEnv): { readonly locale: Locale; readonly given: boolean } {
  const flag = argv.find((_, i) => argv[i - 1] === "--lang") ?? argv.find((a) => a.startsWith("--lang="))?.slice("--lang=".length);
  const fromFlag = flag === undefined ? undefined : toLocale(flag);
  return { locale: fromFlag ?? toLocale(env["BONTOT_LANG"]) ?? toLocale(envFileLang()) ?? DEFAULT_LOCALE, given: fromFlag !== undefined };
}

function envFileLang(): string | undefined {
  try {
    return existsSync(".env") ? parseEnv(readFileSync(".env", "utf8"))["BONTOT_LANG"] : undefined;
  } catch {
    return undefined;
  }
}

function packageVersion(): string {
  const pkg: unknown = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"));
  return typeof pkg === "object" && pkg !== null && "version" in pkg ? String(pkg.version) : "unknown";
}
