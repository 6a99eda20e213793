import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../src/config.ts";

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

  it("lists every bad value at once", () => {
    const attempt = () => loadConfig({ REMINDER_CRON: "every morning", QUIET_HOURS: "9pm-7am", PERIOD_DUE_DAY: "32", TELEGRAM_BOT_TOKEN: "not-a-token" });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (error) {
      const problems = (error as ConfigError).problems.join("\n");
      for (const name of ["REMINDER_CRON", "QUIET_HOURS", "PERIOD_DUE_DAY", "TELEGRAM_BOT_TOKEN"]) expect(problems).toContain(name);
      expect(problems).not.toContain("not-a-token");
    }
  });
});
