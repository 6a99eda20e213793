import { describe, expect, it } from "vitest";
import type { Command } from "commander";
import { buildProgram, forEachCommand, runCli } from "../../src/cli/main.ts";
import { loadTranslator } from "../../src/i18n/translator.ts";
import { captureIo } from "../support/capture-io.ts";
import { tempDbPath } from "../support/temp-db.ts";

/**
 * Issue 12, item 5: a CLI that explains itself. Every command and subcommand registered on the
 * program (so a command added later is covered without touching this file) answers --help with
 * a localized usage line and at least one example, in Vietnamese and in English; usage mistakes
 * are one localized line naming the flag and the accepted values, the hint to --help, exit 2.
 */

const translator = loadTranslator();

/** Every command path as the operator types it: ["annual"], ["units", "add"], … */
function commandPaths(): string[][] {
  const io = captureIo({});
  const program = buildProgram({ io: io.io, translator, locale: "vi", t: (key, args) => translator.t("vi", key, args), langGiven: false, bot: undefined, exitCode: 0 });
  const paths: string[][] = [];
  const pathOf = (command: Command): string[] => (command.parent ? [...pathOf(command.parent), command.name()] : []);
  forEachCommand(program, (command) => {
    if (command.parent) paths.push(pathOf(command));
  });
  return paths;
}

const PATHS = commandPaths();

const LANGUAGES = [
  { locale: "vi", usage: "Cách dùng:", examples: "Ví dụ:", options: "Tùy chọn:", english: /\b(Usage|Options|Commands|Arguments|display help|output the version|default:|choices:)\b/ },
  { locale: "en", usage: "Usage:", examples: "Examples:", options: "Options:", english: /\b(display help for command|output the version number)\b/ },
] as const;

async function run(argv: readonly string[], env: NodeJS.ProcessEnv = { LOG_LEVEL: "silent" }) {
  const io = captureIo(env);
  const code = await runCli(argv, io.io);
  return { code, out: io.out(), err: io.err() };
}

