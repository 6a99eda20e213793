import { z } from "zod";
import { validate } from "node-cron";
import { parseClock } from "./domain/calendar.ts";
import { clockText, cronTimesOfDay } from "./domain/cron-times.ts";
import { DEFAULT_TIME_ZONE } from "./domain/period.ts";
import { isQuietMinute, type PeriodCalendar, type QuietHours, type ReminderPolicy } from "./domain/schedule-rules.ts";
import { LOCALES } from "./i18n/locale.ts";

/*
 * Every message below is a locale key (locales/*.ftl, "config-…"): the operator reads the
 * problems in their language (see ConfigProblem).
 */

const timeZone = z.string().refine((tz) => {
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}, "config-time-zone");

const integer = (key: string) => z.coerce.number({ error: key }).int(key);
const positiveInt = (fallback: number) => integer("config-positive-integer").positive("config-positive-integer").default(fallback);
const dayOfMonth = (fallback: number) => integer("config-day-of-month").min(1, "config-day-of-month").max(31, "config-day-of-month").default(fallback);
const trueOrFalse = (fallback: boolean) =>
  z
    .enum(["true", "false"], "config-true-false")
    .transform((v) => v === "true")
    .default(fallback);
const cronExpression = (fallback: string) =>
  z
    .string()
    .refine((expr) => validate(expr), "config-cron")
    .default(fallback);

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

const schema = z.object({
  BONTOT_DB_PATH: z.string().min(1, "config-not-empty").default("data/bontot.db"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/\S+$/, "config-postgres-url")
    .optional(),
  BONTOT_INSTANCE: z.string().regex(/^[A-Za-z0-9_.:-]{1,64}$/, "config-instance").optional(),
  BONTOT_LANG: z.enum(LOCALES, "config-lang").default("vi"),
  BONTOT_TIMEZONE: timeZone.default(DEFAULT_TIME_ZONE),
  LOG_LEVEL: z.enum(LOG_LEVELS, "config-log-level").default("info"),
  LOG_FILE: z.string().min(1, "config-not-empty").optional(),
  OUTBOX_MAX_ATTEMPTS: positiveInt(8),
  INVITE_TTL_DAYS: positiveInt(7),
  TELEGRAM_BOT_TOKEN: z
    .string()
    // The shape only (digits, colon, token characters): test servers hand out short tokens.
    .regex(/^\d+:[A-Za-z0-9_-]+$/, "config-telegram-token")
    .optional(),
  TELEGRAM_API_ROOT: z
    .url("config-url")
    .refine((url) => !url.endsWith("/"), "config-url-trailing-slash")
    .optional(),
  TELEGRAM_WEBHOOK_URL: z
    .url("config-url")
    .refine((url) => url.startsWith("https://") || /^http:\/\/(localhost|127\.0\.0\.1)[:/]/.test(url), "config-webhook-https")
    .optional(),
  TELEGRAM_WEBHOOK_SECRET: z
    .string()
    .regex(/^[A-Za-z0-9_-]{16,256}$/, "config-webhook-secret")
    .optional(),
  TELEGRAM_WEBHOOK_PORT: integer("config-port").min(0, "config-port").max(65_535, "config-port").default(8080),
  TELEGRAM_WEBHOOK_HOST: z.string().min(1, "config-not-empty").default("0.0.0.0"),
  TELEGRAM_BOT_USERNAME: z
    .string()
    .regex(/^@?[A-Za-z0-9_]{5,32}$/, "config-bot-username")
    .transform((name) => name.replace(/^@/, ""))
    .optional(),
  ADMIN_TELEGRAM_IDS: z
    .string()
    .regex(/^\s*\d+(\s*,\s*\d+)*\s*$/, "config-telegram-ids")
    .transform((ids) => ids.split(",").map((id) => id.trim()))
    .optional(),
  PERIOD_OPEN_DAY: dayOfMonth(25),
  PERIOD_DUE_DAY: dayOfMonth(5),
  PERIOD_CLOSE_DAY: dayOfMonth(10),
  YEARLY_OPEN_DAY: dayOfMonth(1),
  REMINDER_DAYS_BEFORE: z
    .string()
    .regex(/^\s*\d+(\s*,\s*\d+)*\s*$|^\s*$/, "config-days-list")
    .transform((days) => days.split(",").map((d) => d.trim()).filter((d) => d.length > 0).map(Number))
    .default([3, 1]),
  REMINDER_ON_DUE_DAY: trueOrFalse(true),
  REMINDER_OVERDUE_MAX: integer("config-overdue-max").min(0, "config-overdue-max").max(31, "config-overdue-max").default(3),
  REMINDER_CRON: cronExpression("0 8 * * *"),
  DIGEST_CRON: cronExpression("0 8 * * 1"),
  ANNUAL_CRON: cronExpression("0 8 11 1 *"),
  QUIET_HOURS: z
    .string()
    .regex(/^([01]?\d|2[0-3]):[0-5]\d-([01]?\d|2[0-3]):[0-5]\d$/, "config-quiet-hours")
    .default("21:00-07:00"),
  ZALO_ENABLED: trueOrFalse(false),
  ZALO_CREDENTIALS_FILE: z.string().min(1, "config-not-empty").default("data/zalo-credentials.json"),
  ZALO_QR_FILE: z.string().min(1, "config-not-empty").default("data/zalo-qr.png"),
  ZALO_CONTACT: z.string().trim().min(1, "config-not-empty").optional(),
  ADMIN_ZALO_IDS: z
    .string()
    .regex(/^\s*\d+(\s*,\s*\d+)*\s*$/, "config-zalo-ids")
    .transform((ids) => ids.split(",").map((id) => id.trim()))
    .optional(),
  ZALO_SEND_INTERVAL_MS: integer("config-zalo-interval").min(500, "config-zalo-interval").default(1_500),
  ZALO_SEND_JITTER_MS: integer("config-non-negative-integer").min(0, "config-non-negative-integer").default(1_000),
  ZALO_SENDS_PER_HOUR: positiveInt(100),
  TELEGRAM_RATE_PER_SECOND: positiveInt(25),
  TELEGRAM_CHAT_INTERVAL_MS: positiveInt(1_000),
  TELEGRAM_GROUP_PER_MINUTE: positiveInt(20),
});

