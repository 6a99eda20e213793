import { addDays } from "../domain/calendar.ts";
import { calendarDateAt, dayFirst, periodKeyAt } from "../domain/period.ts";
import { periodWindow } from "../domain/schedule-rules.ts";
import type { ProactiveDeps } from "./proactive-deps.ts";
import { periodLabel } from "../engine/render/render-context.ts";

export interface PeriodOpenRefusal {
  readonly key: "cli-period-future" | "period-open-closed" | "cli-period-expired";
  readonly args: Record<string, string>;
}

/**
 * Why an admin may not open this period; undefined when it may be opened. A future month would
 * become the open period and trap secretaries at the meeting date; a closed one is reopened
 * instead, with a reason and its own deadline (`period reopen`, reopen-period.ts), and the
 * refusal says so; a month that never had a period and whose window has ended (its close day
 * passed) is refused: opening it would invite every cell to a month long gone, and the scheduler
 * would close it again at once. A cell that must still report on a past month is allowed a late
 * report instead.
 */
export async function periodOpenRefusal(deps: ProactiveDeps, key: string): Promise<PeriodOpenRefusal | undefined> {
  const now = deps.clock.now();
  const period = periodLabel(key);
  if (key > periodKeyAt(now, deps.timeZone)) return { key: "cli-period-future", args: { period } };
  const existing = (await deps.schedule.listPeriods()).find((p) => p.key === key);
  if (existing && !existing.open) return { key: "period-open-closed", args: { period, key } };
  const { closesAt } = periodWindow(key, deps.calendar, deps.timeZone);
  if (!existing && now >= closesAt) return { key: "cli-period-expired", args: { period, closed: dayFirst(addDays(calendarDateAt(closesAt, deps.timeZone), -1)) } };
  return undefined;
}
