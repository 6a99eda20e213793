import { describe, expect, it } from "vitest";
import { allowLateReport } from "../../src/app/allow-late-report.ts";
import { reopenPeriod } from "../../src/app/reopen-period.ts";
import { DEFAULT_MONTHLY_CELL } from "../../src/domain/questionnaire/default-monthly-cell.ts";
import { dbRows } from "../support/db-rows.ts";
import { FULL_MONTH_ANSWERS, scheduleHarness } from "../support/schedule-harness.ts";
import { tempDbPath } from "../support/temp-db.ts";

/** Times are in Asia/Ho_Chi_Minh (UTC+7). Period 2026-11: opens 25/11, due 05/12, closes end of 10/12. */
const ict = (local: string): string => new Date(`${local}+07:00`).toISOString();
const TEN_MINUTES = 10 * 60_000;

type Harness = Awaited<ReturnType<typeof scheduleHarness>>;

const periodStatus = (h: Harness, key: string) => dbRows(h.app).get<{ status: string; closed: string | null }>("SELECT status, closed_at AS closed FROM periods WHERE key = ?", key);
const statusOf = (h: Harness, code: string, key: string) =>
  dbRows(h.app).get<{ status: string }>(
    "SELECT a.status AS status FROM assessments a JOIN units u ON u.id = a.unit_id JOIN periods p ON p.id = a.period_id WHERE u.code = ? AND p.key = ?",
    code,
    key,
  )?.status;
// The grassroots committees' yearly self-assessment (period "2026", opened on 1 December) is not these tests' concern.
const actions = (h: Harness) =>
  dbRows(h.app)
    .all<{ action: string }>("SELECT action FROM audit_log WHERE (action LIKE 'period.%' OR action LIKE 'late-report.%') AND subject <> 'period:2026' ORDER BY id")
    .map((r) => r.action);

/** November reported and closed by the calendar: Pha Long 1 submitted, Na Chơ answered one item. */
async function novemberClosed(dbPath: string): Promise<Harness> {
  const h = await scheduleHarness({ dbPath, start: ict("2026-11-24T20:00") });
  await h.person("sec-pl1", "MK-PL1");
  await h.person("sec-nc", "MK-NC");
  await h.bindGroup("-100", "MK");
  await h.scheduler.catchUp();
  await h.advanceTo(ict("2026-12-03T10:00"));
  await h.says("sec-pl1", "/baocao");
  for (const answer of FULL_MONTH_ANSWERS) await h.says("sec-pl1", answer);
  await h.says("sec-nc", "/baocao");
  await h.says("sec-nc", "có");
  await h.advanceTo(ict("2026-12-11T09:00"));
  expect(periodStatus(h, "2026-11")?.status).toBe("closed");
  expect(statusOf(h, "MK-NC", "2026-11")).toBe("not_reported");
  return h;
}