export interface Config {
  readonly dbPath: string;
  /** PostgreSQL instead of the SQLite file at `dbPath`. */
  readonly databaseUrl: string | undefined;
  /** This process's name among the instances sharing a database (default: host and pid). */
  readonly instance: string | undefined;
  readonly defaultLocale: (typeof LOCALES)[number];
  readonly timeZone: string;
  readonly logLevel: z.infer<typeof schema>["LOG_LEVEL"];
  readonly logFile: string | undefined;
  readonly outboxMaxAttempts: number;
  readonly inviteTtlDays: number;
  readonly zalo: {
    readonly enabled: boolean;
    readonly credentialsFile: string;
    readonly qrFile: string;
    /** How people find the bot's Zalo account (its name or phone), printed on invite cards. */
    readonly contact: string | undefined;
    readonly adminIds: readonly string[];
    readonly sendIntervalMs: number;
    readonly sendJitterMs: number;
    readonly sendsPerHour: number;
  };
  readonly schedule: {
    readonly calendar: PeriodCalendar;
    readonly reminders: ReminderPolicy;
    readonly quiet: QuietHours;
    readonly reminderCron: string;
    readonly digestCron: string;
    /** When the year's results are posted to bound groups (January, for the year just ended). */
    readonly annualCron: string;
  };
  readonly telegram: {
    readonly token: string | undefined;
    readonly apiRoot: string | undefined;
    readonly username: string | undefined;
    /** Updates by webhook (every instance takes them) instead of long polling (the active instance only). */
    readonly webhook: { readonly url: string; readonly secretToken: string; readonly port: number; readonly host: string } | undefined;
    readonly adminIds: readonly string[];
    readonly ratePerSecond: number;
    readonly chatIntervalMs: number;
    readonly groupPerMinute: number;
  };
}

/** One thing wrong with the configuration: the variable, a locale key ("config-…") and what fills it. */
export interface ConfigProblem {
  readonly variable: string;
  readonly key: string;
  readonly args: Readonly<Record<string, string | number>>;
  /** The value as set, for the operator to see; never given for a secret. */
  readonly value?: string;
}

export class ConfigError extends Error {
  readonly problems: readonly ConfigProblem[];
  constructor(problems: readonly ConfigProblem[]) {
    // For logs and developers; the operator reads the problems translated (describeConfigProblem).
    super(`invalid configuration: ${problems.map((p) => `${p.variable} (${p.key})`).join(", ")}`);
    this.name = "ConfigError";
    this.problems = problems;
  }
}

/** Values never shown back, even in an error: a token, a secret, a URL with a password in it. */
const SECRET = /TOKEN|SECRET|PASSWORD|DATABASE_URL/;

/** "PERIOD_DUE_DAY=32: …" in the operator's language. */
export function describeConfigProblem(t: (key: string, args?: Record<string, string | number>) => string, problem: ConfigProblem): string {
  const where = problem.value === undefined ? problem.variable : `${problem.variable}=${problem.value}`;
  return `${where}: ${t(problem.key, { variable: problem.variable, ...problem.args })}`;
}

