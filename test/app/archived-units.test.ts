import { describe, expect, it } from "vitest";
import { annualResults } from "../../src/app/annual-results.ts";
import { setUnitArchived } from "../../src/app/archive-unit.ts";
import { proactiveDeps } from "../../src/app/open-app.ts";
import { periodReport } from "../../src/app/period-report.ts";
import { periodSheet } from "../../src/app/period-sheet.ts";
import { planReminders } from "../../src/app/send-reminders.ts";
import { tempDbPath } from "../support/temp-db.ts";
import { startTestBot, type TestBot } from "../support/test-bot.ts";

/**
 * Issue 12: an archived unit keeps its history and leaves everything that lists active cells —
 * reminders, the period's closing, /status and digests, the report, the year's results, the
 * groups digests go to, the cells a secretary answers for.
 */
describe("an archived unit", () => {
  const dbPath = tempDbPath();

  async function archive(bot: TestBot, ...codes: string[]): Promise<void> {
    for (const code of codes) {
      const outcome = await setUnitArchived(bot.app, { code, archived: true });
      if (!outcome.ok) throw new Error(`${code} not archived: ${JSON.stringify(outcome)}`);
    }
  }

  const codes = (units: readonly { readonly unit: { readonly code: string } }[]): string[] => units.map((u) => u.unit.code);

  it("gets no reminder, is not recorded as not reported, and is out of /status, digests and the report", async () => {
    const bot = await startTestBot({ dbPath });
    const period = (await bot.app.stores.periods.findByKey("2026-11")) ?? undefined;
    if (!period) throw new Error("no period 2026-11");
    const secretary = await bot.user("tt-sec", [{ unit: "MK-TT", role: "secretary" }]);
    await bot.user("nc-sec", [{ unit: "MK-NC", role: "secretary" }]);
    await archive(bot, "MK-TT");

    expect(codes(await bot.app.directory.cells())).toEqual(["MK-PL1", "MK-NC", "MK-THPT-GV", "MK-THPT-HC"]);
    expect(codes(await bot.app.directory.cellsAwaiting(period.id))).not.toContain("MK-TT");
    const mk = await bot.app.stores.org.findUnit("MK");
    expect(codes(await bot.app.directory.cellStates(mk?.id ?? 0, period.id))).toEqual(["MK-PL1", "MK-NC", "MK-THPT-GV", "MK-THPT-HC"]);

    // Three days before the due date: reminders for the cells that have not submitted, none for the archived one.
    bot.clock.set("2026-12-02T01:00:00Z");
    const { plan } = await planReminders(proactiveDeps(bot.app));
    expect(plan.map((p) => p.code)).toContain("MK-NC");
    expect(plan.map((p) => p.code)).not.toContain("MK-TT");

    // Its secretary no longer answers for it.
    expect((await secretary.says("/baocao")).map((m) => m.text).join("\n")).not.toContain("Tả Thàng");

    expect(await bot.app.directory.closePeriod("2026-11", bot.clock.now())).toEqual({ notReported: 4 });
    const report = await periodReport(bot.app.stores, "2026-11");
    if (!report.ok) throw new Error("no report");
    expect(report.report.cells.map((c) => c.code)).toEqual(["MK-PL1", "MK-NC", "MK-THPT-GV", "MK-THPT-HC"]);
    await bot.close();
  });

  it("keeps its history: a cell archived after a month is still found with that month's record", async () => {
    const bot = await startTestBot({ dbPath });
    await bot.app.directory.closePeriod("2026-11", bot.clock.now());
    await archive(bot, "MK-NC");
    const nc = await bot.app.stores.org.findUnit("MK-NC");
    expect(nc).toMatchObject({ code: "MK-NC", name: "Chi bộ thôn Na Chơ" });
    expect(await bot.app.stores.assessments.countOfUnit(nc?.id ?? 0)).toBe(1);
    const history = await bot.app.stores.audit.list();
    expect(history.at(-1)).toMatchObject({ action: "unit.archive", subject: "unit:MK-NC" });

    // That month's report still lists it, as the month recorded it (whole tree, and one subtree).
    for (const scope of [undefined, "MK"]) {
      const report = await periodReport(bot.app.stores, "2026-11", scope);
      if (!report.ok) throw new Error("no report");
      expect(report.report.cells.find((c) => c.code === "MK-NC")).toMatchObject({ status: "not_reported" });
      const sheet = await periodSheet(bot.app, { periodKey: "2026-11", ...(scope ? { unitCode: scope } : {}) });
      if (!sheet.ok) throw new Error("no sheet");
      expect(sheet.input.cells.find((c) => c.code === "MK-NC")).toMatchObject({ status: "not_reported" });
    }
    await bot.close();
  });

  it("leaves the year's results, and its group gets no digest", async () => {
    const bot = await startTestBot({ dbPath });
    await bot.app.groups.bind({ channel: bot.channel.channel, chatId: "-100" }, "MK-THPT", null, bot.clock.now());
    await bot.app.groups.bind({ channel: bot.channel.channel, chatId: "-200" }, "MK", null, bot.clock.now());
    await archive(bot, "MK-THPT-GV", "MK-THPT-HC", "MK-THPT");
    expect((await bot.app.directory.boundGroups()).map((g) => g.unit.code)).toEqual(["MK"]);
    const year = await annualResults(bot.app, { year: 2026, locale: "vi" });
    if (!year.ok) throw new Error("no annual results");
    expect(year.report.cells.map((c) => c.code)).toEqual(["MK-PL1", "MK-NC", "MK-TT"]);
    // Asked for by its code, the archived committee's year is still there (its history).
    const own = await annualResults(bot.app, { year: 2026, unitCode: "MK-THPT", locale: "vi" });
    expect(own.ok && own.report.cells.map((c) => c.code)).toEqual(["MK-THPT-GV", "MK-THPT-HC"]);
    await bot.close();
  });
});
