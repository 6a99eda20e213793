import { dayFirst, periodKindOf } from "../domain/period.ts";
import { notBefore, periodWindow } from "../domain/schedule-rules.ts";
import type { OutboxDraft, PeriodView } from "../engine/ports.ts";
import { periodLabel } from "../engine/render/render-context.ts";
import type { ProactiveDeps } from "./proactive-deps.ts";

/**
 * Opens a period (if needed) and, once per period, invites every answering unit's secretary and
 * deputy: each cell's for a month, each grassroots committee's for a year (its self-assessment).
 */
export async function openPeriod(deps: ProactiveDeps, key: string): Promise<PeriodView> {
  const now = deps.clock.now();
  const kind = periodKindOf(key) ?? "monthly";
  const { period } = await deps.schedule.openPeriod(key, await deps.questionnaireVersionId(kind), now);
  if (!(await deps.jobRuns.claim("period-open", key, now))) return period;
  const due = periodWindow(key, deps.calendar, deps.timeZone).due;
  const drafts: OutboxDraft[] = [];
  for (const cell of await deps.schedule.cells(kind)) {
    for (const r of cell.recipients) {
      const locale = r.locale ?? deps.defaultLocale;
      drafts.push({
        channel: r.channel,
        chatId: r.chatId,
        dedupeKey: `open:${key}:${cell.unit.code}:${r.personId}:${r.channel}`,
        notBefore: notBefore(now, deps.quiet, deps.timeZone),
        message: {
          text: deps.translator.t(locale, kind === "yearly" ? "yearly-open-invitation" : "period-open-invitation", { period: periodLabel(key), unit: cell.unit.name, due: dayFirst(due) }),
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