describe("a reopened period on the scheduler's clock", () => {
  const dbPath = tempDbPath();

  it("stays open until its own deadline, then closes again by itself and is summarised once more", async () => {
    const h = await novemberClosed(dbPath);
    const summaries = () => h.to("-100").filter((d) => d.message.text.startsWith("📕 Tổng kết kỳ báo cáo tháng 11/2026"));
    expect(summaries()).toHaveLength(1);

    await h.advanceTo(ict("2026-12-12T10:00"));
    const reopened = await reopenPeriod(h.app, { periodKey: "2026-11", reason: "Nhiều chi bộ mất mạng cuối kỳ", by: null });
    expect(reopened).toMatchObject({ ok: true, until: new Date(ict("2026-12-20T00:00")), reopened: 4, awaiting: 4 });
    expect(statusOf(h, "MK-NC", "2026-11")).toBe("in_progress");
    expect(statusOf(h, "MK-PL1", "2026-11")).toBe("submitted");

    // Told at once; the cell that submitted hears nothing.
    await h.advanceTo(ict("2026-12-12T10:10"), TEN_MINUTES);
    expect(h.to("sec-nc").at(-1)?.message.text).toBe(
      "🔓 Kỳ báo cáo tháng 11/2026 được mở lại cho Chi bộ thôn Na Chơ, đến hết ngày 19/12/2026.\nLý do: Nhiều chi bộ mất mạng cuối kỳ\nBấm nút dưới đây (hoặc gõ /baocao) để làm báo cáo.",
    );
    expect(h.to("sec-pl1").some((d) => d.message.text.includes("mở lại"))).toBe(false);

    // The scheduler, every ten minutes for hours, does not close it again.
    await h.advanceTo(ict("2026-12-12T16:00"), TEN_MINUTES);
    expect(periodStatus(h, "2026-11")).toEqual({ status: "open", closed: null });
    const greeting = (await h.says("sec-nc", "/start")).join("\n");
    expect(greeting).toContain("Chi bộ được báo cáo muộn tháng 11/2026 đến hết ngày 19/12/2026");
    expect((await h.says("sec-nc", "/baocao")).join("\n")).toContain("Câu 1/16");
    await h.says("sec-nc", "5/11");

    // Still open on its last day; closed at its end, Na Chơ not reported again with its answers kept.
    await h.advanceTo(ict("2026-12-19T23:00"));
    expect(periodStatus(h, "2026-11")?.status).toBe("open");
    await h.advanceTo(ict("2026-12-20T09:00"));
    expect(periodStatus(h, "2026-11")).toEqual({ status: "closed", closed: "2026-12-19T17:00:00.000+00:00" });
    expect(statusOf(h, "MK-NC", "2026-11")).toBe("not_reported");
    expect(dbRows(h.app).count("SELECT COUNT(*) AS n FROM answers a JOIN assessments s ON s.id = a.assessment_id JOIN units u ON u.id = s.unit_id WHERE u.code = 'MK-NC'")).toBe(2);
    expect(summaries()).toHaveLength(2);
    expect(summaries()[1]?.at).toBe(ict("2026-12-20T07:00"));
    expect(actions(h)).toEqual(["period.open", "period.close", "period.reopen", "period.close"]);
    expect((await h.says("sec-nc", "5/11")).join("\n")).toMatch(/đã đóng|Hiện chưa có kỳ báo cáo nào đang mở/);

    // December opens on its own day as usual, and is the month everyone answers.
    await h.advanceTo(ict("2026-12-25T09:00"));
    expect(periodStatus(h, "2026-12")?.status).toBe("open");
    expect((await h.says("sec-nc", "/start")).join("\n")).toContain("Kỳ báo cáo đang mở: tháng 12/2026");
    await h.close();
  });

  it("answered and sent in time, the late cell counts as submitted when the period closes again", async () => {
    const h = await novemberClosed(dbPath);
    await h.advanceTo(ict("2026-12-12T10:00"));
    await reopenPeriod(h.app, { periodKey: "2026-11", reason: "Gia hạn", by: null, days: 2 });
    await h.says("sec-nc", "/baocao");
    for (const answer of FULL_MONTH_ANSWERS.slice(1)) await h.says("sec-nc", answer);
    expect(statusOf(h, "MK-NC", "2026-11")).toBe("submitted");
    await h.advanceTo(ict("2026-12-15T09:00"));
    expect(periodStatus(h, "2026-11")?.closed).toBe("2026-12-14T17:00:00.000+00:00");
    expect(statusOf(h, "MK-NC", "2026-11")).toBe("submitted");
    expect(statusOf(h, "MK-TT", "2026-11")).toBe("not_reported");
    await h.close();
  });

  it("reopens a month older than the scheduler's look-back too, and still closes it at its deadline", async () => {
    const h = await scheduleHarness({ dbPath, start: ict("2026-12-12T10:00") });
    const versionId = await h.app.stores.questionnaires.ensure(DEFAULT_MONTHLY_CELL);
    await h.app.directory.openPeriod("2026-08", versionId, h.app.clock.now());
    await h.app.directory.closePeriod("2026-08", h.app.clock.now());
    expect(await reopenPeriod(h.app, { periodKey: "2026-08", reason: "Bổ sung số liệu", by: null, days: 1 })).toMatchObject({ ok: true });
    await h.advanceTo(ict("2026-12-13T23:00"), TEN_MINUTES * 6);
    expect(periodStatus(h, "2026-08")?.status).toBe("open");
    await h.advanceTo(ict("2026-12-14T01:00"), TEN_MINUTES);
    expect(periodStatus(h, "2026-08")?.status).toBe("closed");
    await h.close();
  });
});

describe("one cell's late report on the scheduler's clock", () => {
  const dbPath = tempDbPath();

  it("keeps the period closed, lets the cell answer until its deadline, then records it as not reported again", async () => {
    const h = await novemberClosed(dbPath);
    await h.advanceTo(ict("2026-12-12T10:00"));
    const allowed = await allowLateReport(h.app, { unitCode: "MK-NC", periodKey: "2026-11", days: 3, reason: "Bí thư đi viện", by: null });
    expect(allowed).toMatchObject({ ok: true, until: new Date(ict("2026-12-16T00:00")), reopened: true });
    await h.advanceTo(ict("2026-12-12T11:00"), TEN_MINUTES);
    expect(h.to("sec-nc").at(-1)?.message.text).toContain("⏳ Chi bộ thôn Na Chơ được phép báo cáo muộn tháng 11/2026, đến hết ngày 15/12/2026.");
    expect(periodStatus(h, "2026-11")?.status).toBe("closed");
    expect(statusOf(h, "MK-NC", "2026-11")).toBe("in_progress");

    // The cell answers the closed month; no other cell may.
    expect((await h.says("sec-nc", "/baocao")).join("\n")).toContain("Câu 1/16");
    await h.says("sec-nc", "5/11");
    await h.person("sec-tt", "MK-TT");
    expect((await h.says("sec-tt", "/baocao")).join("\n")).toContain("Hiện chưa có kỳ báo cáo nào đang mở.");

    // It ends unused: not reported again, answers kept, audited; the period was never reopened.
    await h.advanceTo(ict("2026-12-16T01:00"), TEN_MINUTES * 3);
    expect(statusOf(h, "MK-NC", "2026-11")).toBe("not_reported");
    expect(periodStatus(h, "2026-11")?.status).toBe("closed");
    expect(actions(h)).toEqual(["period.open", "period.close", "late-report.allow", "late-report.end"]);
    expect((await h.says("sec-nc", "18 17 0")).join("\n")).toMatch(/đã đóng|Hiện chưa có kỳ báo cáo nào đang mở/);
    // The scheduler does not record it again and again.
    await h.advanceTo(ict("2026-12-17T01:00"), TEN_MINUTES * 3);
    expect(actions(h)).toHaveLength(4);
    await h.close();
  });
});
