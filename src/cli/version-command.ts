import type { Command } from "commander";
import { examples, type CliContext } from "./command-support.ts";

/** `npx bontot version`, the same as --version. */
export function versionCommand(program: Command, context: CliContext): void {
  const command = program.command("version").description(context.t("cli-version-description"));
  examples(command, context, "cli-version-examples").action(() => {
    context.io.stdout.write(`${program.version() ?? ""}\n`);
  });
}
