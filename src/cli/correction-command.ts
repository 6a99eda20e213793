import { allowLateReport } from "../app/allow-late-report.ts";
import { lateReply, reopenReply, returnReply, statusLabel } from "../app/correction-replies.ts";
import { DEFAULT_LATE_DAYS } from "../app/late-reports.ts";
import { openApp } from "../app/open-app.ts";
import { reopenPeriod } from "../app/reopen-period.ts";
import { reportHistory, type ReportHistory } from "../app/report-history.ts";
import { returnForCorrection } from "../app/return-for-correction.ts";
import { isPeriodKey } from "../domain/period.ts";
import { lastDayOf } from "../engine/render/late-until.ts";
import { periodLabel } from "../engine/render/render-context.ts";
import { CommandUsageError, commandConfig, commandOptions, runCommand, type CliIo } from "./command-support.ts";
import type { Translate } from "../i18n/translator.ts";

/**
 * Corrections from the command line (the CLI acts as the system: no person is recorded):
 *
 *   correction --unit CODE --period YYYY-MM --reason "…"        return a submitted report for correction
 *   history --unit CODE --period YYYY-MM [--format text|json]   the report's submissions and returns
 *   period reopen YYYY-MM --reason "…" [--days N]               reopen a closed period until a new deadline
 *   period late --unit CODE --period YYYY-MM --reason "…" [--days N]   allow one cell a late report
 *
 * A refusal (unknown unit, not submitted, period still open, …) is printed with exit code 2.
 */

/** The use case's answer: printed on stdout when it succeeded, else a refusal. */
function outcome(io: CliIo, ok: boolean, text: string): number {
  if (!ok) throw new CommandUsageError("cli-refused", { detail: text });
  io.stdout.write(`${text}\n`);
  return 0;
}

function unitAndPeriod(values: { unit?: string | undefined; period?: string | undefined }): { code: string; key: string } {
  if (!values.unit) throw new CommandUsageError("cli-missing-unit");
  if (values.period === undefined) throw new CommandUsageError("cli-missing-period");
  if (!isPeriodKey(values.period)) throw new CommandUsageError("cli-bad-period", { period: values.period });
  return { code: values.unit, key: values.period };
}

function days(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,3}$/.test(value)) throw new CommandUsageError("cli-bad-days", { days: value });
  return Number(value);
}

export async function correctionCommand(args: readonly string[], io: CliIo, t: Translate): Promise<number> {
  return runCommand(io, t, async () => {
    const values = commandOptions(args, { unit: { type: "string" }, period: { type: "string" }, reason: { type: "string" } });
    const target = unitAndPeriod(values);
    if (values.reason === undefined) throw new CommandUsageError("cli-correction-usage");
    const app = await openApp(commandConfig(io));
    try {
      const result = await returnForCorrection(app, { unitCode: target.code, periodKey: target.key, reason: values.reason, by: null });
      return outcome(io, result.ok, returnReply(t, result, target, app.config.timeZone));
    } finally {
      await app.close();
    }
  });
}

export async function periodLateCommand(args: readonly string[], io: CliIo, t: Translate): Promise<number> {
  return runCommand(io, t, async () => {
    const values = commandOptions(args, { unit: { type: "string" }, period: { type: "string" }, reason: { type: "string" }, days: { type: "string" } });
    const target = unitAndPeriod(values);
    if (values.reason === undefined) throw new CommandUsageError("cli-period-late-usage");
    const app = await openApp(commandConfig(io));
    try {
      const result = await allowLateReport(app, { unitCode: target.code, periodKey: target.key, days: days(values.days) ?? DEFAULT_LATE_DAYS, reason: values.reason, by: null });
      return outcome(io, result.ok, lateReply(t, result, target, app.config.timeZone));
    } finally {
      await app.close();
    }
  });
}

export async function periodReopenCommand(args: readonly string[], io: CliIo, t: Translate): Promise<number> {
  return runCommand(io, t, async () => {
    const [key, ...rest] = args;
    if (key === undefined || key.startsWith("--")) throw new CommandUsageError("cli-period-reopen-usage");
    if (!isPeriodKey(key)) throw new CommandUsageError("cli-bad-period", { period: key });
    const values = commandOptions(rest, { reason: { type: "string" }, days: { type: "string" } });
    if (values.reason === undefined) throw new CommandUsageError("cli-period-reopen-usage");
    const requested = days(values.days);
    const app = await openApp(commandConfig(io));
    try {
      const result = await reopenPeriod(app, { periodKey: key, reason: values.reason, by: null, ...(requested !== undefined ? { days: requested } : {}) });
      return outcome(io, result.ok, reopenReply(t, result, key, app.config.timeZone));
    } finally {
      await app.close();
    }
  });
}

export async function historyCommand(args: readonly string[], io: CliIo, t: Translate): Promise<number> {
  return runCommand(io, t, async () => {
    const values = commandOptions(args, { unit: { type: "string" }, period: { type: "string" }, format: { type: "string" } });
    const target = unitAndPeriod(values);
    const format = values.format ?? "text";
    if (format !== "text" && format !== "json") throw new CommandUsageError("cli-bad-format", { format, allowed: "text, json" });
    const app = await openApp(commandConfig(io));
    try {
      const result = await reportHistory(app.stores, target.code, target.key);
      if (!result.ok) {
        if (result.why === "unknown-unit" || result.why === "not-a-cell") throw new CommandUsageError("cli-unknown-unit", { code: target.code });
        throw new CommandUsageError("cli-unknown-period", { period: target.key });
      }
      io.stdout.write(format === "json" ? `${JSON.stringify(historyJson(result.history), null, 2)}\n` : historyText(t, result.history, app.config.timeZone));
      return 0;
    } finally {
      await app.close();
    }
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
