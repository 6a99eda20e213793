import { afterEach, describe, expect, it } from "vitest";
import { closePeriod, earlyClose } from "../../src/app/close-period.ts";
import { proactiveDeps } from "../../src/app/open-app.ts";
import { periodOpenRefusal } from "../../src/app/period-open-refusal.ts";
import { reconcilePeriods } from "../../src/app/reconcile-periods.ts";
import { reopenPeriod } from "../../src/app/reopen-period.ts";
import { dbRows } from "../support/db-rows.ts";
import { tempDbPath } from "../support/temp-db.ts";
import { startTestBot, type TestBot } from "../support/test-bot.ts";

/**
 * The use cases behind `period close` and `period reopen`, on a fake clock: closing early is
 * detected against the due day, or a reopening's deadline; closing a reopened period by hand
 * ends its allowances, so nobody answers a closed period; its second summary is its own.
 */
const bots: TestBot[] = [];
afterEach(async () => {
  for (const bot of bots.splice(0)) await bot.close();
});

describe("closing a period early, and closing a reopened one", () => {
  const dbPath = tempDbPath();

  it("is early until the end of the due day, and then not", async () => {
    const bot = await startTestBot({ dbPath });
    bots.push(bot);
    const deps = proactiveDeps(bot.app);
    expect(await earlyClose(deps, "2026-11")).toEqual({ due: "05/12/2026", awaiting: 5 });
    bot.clock.set("2026-12-05T16:59:00Z");
    expect(await earlyClose(deps, "2026-11")).toEqual({ due: "05/12/2026", awaiting: 5 });
    bot.clock.set("2026-12-05T17:00:00Z");
    expect(await earlyClose(deps, "2026-11")).toBeUndefined();
    // Nothing to confirm for a period that is not open: closing it then says so.
    expect(await earlyClose(deps, "2026-10")).toBeUndefined();
  });

  it("a reopened period is early until its new deadline; closed by hand, its allowances end with it", async () => {
    const bot = await startTestBot({ dbPath, now: "2026-12-12T03:00:00Z" });
    bots.push(bot);
    const deps = proactiveDeps(bot.app);
    expect(await closePeriod(deps, "2026-12")).toMatchObject({ notReported: 5 });
    expect(await periodOpenRefusal(deps, "2026-12")).toEqual({ key: "period-open-closed", args: { period: "12/2026", key: "2026-12" } });
    // 2026-12 closed early by hand; reopened for 3 days, its calendar window (to 10/01) still counts.
    const reopened = await reopenPeriod(bot.app, { periodKey: "2026-12", reason: "Đóng nhầm", by: null, days: 3 });
    expect(reopened).toMatchObject({ ok: true, until: new Date("2027-01-10T17:00:00.000Z") });
    expect(await earlyClose(deps, "2026-12")).toEqual({ due: "10/01/2027", awaiting: 5 });

    const secretary = await bot.user("sec-nc", [{ unit: "MK-NC", role: "secretary" }]);
    await secretary.inbox();
    expect(await secretary.say("/baocao")).toContain("Câu 1/16");
    expect(await closePeriod(deps, "2026-12")).toMatchObject({ notReported: 5 });
    const allowances = dbRows(bot.app).all<{ until: string }>("SELECT until FROM late_reports");
    expect(allowances).toHaveLength(5);
    expect(allowances.every((a) => a.until === "2026-12-12T03:00:00.000+00:00")).toBe(true);
    expect(await secretary.say("có")).toContain("Kỳ báo cáo tháng 12/2026 đã đóng");
    expect(await secretary.say("/baocao")).toContain("Hiện chưa có kỳ báo cáo nào đang mở.");

    // Two closings, two claims: the first close's and the reopening's.
    expect(dbRows(bot.app).all<{ slot: string }>("SELECT slot FROM job_runs WHERE job = 'period-close' ORDER BY slot").map((r) => r.slot)).toEqual([
      "2026-12",
      "2026-12@2026-12-12T03:00:00.000Z",
    ]);
    // Reconciling later records nothing again: the allowances ended with the closing.
    bot.clock.set("2027-01-20T03:00:00Z");
    await reconcilePeriods(deps);
    expect(dbRows(bot.app).count("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'late-report.end'")).toBe(0);
    expect(dbRows(bot.app).get<{ status: string }>("SELECT status FROM periods WHERE key = '2026-12'")?.status).toBe("closed");
  });
});
