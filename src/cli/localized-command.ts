import { Command, Help, InvalidArgumentError, Option, type Argument } from "commander";
import type { Translate } from "../i18n/translator.ts";

/**
 * commander, speaking the operator's language. commander writes its own messages in English
 * ("error: unknown option '--foo'", "Usage:", "display help for command"); an office works in
 * Vietnamese. Every message commander would print goes through the locale files here, with the
 * flag and, where there are some, the accepted values named.
 *
 * The methods below replace commander's own of the same name, which its parser calls on `this`
 * (node_modules/commander/lib/command.js, v14.0.3: missingArgument 2034, optionMissingArgument
 * 2046, missingMandatoryOptionValue 2058, _conflictingOption 2070, unknownOption 2114,
 * _excessArguments 2146, unknownCommand 2162, _callParseArg 599, _checkForMissingMandatoryOptions 1675). They are not in commander's
 * typings, hence no `override`; test/cli/help.test.ts fails if a new commander stops calling them.
 */

/** The exit code of a mistake in how a command was called. */
export const USAGE_EXIT_CODE = 2;

/** commander's help headings, as locale keys (node_modules/commander/lib/help.js: 453, 477, 484, 506, 514). */
const TITLES: Readonly<Record<string, string>> = {
  "Usage:": "cli-help-usage",
  "Arguments:": "cli-help-arguments",
  "Options:": "cli-help-options",
  "Global Options:": "cli-help-global-options",
  "Commands:": "cli-help-commands",
};

/** `--unit <MÃ>` → `--unit MÃ`: how a flag is quoted in a message. */
export const flagText = (option: Option): string => option.flags.replace(/[<>[\]]/g, "").replace(/\s+/g, " ");

/** The closest of `candidates` to a mistyped word (at most a third of its letters off, or the one it begins), for "did you mean". */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  // A flag cut short (`--share` for `--share-good`) is as likely as one misspelt.
  const longer = candidates.filter((c) => c.toLowerCase().startsWith(word.toLowerCase()));
  if (longer.length === 1) return longer[0];
  let best: { readonly candidate: string; readonly distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance <= Math.max(1, Math.floor(candidate.length / 3)) && (!best || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row.push(Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost));
    }
    previous = row;
  }
  return previous[b.length] ?? 0;
}

/** A command and the commands above it, nearest first. */
function lineage(command: Command): Command[] {
  return command.parent ? [command, ...lineage(command.parent)] : [command];
}

export class LocalizedCommand extends Command {
  constructor(
    readonly t: Translate,
    name?: string,
  ) {
    super(name);
  }

  override createCommand(name?: string): LocalizedCommand {
    return new LocalizedCommand(this.t, name);
  }

  override createHelp(): Help {
    return Object.assign(new LocalizedHelp(this.t), this.configureHelp());
  }

  /** Every option that takes a value gets a parser, so that `_callParseArg` below sees every value. */
  override createOption(flags: string, description?: string): Option {
    const option = new Option(flags, description);
    return option.required || option.optional ? option.argParser((value: string) => value) : option;
  }

  /** "npx bontot period reopen": how the operator types this command. */
  commandLine(): string {
    return ["npx", ...lineage(this).map((c) => c.name()).reverse()].join(" ");
  }

  /** A usage mistake: one localized line, the hint to this command's help (showHelpAfterError), exit code 2. */
  usageError(key: string, args: Record<string, string | number>, code: string): never {
    return this.error(this.t(key, args), { code, exitCode: USAGE_EXIT_CODE });
  }

  /** `yearend help --lang en`: an option after `help` is not the name of a command to explain (command.js 1380). */
  _dispatchHelpCommand(name: string | undefined): unknown {
    const dispatch = (Command.prototype as unknown as { _dispatchHelpCommand: (this: Command, name: string | undefined) => unknown })._dispatchHelpCommand;
    return dispatch.call(this, name?.startsWith("-") ? undefined : name);
  }

  missingArgument(name: string): never {
    return this.usageError("cli-missing-argument", { argument: name }, "commander.missingArgument");
  }

  optionMissingArgument(option: Option): never {
    return this.usageError("cli-option-needs-value", { option: option.long ?? option.flags }, "commander.optionMissingArgument");
  }

  /**
   * commander checks required options before it looks for unknown ones, so `--yaer 2026` would
   * be answered "--year is missing". The check is made after them instead, by
   * checkRequiredOptions from a preAction hook (see buildProgram).
   */
  _checkForMissingMandatoryOptions(): void {}

  /** The check commander's would have made: every required option has a value. */
  checkRequiredOptions(): void {
    for (const option of this.options) {
      if (option.mandatory && this.getOptionValue(option.attributeName()) === undefined) this.missingMandatoryOptionValue(option);
    }
  }

  missingMandatoryOptionValue(option: Option): never {
    return this.usageError("cli-missing-option", { option: flagText(option) }, "commander.missingMandatoryOptionValue");
  }

  _conflictingOption(option: Option, conflicting: Option): never {
    return this.usageError("cli-conflicting-options", { option: option.long ?? option.flags, other: conflicting.long ?? conflicting.flags }, "commander.conflictingOption");
  }

