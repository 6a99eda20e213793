import type { Command } from "commander";
import { proactiveDeps } from "../app/open-app.ts";
import { digestMessage, digestPeriod } from "../app/post-digests.ts";
import { CommandUsageError, examples, notBlank, periodKey, withApp, type CliContext } from "./command-support.ts";
import { fileNamePart, outputFile, writeOutput } from "./output-file.ts";

interface DigestOptions {
  readonly unit: string;
  readonly period?: string;
  /** A file name, or true for the default one under data/exports/. */
  readonly chart?: string | true;
  readonly force?: boolean;
}

/** `npx bontot digest --unit CODE [--period YYYY-MM] [--chart [FILE.png]]`: the unit's digest as the group gets it. */
export function digestCommand(program: Command, context: CliContext): void {
  const { t } = context;
  const command = program
    .command("digest")
    .description(t("cli-digest-description"))
    .requiredOption(`--unit <${t("cli-placeholder-code")}>`, t("cli-option-unit"), notBlank(t, "--unit"))
    .option(`--period <${t("cli-placeholder-period")}>`, t("cli-option-digest-period"), periodKey(t))
    .option(`--chart [${t("cli-placeholder-file")}]`, t("cli-option-chart"))
    .option("--force", t("cli-option-force"));
  examples(command, context, "cli-digest-examples").action(async (options: DigestOptions) => {
    context.exitCode = await digest(context, options);
  });
}

async function digest(context: CliContext, options: DigestOptions): Promise<number> {
  const { io, t } = context;
  return withApp(context, async (app) => {
    const unit = await app.stores.org.findUnit(options.unit);
    if (!unit) throw new CommandUsageError("cli-unknown-unit", { code: options.unit });
    const deps = proactiveDeps(app);
    const periods = await app.directory.listPeriods();
    const chosen = options.period ? periods.find((p) => p.key === options.period) : await digestPeriod(deps);
    if (!chosen) throw new CommandUsageError("cli-unknown-period", { period: options.period ?? "—" });
    const target =
      options.chart === undefined
        ? undefined
        : outputFile(t, app.config, { out: options.chart === true ? undefined : options.chart, force: options.force }, `ban-tin-${chosen.key}-${fileNamePart(unit.code)}.png`);
    const message = await digestMessage(deps, unit.id, chosen, periods.filter((p) => p.key < chosen.key).at(-1), !chosen.open);
    io.stdout.write(`${message.text}\n`);
    if (target) {
      writeOutput(t, target, Buffer.from(message.image.base64, "base64"));
      io.stdout.write(`${t("cli-chart-written", { file: target.shown })}\n`);
    }
    return 0;
  });
}
