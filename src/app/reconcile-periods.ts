import { dayOfMonth } from "../domain/calendar.ts";
import { calendarDateAt, periodKeyOf } from "../domain/period.ts";
import { periodWindow } from "../domain/schedule-rules.ts";
import { closePeriod } from "./close-period.ts";
import { openPeriod } from "./open-period.ts";
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

