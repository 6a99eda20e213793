import type { Command } from "commander";
import { statusLabel } from "../app/correction-replies.ts";
import { reportHistory, type ReportHistory } from "../app/report-history.ts";
import { lastDayOf } from "../engine/render/late-until.ts";
import { periodLabel } from "../engine/render/render-context.ts";
import type { Translate } from "../i18n/translator.ts";
import { choiceOption, CommandUsageError, examples, notBlank, periodKey, withApp, type CliContext } from "./command-support.ts";

interface HistoryOptions {
  readonly unit: string;
  readonly period: string;
  readonly format: "text" | "json";
}

/** `npx bontot history --unit CODE --period YYYY-MM [--format text|json]`: a report's submissions, returns and audit (reads only). */
export function historyCommand(program: Command, context: CliContext): void {
  const { t } = context;
  const command = program
    .command("history")
    .description(t("cli-history-description"))
    .requiredOption(`--unit <${t("cli-placeholder-code")}>`, t("cli-option-cell"), notBlank(t, "--unit"))
    .requiredOption(`--period <${t("cli-placeholder-period")}>`, t("cli-option-period"), periodKey(t));
  command.addOption(choiceOption(command, `--format <${t("cli-placeholder-format")}>`, t("cli-option-format"), ["text", "json"], "text"));
  examples(command, context, "cli-history-examples").action(async (options: HistoryOptions) => {
    context.exitCode = await withApp(context, async (app) => {
      const result = await reportHistory(app.stores, options.unit, options.period);
      if (!result.ok) {
        if (result.why === "unknown-unit" || result.why === "not-a-cell") throw new CommandUsageError("cli-unknown-unit", { code: options.unit });
        throw new CommandUsageError("cli-unknown-period", { period: options.period });
      }
      context.io.stdout.write(options.format === "json" ? `${JSON.stringify(historyJson(result.history), null, 2)}\n` : historyText(t, result.history, app.config.timeZone));
      return 0;
    });
  });
}

function historyJson(h: ReportHistory) {
  return {
    unit: h.unit.code,
    period: h.periodKey,
    status: h.status,
    revisions: h.revisions.map((r) => ({
      revision: r.revision,
      score: r.standing.score,
      fourGood: r.standing.fourGood,
      submittedAt: new Date(r.submittedAt).toISOString(),
      submittedBy: r.submittedBy,
      returned: r.returned ? { at: new Date(r.returned.at).toISOString(), by: r.returned.by, reason: r.returned.reason } : null,
    })),
    lateReport: h.lateReport
      ? { until: new Date(h.lateReport.until).toISOString(), allowedAt: new Date(h.lateReport.allowedAt).toISOString(), allowedBy: h.lateReport.allowedBy, reason: h.lateReport.reason }
      : null,
    audit: h.audit.map((e) => ({ at: e.at.toISOString(), actor: e.actorId, action: e.action, subject: e.subject, details: e.details })),
  };
}

/** "05/12/2026 10:15" in the committee's time zone. */
function when(value: string | Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-GB", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).formatToParts(new Date(value));
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("day")}/${get("month")}/${get("year")} ${get("hour")}:${get("minute")}`;
}

function historyText(t: Translate, h: ReportHistory, timeZone: string): string {
  const who = (id: number | null): string => (id === null ? t("history-system") : [`#${id}`, ...(h.people.get(id) ?? [])].join(" "));
  const lines = [t("history-title", { period: periodLabel(h.periodKey), unit: h.unit.name, code: h.unit.code, status: statusLabel(t, h.status) })];
  if (h.revisions.length === 0) lines.push(t("history-no-submission"));
  for (const r of h.revisions) {
    lines.push(
      t("history-revision", {
        revision: r.revision,
        at: when(r.submittedAt, timeZone),
        by: who(r.submittedBy),
        score: r.standing.score,
        max: r.standing.maxScore,
        fourGood: t(r.standing.fourGood ? "history-four-good" : "history-not-four-good"),
      }),
    );
    if (r.returned) lines.push(`  ${t("history-returned", { at: when(r.returned.at, timeZone), by: who(r.returned.by), reason: r.returned.reason })}`);
  }
  if (h.lateReport) {
    lines.push(t("history-late", { until: lastDayOf(new Date(h.lateReport.until), timeZone), at: when(h.lateReport.allowedAt, timeZone), by: who(h.lateReport.allowedBy), reason: h.lateReport.reason }));
  }
  if (h.audit.length > 0) {
    lines.push(t("history-audit"));
    for (const e of h.audit) lines.push(`  ${when(e.at, timeZone)}  ${e.action}  ${who(e.actorId)}${e.details === null ? "" : `  ${JSON.stringify(e.details)}`}`);
  }
  return `${lines.join("\n")}\n`;
}
