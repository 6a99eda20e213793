import { afterEach, describe, expect, it } from "vitest";
import { annualResults } from "../../src/app/annual-results.ts";
import { closePeriod } from "../../src/app/close-period.ts";
import { proactiveDeps } from "../../src/app/open-app.ts";
import { openPeriod } from "../../src/app/open-period.ts";
import { sendReminders } from "../../src/app/send-reminders.ts";
import { dbRows } from "../support/db-rows.ts";
import { startTestBot, type TestBot } from "../support/test-bot.ts";
import { tempDbPath } from "../support/temp-db.ts";

const COMMITTEE = "Đảng bộ Trường THPT số 1 Mường Khương";

/**
 * Issue 11, part 3: the grassroots committee's yearly self-assessment through the same dialogue
 * as the monthly one. The secretary of "Đảng bộ Trường THPT số 1 Mường Khương" (MK-THPT) answers
 * the 2026 questionnaire, opened on 2 December 2026 (due 05/01/2027).
 */
describe("a grassroots committee's yearly self-assessment, as a chat", () => {
  const dbPath = tempDbPath();
  let bot: TestBot;
  afterEach(async () => bot.close());

  async function yearOpen(now = "2026-12-02T03:00:00Z") {
    bot = await startTestBot({ dbPath, now });
    const secretary = await bot.user("sec-thpt", [{ unit: "MK-THPT", role: "secretary" }]);
    await openPeriod(proactiveDeps(bot.app), "2026");
    return secretary;
  }
  const answers = () => dbRows(bot.app).count("SELECT COUNT(*) AS n FROM answers");
  const assessment = () =>
    dbRows(bot.app).get<{ status: string; fourGood: number | null; key: string; code: string }>(
      "SELECT a.status, a.four_good AS fourGood, p.key, u.code FROM assessments a JOIN periods p ON p.id = a.period_id JOIN units u ON u.id = a.unit_id WHERE u.code = 'MK-THPT'",
    );

  it("start → every question → summary → edit → submit, bad input refused on the way", async () => {
    const secretary = await yearOpen();
    const [invitation] = await secretary.inbox();
    expect(invitation?.text).toBe(`📣 Phiếu tự đánh giá năm 2026 của đảng bộ đã mở. Mời đồng chí trả lời cho ${COMMITTEE} (tiêu chí 1–4, kế hoạch kiểm tra, xếp loại); hạn gửi: 05/01/2027.`);

    const greeting = await secretary.says("/start");
    expect(greeting[0]?.text).toBe(`Xin chào đồng chí Bí thư ${COMMITTEE}!\nPhiếu tự đánh giá năm 2026 của đảng bộ đang mở — chưa bắt đầu. Chọn "Bắt đầu báo cáo" (hoặc gõ /baocao) để tự đánh giá.`);
    expect(greeting[0]?.choices?.map((c) => c.id)).toEqual(["assess"]);

    const [first] = await secretary.says("/baocao");
    expect(first?.text).toBe(
      "📋 Câu 1/8\n(Tiêu chí 1) Trong năm, đảng bộ đã lãnh đạo triển khai kịp thời, đầy đủ đường lối của Đảng, chính sách, pháp luật của Nhà nước và các chỉ thị, nghị quyết của cấp trên chưa?\nChọn Có hoặc Không (gõ 1 hoặc 2).",
    );
    expect(first?.choices?.map((c) => c.label)).toEqual(["Có", "Không"]);
    // Unsure is never taken for an answer.
    expect(await secretary.say("không biết")).toContain("⚠️");
    expect(answers()).toBe(0);

    expect(await secretary.say("có")).toContain("Câu 2/8\n(Tiêu chí 2)");
    expect(await secretary.say("1")).toContain("Câu 3/8\n(Tiêu chí 3)");
    expect(await secretary.say("5 6")).toBe("⚠️ Số chỉ tiêu hoàn thành (6) không thể nhiều hơn số được giao (5).\nGõ 2 số theo thứ tự: chỉ tiêu được giao / chỉ tiêu đã hoàn thành. Ví dụ: 5 4.");
    expect(await secretary.say("được giao 5, hoàn thành 5")).toContain("Câu 4/8\n(Tiêu chí 4)");
    // A "Có" asks what it needs next, within the same item.
    expect(await secretary.say("có")).toContain("Câu 4/8\nCác vụ việc đó đã được giải quyết xong chưa?");
    expect(await secretary.say("rồi")).toContain("Câu 5/8\n(Tiêu chí 7)");
    expect(await secretary.say("4 4")).toContain("Câu 6/8\n(Tiêu chí 9)");
    const [rating] = await secretary.says("xuất sắc lắm");
    expect(rating?.text).toContain("⚠️");
    expect(rating?.choices?.map((c) => c.label)).toEqual(["Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ", "Hoàn thành nhiệm vụ", "Không hoàn thành nhiệm vụ"]);
    expect(await secretary.say("hoàn thành tốt")).toContain("Câu 7/8\n(Tiêu chí 9)");
    expect(await secretary.say("150")).toContain("⚠️");
    expect(await secretary.say("95%")).toContain("Câu 8/8");

    const summary = await secretary.say("/skip");
    expect(summary).toBe(
      [
        `📝 Tóm tắt phiếu tự đánh giá năm 2026 — ${COMMITTEE}`,
        "1. Thực hiện chủ trương, nghị quyết: Có",
        "2. Đổi mới phương thức lãnh đạo: Có",
        "3. Chỉ tiêu cấp trên giao: chỉ tiêu được giao 5 · chỉ tiêu đã hoàn thành 5",
        "4. Mất đoàn kết, đơn thư trong ban chấp hành: Có",
        "   Đã giải quyết xong: Có",
        "5. Kế hoạch kiểm tra, giám sát: cuộc theo kế hoạch 4 · cuộc đã thực hiện 4",
        "6. Đảng bộ tự xếp loại: Hoàn thành tốt nhiệm vụ",
        "7. Đảng viên hoàn thành tốt nhiệm vụ trở lên: 95%",
        "8. Kết quả nổi bật, kiến nghị: (bỏ qua)",
        "",
        "Phiếu này không chấm điểm: các câu trả lời cùng số liệu báo cáo tháng của các chi bộ trực thuộc quyết định tiêu chí 1–4, 7 và 9 trong kết quả năm 2026 của đảng bộ (xem bằng /nam).",
        'Kiểm tra lại rồi gõ "gửi" (hoặc bấm Gửi báo cáo). Sau khi gửi thì không sửa được nữa. Muốn sửa câu nào, gõ số câu đó, ví dụ 3.',
      ].join("\n"),
    );

    // An edit goes back to the summary, showing the changed answer.
    const edit = await secretary.say("sửa 3");
    expect(edit).toContain("Câu 3/8");
    expect(edit).toContain("(Câu trả lời hiện tại: chỉ tiêu được giao 5 · chỉ tiêu đã hoàn thành 5)");
    const changed = await secretary.say("6 5");
    expect(changed).toContain("📝 Tóm tắt phiếu tự đánh giá năm 2026");
    expect(changed).toContain("3. Chỉ tiêu cấp trên giao: chỉ tiêu được giao 6 · chỉ tiêu đã hoàn thành 5");

    const receipt = await secretary.say("gửi");
    expect(receipt).toBe(
      `✅ Đã gửi phiếu tự đánh giá năm 2026 — ${COMMITTEE}.\nCác câu trả lời được tính vào tiêu chí 1–4, 7 và 9 của đảng bộ trong kết quả năm 2026 (lãnh đạo, quản trị viên xem bằng /nam).`,
    );
    expect(assessment()).toEqual({ status: "submitted", fourGood: 0, key: "2026", code: "MK-THPT" });
    expect(dbRows(bot.app).count("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'assessment.submit'")).toBe(1);

    // Sent is read-only, in the committee's words.
    expect(await secretary.say("/baocao")).toContain(`Phiếu tự đánh giá năm 2026 của ${COMMITTEE} đã gửi; không sửa được nữa.`);
    expect(await secretary.say("sửa 3")).toBe(`Phiếu tự đánh giá năm 2026 của ${COMMITTEE} đã gửi, không sửa được nữa. Gõ /baocao để xem lại.`);
    expect(await secretary.say("/start")).toContain("Phiếu tự đánh giá năm 2026: đã gửi.");

    // The yearly results read the answers: 5 of 6 targets is criterion 3 not met.
    const outcome = await annualResults(bot.app, { year: 2026, unitCode: "MK-THPT", locale: "vi" });
    if (!outcome.ok) throw new Error("MK-THPT is known");
    const c3 = outcome.report.committees[0]?.criteria.find((c) => c.id === 3);
    expect(c3).toMatchObject({ met: false, source: "answered", detail: "Hoàn thành 5/6 chỉ tiêu cấp trên giao", figures: { assigned: 6, met: 5 } });
  });

  it("coming back after a reminder shows the question the secretary was at, and answers nothing", async () => {
    const secretary = await yearOpen();
    await secretary.inbox();
    await secretary.says("/baocao");
    await secretary.says("có");
    await secretary.says("có");
    expect(answers()).toBe(2);

    // 2 January 2027, 08:00: three days before the due date.
    bot.clock.set("2027-01-02T01:00:00Z");
    await sendReminders(proactiveDeps(bot.app));
    const [reminder] = await secretary.inbox();
    expect(reminder?.text).toBe(`⏰ Còn 3 ngày đến hạn gửi phiếu tự đánh giá năm 2026 của ${COMMITTEE} (hạn 05/01/2027). Mỗi câu trả lời được lưu ngay; có thể làm từng phần.`);
    expect(reminder?.choices?.map((c) => c.id)).toEqual(["assess"]);

    const { replies } = await secretary.taps("assess", "greeting");
    expect(replies[0]?.text).toContain("↩️ Đồng chí đang làm dở: câu 3/8.");
    expect(replies[0]?.text).toContain("(Tiêu chí 3)");
    // The next day's reminder, then a typed "1": no answer either.
    bot.clock.set("2027-01-04T01:00:00Z");
    await sendReminders(proactiveDeps(bot.app));
    expect((await secretary.inbox())[0]?.text).toContain("⏰ Còn 1 ngày đến hạn gửi phiếu tự đánh giá năm 2026");
    expect(await secretary.say("1")).toContain("↩️ Đồng chí đang làm dở: câu 3/8.");
    expect(answers()).toBe(2);
    expect(await secretary.say("3 3")).toContain("Câu 4/8");
    expect(answers()).toBe(3);
  });

  it("someone who is both a cell's and a committee's secretary picks which report, and each keeps its own answers", async () => {
    bot = await startTestBot({ dbPath, now: "2026-12-02T03:00:00Z" });
    const both = await bot.user("sec-both", [
      { unit: "MK-PL1", role: "secretary" },
      { unit: "MK-THPT", role: "secretary" },
    ]);
    await openPeriod(proactiveDeps(bot.app), "2026");
    await both.inbox();
    const [picker] = await both.says("/start");
    expect(picker?.text).toBe("Xin chào đồng chí!\nĐồng chí trả lời cho 2 đơn vị. Chọn báo cáo cần làm (gõ số):");
    expect(picker?.choices?.map((c) => c.label)).toEqual([
      "Chi bộ thôn Pha Long 1 — tháng 12/2026: chưa bắt đầu",
      `${COMMITTEE} — tự đánh giá năm 2026: chưa bắt đầu`,
    ]);
    // A number picks; it answers nothing.
    const committee = await both.say("2");
    expect(committee).toContain(`🏠 ${COMMITTEE}\n📋 Câu 1/8`);
    expect(await both.say("có")).toContain("Câu 2/8");
    expect(await both.say("/baocao MK-PL1")).toContain("🏠 Chi bộ thôn Pha Long 1\n📋 Câu 1/16");
    expect(await both.say("có")).toContain("Chi bộ sinh hoạt ngày nào?");

    const [again] = await both.says("/baocao");
    expect(again?.choices?.map((c) => c.label)).toEqual([
      "Chi bộ thôn Pha Long 1 — tháng 12/2026: đang làm dở: 0/16 câu",
      `${COMMITTEE} — tự đánh giá năm 2026: đang làm dở: 1/8 câu`,
    ]);
    expect(await both.say("Trường THPT")).toContain("↩️ Đồng chí đang làm dở: câu 2/8.");
    await both.says("/baocao");
    expect(await both.say("9")).toContain("Chưa rõ báo cáo nào. Chọn một trong 2 báo cáo dưới đây (gõ số):");
    expect(dbRows(bot.app).count("SELECT COUNT(*) AS n FROM answers")).toBe(2);
  });

  it("before its window the committee hears when the self-assessment opens; after it closed, answers are refused", async () => {
    bot = await startTestBot({ dbPath, now: "2026-11-20T03:00:00Z" });
    const secretary = await bot.user("sec-thpt", [{ unit: "MK-THPT", role: "secretary" }]);
    const early = await secretary.say("/baocao");
    expect(early).toBe("Hiện chưa có phiếu tự đánh giá năm nào đang mở.\nPhiếu tự đánh giá năm 2026 mở ngày 01/12/2026.");

    await openPeriod(proactiveDeps(bot.app), "2026");
    await secretary.says("/baocao");
    await secretary.says("có");
    bot.clock.set("2027-01-11T01:00:00Z");
    expect(await closePeriod(proactiveDeps(bot.app), "2026")).toEqual({ notReported: 1 });
    expect(assessment()).toMatchObject({ status: "not_reported", key: "2026" });
    expect(await secretary.say("có")).toBe(
      '⚠️ Phiếu tự đánh giá năm 2026 đã đóng; câu trả lời không được ghi nhận nữa. Đảng bộ được ghi là "chưa báo cáo" phiếu năm này.',
    );
    expect(answers()).toBe(1);
    expect(await secretary.say("/start")).toContain("Phiếu năm 2026 đã đóng:\n• Đảng bộ Trường THPT số 1 Mường Khương: chưa báo cáo\nPhiếu tự đánh giá năm 2027 mở ngày 01/12/2027.");
    // The monthly period was not touched: November is still open for the cells.
    expect(dbRows(bot.app).get<{ status: string }>("SELECT status FROM periods WHERE key = '2026-11'")?.status).toBe("open");
  });

  it("speaks English to an English-speaking secretary", async () => {
    bot = await startTestBot({ dbPath, now: "2026-12-02T03:00:00Z", lang: "en" });
    const secretary = await bot.user("sec-thpt", [{ unit: "MK-THPT", role: "secretary" }]);
    await openPeriod(proactiveDeps(bot.app), "2026");
    await secretary.inbox();
    expect(await secretary.say("/assess")).toContain("Question 1/8\n(Criterion 1)");
    for (const answer of ["yes", "yes", "5 5", "no", "4 4", "good", "100"]) await secretary.says(answer);
    const summary = await secretary.say("/skip");
    expect(summary).toContain(`📝 Summary of the 2026 yearly self-assessment — ${COMMITTEE}`);
    expect(summary).toContain("This questionnaire is not scored");
    expect(await secretary.say("submit")).toContain(`✅ The 2026 yearly self-assessment of ${COMMITTEE} has been submitted.`);
  });
});
