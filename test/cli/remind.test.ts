import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, it, onTestFinished } from "vitest";
import { runCli } from "../../src/cli/main.ts";
import { captureIo } from "../support/capture-io.ts";
import { dbRows } from "../support/db-rows.ts";
import { startTestBot, type TestBot } from "../support/test-bot.ts";

/**
 * Issue 12, part 4, on the command line: `remind` shows how many cells are late and when the
 * schedule reminds them next (it sends nothing); `remind --now` reminds them at once, held
 * through the quiet hours. The CLI runs on the real clock: November 2026 stays open in the test
 * database whatever the date, and what depends on the hour is computed here from the same clock.
 * Pha Long 1 and Na Chơ have secretaries; the other three cells nobody.
 */
const NOBODY = "Không nhắc được — chưa có bí thư, phó bí thư đăng ký (3): Chi bộ thôn Tả Thàng, Chi bộ Giáo viên, Chi bộ Hành chính";

/** Hà Nội's wall clock: "HH:MM" and "DD/MM/YYYY". */
function hanoi(at: Date): { time: string; date: string; minutes: number } {
  const parts = new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Ho_Chi_Minh", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).formatToParts(at);
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? "";
  return { time: `${get("hour")}:${get("minute")}`, date: `${get("day")}/${get("month")}/${get("year")}`, minutes: Number(get("hour")) * 60 + Number(get("minute")) };
}
const clockText = (minutes: number): string => `${String(Math.floor(minutes / 60) % 24).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

describe("npx bontot remind", () => {
  let bot: TestBot;
  let env: Record<string, string>;
  beforeEach(async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "bontot-remind-"));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const dbPath = path.join(dir, "bontot.db");
    bot = await startTestBot({ dbPath });
    await bot.user("sec-pl1", [{ unit: "MK-PL1", role: "secretary" }]);
    await bot.user("sec-nc", [{ unit: "MK-NC", role: "deputy" }]);
    await bot.close();
    env = { BONTOT_DB_PATH: dbPath, LOG_LEVEL: "silent" };
  });
  const run = async (argv: string[], extra: Record<string, string> = {}) => {
    const { io, out, err } = captureIo({ ...env, ...extra });
    return { code: await runCli(argv, io), out: out(), err: err() };
  };
  const reminders = () => dbRows(bot.app).all<{ chat_id: string; not_before: string | null }>("SELECT chat_id, not_before FROM outbox_messages WHERE dedupe_key LIKE 'remind:%' ORDER BY chat_id");

  it("without --now: the late cells, the next scheduled reminder, who cannot be reminded; nothing sent", async () => {
    const { code, out } = await run(["remind"]);
    expect(code).toBe(0);
    expect(out).toMatch(
      new RegExp(
        [
          "^⏰ Nhắc báo cáo — toàn bộ đơn vị",
          "Tháng 11/2026 \\(hạn 05/12/2026\\): 5/5 chi bộ chưa gửi báo cáo\\.",
          "(Lần nhắc tự động tiếp theo: \\d\\d:\\d\\d ngày \\d\\d/\\d\\d/\\d{4} \\(.+\\)\\.|Không còn lần nhắc tự động nào cho kỳ này\\.)",
          NOBODY.replace(/[()]/g, "\\$&"),
        ].join("\n"),
      ),
    );
    expect(out.endsWith("Nhắc ngay mọi chi bộ chưa gửi: npx bontot remind --now\n")).toBe(true);
    expect(reminders()).toEqual([]);
    // --dry-run, its old name, is the same.
    expect((await run(["remind", "--dry-run"])).out).toBe(out);

    const school = await run(["remind", "--unit", "MK-THPT", "--lang", "en"]);
    expect(school.out).toContain("⏰ Reminders — Đảng bộ Trường THPT số 1 Mường Khương\n11/2026 (due 05/12/2026): 2/2 cells have not submitted.");
    expect(school.out).toContain("Remind every cell that has not submitted now: npx bontot remind --now --unit MK-THPT");
  });

  it("--now in the quiet hours: says when the reminders go out, holds them, and reminds nobody twice a day", async () => {
    const now = hanoi(new Date());
    const end = (now.minutes + 30) % 1440;
    // Quiet from a minute ago to half an hour from now; the scheduled jobs moved out of the way (the configuration refuses them in quiet hours).
    const away = clockText(now.minutes + 720).split(":").map(Number) as [number, number];
    const quiet = {
      QUIET_HOURS: `${clockText((now.minutes + 1439) % 1440)}-${clockText(end)}`,
      REMINDER_CRON: `${away[1]} ${away[0]} * * *`,
      DIGEST_CRON: `${away[1]} ${away[0]} * * 1`,
      ANNUAL_CRON: `${away[1]} ${away[0]} 11 1 *`,
    };
    const sendAt = hanoi(new Date(Date.now() + 30 * 60_000));
    const first = await run(["remind", "--now"], quiet);
    expect(first).toMatchObject({ code: 0, err: "" });
    expect(first.out).toBe(`⏰ 2 chi bộ sẽ được nhắc lúc ${clockText(end)} ngày ${sendAt.date} (đang giờ yên tĩnh ban đêm, tin chờ đến sáng) — báo cáo tháng 11/2026, 2 tin.\n${NOBODY}\n`);
    const queued = reminders();
    expect(queued.map((r) => r.chat_id)).toEqual(["sec-nc", "sec-pl1"]);
    expect(queued.every((r) => r.not_before !== null && hanoi(new Date(r.not_before)).time === clockText(end))).toBe(true);

    const again = await run(["remind", "--now"], quiet);
    expect(again.out).toBe(`Đã được nhắc hôm nay, không nhắc lại (2): Chi bộ thôn Pha Long 1, Chi bộ thôn Na Chơ\n${NOBODY}\n`);
    expect(reminders()).toHaveLength(2);
    expect(dbRows(bot.app).count("SELECT count(*) AS n FROM audit_log WHERE action = 'reminders.send-now' AND subject = 'units:all'")).toBe(2);
  });

  it("refuses --now with --dry-run, an unknown unit, and says so in the operator's language", async () => {
    const both = await run(["remind", "--now", "--dry-run"]);
    expect(both).toMatchObject({ code: 2, out: "" });
    expect(both.err).toContain("--now (nhắc ngay) và --dry-run (chỉ xem) không dùng cùng nhau.");
    const unknown = await run(["remind", "--now", "--unit", "MX"]);
    expect(unknown).toMatchObject({ code: 2, out: "" });
    expect(unknown.err).toContain("Không có đơn vị mã MX.");
    expect(reminders()).toEqual([]);
  });
});
