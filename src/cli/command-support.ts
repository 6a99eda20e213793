import { existsSync } from "node:fs";
import type { Translate } from "../i18n/translator.ts";
import { argumentProblem } from "./argument-problem.ts";
import { parseArgs } from "node:util";
import { loadConfig, type Config } from "../config.ts";
import type { Locale } from "../i18n/locale.ts";
import type { Translator } from "../i18n/translator.ts";

/**
 * What a CLI command kept in its own file (src/cli/<name>-command.ts) needs from the CLI: the
 * streams, option parsing, the configuration, and usage errors printed the way `runCli` prints
 * its own (the message, the pointer to help, exit code 2). `runCli` in main.ts hands the command
 * its arguments, streams, translator and locale and returns the command's exit code.
 */

export interface CliIo {
  readonly stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  readonly env: NodeJS.ProcessEnv;
}

export interface CliLanguage {
  readonly translator: Translator;
  readonly locale: Locale;
}

/** A mistake in how the command was called: its message (a locale key) is printed, exit code 2. */
export class CommandUsageError extends Error {
  constructor(
    readonly key: string,
    readonly args: Record<string, string | number> = {},
  ) {
    super(key);
    this.name = "CommandUsageError";
  }
}

/** The command's options (and `--lang`, which every command takes), strictly: an unknown one is a usage error. */
export function commandOptions<T extends Record<string, { type: "string" | "boolean" }>>(args: readonly string[], spec: T) {
  try {
    return parseArgs({ args: [...args], options: { ...spec, lang: { type: "string" } }, allowPositionals: false, strict: true }).values;
  } catch (error) {
    const problem = argumentProblem(error);
    throw new CommandUsageError(problem.key, problem.args);
  }
}

/** The configuration as the one-shot commands read it: `.env` if present, and only warnings logged. */
export function commandConfig(io: Pick<CliIo, "env">): Config {
  if (existsSync(".env")) process.loadEnvFile(".env");
  const env = io.env["LOG_LEVEL"] ? io.env : { ...io.env, LOG_LEVEL: "warn" };
  return loadConfig(env);
}

/**
 * Runs a command's body; a CommandUsageError becomes its message on stderr and exit code 2.
 * Anything else (a bad configuration, a crash) goes on to runCli's own handling.
 */
export async function runCommand(io: Pick<CliIo, "stderr">, t: Translate, body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (error) {
    if (!(error instanceof CommandUsageError)) throw error;
    io.stderr.write(`${t(error.key, error.args)}\n${t("cli-see-help")}\n`);
    return 2;
  }
}
