import type { Command } from "commander";
import { CommandUsageError, commandConfig, examples, type CliContext } from "./command-support.ts";

/** `npm start` / `npx bontot start [--lang vi|en]`: the bot (the console chat when no token is set). */
export function startCommand(program: Command, context: CliContext): void {
  const { io, t } = context;
  const command = program.command("start").description(t("cli-start-description"));
  examples(command, context, "cli-start-examples").action(async () => {
    // Only bin/bontot.js hands the bot in (it loads the composition root for `start` alone).
    if (!context.bot) throw new CommandUsageError("cli-unknown-command", { command: "start" });
    await context.bot.start(commandConfig(io, false), { input: io.stdin, output: io.stdout, ...(context.langGiven ? { locale: context.locale } : {}) });
    context.exitCode = 0;
  });
}
