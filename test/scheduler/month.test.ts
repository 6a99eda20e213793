import { describe, expect, it } from "vitest";
import { FULL_MONTH_ANSWERS, scheduleHarness } from "../support/schedule-harness.ts";
import { dbRows } from "../support/db-rows.ts";
import { tempDbPath } from "../support/temp-db.ts";

/** Times are in Asia/Ho_Chi_Minh (UTC+7). Period 2026-11: opens 25/11, due 05/12, closes end of 10/12. */
const ict = (local: string): string => new Date(`${local}+07:00`).toISOString();

describe("a whole reporting month on a fake clock", () => {
  const dbPath = tempDbPath();

  it("opens, reminds late cells on schedule and never at night, stops at submission, escalates, closes", async () => {
    const h = await scheduleHarness({ dbPath, start: ict("2026-11-24T20:00") });
    await h.person("sec-pl1", "MK-PL1");
    await h.person("sec-nc", "MK-NC");
    await h.person("dep-nc", "MK-NC", "deputy");
    await h.bindGroup("-100", "MK");
    await h.scheduler.catchUp();

    // Opening at midnight: the invitation waits for the end of quiet hours (07:00).
    await h.advanceTo(ict("2026-11-25T12:00"));
    const invitation = h.to("sec-pl1")[0];
    expect(invitation?.message.text).toBe("📣 Kỳ báo cáo tháng 11/2026 đã mở. Mời đồng chí tự đánh giá \"Chi bộ bốn tốt\" cho Chi bộ thôn Pha Long 1; hạn gửi: 05/12/2026.");
    expect(invitation?.at).toBe(ict("2026-11-25T07:00"));
    expect(h.to("dep-nc")).toHaveLength(1);

    // The weekly digest on Monday 30/11 at 08:00, with its chart.
    await h.advanceTo(ict("2026-11-30T12:00"));
    const digest = h.to("-100")[0];
    expect(digest?.at).toBe(ict("2026-11-30T08:00"));
    expect(digest?.message.text).toContain("📰 Bản tin tuần — Đảng ủy xã Mường Khương — báo cáo tháng 11/2026");
    expect(digest?.message.image?.filename).toBe("MK-2026-11.png");

    // due-3 on 02/12 for both cells; Pha Long 1 submits on 03/12 and hears nothing more.
    await h.advanceTo(ict("2026-12-03T10:00"));
    expect(h.to("sec-pl1").map((d) => d.at)).toEqual([ict("2026-11-25T07:00"), ict("2026-12-02T08:00")]);
    expect(h.to("sec-pl1")[1]?.message.text).toContain("⏰ Còn 3 ngày đến hạn gửi báo cáo tháng 11/2026");
    await h.says("sec-pl1", "/baocao");
    for (const answer of FULL_MONTH_ANSWERS) await h.says("sec-pl1", answer);
    expect(h.to("sec-pl1").at(-1)?.message.text).toContain("✅ Đã gửi báo cáo tháng 11/2026");
    const afterSubmit = h.to("sec-pl1").length;

    await h.advanceTo(ict("2026-12-10T12:00"));
    expect(h.to("sec-pl1")).toHaveLength(afterSubmit);
    const reminders = h.to("sec-nc").slice(1);
    expect(reminders.map((d) => d.at)).toEqual(
      ["2026-12-02", "2026-12-04", "2026-12-05", "2026-12-06", "2026-12-07", "2026-12-08"].map((day) => ict(`${day}T08:00`)),
    );
    expect(reminders[2]?.message.text).toBe("⏰ Hôm nay (05/12/2026) là hạn gửi báo cáo tháng 11/2026 của Chi bộ thôn Na Chơ.");
    expect(reminders[5]?.message.text).toContain("đã quá hạn 3 ngày");
    expect(h.deliveries.every((d) => Number(d.at.slice(11, 13)) >= 0 && !isQuiet(d.at))).toBe(true);

    // One escalation the day after the due date, listing the overdue cells.
    const escalations = h.to("-100").filter((d) => d.message.text.startsWith("⚠️"));
    expect(escalations).toHaveLength(1);
    expect(escalations[0]?.at).toBe(ict("2026-12-06T08:00"));
    expect(escalations[0]?.message.text).toContain("4 chi bộ chưa gửi báo cáo tháng 11/2026 (hạn 05/12/2026): Chi bộ thôn Na Chơ, Chi bộ thôn Tả Thàng, Chi bộ Giáo viên, Chi bộ Hành chính");

    // Close at the end of 10/12: the missing are recorded, the group gets the summary in the morning.
    await h.advanceTo(ict("2026-12-11T09:00"));
    const states = dbRows(h.app).all<{ code: string; status: string }>(
      "SELECT units.code AS code, assessments.status AS status FROM assessments JOIN units ON units.id = assessments.unit_id ORDER BY assessments.unit_id",
    );
    expect(states.map((a) => [a.code, a.status])).toEqual([
      ["MK-PL1", "submitted"],
      ["MK-NC", "not_reported"],
      ["MK-TT", "not_reported"],
      ["MK-THPT-GV", "not_reported"],
      ["MK-THPT-HC", "not_reported"],
    ]);
    const summary = h.to("-100").at(-1);
    expect(summary?.at).toBe(ict("2026-12-11T07:00"));
    expect(summary?.message.text).toContain("📕 Tổng kết kỳ báo cáo tháng 11/2026");
    expect(summary?.message.text).toContain("Chưa báo cáo (không đạt tháng này): Chi bộ thôn Na Chơ");

    // A late answer is refused politely.
    const late = await h.says("sec-nc", "có");
    expect(late.join("\n")).toMatch(/Gõ \/baocao|đã đóng/);
    expect((await h.says("sec-nc", "/baocao")).join("\n")).toContain("Hiện chưa có kỳ báo cáo nào đang mở.");
    await h.close();
  }, 60_000);

  it("a reminder that falls in quiet hours waits for the morning, and is dropped if the cell submits first", async () => {
    // A reminder time inside the quiet hours is refused by the configuration (issue 12); one falls
    // in them when the bot, down at 20:30, catches the missed slot up at 21:10.
    const h = await scheduleHarness({ dbPath, start: ict("2026-12-02T21:10"), env: { REMINDER_CRON: "30 20 * * *" } });
    await h.person("sec-pl1", "MK-PL1");
    await h.person("sec-nc", "MK-NC");
    await h.scheduler.catchUp();
    await h.advanceTo(ict("2026-12-02T23:00"));
    const reminders = (chat: string) => h.to(chat).filter((d) => d.message.text.startsWith("⏰"));
    expect(reminders("sec-pl1")).toHaveLength(0);
    // Pha Long 1 submits at 23:00; Na Chơ does not.
    await h.says("sec-pl1", "/baocao");
    for (const answer of FULL_MONTH_ANSWERS) await h.says("sec-pl1", answer);
    await h.advanceTo(ict("2026-12-03T09:00"));
    expect(reminders("sec-nc").map((d) => d.at)).toEqual([ict("2026-12-03T07:00")]);
    expect(reminders("sec-pl1")).toHaveLength(0);
    const dropped = dbRows(h.app).count("SELECT COUNT(*) AS n FROM outbox_messages WHERE status = ?", "dropped");
    expect(dropped).toBe(1);
    await h.close();
  }, 30_000);
});

function isQuiet(iso: string): boolean {
  const hour = (new Date(iso).getUTCHours() + 7) % 24;
  return hour >= 21 || hour < 7;
}
