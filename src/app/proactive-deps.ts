import type { PeriodKind } from "../domain/period.ts";
import type { PeriodCalendar, QuietHours, ReminderPolicy } from "../domain/schedule-rules.ts";
import type { Locale } from "../i18n/locale.ts";
import type { Translator } from "../i18n/translator.ts";
import type { Digest } from "../reports/digest.ts";
import type { LoggerPort } from "../engine/logger-port.ts";
import type { Clock, JobRunStore, OutboxStore, ScheduleStore } from "../engine/ports.ts";

/** What the scheduled use cases (periods, reminders, digests) need. They decide and enqueue; they never send. */
export interface ProactiveDeps {
  readonly schedule: ScheduleStore;
  readonly outbox: OutboxStore;
  readonly jobRuns: JobRunStore;
  readonly translator: Translator;
  readonly clock: Clock;
  readonly logger: LoggerPort;
  readonly timeZone: string;
  readonly defaultLocale: Locale;
  readonly calendar: PeriodCalendar;
  readonly reminders: ReminderPolicy;
  readonly quiet: QuietHours;
  /** The questionnaire version new periods of a kind use (monthly when not said). */
  readonly questionnaireVersionId: (kind?: PeriodKind) => Promise<number>;
  /** Renders a digest's chart as PNG. */
  readonly chart: (digest: Digest, locale: Locale) => Promise<Buffer>;
}