describe("--help", () => {
  it("covers every command there is, subcommands included", () => {
    const names = PATHS.map((p) => p.join(" "));
    for (const expected of ["report", "annual", "units", "units add", "invite", "period open", "period late", "yearend thresholds", "db backup", "outbox retry", "zalo login"]) expect(names).toContain(expected);
  });

  describe.each(LANGUAGES)("in $locale", ({ locale, usage, examples, options, english }) => {
    it.each(PATHS.map((p) => [p.join(" "), p]))("%s --help: a localized usage line, options and an example, exit 0", async (_name, path) => {
      const r = await run([...path, "--help", "--lang", locale]);
      expect(r.code).toBe(0);
      expect(r.err).toBe("");
      expect(r.out.startsWith(`${usage} npx bontot ${path.join(" ")}`)).toBe(true);
      expect(r.out).toContain(options);
      const after = r.out.slice(r.out.indexOf(examples));
      expect(r.out).toContain(examples);
      // The examples are this command's (a group's may show its subcommands).
      expect(after).toMatch(new RegExp(`\\n  npx bontot ${path.join(" ")}\\b`));
      expect(r.out).not.toMatch(english);
      // No locale key left untranslated.
      expect(r.out).not.toMatch(/\b(cli|config|db-problem)-[a-z-]+\b/);
    });
  });

  it("is the default answer: `npx bontot`, `help`, `--help` and `help <command>`", async () => {
    const bare = await run([]);
    expect(bare.code).toBe(0);
    expect(bare.out).toContain("Cách dùng: npx bontot <lệnh>");
    for (const command of PATHS.filter((p) => p.length === 1).map((p) => p[0] as string)) expect(bare.out).toMatch(new RegExp(`^ {2}${command}\\b`, "m"));
    expect((await run(["help"])).out).toBe(bare.out);
    expect((await run(["--help"])).out).toBe(bare.out);
    const annual = await run(["help", "annual"]);
    expect(annual.code).toBe(0);
    expect(annual.out).toContain("Cách dùng: npx bontot annual --year YYYY");
    expect((await run(["--version"])).out).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it("follows BONTOT_LANG, and --lang wins over it", async () => {
    expect((await run(["report", "--help"], { BONTOT_LANG: "en" })).out).toContain("Usage: npx bontot report --period YYYY-MM");
    expect((await run(["report", "--help", "--lang", "vi"], { BONTOT_LANG: "en" })).out).toContain("Cách dùng: npx bontot report --period YYYY-MM");
    expect((await run(["report", "--help", "--lang=en"])).out).toContain("Usage:");
  });

  it("shows choices and defaults in the operator's words", async () => {
    const flat = (text: string): string => text.replace(/\s+/g, " ");
    const vi = await run(["invite", "--help"]);
    expect(flat(vi.out)).toContain("--role <VAI-TRÒ> vai trò của người được mời (chọn: secretary, deputy, leader, admin; mặc định: secretary)");
    const en = await run(["invite", "--help", "--lang", "en"]);
    expect(flat(en.out)).toContain("--role <ROLE> the role of the person invited (one of: secretary, deputy, leader, admin; default: secretary)");
  });

  it("lists a group's subcommands, and calling the group alone is a usage mistake", async () => {
    const r = await run(["period"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("Cách dùng: npx bontot period <lệnh>");
    expect(r.err).toMatch(/^ {2}reopen <YYYY-MM> +mở lại kỳ đã đóng/m);
  });
});

describe("usage mistakes", () => {
  const cases: [string, string[], string, string][] = [
    ["an unknown option, with the nearest", ["report", "--perod", "2026-11"], "Không có tùy chọn --perod cho lệnh này. Có phải là --period?", "This command has no option --perod. Did you mean --period?"],
    ["an unknown command, with the nearest", ["reprot"], 'Không có lệnh "reprot". Có phải là report?', 'There is no command "reprot". Did you mean report?'],
    ["an unknown subcommand", ["units", "ad"], 'Không có lệnh "ad". Có phải là add?', 'There is no command "ad". Did you mean add?'],
    ["a value not among the accepted ones", ["units", "add", "--code", "X", "--name", "X", "--kind", "chi-bo"], 'Tùy chọn --kind không nhận "chi-bo"; chọn một trong: province, committee, grassroots_committee, cell.', 'The option --kind does not take "chi-bo"; use one of: province, committee, grassroots_committee, cell.'],
    ["a missing required option", ["history", "--unit", "MK-PL1"], "Thiếu --period YYYY-MM.", "--period YYYY-MM is missing."],
    ["a missing value", ["report", "--period"], "Tùy chọn --period cần một giá trị", "The option --period needs a value"],
    ["a flag taken for a value", ["digest", "--unit", "--period", "2026-11"], "Tùy chọn --unit cần một giá trị", "The option --unit needs a value"],
    ["a bad number", ["outbox", "retry", "--id", "abc"], '--id "abc" không hợp lệ: cần một số nguyên từ 1 đến', '--id "abc" is not valid: a whole number from 1 to'],
    ["a number out of range", ["units", "add", "--code", "X", "--name", "X", "--kind", "cell", "--parent", "MK", "--members", "-3"], "--members phải là số nguyên không âm.", "--members must be a whole number, 0 or more."],
    ["a bad period", ["period", "open", "11/2026"], 'Kỳ "11/2026" không đúng dạng YYYY-MM (ví dụ 2026-11).', 'Period "11/2026" is not in the form YYYY-MM (e.g. 2026-11).'],
    ["a word too many", ["demo", "now"], 'Thừa "now"', '"now" is extra'],
    ["a missing argument", ["period", "close"], "Thiếu YYYY-MM.", "YYYY-MM is missing."],
    ["a flag given a value it does not take", ["remind", "--dry-run=yes"], "Tùy chọn --dry-run không nhận giá trị", "The option --dry-run takes no value"],
  ];

  it.each(cases)("%s: one line naming it, the hint, exit 2 (vi and en)", async (_what, argv, vi, en) => {
    const dir = tempDbPath();
    for (const [locale, message, hint] of [
      ["vi", vi, "để xem hướng dẫn."],
      ["en", en, "for help."],
    ] as const) {
      const r = await run([...argv, "--lang", locale], { BONTOT_DB_PATH: dir, LOG_LEVEL: "silent" });
      expect(r.code, argv.join(" ")).toBe(2);
      expect(r.out).toBe("");
      const lines = r.err.trimEnd().split("\n");
      expect(lines, r.err).toHaveLength(2);
      expect(lines[0]).toContain(message);
      expect(lines[1]).toMatch(/npx bontot[a-z ]* --help/);
      expect(lines[1]).toContain(hint);
      expect(r.err).not.toMatch(/error:|\n\s+at /);
    }
  });

  it("points the hint at the command that was mistyped", async () => {
    const r = await run(["yearend", "thresholds", "--share", "100"]);
    expect(r.err).toBe('Không có tùy chọn --share cho lệnh này. Có phải là --share-good?\nGõ "npx bontot yearend thresholds --help" để xem hướng dẫn.\n');
  });
});

describe("configuration problems", () => {
  it("stop `npm start` and every command with the list in the operator's language, exit 1", async () => {
    const start = async (): Promise<void> => {
      throw new Error("the bot must not start on a bad configuration");
    };
    const env = { QUIET_HOURS: "07:00-21:00", PERIOD_DUE_DAY: "15", LOG_LEVEL: "silent", BONTOT_DB_PATH: tempDbPath() };
    const io = captureIo({ ...env, BONTOT_LANG: "en" });
    expect(await runCli(["start"], io.io, { start })).toBe(1);
    expect(io.out()).toBe("");
    expect(io.err()).toBe(
      [
        "Invalid configuration:",
        "  - PERIOD_DUE_DAY=15: the due day (15 of the next month) must be on or before the closing day PERIOD_CLOSE_DAY (10): otherwise the period closes before the report is due.",
        "  - REMINDER_CRON: the reminders at 08:00 fall in the quiet hours QUIET_HOURS=07:00-21:00: they would wait until 21:00. Change the reminder time or QUIET_HOURS.",
        "  - DIGEST_CRON: the weekly digest at 08:00 falls in the quiet hours QUIET_HOURS=07:00-21:00: it would wait until 21:00. Change its time or QUIET_HOURS.",
        "  - ANNUAL_CRON: the year's results at 08:00 fall in the quiet hours QUIET_HOURS=07:00-21:00: they would wait until 21:00. Change their time or QUIET_HOURS.",
        "Fix it in the .env file (or the environment) and run again; every variable is explained in .env.example.",
        "",
      ].join("\n"),
    );
    const vi = await run(["units"], env);
    expect(vi.code).toBe(1);
    expect(vi.err.split("\n").slice(0, 2)).toEqual([
      "Cấu hình không hợp lệ:",
      "  - PERIOD_DUE_DAY=15: hạn gửi (ngày 15 tháng sau) phải trước hoặc bằng ngày đóng kỳ PERIOD_CLOSE_DAY (10): nếu không, kỳ đóng trước khi tới hạn.",
    ]);
  });
});
