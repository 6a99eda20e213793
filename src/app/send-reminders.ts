import { daysBetween } from "../domain/calendar.ts";
import { calendarDateAt, dayFirst, periodKindOf, type CalendarDate } from "../domain/period.ts";
import { isEscalationDay, notBefore, periodWindow, reminderKeyPrefix, reminderStage } from "../domain/schedule-rules.ts";
import type { OutgoingMessage } from "../engine/messages.ts";
import type { OutboxDraft } from "../engine/ports.ts";
import type { Locale } from "../i18n/locale.ts";
import type { Translator } from "../i18n/translator.ts";
import { periodLabel } from "../engine/render/render-context.ts";
import type { ProactiveDeps } from "./proactive-deps.ts";

export interface ReminderPlanItem {
  readonly period: string;
  readonly cell: string;
  /** The cell's code (the group's unit, for an escalation). */
  readonly code: string;
  readonly stage: string;
  readonly recipients: number;
}

/**
 * Today's reminders for every open period: secretaries and deputies of cells (of grassroots
 * committees, for a year's self-assessment) that have not submitted, at due-3, due-1, the due day, then daily while overdue up to a cap; the day after
 * the due date, each bound group hears which of its cells are overdue. Decided when the job
 * fires, so a cell that submitted is never reminded.
 */
export async function planReminders(deps: ProactiveDeps): Promise<{ drafts: OutboxDraft[]; plan: ReminderPlanItem[] }> {
  const now = deps.clock.now();
  const today = calendarDateAt(now, deps.timeZone);
  const at = notBefore(now, deps.quiet, deps.timeZone);
  const drafts: OutboxDraft[] = [];
  const plan: ReminderPlanItem[] = [];
  const open = [...(await deps.schedule.listPeriods("monthly")), ...(await deps.schedule.listPeriods("yearly"))].filter((p) => p.open);
  for (const period of open) {
    const kind = periodKindOf(period.key) ?? "monthly";
    const { due } = periodWindow(period.key, deps.calendar, deps.timeZone);
    const stage = reminderStage(today, due, deps.reminders);
    if (stage) {
      for (const cell of await deps.schedule.cellsAwaiting(period.id, kind)) {
        plan.push({ period: period.key, cell: cell.unit.name, code: cell.unit.code, stage, recipients: cell.recipients.length });
        for (const r of cell.recipients) {
          drafts.push({
            channel: r.channel,
            chatId: r.chatId,
            dedupeKey: `${reminderKeyPrefix(period.key, cell.unit.code)}${stage}:${r.personId}:${r.channel}`,
            notBefore: at,
            message: reminderMessage(deps.translator, r.locale ?? deps.defaultLocale, { period: period.key, unit: cell.unit.name, due, daysLeft: daysBetween(today, due) }),
          });
        }
      }
    }
    if (isEscalationDay(today, due)) {
      for (const group of await deps.schedule.boundGroups()) {
        const overdue = (await deps.schedule.cellStates(group.unit.id, period.id, kind)).filter((c) => c.status !== "submitted").map((c) => c.unit.name);
        if (overdue.length === 0) continue;
        plan.push({ period: period.key, cell: group.unit.name, code: group.unit.code, stage: "escalation", recipients: 1 });
        drafts.push({
          ...group.address,
          dedupeKey: `escalate:${period.key}:${group.address.channel}:${group.address.chatId}`,
          notBefore: at,
          message: {
            text: deps.translator.t(deps.defaultLocale, kind === "yearly" ? "yearly-escalation" : "escalation", { period: periodLabel(period.key), unit: group.unit.name, due: dayFirst(due), count: overdue.length, cells: overdue.join(", ") }),
          },
        });
      }
    }
  }
  return { drafts, plan };
}

/**
 * A cell's reminder, by how many days are left until the due date (negative: overdue), with the
 * button that opens its report: the same words whether the schedule or an admin sends it. A
 * grassroots committee's yearly self-assessment (a period keyed YYYY) is reminded in its own words.
 */
export function reminderMessage(translator: Translator, locale: Locale, what: { period: string; unit: string; due: CalendarDate; daysLeft: number }): OutgoingMessage {
  const args = { period: periodLabel(what.period), unit: what.unit, due: dayFirst(what.due), days: Math.abs(what.daysLeft) };
  const key = what.daysLeft === 0 ? "reminder-due" : what.daysLeft > 0 ? "reminder-before" : "reminder-overdue";
  return {
    text: translator.t(locale, periodKindOf(what.period) === "yearly" ? `yearly-${key}` : key, args),
    choices: [{ id: "assess", label: translator.t(locale, "option-assess") }],
    choiceContext: "greeting",
    choiceStyle: "pick",
  };
}

export async function sendReminders(deps: ProactiveDeps): Promise<number> {
  const { drafts } = await planReminders(deps);
  await deps.outbox.enqueue(drafts, deps.clock.now());
  return drafts.length;
}
