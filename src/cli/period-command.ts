import type { Command } from "commander";
import { allowLateReport } from "../app/allow-late-report.ts";
import { closePeriod, earlyClose } from "../app/close-period.ts";
import { lateReply, reopenReply } from "../app/correction-replies.ts";
import { DEFAULT_LATE_DAYS, MAX_LATE_DAYS } from "../app/late-reports.ts";
import { proactiveDeps } from "../app/open-app.ts";
import { openPeriod } from "../app/open-period.ts";
import { periodOpenRefusal } from "../app/period-open-refusal.ts";
import { reopenPeriod } from "../app/reopen-period.ts";
import { isPeriodKey, isYearKey } from "../domain/period.ts";
import { periodLabel, periodMessage } from "../engine/render/render-context.ts";
import { InvalidArgumentError } from "commander";
import { CommandUsageError, examples, integerIn, notBlank, periodKey, withApp, type CliContext } from "./command-support.ts";

/**
 * `npx bontot period open|close|reopen|late …`: the monthly periods by hand (the scheduler opens
 * and closes them by itself). The CLI acts as the system: no person is recorded.
 */
export function periodCommand(program: Command, context: CliContext): void {
  const { t } = context;
  const period = program.command("period").description(t("cli-period-description"));
  examples(period, context, "cli-period-examples");
  const periodArgument = (command: Command): Command => command.argument(`<${t("cli-placeholder-period")}>`, t("cli-argument-period"), periodKey(t));
  const days = `--days <${t("cli-placeholder-number")}>`;

  // open and close also take a year (YYYY): the grassroots committees' yearly self-assessment.
  const periodOrYear = (command: Command): Command => command.argument(`<${t("cli-placeholder-period")}>`, t("cli-argument-period-or-year"), monthOrYear(context));
  const open = periodOrYear(period.command("open").description(t("cli-period-open-description")));
  examples(open, context, "cli-period-open-year-examples").action(async (key: string) => {
    context.exitCode = await openOne(context, key);
  });

  const close = periodOrYear(period.command("close").description(t("cli-period-close-description"))).option("--yes", t("cli-option-period-close-yes"));
  examples(close, context, "cli-period-close-year-examples").action(async (key: string, options: { readonly yes?: boolean }) => {
    context.exitCode = await closeOne(context, key, options.yes === true);
  });

  const reopen = periodArgument(period.command("reopen").description(t("cli-period-reopen-description")))
    .requiredOption(`--reason <${t("cli-placeholder-reason")}>`, t("cli-option-reason"), notBlank(t, "--reason"))
    .option(days, t("cli-option-reopen-days"), integerIn(t, "--days", 1, MAX_LATE_DAYS));
  examples(reopen, context, "cli-period-reopen-examples").action(async (key: string, options: { readonly reason: string; readonly days?: number }) => {
    context.exitCode = await withApp(context, async (app) => {
      const result = await reopenPeriod(app, { periodKey: key, reason: options.reason, by: null, ...(options.days !== undefined ? { days: options.days } : {}) });
      return outcome(context, result.ok, reopenReply(t, result, key, app.config.timeZone));
    });
  });

  const late = period
    .command("late")
    .description(t("cli-period-late-description"))
    .requiredOption(`--unit <${t("cli-placeholder-code")}>`, t("cli-option-cell"), notBlank(t, "--unit"))
    .requiredOption(`--period <${t("cli-placeholder-period")}>`, t("cli-option-period"), periodKey(t))
    .requiredOption(`--reason <${t("cli-placeholder-reason")}>`, t("cli-option-reason"), notBlank(t, "--reason"))
    .option(days, t("cli-option-late-days"), integerIn(t, "--days", 1, MAX_LATE_DAYS));
  examples(late, context, "cli-period-late-examples").action(async (options: { readonly unit: string; readonly period: string; readonly reason: string; readonly days?: number }) => {
    context.exitCode = await withApp(context, async (app) => {
      const target = { code: options.unit, key: options.period };
      const result = await allowLateReport(app, { unitCode: options.unit, periodKey: options.period, days: options.days ?? DEFAULT_LATE_DAYS, reason: options.reason, by: null });
      return outcome(context, result.ok, lateReply(t, result, target, app.config.timeZone));
    });
  });
}

/** A month (YYYY-MM), or a year (YYYY) for the yearly self-assessment; anything else is refused as a bad month. */
function monthOrYear(context: Pick<CliContext, "t">): (value: string) => string {
  return (value) => {
    if (!isPeriodKey(value) && !isYearKey(value)) throw new InvalidArgumentError(context.t("cli-bad-period", { period: value }));
    return value;
  };
}

/** A use case's answer: printed on stdout when it succeeded, else a refusal (exit code 2). */
export function outcome(context: Pick<CliContext, "io">, ok: boolean, text: string): number {
  if (!ok) throw new CommandUsageError("cli-refused", { detail: text });
  context.io.stdout.write(`${text}\n`);
  return 0;
}

async function openOne(context: CliContext, key: string): Promise<number> {
  const { io, t } = context;
  return withApp(context, async (app) => {
    const deps = proactiveDeps(app);
    const refusal = await periodOpenRefusal(deps, key);
    if (refusal) throw new CommandUsageError(refusal.key, refusal.args);
    await openPeriod(deps, key);
    io.stdout.write(`${t(periodMessage("period-opened", key), { period: periodLabel(key) })}\n`);
    return 0;
  });
}

async function closeOne(context: CliContext, key: string, yes: boolean): Promise<number> {
  const { io, t } = context;
  return withApp(context, async (app) => {
    const deps = proactiveDeps(app);
    // Closing before the due date must be asked for: --yes.
    const early = yes ? undefined : await earlyClose(deps, key);
    if (early) throw new CommandUsageError(periodMessage("cli-period-close-early", key), { period: periodLabel(key), key, due: early.due, awaiting: String(early.awaiting) });
    const closed = await closePeriod(deps, key);
    if (!closed) throw new CommandUsageError(periodMessage("period-not-open", key), { period: periodLabel(key) });
    io.stdout.write(`${t(periodMessage("period-closed-now", key), { period: periodLabel(key), count: closed.notReported })}\n`);
    return 0;
  });
}
