import { afterEach, describe, expect, it } from "vitest";
import { annualResults, type AnnualReport } from "../../src/app/annual-results.ts";
import { endLateReports } from "../../src/app/late-reports.ts";
import type { App } from "../../src/app/open-app.ts";
import { returnForCorrection } from "../../src/app/return-for-correction.ts";
import type { FakeClock } from "../support/fake-clock.ts";
import { tempDbPath } from "../support/temp-db.ts";
import { YEAR_2026, openDemoApp, seedYear } from "./annual-seed.ts";

/**
 * Issue 11 leftover (b): a report of a closed month returned for correction and never sent again
 * is counted with its last submission (its score and standing as submitted), and the detail says
 * it was returned and not resent, instead of counting as "not reported".
 */
describe("a closed month returned for correction and never resent, in the yearly results", () => {
  const dbPath = tempDbPath();
  let app: App | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  async function returnedDecember(): Promise<AnnualReport> {
    app = await openDemoApp(dbPath, "2027-01-15T03:00:00Z");
    await seedYear(app, YEAR_2026);
    const returned = await returnForCorrection(app, { unitCode: "MK-PL1", periodKey: "2026-12", reason: "Câu 2 ghi nhầm số có mặt", by: null });
    expect(returned).toMatchObject({ ok: true, lateUntil: expect.any(Date) });
    // The 7 days to send it again pass unused: the month is recorded as not reported again.
    (app.clock as FakeClock).set("2027-01-30T03:00:00Z");
    expect(await endLateReports(app.stores, app.inTransaction, app.clock.now())).toBe(1);
    const outcome = await annualResults(app, { year: 2026, unitCode: "MK", locale: "vi" });
    if (!outcome.ok) throw new Error("MK is known");
    return outcome.report;
  }

  it("counts it with its last submitted standing, and says so", async () => {
    const report = await returnedDecember();
    const pl1 = report.cells.find((c) => c.code === "MK-PL1");
    expect(pl1).toMatchObject({ eligible: true, monthsReported: 12, monthsFourGood: 12 });
    expect(pl1?.months.at(-1)).toMatchObject({ period: "2026-12", status: "submitted", fourGood: true });
    const fourGood = pl1?.reasons.find((r) => r.rule === "four_good_months");
    expect(fourGood?.figures).toMatchObject({ months: 12, returnedNotResent: ["2026-12"] });
    expect(fourGood?.detail).toBe('Đạt "4 tốt" 12/12 tháng (cần ít nhất 10); tính theo lần gửi trước (bị trả lại để sửa, chưa gửi lại): 12/2026');
  });
});
