import type { Command } from "commander";
import { returnReply } from "../app/correction-replies.ts";
import { returnForCorrection } from "../app/return-for-correction.ts";
import { examples, notBlank, periodKey, withApp, type CliContext } from "./command-support.ts";
import { outcome } from "./period-command.ts";

interface CorrectionOptions {
  readonly unit: string;
  readonly period: string;
  readonly reason: string;
}

/**
 * `npx bontot correction --unit CODE --period YYYY-MM --reason "…"`: returns a submitted report
 * to its cell for correction (the CLI acts as the system: no person is recorded). A refusal
 * (unknown unit, not submitted, period closed, …) is printed with exit code 2.
 */
export function correctionCommand(program: Command, context: CliContext): void {
  const { t } = context;
  const command = program
    .command("correction")
    .description(t("cli-correction-description"))
    .requiredOption(`--unit <${t("cli-placeholder-code")}>`, t("cli-option-cell"), notBlank(t, "--unit"))
    .requiredOption(`--period <${t("cli-placeholder-period")}>`, t("cli-option-period"), periodKey(t))
    .requiredOption(`--reason <${t("cli-placeholder-reason")}>`, t("cli-option-correction-reason"), notBlank(t, "--reason"));
  examples(command, context, "cli-correction-examples").action(async (options: CorrectionOptions) => {
    context.exitCode = await withApp(context, async (app) => {
      const target = { code: options.unit, key: options.period };
      const result = await returnForCorrection(app, { unitCode: options.unit, periodKey: options.period, reason: options.reason, by: null });
      return outcome(context, result.ok, returnReply(t, result, target, app.config.timeZone));
    });
  });
}
