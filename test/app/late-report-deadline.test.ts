import { afterEach, describe, expect, it } from "vitest";
import { allowLateReport } from "../../src/app/allow-late-report.ts";
import { closePeriod } from "../../src/app/close-period.ts";
import { lateReply } from "../../src/app/correction-replies.ts";
import { proactiveDeps } from "../../src/app/open-app.ts";
import { dbRows } from "../support/db-rows.ts";
import { startTestBot, type TestBot } from "../support/test-bot.ts";
import { tempDbPath } from "../support/temp-db.ts";

/** Issue 11 leftover (a): a second late report for the same cell and month never shortens the first one's deadline. */
describe("allowing a cell's late report again", () => {
  const dbPath = tempDbPath();
  let bot: TestBot;
  afterEach(async () => bot.close());

  const request = (days: number) => ({ unitCode: "MK-NC", periodKey: "2026-11", days, reason: "Mất điện", by: null });
  const until = () => dbRows(bot.app).get<{ until: string }>("SELECT until FROM late_reports")?.until;

  it("keeps a later deadline and says so; a later one than before replaces it", async () => {
    bot = await startTestBot({ dbPath });
    bot.clock.set("2026-12-12T03:00:00Z");
    await closePeriod(proactiveDeps(bot.app), "2026-11");
    const first = await allowLateReport(bot.app, request(7));
    expect(first).toMatchObject({ ok: true });
    expect(until()).toBe("2026-12-19T17:00:00.000+00:00");
    const audited = () => dbRows(bot.app).count("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'late-report.allow'");

    // Two days later, 3 more days would end before the 7 given: nothing changes, and the admin hears why.
    bot.clock.set("2026-12-14T03:00:00Z");
    const shorter = await allowLateReport(bot.app, request(3));
    expect(shorter).toMatchObject({ ok: false, why: "later-allowed", until: new Date("2026-12-19T17:00:00.000Z") });
    expect(until()).toBe("2026-12-19T17:00:00.000+00:00");
    expect(audited()).toBe(1);
    const t = (key: string, args?: Record<string, string | number>) => bot.app.translator.t("vi", key, args);
    expect(lateReply(t, shorter, { code: "MK-NC", key: "2026-11" }, bot.app.config.timeZone)).toBe(
      "Chi bộ thôn Na Chơ đã được báo cáo muộn tháng 11/2026 đến hết ngày 19/12/2026, muộn hơn hạn mới (hết ngày 17/12/2026): giữ nguyên hạn đó, không có gì thay đổi.",
    );

    // A deadline later than the one running replaces it.
    expect(await allowLateReport(bot.app, request(10))).toMatchObject({ ok: true, until: new Date("2026-12-24T17:00:00.000Z") });
    expect(until()).toBe("2026-12-24T17:00:00.000+00:00");
    expect(audited()).toBe(2);
  });

  it("an allowance that has ended is replaced by a new one, whatever its length", async () => {
    bot = await startTestBot({ dbPath });
    bot.clock.set("2026-12-12T03:00:00Z");
    await closePeriod(proactiveDeps(bot.app), "2026-11");
    expect(await allowLateReport(bot.app, request(2))).toMatchObject({ ok: true });
    bot.clock.set("2026-12-20T03:00:00Z");
    expect(await allowLateReport(bot.app, request(1))).toMatchObject({ ok: true, until: new Date("2026-12-21T17:00:00.000Z") });
  });
});
