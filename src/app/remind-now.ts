import { createTask } from "node-cron";
import { addDays, daysBetween, zonedInstant } from "../domain/calendar.ts";
import { calendarDateAt, formatIsoDate, periodKindOf, type CalendarDate } from "../domain/period.ts";
import type { UnitRef } from "../domain/org.ts";
import { notBefore, periodWindow, reminderKeyPrefix, reminderStage, type ReminderStage } from "../domain/schedule-rules.ts";
import type { OutboxDraft } from "../engine/ports.ts";
import type { Stores } from "../ports/stores.ts";
import { recipientsOf } from "./cell-directory.ts";
import { hasNobody, NOBODY, registrationsOf } from "./cell-registrations.ts";
import type { App } from "./open-app.ts";
import { toOutboxRow } from "./outbox-queue.ts";
import { reminderMessage } from "./send-reminders.ts";

export type RemindApp = Pick<App, "stores" | "inTransaction" | "clock" | "config" | "translator">;

/** Every cell (scope null) or a unit's subtree. */
export interface RemindScope {
  readonly unitCode?: string;
}

/** An open period's cells that have not submitted, within the scope. */
export interface AwaitingPeriod {
  readonly key: string;
  readonly due: CalendarDate;
  /** Cells in scope. */
  readonly cells: number;
  /** In scope and not submitted (in progress, returned for correction, not started). */
  readonly awaiting: readonly UnitRef[];
  /** Of those, the ones nobody is registered to answer for: no reminder can reach them. */
  readonly nobody: readonly UnitRef[];
  /** The next scheduled reminder for this period, while it has cells to remind; null when none is left. */
  readonly next: { readonly at: Date; readonly stage: ReminderStage } | null;
}

export type Overview = { readonly ok: true; readonly scope: UnitRef | null; readonly periods: readonly AwaitingPeriod[] } | { readonly ok: false; readonly reason: "unknown-unit"; readonly code: string };

/**
 * `remind` without `--now`: for each open period, how many cells in scope have not submitted,
 * which of them nobody could be reminded in, and when the schedule reminds next (REMINDER_CRON
 * on the days the reminder policy names, while the period is open).
 */
export async function reminderOverview(app: RemindApp, scope: RemindScope): Promise<Overview> {
  const found = await scopeOf(app.stores, scope);
  if (!found.ok) return found;
  const now = app.clock.now();
  const periods: AwaitingPeriod[] = [];
  for (const period of openMonths(await app.stores.periods.list())) {
    const { due, closesAt } = periodWindow(period.key, app.config.schedule.calendar, app.config.timeZone);
    const awaiting = await awaitingCells(app.stores, period.id, found.cells);
    const registrations = await registrationsOf(app.stores, awaiting.map((c) => c.id));
    const nobody = awaiting.filter((c) => hasNobody(registrations.get(c.id) ?? NOBODY));
    const next = awaiting.length > 0 ? nextScheduledReminder(app, now, due, closesAt) : null;
    periods.push({ key: period.key, due, cells: found.cells.length, awaiting, nobody, next });
  }
  return { ok: true, scope: found.unit, periods };
}

export interface RemindedPeriod {
  readonly key: string;
  readonly due: CalendarDate;
  readonly cells: number;
  /** Cells with at least one reminder queued by this call. */
  readonly reminded: readonly UnitRef[];
  /** Cells already reminded today (by the schedule or an earlier call): nothing new was queued. */
  readonly alreadyToday: readonly UnitRef[];
  /** Nobody registered to answer for them. */
  readonly nobody: readonly UnitRef[];
  /** Registered, but nobody of them can be written to (blocked the bot, or their chats are gone). */
  readonly unreachable: readonly UnitRef[];
  /** Messages queued by this call for this period. */
  readonly messages: number;
}

export type RemindNowResult =
  | {
      readonly ok: true;
      readonly scope: UnitRef | null;
      readonly periods: readonly RemindedPeriod[];
      readonly messages: number;
      /** When they go out: now, or the end of the quiet hours. */
      readonly sendAt: Date;
      readonly held: boolean;
    }
  | { readonly ok: false; readonly reason: "unknown-unit"; readonly code: string };

/**
 * `remind --now` and `/remind now`: every cell in scope that has not submitted an open period
 * is reminded at once, with the scheduled reminder's words and button, through the outbox.
 *
 * Quiet hours hold the reminders until the morning. A cell is reminded at most once a day: the
 * dedupe key is the one the schedule uses on a reminder day (a scheduled reminder already sent
 * or queued today makes this one a no-op, and the other way round), else one per day of sending;
 * the day is that of sending, so a request at 22:00 and the next morning's schedule make one
 * reminder. Like the scheduled ones, the reminders of a cell that submits are dropped unsent.
 * Queued and audited in one transaction.
 */
