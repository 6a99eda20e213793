import { describe, expect, it } from "vitest";
import { dbRows } from "../support/db-rows.ts";
import { scheduleHarness } from "../support/schedule-harness.ts";
import { tempDbPath } from "../support/temp-db.ts";

/**
 * Times are in Asia/Ho_Chi_Minh (UTC+7). The grassroots committees' 2026 self-assessment opens on
 * 01/12/2026 (YEARLY_OPEN_DAY), is due with December's period on 05/01/2027 and closes at the end
 * of 10/01/2027, the day before the year's results are posted.
 */
const ict = (local: string): string => new Date(`${local}+07:00`).toISOString();
const YEARLY_ANSWERS = ["có", "có", "5 5", "không", "4 4", "tốt", "95", "/skip", "gửi"];

describe("the yearly self-assessment on the scheduler's clock", () => {
  const dbPath = tempDbPath();

  it("opens in December, reminds a late committee like a late cell, escalates, stops at submission, closes in January", async () => {
    const h = await scheduleHarness({ dbPath, start: ict("2026-11-30T20:00") });
    // A second grassroots committee under the commune, whose secretary never answers.
    await h.app.stores.org.createUnits([{ code: "MK-YT", name: "Đảng bộ Trung tâm Y tế", kind: "grassroots_committee", parentCode: "MK", memberCount: 35 }], h.clock.now());
    await h.person("sec-thpt", "MK-THPT");
    await h.person("dep-thpt", "MK-THPT", "deputy");
    await h.person("sec-yt", "MK-YT");
    await h.person("sec-pl1", "MK-PL1");
    await h.bindGroup("-100", "MK");
    await h.scheduler.catchUp();

    // Opened at midnight on 1 December; the invitations wait for the morning. Cells are not invited to it.
    await h.advanceTo(ict("2026-12-01T12:00"));
    const invitation = h.to("sec-thpt")[0];
    expect(invitation?.at).toBe(ict("2026-12-01T07:00"));
    expect(invitation?.message.text).toBe(
      "📣 Phiếu tự đánh giá năm 2026 của đảng bộ đã mở. Mời đồng chí trả lời cho Đảng bộ Trường THPT số 1 Mường Khương (tiêu chí 1–4, kế hoạch kiểm tra, xếp loại); hạn gửi: 05/01/2027.",
    );
    expect(h.to("dep-thpt")).toHaveLength(1);
    expect(h.to("sec-yt")).toHaveLength(1);
    expect(h.to("sec-pl1").some((d) => d.message.text.includes("năm 2026"))).toBe(false);
    expect(dbRows(h.app).get("SELECT kind, status FROM periods WHERE key = '2026'")).toEqual({ kind: "yearly", status: "open" });

    // The weekly digest counts cells only, never the committees' yearly reports.
    await h.advanceTo(ict("2026-12-07T12:00"));
    const digests = h.to("-100").filter((d) => d.message.text.startsWith("📰"));
    expect(digests.length).toBeGreaterThan(0);
    for (const digest of digests) {
      expect(digest.message.text).toMatch(/Đã gửi: \d\/5 chi bộ/);
      expect(digest.message.text).not.toContain("Đảng bộ Trường THPT");
    }

    // due-3, due-1, the due day, then overdue; the day after the due date, the group hears.
    await h.advanceTo(ict("2027-01-06T12:00"));
    const yearly = (chat: string) => h.to(chat).filter((d) => /phiếu tự đánh giá năm 2026/i.test(d.message.text) && d.message.text.startsWith("⏰"));
    expect(yearly("sec-thpt").map((d) => d.at)).toEqual(["2027-01-02", "2027-01-04", "2027-01-05", "2027-01-06"].map((day) => ict(`${day}T08:00`)));
    expect(yearly("sec-thpt")[2]?.message.text).toBe("⏰ Hôm nay (05/01/2027) là hạn gửi phiếu tự đánh giá năm 2026 của Đảng bộ Trường THPT số 1 Mường Khương.");
    expect(yearly("sec-thpt")[3]?.message.text).toContain("đã quá hạn 1 ngày");
    const escalation = h.to("-100").filter((d) => d.message.text.startsWith("⚠️") && d.message.text.includes("đảng bộ cơ sở"));
    expect(escalation.map((d) => [d.at, d.message.text])).toEqual([
      [ict("2027-01-06T08:00"), "⚠️ Đảng ủy xã Mường Khương: 2 đảng bộ cơ sở chưa gửi phiếu tự đánh giá năm 2026 (hạn 05/01/2027): Đảng bộ Trường THPT số 1 Mường Khương, Đảng bộ Trung tâm Y tế"],
    ]);

    // The committee answers; its pending reminders stop.
    expect((await h.says("sec-thpt", "/baocao")).join("\n")).toContain("Câu 1/8");
    for (const answer of YEARLY_ANSWERS) await h.says("sec-thpt", answer);
    expect(h.to("sec-thpt").at(-1)?.message.text).toContain("✅ Đã gửi phiếu tự đánh giá năm 2026");
    const afterSubmit = yearly("sec-thpt").length;

    // Closed at the end of 10/01: the committee that did not answer is recorded as not reported.
    await h.advanceTo(ict("2027-01-11T09:00"));
    expect(yearly("sec-thpt")).toHaveLength(afterSubmit);
    // The other committee, late: reminded daily after the due date, three times at most.
    expect(yearly("sec-yt").map((d) => d.at)).toEqual(["2027-01-02", "2027-01-04", "2027-01-05", "2027-01-06", "2027-01-07", "2027-01-08"].map((day) => ict(`${day}T08:00`)));
    expect(dbRows(h.app).get("SELECT status, closed_at AS closed FROM periods WHERE key = '2026'")).toEqual({ status: "closed", closed: "2027-01-10T17:00:00.000+00:00" });
    const statuses = dbRows(h.app).all<{ code: string; status: string }>(
      "SELECT u.code, a.status FROM assessments a JOIN units u ON u.id = a.unit_id JOIN periods p ON p.id = a.period_id WHERE p.key = '2026' ORDER BY u.code",
    );
    expect(statuses).toEqual([
      { code: "MK-THPT", status: "submitted" },
      { code: "MK-YT", status: "not_reported" },
    ]);
    // The year's close posts no monthly summary of its own.
    expect(h.to("-100").filter((d) => d.message.text.includes("Tổng kết kỳ báo cáo tháng 2026 "))).toEqual([]);
    // December closed as before, its cells (and only cells) recorded.
    expect(dbRows(h.app).count("SELECT COUNT(*) AS n FROM assessments a JOIN periods p ON p.id = a.period_id WHERE p.key = '2026-12'")).toBe(5);

    // A typed answer after the close is refused in the committee's words.
    expect((await h.says("sec-yt", "/baocao")).join("\n")).toContain("Phiếu năm 2026 đã đóng:\n• Đảng bộ Trung tâm Y tế: chưa báo cáo");
    await h.close();
    // Six weeks on the scheduler's clock, hour by hour.
  }, 120_000);
});
