import type { Command } from "commander";
import { proactiveDeps } from "../app/open-app.ts";
import { reminderOverview, remindNow } from "../app/remind-now.ts";
import { overviewReply, remindNowReply } from "../app/remind-replies.ts";
import { planReminders } from "../app/send-reminders.ts";
import { periodLabel } from "../engine/render/render-context.ts";
import { stageLabel } from "../engine/render/stage-label.ts";
import { CommandUsageError, examples, notBlank, withApp, type CliContext } from "./command-support.ts";

interface RemindOptions {
  readonly now?: boolean;
  readonly unit?: string;
  readonly dryRun?: boolean;
}

/**
 * `npx bontot remind [--unit CODE]`: the cells that have not submitted an open period, when the
 * schedule reminds them next, who cannot be reminded (nobody registered), and today's scheduled
 * list; it sends nothing (`--dry-run`, its old name, says the same). `remind --now [--unit CODE]`
 * reminds them all at once, held through the quiet hours (src/app/remind-now.ts).
 */
export function remindCommand(program: Command, context: CliContext): void {
  const { t } = context;
  const command = program
    .command("remind")
    .description(t("cli-remind-description"))
    .option("--now", t("cli-option-remind-now"))
    .option(`--unit <${t("cli-placeholder-code")}>`, t("cli-option-remind-unit"), notBlank(t, "--unit"))
    .option("--dry-run", t("cli-option-remind-dry-run"));
  examples(command, context, "cli-remind-examples").action(async (options: RemindOptions) => {
    context.exitCode = await remind(context, options);
  });
}

async function remind(context: CliContext, options: RemindOptions): Promise<number> {
  const { io, t } = context;
  if (options.now && options.dryRun) throw new CommandUsageError("cli-remind-now-dry-run");
  const scope = options.unit === undefined ? {} : { unitCode: options.unit };
  return withApp(context, async (app) => {
    const style = { cap: Number.POSITIVE_INFINITY, timeZone: app.config.timeZone };
    if (options.now) {
      const result = await remindNow(app, { ...scope, by: null });
      if (!result.ok) throw new CommandUsageError("cli-unknown-unit", { code: result.code });
      io.stdout.write(`${remindNowReply(t, result, style)}\n`);
      return 0;
    }
    const overview = await reminderOverview(app, scope);
    if (!overview.ok) throw new CommandUsageError("cli-unknown-unit", { code: overview.code });
    const within = overview.scope ? new Set((await app.stores.org.subtree(overview.scope.id)).map((u) => u.code)) : undefined;
    const { plan } = await planReminders(proactiveDeps(app));
    const lines = plan
      .filter((p) => within === undefined || within.has(p.code))
      .map((p) => {
        const line = t("remind-line", { period: periodLabel(p.period), cell: p.cell, stage: stageLabel(t, p.stage), recipients: p.recipients });
        return p.recipients === 0 ? `${line} ${t("cli-no-recipients")}` : line;
      });
    const how = t("remind-overview-how-cli", { unit: overview.scope ? ` --unit ${overview.scope.code}` : "" });
    io.stdout.write(`${overviewReply(t, overview, { ...style, plan: lines, how })}\n`);
    return 0;
  });
}
