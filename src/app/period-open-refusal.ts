import { addDays } from "../domain/calendar.ts";
import { calendarDateAt, dayFirst, periodKeyAt, periodKindOf } from "../domain/period.ts";
import { periodWindow } from "../domain/schedule-rules.ts";
import type { ProactiveDeps } from "./proactive-deps.ts";
import { periodLabel } from "../engine/render/render-context.ts";

export interface PeriodOpenRefusal {
  readonly key: "cli-period-future" | "period-open-closed" | "cli-period-expired" | "yearly-open-future" | "yearly-open-closed" | "yearly-open-earlier";
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
 *
 * A year's self-assessment (key YYYY) may be opened before its open day in December, for a
 * committee that reviews its year early; never for a year to come, nor while an earlier year's
 * is still open (committees answer one year at a time), and a closed one stays closed.
 */
export async function periodOpenRefusal(deps: ProactiveDeps, key: string): Promise<PeriodOpenRefusal | undefined> {
  const now = deps.clock.now();
  const period = periodLabel(key);
  const yearly = periodKindOf(key) === "yearly";
  if (key > periodKeyAt(now, deps.timeZone)) return { key: yearly ? "yearly-open-future" : "cli-period-future", args: { period } };
  const periods = await deps.schedule.listPeriods(yearly ? "yearly" : "monthly");
  const existing = periods.find((p) => p.key === key);
  if (existing && !existing.open) return { key: yearly ? "yearly-open-closed" : "period-open-closed", args: { period, key } };
  const earlier = yearly && !existing ? periods.find((p) => p.open && p.key < key) : undefined;
  if (earlier) return { key: "yearly-open-earlier", args: { period, earlier: earlier.key } };
  const { closesAt } = periodWindow(key, deps.calendar, deps.timeZone);
  if (!existing && now >= closesAt) return { key: "cli-period-expired", args: { period, closed: dayFirst(addDays(calendarDateAt(closesAt, deps.timeZone), -1)) } };
  return undefined;
}
