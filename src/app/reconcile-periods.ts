import { dayOfMonth } from "../domain/calendar.ts";
import { calendarDateAt, periodKeyOf } from "../domain/period.ts";
import { periodWindow } from "../domain/schedule-rules.ts";
import { closePeriod } from "./close-period.ts";
import { openPeriod } from "./open-period.ts";
import type { ProactiveDeps } from "./proactive-deps.ts";

/**
 * Opens and closes periods by the calendar: period M is open from its open day until the end
 * of its close day in month M+1; year Y's self-assessment from its open day in December until
 * December's period closes. State-based, so a bot that was down catches up whatever it
 * missed; each open and close is claimed once, so invitations and summaries go out once.
 *
 * A reopened period stays open until its late-report allowances end (its own deadline), then
 * closes again, however old it is; a late report allowed to one cell of a closed period that
 * ended unused records the cell as not reported again.
 */
export async function reconcilePeriods(deps: ProactiveDeps): Promise<void> {
  const now = deps.clock.now();
  const today = calendarDateAt(now, deps.timeZone);
  const periods = [...(await deps.schedule.listPeriods("monthly")), ...(await deps.schedule.listPeriods("yearly"))];
  const existing = new Map(periods.map((p) => [p.key, p]));
  const recent = new Set<string>();
  for (let back = 2; back >= 0; back--) {
    const month = dayOfMonth(today.year, today.month - back, 1);
    recent.add(periodKeyOf(month.year, month.month));
  }
  // The grassroots committees' yearly self-assessment: this year's opens in December, last
  // year's closes in January.
  recent.add(String(today.year - 1)).add(String(today.year));
  // The last three months and two years by the calendar, and any older period left open (reopened).
  const keys = [...new Set([...periods.filter((p) => p.open).map((p) => p.key), ...recent])].sort();
  for (const key of keys) {
    const window = periodWindow(key, deps.calendar, deps.timeZone);
    const period = existing.get(key);
    if (now >= window.closesAt) {
      if (!period?.open) continue;
      const extension = await deps.schedule.lateReportsOf(period.id);
      if (extension && now < extension.until) continue;
      await closePeriod(deps, key);
    } else if (now >= window.opensAt && recent.has(key)) {
      await openPeriod(deps, key);
    }
  }
  await deps.schedule.endLateReports(now);
}