/** Parsed once at start; every problem is listed at once, without a stack trace. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const blankAsMissing = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ""));
  const problem = (variable: string, key: string, args: Record<string, string | number> = {}): ConfigProblem => {
    const value = blankAsMissing[variable];
    return { variable, key, args, ...(value !== undefined && !SECRET.test(variable) ? { value } : {}) };
  };
  const parsed = schema.safeParse(blankAsMissing);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => problem(String(issue.path[0] ?? "?"), issue.message.startsWith("config-") ? issue.message : "config-invalid")));
  }
  const c = parsed.data;
  const problems = crossFieldProblems(c, problem);
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    dbPath: c.BONTOT_DB_PATH,
    databaseUrl: c.DATABASE_URL,
    instance: c.BONTOT_INSTANCE,
    defaultLocale: c.BONTOT_LANG,
    timeZone: c.BONTOT_TIMEZONE,
    logLevel: c.LOG_LEVEL,
    logFile: c.LOG_FILE,
    outboxMaxAttempts: c.OUTBOX_MAX_ATTEMPTS,
    inviteTtlDays: c.INVITE_TTL_DAYS,
    zalo: {
      enabled: c.ZALO_ENABLED,
      credentialsFile: c.ZALO_CREDENTIALS_FILE,
      qrFile: c.ZALO_QR_FILE,
      contact: c.ZALO_CONTACT,
      adminIds: c.ADMIN_ZALO_IDS ?? [],
      sendIntervalMs: c.ZALO_SEND_INTERVAL_MS,
      sendJitterMs: c.ZALO_SEND_JITTER_MS,
      sendsPerHour: c.ZALO_SENDS_PER_HOUR,
    },
    schedule: {
      calendar: { openDay: c.PERIOD_OPEN_DAY, dueDay: c.PERIOD_DUE_DAY, closeDay: c.PERIOD_CLOSE_DAY, yearlyOpenDay: c.YEARLY_OPEN_DAY },
      reminders: { daysBefore: c.REMINDER_DAYS_BEFORE, onDueDay: c.REMINDER_ON_DUE_DAY, overdueMax: c.REMINDER_OVERDUE_MAX },
      quiet: quietHours(c.QUIET_HOURS),
      reminderCron: c.REMINDER_CRON,
      digestCron: c.DIGEST_CRON,
      annualCron: c.ANNUAL_CRON,
    },
    telegram: {
      token: c.TELEGRAM_BOT_TOKEN,
      apiRoot: c.TELEGRAM_API_ROOT,
      username: c.TELEGRAM_BOT_USERNAME,
      webhook:
        c.TELEGRAM_WEBHOOK_URL && c.TELEGRAM_WEBHOOK_SECRET
          ? { url: c.TELEGRAM_WEBHOOK_URL, secretToken: c.TELEGRAM_WEBHOOK_SECRET, port: c.TELEGRAM_WEBHOOK_PORT, host: c.TELEGRAM_WEBHOOK_HOST }
          : undefined,
      adminIds: c.ADMIN_TELEGRAM_IDS ?? [],
      ratePerSecond: c.TELEGRAM_RATE_PER_SECOND,
      chatIntervalMs: c.TELEGRAM_CHAT_INTERVAL_MS,
      groupPerMinute: c.TELEGRAM_GROUP_PER_MINUTE,
    },
  };
}

type Settings = z.infer<typeof schema>;

/**
 * Settings that are each fine but do not fit together: a webhook without its secret; a period
 * whose report is due after it closes, or that is still open when the next one opens (period M
 * opens on PERIOD_OPEN_DAY of M, is due on PERIOD_DUE_DAY and closes at the end of
 * PERIOD_CLOSE_DAY of M+1); a reminder before its period opens; a scheduled post that always
 * falls in the quiet hours and would wait for their end.
 */
function crossFieldProblems(c: Settings, problem: (variable: string, key: string, args?: Record<string, string | number>) => ConfigProblem): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  if (c.TELEGRAM_WEBHOOK_URL && !c.TELEGRAM_WEBHOOK_SECRET) problems.push(problem("TELEGRAM_WEBHOOK_SECRET", "config-webhook-secret-required"));
  const open = c.PERIOD_OPEN_DAY;
  const due = c.PERIOD_DUE_DAY;
  const close = c.PERIOD_CLOSE_DAY;
  if (due > close) problems.push(problem("PERIOD_DUE_DAY", "config-due-after-close", { due, close }));
  if (close >= open) problems.push(problem("PERIOD_CLOSE_DAY", "config-close-after-next-open", { close, open }));
  // From the opening to the due date in the shortest case (a 28-day February).
  const window = 28 - Math.min(open, 28) + due;
  const early = c.REMINDER_DAYS_BEFORE.filter((days) => days > window);
  if (early.length > 0) problems.push(problem("REMINDER_DAYS_BEFORE", "config-reminder-before-open", { days: early.join(", "), window }));
  const quiet = quietHours(c.QUIET_HOURS);
  const jobs = [
    ["REMINDER_CRON", c.REMINDER_CRON, "config-reminders-in-quiet-hours"],
    ["DIGEST_CRON", c.DIGEST_CRON, "config-digest-in-quiet-hours"],
    ["ANNUAL_CRON", c.ANNUAL_CRON, "config-annual-in-quiet-hours"],
  ] as const;
  for (const [variable, cron, key] of jobs) {
    const quietTimes = (cronTimesOfDay(cron) ?? []).filter((minute) => isQuietMinute(minute, quiet));
    if (quietTimes.length === 0) continue;
    problems.push(problem(variable, key, { times: quietTimes.slice(0, 3).map(clockText).join(", "), quiet: c.QUIET_HOURS, resume: clockText(quiet.end) }));
  }
  return problems;
}

function quietHours(value: string): QuietHours {
  const [start, end] = value.split("-").map((part) => parseClock(part) ?? 0);
  return { start: start ?? 0, end: end ?? 0 };
}
