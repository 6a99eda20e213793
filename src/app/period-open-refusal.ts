import { addDays } from "../domain/calendar.ts";
import { calendarDateAt, dayFirst, periodKeyAt } from "../domain/period.ts";
import { periodWindow } from "../domain/schedule-rules.ts";
import type { ProactiveDeps } from "./proactive-deps.ts";
import { periodLabel } from "../engine/render/render-context.ts";

export interface PeriodOpenRefusal {
  readonly key: "cli-period-future" | "cli-period-closed" | "cli-period-expired";
  readonly args: Record<string, string>;
}

/**
 * Why an admin may not open this period; undefined when it may be opened. A future month would
 * become the open period and trap secretaries at the meeting date; a closed one cannot be
 * reopened yet; a month whose window has ended (its close day passed) would invite every cell
 * to report on it, and the scheduler would close it again at once or, past the two months it
 * looks back, never.
 */
export async function periodOpenRefusal(deps: ProactiveDeps, key: string): Promise<PeriodOpenRefusal | undefined> {
  const now = deps.clock.now();
  const period = periodLabel(key);
  if (key > periodKeyAt(now, deps.timeZone)) return { key: "cli-period-future", args: { period } };
  const existing = (await deps.schedule.listPeriods()).find((p) => p.key === key);
  if (existing && !existing.open) return { key: "cli-period-closed", args: { period } };
  const { closesAt } = periodWindow(key, deps.calendar, deps.timeZone);
  if (!existing && now >= closesAt) return { key: "cli-period-expired", args: { period, closed: dayFirst(addDays(calendarDateAt(closesAt, deps.timeZone), -1)) } };
  return undefined;
}
