import { describe, expect, it } from "vitest";
import { calendarDateAt } from "../../src/domain/period.ts";
import { cliOnDemoDatabase } from "../support/cli-on-demo.ts";

/** The CLI runs on the real clock: this year (in the committee's time zone) is never in the future, nor over. */
const year = String(calendarDateAt(new Date(), "Asia/Ho_Chi_Minh").year);

describe("npx bontot period open|close with a year: the grassroots committees' yearly self-assessment", () => {
  it("opens this year's early, refuses a year to come, asks before closing early, and records who did not send it", async () => {
    const { run, rows } = await cliOnDemoDatabase("bontot-yearly-");

    expect(await run("period", "open", String(Number(year) + 1))).toMatchObject({ code: 2, err: expect.stringContaining(`Không mở được phiếu tự đánh giá năm ${Number(year) + 1}: năm đó chưa tới.`) });
    expect(await run("period", "open", year)).toEqual({ code: 0, out: `Đã mở phiếu tự đánh giá năm ${year} cho các đảng bộ cơ sở.\n`, err: "" });
    expect(rows.get("SELECT kind, status FROM periods WHERE key = ?", year)).toEqual({ kind: "yearly", status: "open" });

    const early = await run("period", "close", year);
    expect(early.code).toBe(2);
    expect(early.err).toContain(`Phiếu tự đánh giá năm ${year} có hạn gửi đến hết ngày 05/01/${Number(year) + 1}, chưa tới hạn: đóng bây giờ thì 1 đảng bộ cơ sở chưa gửi bị ghi "chưa báo cáo".`);
    expect(await run("period", "close", year, "--yes")).toEqual({ code: 0, out: `Đã đóng phiếu tự đánh giá năm ${year}; 1 đảng bộ cơ sở được ghi "chưa báo cáo".\n`, err: "" });
    expect(rows.all("SELECT u.code, a.status FROM assessments a JOIN units u ON u.id = a.unit_id JOIN periods p ON p.id = a.period_id WHERE p.key = ?", year)).toEqual([{ code: "MK-THPT", status: "not_reported" }]);
    expect((await run("period", "open", year)).err).toContain(`Phiếu tự đánh giá năm ${year} đã đóng, không mở lại được.`);
    // A month is still a month.
    expect((await run("period", "open", "11/2026")).err).toContain('Kỳ "11/2026" không đúng dạng YYYY-MM');
  });

  it("invites a grassroots committee's secretary, who answers its yearly self-assessment; a committee above cells still has none", async () => {
    const { run } = await cliOnDemoDatabase("bontot-yearly-invite-");
    const invite = await run("invite", "--unit", "MK-THPT", "--role", "secretary");
    expect(invite.code).toBe(0);
    expect(invite.out).toContain("Đảng bộ Trường THPT số 1 Mường Khương");
    const refused = await run("invite", "--unit", "MK", "--role", "deputy");
    expect(refused.code).toBe(2);
    expect(refused.err).toContain("chỉ dành cho chi bộ (báo cáo tháng) và đảng bộ cơ sở (phiếu tự đánh giá năm); MK là");
  });

  it("shows both forms in --help, with an example each", async () => {
    const { run } = await cliOnDemoDatabase("bontot-yearly-help-");
    const help = (await run("period", "open", "--help")).out;
    expect(help).toContain("hoặc một năm (ví dụ 2026)");
    expect(help).toContain("npx bontot period open 2026-11");
    expect(help).toContain("npx bontot period open 2026 ");
    expect((await run("period", "close", "--help", "--lang", "en")).out).toContain("npx bontot period close 2026 --yes");
  });
});