export async function remindNow(app: RemindApp, request: RemindScope & { readonly by: number | null }): Promise<RemindNowResult> {
  const found = await scopeOf(app.stores, request);
  if (!found.ok) return found;
  const { config, translator } = app;
  const now = app.clock.now();
  const sendAt = notBefore(now, config.schedule.quiet, config.timeZone);
  const day = calendarDateAt(sendAt, config.timeZone);
  return app.inTransaction(async (s) => {
    const periods: RemindedPeriod[] = [];
    let messages = 0;
    for (const period of openMonths(await s.periods.list())) {
      const { due } = periodWindow(period.key, config.schedule.calendar, config.timeZone);
      const daysLeft = daysBetween(day, due);
      const slot = reminderStage(day, due, config.schedule.reminders) ?? `now-${formatIsoDate(day)}`;
      const awaiting = await awaitingCells(s, period.id, found.cells);
      const registrations = await registrationsOf(s, awaiting.map((c) => c.id));
      const holders = await s.org.holders(["secretary", "deputy"], awaiting.map((c) => c.id));
      const reach = await recipientsOf(s, holders.map((h) => h.personId));
      const holdersOf = new Map<number, typeof holders>();
      for (const h of holders) holdersOf.set(h.unitId, [...(holdersOf.get(h.unitId) ?? []), h]);
      const reminded: UnitRef[] = [];
      const alreadyToday: UnitRef[] = [];
      const nobody: UnitRef[] = [];
      const unreachable: UnitRef[] = [];
      let queuedHere = 0;
      for (const cell of awaiting) {
        if (hasNobody(registrations.get(cell.id) ?? NOBODY)) {
          nobody.push(cell);
          continue;
        }
        const seen = new Set<string>();
        const drafts: OutboxDraft[] = [];
        for (const h of holdersOf.get(cell.id) ?? []) {
          for (const r of reach.get(h.personId) ?? []) {
            const key = `${reminderKeyPrefix(period.key, cell.code)}${slot}:${r.personId}:${r.channel}`;
            if (seen.has(key)) continue;
            seen.add(key);
            const message = reminderMessage(translator, r.locale ?? config.defaultLocale, { period: period.key, unit: cell.name, due, daysLeft });
            drafts.push({ channel: r.channel, chatId: r.chatId, dedupeKey: key, notBefore: sendAt, message });
          }
        }
        if (drafts.length === 0) {
          unreachable.push(cell);
          continue;
        }
        const queued = (await s.outbox.enqueue(drafts.map(toOutboxRow), now)).length;
        queuedHere += queued;
        (queued > 0 ? reminded : alreadyToday).push(cell);
      }
      messages += queuedHere;
      periods.push({ key: period.key, due, cells: found.cells.length, reminded, alreadyToday, nobody, unreachable, messages: queuedHere });
    }
    await s.audit.record({
      at: now,
      actorId: request.by,
      action: "reminders.send-now",
      subject: found.unit ? `unit:${found.unit.code}` : "units:all",
      details: {
        sendAt: sendAt.toISOString(),
        messages,
        periods: periods.map((p) => ({ period: p.key, reminded: p.reminded.length, alreadyToday: p.alreadyToday.length, nobody: p.nobody.length, unreachable: p.unreachable.length })),
      },
    });
    return { ok: true, scope: found.unit, periods, messages, sendAt, held: sendAt.getTime() > now.getTime() };
  });
}

type Scope = { readonly ok: true; readonly unit: UnitRef | null; readonly cells: readonly UnitRef[] } | { readonly ok: false; readonly reason: "unknown-unit"; readonly code: string };

async function scopeOf(stores: Pick<Stores, "org">, scope: RemindScope): Promise<Scope> {
  if (scope.unitCode === undefined) return { ok: true, unit: null, cells: await stores.org.unitsOfKind("cell") };
  const unit = await stores.org.findUnit(scope.unitCode);
  if (!unit) return { ok: false, reason: "unknown-unit", code: scope.unitCode };
  return { ok: true, unit, cells: await stores.org.subtree(unit.id, "cell") };
}

/**
 * The open monthly periods: cells answer those. A grassroots committee's yearly self-assessment
 * (a period keyed YYYY) has its own scheduled reminders and is not reminded from here.
 */
const openMonths = <P extends { readonly key: string; readonly open: boolean }>(periods: readonly P[]): P[] => periods.filter((p) => p.open && periodKindOf(p.key) === "monthly");

async function awaitingCells(stores: Pick<Stores, "assessments">, periodId: number, cells: readonly UnitRef[]): Promise<UnitRef[]> {
  const submitted = new Set(await stores.assessments.submittedUnitIds(periodId));
  return cells.filter((c) => !submitted.has(c.id));
}

const MINUTE = 60_000;

/**
 * The first REMINDER_CRON slot from `now` on a day the reminder policy names, before the period
 * closes. Only those days are walked, minute by minute (node-cron's own matcher, so whatever
 * expression is configured is read as the scheduler reads it); a slot already past today is not
 * counted, nor is a catch-up after a restart. A slot in the quiet hours goes out when they end.
 */
function nextScheduledReminder(app: Pick<App, "config">, now: Date, due: CalendarDate, closesAt: Date): { at: Date; stage: ReminderStage } | null {
  const { timeZone, schedule } = app.config;
  const matcher = createTask(schedule.reminderCron, () => undefined, { timezone: timeZone });
  try {
    for (let day = calendarDateAt(now, timeZone); zonedInstant(day, 0, 0, timeZone) < closesAt; day = addDays(day, 1)) {
      const stage = reminderStage(day, due, schedule.reminders);
      if (!stage) continue;
      const end = Math.min(zonedInstant(addDays(day, 1), 0, 0, timeZone).getTime(), closesAt.getTime());
      const start = Math.max(zonedInstant(day, 0, 0, timeZone).getTime(), Math.ceil(now.getTime() / MINUTE) * MINUTE);
      for (let t = start; t < end; t += MINUTE) if (matcher.match(new Date(t))) return { at: notBefore(new Date(t), schedule.quiet, timeZone), stage };
    }
    return null;
  } finally {
    void matcher.destroy();
  }
}
