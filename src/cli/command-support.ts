import { existsSync } from "node:fs";
import { InvalidArgumentError, type Command, type Option } from "commander";
import path from "node:path";
import { openApp, type App } from "../app/open-app.ts";
import { isPeriodKey } from "../domain/period.ts";
import { postgresProblem, sqliteProblem } from "../storage/database-problem.ts";
import { loadConfig, type Config } from "../config.ts";
import type { Locale } from "../i18n/locale.ts";
import type { Translate, Translator } from "../i18n/translator.ts";

/**
 * What a CLI command (src/cli/<name>-command.ts) needs: the streams, the operator's language,
 * the configuration, the app, usage errors. A command file exports one function that registers
 * the command on the program (`export function fooCommand(program: Command, context: CliContext)`),
 * with a description, its options and examples from the locale files; its action sets
 * `context.exitCode`. A CommandUsageError thrown anywhere in it is printed by runCli (the message,
 * the pointer to the command's --help, exit code 2); anything else (a bad configuration, an
 * unusable database, a crash) is runCli's to explain, with exit code 1.
 */

export interface CliIo {
  readonly stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  readonly stderr: NodeJS.WritableStream;
  readonly env: NodeJS.ProcessEnv;
}

export interface CliLanguage {
  readonly translator: Translator;
  readonly locale: Locale;
}

/** The running bot, handed in by the entry point: the CLI itself never imports the composition root. */
export type StartBot = (config: Config, io: { input: NodeJS.ReadableStream & { isTTY?: boolean }; output: NodeJS.WritableStream; locale?: Locale }) => Promise<void>;

export interface CliContext extends CliLanguage {
  readonly io: CliIo;
  /** The operator's language (--lang, BONTOT_LANG, Vietnamese by default). */
  readonly t: Translate;
  /** Whether --lang was given: the console chat then speaks it whatever BONTOT_LANG says. */
  readonly langGiven: boolean;
  readonly bot: { readonly start: StartBot } | undefined;
  /** What the command's action sets; runCli returns it. */
  exitCode: number;
}

/** A mistake in how the command was called, or a refused input: its message (a locale key) is printed, exit code 2. */
export class CommandUsageError extends Error {
  constructor(
    readonly key: string,
    readonly args: Record<string, string | number> = {},
  ) {
    super(key);
    this.name = "CommandUsageError";
  }
}

/** The configuration as the one-shot commands read it: `.env` if present, and only warnings logged. */
export function commandConfig(io: Pick<CliIo, "env">, quiet = true): Config {
  if (existsSync(".env")) process.loadEnvFile(".env");
  // One-shot commands print results, not the bot's info logs.
  const env = !quiet || io.env["LOG_LEVEL"] ? io.env : { ...io.env, LOG_LEVEL: "warn" };
  return loadConfig(env);
}

/** Runs `work` on the app (opened from the configuration) and closes it, whatever happens. */
export async function withApp<T>(context: Pick<CliContext, "io">, work: (app: App) => Promise<T>, config: Config = commandConfig(context.io)): Promise<T> {
  const app = await openApp(config);
  try {
    return await work(app);
  } catch (error) {
    // A file that turns out corrupted, or read-only, only when a page is read or written.
    const code = typeof error === "object" && error !== null && "code" in error && typeof error.code === "string" ? error.code : "";
    if (config.databaseUrl) throw postgresProblem(error, config.databaseUrl) ?? error;
    throw (code.startsWith("SQLITE_") ? sqliteProblem(error, path.resolve(config.dbPath)) : undefined) ?? error;
  } finally {
    await app.close();
  }
}

/** A command's examples, shown at the end of its --help: the locale key holds one example a line. */
export function examples(command: Command, context: Pick<CliContext, "t">, key: string): Command {
  const lines = context.t(key).split("\n").map((line) => `  ${line}`);
  return command.addHelpText("after", `\n${context.t("cli-help-examples")}\n${lines.join("\n")}`);
}

/** An option with a fixed list of values: a wrong one is refused naming the flag and the list. */
export function choiceOption(command: Command, flags: string, description: string, choices: readonly string[], fallback?: string): Option {
  const option = command.createOption(flags, description).choices(choices);
  return fallback === undefined ? option : option.default(fallback);
}

/** A parser for a whole number in [min, max]: anything else is refused naming the flag and the range. */
export function integerIn(t: Translate, option: string, min: number, max: number, key = "cli-bad-integer"): (value: string) => number {
  return (value) => {
    const number = /^\s*-?\d+\s*$/.test(value) ? Number(value) : Number.NaN;
    if (!Number.isInteger(number) || number < min || number > max) throw new InvalidArgumentError(t(key, { option, value, min, max }));
    return number;
  };
}

/** A parser for a value that must match a pattern; `key` explains it (with `value` and `option`). */
export function matching(t: Translate, option: string, test: (value: string) => boolean, key: string): (value: string) => string {
  return (value) => {
    if (!test(value)) throw new InvalidArgumentError(t(key, { option, value }));
    return value;
  };
}

/** A period key (YYYY-MM) as an option value or argument. */
export function periodKey(t: Translate): (value: string) => string {
  return (value) => {
    if (!isPeriodKey(value)) throw new InvalidArgumentError(t("cli-bad-period", { period: value }));
    return value;
  };
}

/** A value that must not be blank (a unit code, a reason). */
export function notBlank(t: Translate, option: string): (value: string) => string {
  return (value) => {
    if (value.trim().length === 0) throw new InvalidArgumentError(t("cli-option-needs-value", { option }));
    return value;
  };
}
