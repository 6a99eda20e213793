import { addDays, dayOfMonth, daysBetween, minutesOfDay, zonedInstant } from "./calendar.ts";
import { calendarDateAt, isYearKey, periodMonthOf, type CalendarDate } from "./period.ts";

/**
 * When a period opens, is due and closes, when secretaries are reminded, and when
 * proactive messages must wait (quiet hours). Pure; all days and times are configuration.
 */
export interface PeriodCalendar {
  /** Day of month M on which period M opens. */
  readonly openDay: number;
  /** Day of month M+1 on which period M's report is due. */
  readonly dueDay: number;
  /** Day of month M+1 at whose end period M closes. */
  readonly closeDay: number;
  /**
   * Day of December on which the grassroots committees' yearly self-assessment of that year
   * opens. It is due and closes with December's period (dueDay, closeDay of January), before
   * the year's results are posted.
   */
  readonly yearlyOpenDay: number;
}

export interface PeriodWindow {
  readonly opensAt: Date;
  readonly due: CalendarDate;
  readonly closesAt: Date;
}

/** When a period opens, is due and closes; a year's (key YYYY) opens in December and ends with December's. */
export function periodWindow(key: string, calendar: PeriodCalendar, timeZone: string): PeriodWindow {
  const period = periodMonthOf(key);
  if (!period) throw new Error(`bad period key ${key}`);
  const { year, month } = period;
  const openDay = isYearKey(key) ? calendar.yearlyOpenDay : calendar.openDay;
  return {
    opensAt: zonedInstant(dayOfMonth(year, month, openDay), 0, 0, timeZone),
    due: dayOfMonth(year, month + 1, calendar.dueDay),
    closesAt: zonedInstant(addDays(dayOfMonth(year, month + 1, calendar.closeDay), 1), 0, 0, timeZone),
  };
}

export interface ReminderPolicy {
  /** Days before the due date on which to remind, e.g. [3, 1]. */
  readonly daysBefore: readonly number[];
  readonly onDueDay: boolean;
  /** Daily reminders after the due date, at most this many. */
  readonly overdueMax: number;
}

export type ReminderStage = `due-${number}` | "due" | `overdue-${number}`;

/** Which reminder (if any) belongs to this date for a period due on `due`. */
export function reminderStage(date: CalendarDate, due: CalendarDate, policy: ReminderPolicy): ReminderStage | undefined {
  const days = daysBetween(date, due);
  if (days > 0) return policy.daysBefore.includes(days) ? `due-${days}` : undefined;
  if (days === 0) return policy.onDueDay ? "due" : undefined;
  return -days <= policy.overdueMax ? `overdue-${-days}` : undefined;
}

/** The day after the due date: the committee's group hears which cells are overdue. */
export function isEscalationDay(date: CalendarDate, due: CalendarDate): boolean {
  return daysBetween(due, date) === 1;
}

export interface QuietHours {
  /** Minutes past midnight. Quiet from start to end, across midnight when start > end. */
  readonly start: number;
  readonly end: number;
}

/** Whether a time of day (minutes past midnight) falls in the quiet hours. */
export function isQuietMinute(minute: number, quiet: QuietHours): boolean {
  return quiet.start > quiet.end ? minute >= quiet.start || minute < quiet.end : minute >= quiet.start && minute < quiet.end;
}

/** When a proactive message may go out: now, or the end of the quiet hours it falls in. */
export function notBefore(instant: Date, quiet: QuietHours, timeZone: string): Date {
  const minute = minutesOfDay(instant, timeZone);
  if (!isQuietMinute(minute, quiet)) return instant;
  const today = calendarDateAt(instant, timeZone);
  const endDay = quiet.start > quiet.end && minute >= quiet.start ? addDays(today, 1) : today;
  return zonedInstant(endDay, Math.floor(quiet.end / 60), quiet.end % 60, timeZone);
}

/** Outbox dedupe keys of a cell's reminders for a period; dropped together when the cell submits. */
export const reminderKeyPrefix = (periodKey: string, unitCode: string): string => `remind:${periodKey}:${unitCode}:`;
