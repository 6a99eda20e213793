import { z } from "zod";
import { DEFAULT_TIME_ZONE } from "./domain/period.ts";
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

const schema = z.object({
  BONTOT_DB_PATH: z.string().min(1).default("data/bontot.db"),
  BONTOT_LANG: z.enum(LOCALES).default("vi"),
  BONTOT_TIMEZONE: timeZone.default(DEFAULT_TIME_ZONE),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  LOG_FILE: z.string().min(1).optional(),
  OUTBOX_MAX_ATTEMPTS: positiveInt(8),
  INVITE_TTL_DAYS: positiveInt(7),
  TELEGRAM_BOT_TOKEN: z
    .string()
    .regex(/^\d+:[A-Za-z0-9_-]{20,}$/, "does not look like a token from @BotFather (123456:ABC…)")
    .optional(),
  TELEGRAM_API_ROOT: z
    .url()
    .refine((url) => !url.endsWith("/"), "must not end with a slash")
    .optional(),
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
  TELEGRAM_RATE_PER_SECOND: positiveInt(25),
  TELEGRAM_CHAT_INTERVAL_MS: positiveInt(1_000),
  TELEGRAM_GROUP_PER_MINUTE: positiveInt(20),
});

export interface Config {
  readonly dbPath: string;
  readonly defaultLocale: (typeof LOCALES)[number];
  readonly timeZone: string;
  readonly logLevel: z.infer<typeof schema>["LOG_LEVEL"];
  readonly logFile: string | undefined;
  readonly outboxMaxAttempts: number;
  readonly inviteTtlDays: number;
  readonly telegram: {
    readonly token: string | undefined;
    readonly apiRoot: string | undefined;
    readonly username: string | undefined;
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
  return {
    dbPath: c.BONTOT_DB_PATH,
    defaultLocale: c.BONTOT_LANG,
    timeZone: c.BONTOT_TIMEZONE,
    logLevel: c.LOG_LEVEL,
    logFile: c.LOG_FILE,
    outboxMaxAttempts: c.OUTBOX_MAX_ATTEMPTS,
    inviteTtlDays: c.INVITE_TTL_DAYS,
    telegram: {
      token: c.TELEGRAM_BOT_TOKEN,
      apiRoot: c.TELEGRAM_API_ROOT,
      username: c.TELEGRAM_BOT_USERNAME,
      adminIds: c.ADMIN_TELEGRAM_IDS ?? [],
      ratePerSecond: c.TELEGRAM_RATE_PER_SECOND,
      chatIntervalMs: c.TELEGRAM_CHAT_INTERVAL_MS,
      groupPerMinute: c.TELEGRAM_GROUP_PER_MINUTE,
    },
  };
}
