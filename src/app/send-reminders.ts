import { calendarDateAt, dayFirst } from "../domain/period.ts";
import { isEscalationDay, notBefore, periodWindow, reminderKeyPrefix, reminderStage } from "../domain/schedule-rules.ts";
import type { OutboxDraft } from "../engine/ports.ts";
import { periodLabel } from "../engine/render/render-context.ts";
import type { ProactiveDeps } from "./proactive-deps.ts";

export interface ReminderPlanItem {
  readonly period: string;
  readonly cell: string;
  readonly stage: string;
  readonly recipients: number;
}

/**
 * Today's reminders for every open period: secretaries and deputies of cells that have not
 * submitted, at due-3, due-1, the due day, then daily while overdue up to a cap; the day after
 * the due date, each bound group hears which of its cells are overdue. Decided when the job
 * fires, so a cell that submitted is never reminded.
 */
export async function planReminders(deps: ProactiveDeps): Promise<{ drafts: OutboxDraft[]; plan: ReminderPlanItem[] }> {
  const now = deps.clock.now();
  const today = calendarDateAt(now, deps.timeZone);
  const at = notBefore(now, deps.quiet, deps.timeZone);
  const drafts: OutboxDraft[] = [];
  const plan: ReminderPlanItem[] = [];
  for (const period of (await deps.schedule.listPeriods()).filter((p) => p.open)) {
    const { due } = periodWindow(period.key, deps.calendar, deps.timeZone);
    const stage = reminderStage(today, due, deps.reminders);
    if (stage) {
      for (const cell of await deps.schedule.cellsAwaiting(period.id)) {
        plan.push({ period: period.key, cell: cell.unit.name, stage, recipients: cell.recipients.length });
        for (const r of cell.recipients) {
          const locale = r.locale ?? deps.defaultLocale;
          const args = { period: periodLabel(period.key), unit: cell.unit.name, due: dayFirst(due), days: Number(stage.split("-")[1] ?? 0) };
          drafts.push({
            channel: r.channel,
            chatId: r.chatId,
            dedupeKey: `${reminderKeyPrefix(period.key, cell.unit.code)}${stage}:${r.personId}:${r.channel}`,
            notBefore: at,
            message: {
              text: deps.translator.t(locale, stage === "due" ? "reminder-due" : stage.startsWith("due-") ? "reminder-before" : "reminder-overdue", args),
              choices: [{ id: "assess", label: deps.translator.t(locale, "option-assess") }],
              choiceContext: "greeting",
              choiceStyle: "pick",
            },
          });
        }
      }
    }
    if (isEscalationDay(today, due)) {
      for (const group of await deps.schedule.boundGroups()) {
        const overdue = (await deps.schedule.cellStates(group.unit.id, period.id)).filter((c) => c.status !== "submitted").map((c) => c.unit.name);
        if (overdue.length === 0) continue;
        plan.push({ period: period.key, cell: group.unit.name, stage: "escalation", recipients: 1 });
        drafts.push({
          ...group.address,
          dedupeKey: `escalate:${period.key}:${group.address.channel}:${group.address.chatId}`,
          notBefore: at,
          message: {
            text: deps.translator.t(deps.defaultLocale, "escalation", { period: periodLabel(period.key), unit: group.unit.name, due: dayFirst(due), count: overdue.length, cells: overdue.join(", ") }),
          },
        });
      }
    }
  }
  return { drafts, plan };
}

export async function sendReminders(deps: ProactiveDeps): Promise<number> {
  const { drafts } = await planReminders(deps);
  await deps.outbox.enqueue(drafts, deps.clock.now());
  return drafts.length;
}
