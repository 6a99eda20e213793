import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ConfigError, describeConfigProblem, loadConfig, type ConfigProblem } from "../src/config.ts";
import { loadTranslator } from "../src/i18n/translator.ts";

const example = Object.fromEntries(
  readFileSync(".env.example", "utf8")
    .split("\n")
    .filter((line) => /^[A-Z_]+=/.test(line))
    .map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]),
);

describe("configuration", () => {
  it(".env.example as it stands is a valid configuration with the documented defaults", () => {
    const config = loadConfig(example);
    expect(config).toMatchObject({ dbPath: "data/bontot.db", defaultLocale: "vi", timeZone: "Asia/Ho_Chi_Minh", inviteTtlDays: 7 });
    expect(config.schedule).toMatchObject({ reminderCron: "0 8 * * *", digestCron: "0 8 * * 1", quiet: { start: 21 * 60, end: 7 * 60 } });
    expect(config.telegram.token).toBeUndefined();
  });

  it("documents every variable it reads, each with a comment", () => {
    const text = readFileSync(".env.example", "utf8");
    for (const name of Object.keys(example)) expect(text).toMatch(new RegExp(`#[^\\n]*\\n${name}=`));
    const source = readFileSync("src/config.ts", "utf8");
    const read = [...source.matchAll(/^\s{2}([A-Z][A-Z_]+):/gm)].map((m) => m[1]);
    expect(read.sort()).toEqual(Object.keys(example).sort());
  });

  it("selects PostgreSQL only with a postgresql:// URL, and refuses anything else", () => {
    expect(loadConfig({ DATABASE_URL: "postgresql://bontot:pw@db:5432/bontot" }).databaseUrl).toBe("postgresql://bontot:pw@db:5432/bontot");
    expect(loadConfig({}).databaseUrl).toBeUndefined();
    expect(() => loadConfig({ DATABASE_URL: "mysql://db/bontot" })).toThrow(/DATABASE_URL/);
  });

  it("takes a webhook URL only with its secret token, so that nobody else can post updates", () => {
    expect(() => loadConfig({ TELEGRAM_WEBHOOK_URL: "https://bot.example.org/telegram" })).toThrow(/TELEGRAM_WEBHOOK_SECRET/);
    expect(() => loadConfig({ TELEGRAM_WEBHOOK_URL: "http://bot.example.org/telegram", TELEGRAM_WEBHOOK_SECRET: "a".repeat(32) })).toThrow(/https/);
    const config = loadConfig({ TELEGRAM_WEBHOOK_URL: "https://bot.example.org/telegram", TELEGRAM_WEBHOOK_SECRET: "a".repeat(32) });
    expect(config.telegram.webhook).toEqual({ url: "https://bot.example.org/telegram", secretToken: "a".repeat(32), port: 8080, host: "0.0.0.0" });
  });

  it("takes the bot's Zalo contact and Telegram username for printed invite cards", () => {
    expect(loadConfig({ ZALO_CONTACT: "  Bontot Lào Cai (0912 345 678) " }).zalo.contact).toBe("Bontot Lào Cai (0912 345 678)");
    expect(loadConfig({ ZALO_CONTACT: " " }).zalo.contact).toBeUndefined();
    expect(loadConfig({ TELEGRAM_BOT_USERNAME: "@bontot_bot" }).telegram.username).toBe("bontot_bot");
    expect(() => loadConfig({ TELEGRAM_BOT_USERNAME: "t.me/bontot_bot" })).toThrow(/TELEGRAM_BOT_USERNAME/);
  });

  it("lists every bad value at once, in the operator's language, never showing a secret", () => {
    const problems = problemsOf({ REMINDER_CRON: "every morning", QUIET_HOURS: "9pm-7am", PERIOD_DUE_DAY: "32", TELEGRAM_BOT_TOKEN: "not-a-token" });
    expect(problems.map((p) => p.variable).sort()).toEqual(["PERIOD_DUE_DAY", "QUIET_HOURS", "REMINDER_CRON", "TELEGRAM_BOT_TOKEN"]);
    expect(lines(problems, "vi")).toEqual([
      "TELEGRAM_BOT_TOKEN: không giống mã bot do @BotFather cấp (dạng 123456:ABC…).",
      "PERIOD_DUE_DAY=32: cần một ngày trong tháng, số nguyên từ 1 đến 31.",
      'REMINDER_CRON=every morning: không phải biểu thức cron hợp lệ (phút giờ ngày tháng thứ, ví dụ "0 8 * * *" là 08:00 mỗi ngày).',
      "QUIET_HOURS=9pm-7am: cần dạng GIỜ:PHÚT-GIỜ:PHÚT, ví dụ 21:00-07:00.",
    ]);
    expect(lines(problems, "en")).toContain("PERIOD_DUE_DAY=32: needs a day of the month, a whole number from 1 to 31.");
    expect(JSON.stringify(problems)).not.toContain("not-a-token");
    expect(() => loadConfig({ DATABASE_URL: "mysql://bontot:hunter2@db/bontot" })).toThrow(ConfigError);
    expect(JSON.stringify(problemsOf({ DATABASE_URL: "mysql://bontot:hunter2@db/bontot" }))).not.toContain("hunter2");
  });

  it("has a message in both languages for every problem it can report", () => {
    const translator = loadTranslator();
    const keys = [...readFileSync("src/config.ts", "utf8").matchAll(/"(config-[a-z-]+)"/g)].map((m) => m[1] as string);
    expect(keys.length).toBeGreaterThan(20);
    for (const locale of ["vi", "en"] as const) expect(keys.filter((key) => !translator.has(locale, key)), locale).toEqual([]);
  });

  describe("settings that do not fit together", () => {
    it("refuses a report due after its period closes", () => {
      const problems = problemsOf({ PERIOD_DUE_DAY: "15", PERIOD_CLOSE_DAY: "10" });
      expect(lines(problems, "vi")).toEqual([
        "PERIOD_DUE_DAY=15: hạn gửi (ngày 15 tháng sau) phải trước hoặc bằng ngày đóng kỳ PERIOD_CLOSE_DAY (10): nếu không, kỳ đóng trước khi tới hạn.",
      ]);
      expect(lines(problems, "en")[0]).toContain("must be on or before the closing day PERIOD_CLOSE_DAY (10)");
      expect(loadConfig({ PERIOD_DUE_DAY: "10", PERIOD_CLOSE_DAY: "10" }).schedule.calendar).toMatchObject({ openDay: 25, dueDay: 10, closeDay: 10 });
    });

    it("refuses a period still open when the next one opens", () => {
      expect(lines(problemsOf({ PERIOD_CLOSE_DAY: "25" }), "vi")).toEqual([
        "PERIOD_CLOSE_DAY=25: kỳ tháng M đóng cuối ngày 25 tháng M+1, nhưng kỳ tháng M+1 đã mở ngày PERIOD_OPEN_DAY (25): hai kỳ sẽ mở cùng lúc. Ngày đóng kỳ phải nhỏ hơn ngày mở kỳ.",
      ]);
      expect(problemsOf({ PERIOD_OPEN_DAY: "8" }).map((p) => [p.variable, p.key])).toEqual([["PERIOD_CLOSE_DAY", "config-close-after-next-open"]]);
      expect(loadConfig({ PERIOD_OPEN_DAY: "20", PERIOD_DUE_DAY: "1", PERIOD_CLOSE_DAY: "19" }).schedule.calendar).toMatchObject({ openDay: 20, dueDay: 1, closeDay: 19 });
    });

    it("refuses a reminder that would come before its period opens (a February is the shortest)", () => {
      // Opening on 25 February, due on 5 March: 8 days.
      expect(lines(problemsOf({ REMINDER_DAYS_BEFORE: "3,9,1" }), "en")).toEqual([
        "REMINDER_DAYS_BEFORE=3,9,1: a reminder 9 days before the due date falls before the period opens (from opening to the due date can be as little as 8 days, as in February).",
      ]);
      expect(loadConfig({ REMINDER_DAYS_BEFORE: "8,1" }).schedule.reminders.daysBefore).toEqual([8, 1]);
    });

    it("refuses quiet hours that swallow the reminders, the digest or the year's results", () => {
      const problems = problemsOf({ QUIET_HOURS: "07:00-21:00" });
      expect(problems.map((p) => p.variable)).toEqual(["REMINDER_CRON", "DIGEST_CRON", "ANNUAL_CRON"]);
      expect(lines(problems, "vi")[0]).toBe(
        "REMINDER_CRON: giờ nhắc việc 08:00 nằm trong giờ yên lặng QUIET_HOURS=07:00-21:00: tin nhắc sẽ phải chờ tới 21:00. Đổi giờ nhắc hoặc QUIET_HOURS.",
      );
      expect(lines(problems, "en")[1]).toBe(
        "DIGEST_CRON: the weekly digest at 08:00 falls in the quiet hours QUIET_HOURS=07:00-21:00: it would wait until 21:00. Change its time or QUIET_HOURS.",
      );
      // Every time the job fires is checked: 08:00 is fine, 22:30 is not.
      expect(lines(problemsOf({ REMINDER_CRON: "0,30 8,22 * * *" }), "en")[0]).toContain("the reminders at 22:00, 22:30 fall in the quiet hours QUIET_HOURS=21:00-07:00");
      expect(problemsOf({ REMINDER_CRON: "0 6 * * *", QUIET_HOURS: "22:00-05:30" })).toEqual([]);
      // A seconds field, steps and ranges are read; what cannot be read is not guessed at.
      expect(problemsOf({ DIGEST_CRON: "0 */30 9-10 * * 1" })).toEqual([]);
      expect(problemsOf({ DIGEST_CRON: "0 5 * * MON" }).map((p) => p.variable)).toEqual(["DIGEST_CRON"]);
    });

    it("reports every cross-field problem together with the others", () => {
      const problems = problemsOf({ PERIOD_DUE_DAY: "15", QUIET_HOURS: "07:00-21:00", TELEGRAM_WEBHOOK_URL: "https://bot.example.org/telegram" });
      expect(problems.map((p) => p.variable)).toEqual(["TELEGRAM_WEBHOOK_SECRET", "PERIOD_DUE_DAY", "REMINDER_CRON", "DIGEST_CRON", "ANNUAL_CRON"]);
    });
  });
});

describe("YEARLY_OPEN_DAY: when the grassroots committees' yearly self-assessment opens", () => {
  it("is 1 December by default, any day of December when set, and no day that is none", () => {
    expect(loadConfig({}).schedule.calendar.yearlyOpenDay).toBe(1);
    expect(loadConfig({ YEARLY_OPEN_DAY: "15" }).schedule.calendar.yearlyOpenDay).toBe(15);
    for (const bad of ["0", "32", "first", "1.5"]) expect(problemsOf({ YEARLY_OPEN_DAY: bad }).map((p) => p.variable), bad).toEqual(["YEARLY_OPEN_DAY"]);
  });
});

function problemsOf(env: NodeJS.ProcessEnv): readonly ConfigProblem[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

const lines = (problems: readonly ConfigProblem[], locale: "vi" | "en"): string[] => {
  const translator = loadTranslator();
  return problems.map((p) => describeConfigProblem((key, args) => translator.t(locale, key, args), p));
};
