import { dayOfMonth } from "../../domain/calendar.ts";
import { calendarDateAt, dayFirst, periodKeyOf } from "../../domain/period.ts";
import { notBefore, periodWindow } from "../../domain/schedule-rules.ts";
import type { OutboxDraft, PeriodView } from "../ports.ts";
import { periodLabel } from "../render/render-context.ts";
import { digestMessages } from "./digests.ts";
import type { ProactiveDeps } from "./proactive-deps.ts";

/**
 * Opens and closes periods by the calendar: period M is open from its open day until the end
 * of its close day in month M+1. State-based, so a bot that was down catches up whatever it
 * missed; each open and close is claimed once, so invitations and summaries go out once.
 */
export async function reconcilePeriods(deps: ProactiveDeps): Promise<void> {
  const now = deps.clock.now();
  const today = calendarDateAt(now, deps.timeZone);
  const existing = new Map((await deps.schedule.listPeriods()).map((p) => [p.key, p]));
  for (let back = 2; back >= 0; back--) {
    const month = dayOfMonth(today.year, today.month - back, 1);
    const key = periodKeyOf(month.year, month.month);
    const window = periodWindow(key, deps.calendar, deps.timeZone);
    if (now >= window.closesAt) {
      if (existing.get(key)?.open) await closePeriod(deps, key);
    } else if (now >= window.opensAt) {
      await openPeriod(deps, key);
    }
  }
}

/** Opens a period (if needed) and, once per period, invites every cell's secretary and deputy. */
export async function openPeriod(deps: ProactiveDeps, key: string): Promise<PeriodView> {
  const now = deps.clock.now();
  const { period } = await deps.schedule.openPeriod(key, await deps.questionnaireVersionId(), now);
  if (!(await deps.jobRuns.claim("period-open", key, now))) return period;
  const due = periodWindow(key, deps.calendar, deps.timeZone).due;
  const drafts: OutboxDraft[] = [];
  for (const cell of await deps.schedule.cells()) {
    for (const r of cell.recipients) {
      const locale = r.locale ?? deps.defaultLocale;
      drafts.push({
        channel: r.channel,
        chatId: r.chatId,
        dedupeKey: `open:${key}:${cell.unit.code}:${r.personId}:${r.channel}`,
        notBefore: notBefore(now, deps.quiet, deps.timeZone),
        message: {
          text: deps.translator.t(locale, "period-open-invitation", { period: periodLabel(key), unit: cell.unit.name, due: dayFirst(due) }),
          choices: [{ id: "assess", label: deps.translator.t(locale, "option-assess") }],
          choiceContext: "greeting",
          choiceStyle: "pick",
        },
      });
    }
  }
  await deps.outbox.enqueue(drafts, now);
  await deps.jobRuns.finish("period-open", key, deps.clock.now());
  deps.logger.info({ period: key, invitations: drafts.length }, "period opened");
  return period;
}

/** Closes a period once: missing reports are recorded, and bound groups get the final summary. */
export async function closePeriod(deps: ProactiveDeps, key: string): Promise<{ notReported: number } | null> {
  const now = deps.clock.now();
  if (!(await deps.jobRuns.claim("period-close", key, now))) return null;
  const closed = await deps.schedule.closePeriod(key, now);
  if (closed) {
    const at = notBefore(now, deps.quiet, deps.timeZone);
    const drafts = (await digestMessages(deps, key, { final: true, dedupe: `close:${key}` })).map((d) => ({ ...d, notBefore: at }));
    await deps.outbox.enqueue(drafts, now);
    deps.logger.info({ period: key, notReported: closed.notReported, summaries: drafts.length }, "period closed");
  }
  await deps.jobRuns.finish("period-close", key, deps.clock.now());
  return closed;
}
