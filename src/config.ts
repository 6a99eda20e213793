import { z } from "zod";
import { validate } from "node-cron";
import { parseClock } from "./domain/calendar.ts";
import { DEFAULT_TIME_ZONE } from "./domain/period.ts";
import type { PeriodCalendar, QuietHours, ReminderPolicy } from "./domain/schedule-rules.ts";
import { LOCALES } from "./i18n/locale.ts";

const timeZone = z.string().refine((tz) => {
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}, "not a known IANA time zone");

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);
const dayOfMonth = (fallback: number) => z.coerce.number().int().min(1).max(31).default(fallback);
const cronExpression = (fallback: string) =>
  z
    .string()
    .refine((expr) => validate(expr), "not a valid cron expression (minute hour day month weekday)")
    .default(fallback);

const schema = z.object({
  BONTOT_DB_PATH: z.string().min(1).default("data/bontot.db"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/\S+$/, "a PostgreSQL URL such as postgresql://bontot:secret@localhost:5432/bontot (leave it empty for the SQLite file)")
    .optional(),
  BONTOT_INSTANCE: z.string().regex(/^[A-Za-z0-9_.:-]{1,64}$/, "a short name: letters, digits, _ . : -").optional(),
  BONTOT_LANG: z.enum(LOCALES).default("vi"),
  BONTOT_TIMEZONE: timeZone.default(DEFAULT_TIME_ZONE),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  LOG_FILE: z.string().min(1).optional(),
  OUTBOX_MAX_ATTEMPTS: positiveInt(8),
  INVITE_TTL_DAYS: positiveInt(7),
  TELEGRAM_BOT_TOKEN: z
    .string()
    // The shape only (digits, colon, token characters): test servers hand out short tokens.
    .regex(/^\d+:[A-Za-z0-9_-]+$/, "does not look like a token from @BotFather (123456:ABC…)")
    .optional(),
  TELEGRAM_API_ROOT: z
    .url()
    .refine((url) => !url.endsWith("/"), "must not end with a slash")
    .optional(),
  TELEGRAM_WEBHOOK_URL: z
    .url()
    .refine((url) => url.startsWith("https://") || /^http:\/\/(localhost|127\.0\.0\.1)[:/]/.test(url), "Telegram posts updates to https:// URLs only")
    .optional(),
  TELEGRAM_WEBHOOK_SECRET: z
    .string()
    .regex(/^[A-Za-z0-9_-]{16,256}$/, "16 to 256 characters: letters, digits, _ and - (e.g. from `openssl rand -hex 32`)")
    .optional(),
  TELEGRAM_WEBHOOK_PORT: z.coerce.number().int().min(0).max(65_535).default(8080),
  TELEGRAM_WEBHOOK_HOST: z.string().min(1).default("0.0.0.0"),
  TELEGRAM_BOT_USERNAME: z
    .string()
    .regex(/^@?[A-Za-z0-9_]{5,32}$/, "a bot username such as bontot_bot")
    .transform((name) => name.replace(/^@/, ""))
    .optional(),
  ADMIN_TELEGRAM_IDS: z
    .string()
    .regex(/^\s*\d+(\s*,\s*\d+)*\s*$/, "a comma-separated list of numeric Telegram user ids")
    .transform((ids) => ids.split(",").map((id) => id.trim()))
    .optional(),
  PERIOD_OPEN_DAY: dayOfMonth(25),
  PERIOD_DUE_DAY: dayOfMonth(5),
  PERIOD_CLOSE_DAY: dayOfMonth(10),
  REMINDER_DAYS_BEFORE: z
    .string()
    .regex(/^\s*\d+(\s*,\s*\d+)*\s*$|^\s*$/, "a comma-separated list of days, e.g. 3,1")
    .transform((days) => days.split(",").map((d) => d.trim()).filter((d) => d.length > 0).map(Number))
    .default([3, 1]),
  REMINDER_ON_DUE_DAY: z.enum(["true", "false"]).transform((v) => v === "true").default(true),
  REMINDER_OVERDUE_MAX: z.coerce.number().int().min(0).max(31).default(3),
  REMINDER_CRON: cronExpression("0 8 * * *"),
  DIGEST_CRON: cronExpression("0 8 * * 1"),
  ANNUAL_CRON: cronExpression("0 8 11 1 *"),
  QUIET_HOURS: z
    .string()
    .regex(/^([01]?\d|2[0-3]):[0-5]\d-([01]?\d|2[0-3]):[0-5]\d$/, "HH:MM-HH:MM, e.g. 21:00-07:00")
    .default("21:00-07:00"),
  ZALO_ENABLED: z.enum(["true", "false"]).transform((v) => v === "true").default(false),
  ZALO_CREDENTIALS_FILE: z.string().min(1).default("data/zalo-credentials.json"),
  ZALO_QR_FILE: z.string().min(1).default("data/zalo-qr.png"),
  ADMIN_ZALO_IDS: z
    .string()
    .regex(/^\s*\d+(\s*,\s*\d+)*\s*$/, "a comma-separated list of numeric Zalo user ids")
    .transform((ids) => ids.split(",").map((id) => id.trim()))
    .optional(),
  ZALO_SEND_INTERVAL_MS: z.coerce.number().int().min(500).default(1_500),
  ZALO_SEND_JITTER_MS: z.coerce.number().int().min(0).default(1_000),
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

export class ConfigError extends Error {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
    this.problems = problems;
  }
}

/** Parsed once at start; every problem is listed at once, without a stack trace. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const blankAsMissing = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ""));
  const parsed = schema.safeParse(blankAsMissing);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`));
  }
  const c = parsed.data;
  if (c.TELEGRAM_WEBHOOK_URL && !c.TELEGRAM_WEBHOOK_SECRET) throw new ConfigError(["TELEGRAM_WEBHOOK_SECRET: required with TELEGRAM_WEBHOOK_URL, so that only Telegram can post updates"]);
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
      adminIds: c.ADMIN_ZALO_IDS ?? [],
      sendIntervalMs: c.ZALO_SEND_INTERVAL_MS,
      sendJitterMs: c.ZALO_SEND_JITTER_MS,
      sendsPerHour: c.ZALO_SENDS_PER_HOUR,
    },
    schedule: {
      calendar: { openDay: c.PERIOD_OPEN_DAY, dueDay: c.PERIOD_DUE_DAY, closeDay: c.PERIOD_CLOSE_DAY },
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

function quietHours(value: string): QuietHours {
  const [start, end] = value.split("-").map((part) => parseClock(part) ?? 0);
  return { start: start ?? 0, end: end ?? 0 };
}