  unknownOption(flag: string): never {
    // commander reports `--dry-run=yes` for a flag that takes no value as an unknown option.
    const named = flag.includes("=") ? lineage(this).flatMap((c) => c.options).find((o) => o.long === flag.slice(0, flag.indexOf("="))) : undefined;
    if (named?.long) this.usageError("cli-option-takes-no-value", { option: named.long }, "commander.unknownOption");
    const known = lineage(this).flatMap((c) => c.options.flatMap((o) => (o.long && !o.hidden ? [o.long] : [])));
    const near = flag.startsWith("--") ? closest(flag, known) : undefined;
    const message = this.t("cli-unknown-option", { option: flag });
    return this.error(near ? `${message} ${this.t("cli-did-you-mean", { suggestion: near })}` : message, { code: "commander.unknownOption", exitCode: USAGE_EXIT_CODE });
  }

  _excessArguments(received: readonly string[]): never {
    const extra = received[this.registeredArguments.length] ?? received.join(" ");
    // A command that also has subcommands (units, outbox): a stray word is a mistyped one of them.
    if (this.commands.length > 0 && this.registeredArguments.length === 0) this.unknownCommand();
    return this.usageError("cli-unexpected-argument", { argument: extra }, "commander.excessArguments");
  }

  unknownCommand(): never {
    const name = String(this.args[0] ?? "");
    const near = closest(
      name,
      this.commands.filter((c) => c.name() !== "help").map((c) => c.name()),
    );
    const message = this.t("cli-unknown-command", { command: name });
    return this.error(near ? `${message} ${this.t("cli-did-you-mean", { suggestion: near })}` : message, { code: "commander.unknownCommand", exitCode: USAGE_EXIT_CODE });
  }

  _callParseArg(target: Option | Argument, value: string, previous: unknown): unknown {
    const name = target instanceof Option ? (target.long ?? target.flags) : target.name();
    // commander takes the word after a flag as its value even when it is the next flag
    // (`--year --unit MK`); that word is almost always a forgotten value.
    if (target instanceof Option && target.required && /^--[A-Za-z]/.test(value)) this.usageError("cli-option-needs-value", { option: name }, "commander.optionMissingArgument");
    if (target.argChoices && !target.argChoices.includes(value)) {
      this.usageError("cli-bad-choice", { option: name, value, allowed: target.argChoices.join(", ") }, "commander.invalidArgument");
    }
    try {
      return target.parseArg ? target.parseArg(value, previous) : value;
    } catch (error) {
      // The parsers below throw their message already localized.
      if (error instanceof InvalidArgumentError) return this.error(error.message, { code: "commander.invalidArgument", exitCode: USAGE_EXIT_CODE });
      throw error;
    }
  }
}

/** Localized headings, usage lines that show which options are required, and choices/defaults in the operator's words. */
export class LocalizedHelp extends Help {
  constructor(private readonly t: Translate) {
    super();
  }

  override styleTitle(title: string): string {
    const key = TITLES[title];
    return key ? this.t(key) : title;
  }

  /** `npx bontot annual --year YYYY [--unit MÃ] [--format text|json|csv|xlsx] …`: the required options show as required. */
  override commandUsage(cmd: Command): string {
    const line = cmd instanceof LocalizedCommand ? cmd.commandLine() : cmd.name();
    if (cmd.commands.length > 0 && cmd.options.every((o) => isStandard(o))) return `${line} <${this.t("cli-placeholder-command")}>`;
    const options = cmd.options.filter((o) => !o.hidden && !isStandard(o)).map((o) => (o.mandatory ? usageTerm(o) : `[${usageTerm(o)}]`));
    const args = cmd.registeredArguments.map((a) => (a.required ? `<${a.name()}>` : `[${a.name()}]`));
    return [line, ...args, ...options].join(" ");
  }

  /** In a command list: the name and its arguments; the options are in the command's own help. */
  override subcommandTerm(cmd: Command): string {
    return [cmd.name(), ...cmd.registeredArguments.map((a) => (a.required ? `<${a.name()}>` : `[${a.name()}]`))].join(" ");
  }

  override optionDescription(option: Option): string {
    return withExtras(option.description, this.extras(option.argChoices, option.required || option.optional ? option.defaultValue : undefined, option.defaultValueDescription));
  }

  override argumentDescription(argument: Argument): string {
    return withExtras(argument.description, this.extras(argument.argChoices, argument.defaultValue, argument.defaultValueDescription));
  }

  private extras(choices: readonly string[] | undefined, fallback: unknown, fallbackText: string | undefined): string[] {
    const extras: string[] = [];
    if (choices) extras.push(this.t("cli-help-choices", { choices: choices.join(", ") }));
    if (fallback !== undefined) extras.push(this.t("cli-help-default", { value: fallbackText ?? String(fallback) }));
    return extras;
  }
}

const isStandard = (option: Option): boolean => option.long === "--help" || option.long === "--version" || option.long === "--lang";

function usageTerm(option: Option): string {
  const name = option.long ?? option.short ?? option.flags;
  if (option.argChoices) return `${name} ${option.argChoices.join("|")}`;
  const placeholder = /[<[][^>\]]*[>\]]/.exec(option.flags)?.[0];
  return placeholder ? `${name} ${placeholder.startsWith("[") ? placeholder : placeholder.slice(1, -1)}` : name;
}

const withExtras = (description: string, extras: readonly string[]): string => (extras.length === 0 ? description : `${description} (${extras.join("; ")})`.trim());
