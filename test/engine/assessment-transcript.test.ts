import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startTestBot, type TestBot, type TestUser } from "../support/test-bot.ts";
import { tempDbPath } from "../support/temp-db.ts";
import { dbRows } from "../support/db-rows.ts";

/** The secretary of "Chi bộ thôn Pha Long 1" (18 members) answers the November 2026 report. */
describe("a secretary's monthly self-assessment, as a chat", () => {
  const dbPath = tempDbPath();
  let bot: TestBot;
  let secretary: TestUser;

  beforeEach(async () => {
    bot = await startTestBot({ dbPath });
    secretary = await bot.user("sec-1", [{ unit: "MK-PL1", role: "secretary" }]);
  });
  afterEach(async () => bot.close());

  it("walks through every question one at a time, then submits and shows the standing", async () => {
    expect(await secretary.say("/start")).toContain("Chi bộ thôn Pha Long 1");

    const first = await secretary.says("/baocao");
    expect(first[0]?.text).toContain("Câu 1/16 · Tiêu chí II");
    expect(first[0]?.text).toContain("đã tổ chức sinh hoạt thường kỳ");
    expect(first[0]?.choices?.map((c) => c.label)).toEqual(["Có", "Không"]);

    expect(await secretary.say("có")).toContain("sinh hoạt ngày nào");
    expect(await secretary.say("5/11")).toContain("Câu 2/16");
    expect(await secretary.say("18 17 0")).toContain("bao nhiêu phút");
    expect(await secretary.say("120 phút")).toContain("kết hợp sinh hoạt chuyên đề");
    expect(await secretary.say("khong")).toContain("Câu 4/16");
    expect(await secretary.say("1")).toContain("Câu 5/16");
    expect(await secretary.say("da to chuc")).toContain("Câu 6/16 · Tiêu chí I");
    expect(await secretary.say("5 / 5")).toContain("Câu 7/16");
    const q8 = await secretary.says("Đầy đủ");
    expect(q8[0]?.text).toContain("Câu 8/16 · Tiêu chí III");
    // Every yes/no-like item is a yes/no question: 1 is always "Có", 2 always "Không".
    expect(q8[0]?.choices?.map((c) => c.label)).toEqual(["Có", "Không"]);
    expect(await secretary.say("2")).toContain("Câu 9/16");
    expect(await secretary.say("không")).toContain("Câu 10/16");
    expect(await secretary.say("18 người")).toContain("Câu 11/16");
    expect(await secretary.say("không")).toContain("Câu 12/16 · Tiêu chí IV");
    expect(await secretary.say("100%")).toContain("Câu 13/16");
    expect(await secretary.say("0")).toContain("Câu 14/16");
    expect(await secretary.say("2, 1")).toContain("Câu 15/16");
    expect(await secretary.say("17")).toContain("Câu 16/16");

    const summary = await secretary.say("Chi bộ vận động bà con làm đường liên thôn.");
    expect(summary).toContain("Tóm tắt báo cáo tháng 11/2026");
    expect(summary).toContain("2. Dự họp: phải dự 18 · có mặt 17 · vắng không lý do 0");
    expect(summary).toContain("Tổng điểm: 100/100");

    const receipt = await secretary.say("gửi");
    expect(receipt).toContain("✅ Đã gửi báo cáo tháng 11/2026");
    expect(receipt).toContain("Tổng điểm: 100/100 — Rất tốt");
    expect(receipt).toContain('🏅 Chi bộ đạt "4 tốt" tháng này.');

    // A submitted report is read-only.
    const again = await secretary.say("/baocao");
    expect(again).toContain("đã gửi; không sửa được nữa");
    expect(again).toContain("100/100");
  });

  it("explains every lost point and failed criterion on the receipt", async () => {
    await secretary.says("/baocao");
    for (const answer of ["có", "hôm nay", "18 14 1", "80", "không", "chỉ một", "chưa", "4 3", "một phần", "có", "1", "có", "chưa", "16", "có", "2", "85", "1", "0 0", "10", "/skip"]) {
      await secretary.says(answer);
    }
    const receipt = await secretary.say("gửi");
    expect(receipt).toContain("Tổng điểm: 28/100 — Yếu (xếp loại tham khảo)");
    expect(receipt).toContain("❌ Tiêu chí I (Hoàn thành tốt nhiệm vụ chính trị): 12/25 — Chưa đạt (cần ≥ 20)");
    expect(receipt).toContain("• Tỷ lệ nhiệm vụ hoàn thành: 75% → 5/15 điểm (cần ≥ 80% để được 10)");
    expect(receipt).toContain("❌ Tiêu chí II (Chất lượng sinh hoạt tốt): 7/25 — Chưa đạt (cần ≥ 20)");
    expect(receipt).toContain("• Tỷ lệ dự họp: 77,8% → 5/10 điểm (cần > 85% và không ai vắng không lý do để được 10)");
    expect(receipt).toContain("• Công tác chuẩn bị: Chỉ một trong hai → 2/5 điểm");
    expect(receipt).toContain("• Tỷ lệ đóng đảng phí: 88,9% → 0/5 điểm (cần ≥ 90% để được 3)");
    expect(receipt).toContain("• Thời lượng sinh hoạt: 80 phút → 0/5 điểm (cần ≥ 90 phút để được 5)");
    expect(receipt).toContain("• Sinh hoạt chuyên đề quý: Chưa → 0/5 điểm");
    expect(receipt).toContain("❌ Tiêu chí III (Đoàn kết, kỷ luật tốt): 5/25 — Chưa đạt");
    expect(receipt).toContain("⛔ Mất đoàn kết, đơn thư chưa giải quyết — tiêu chí không đạt");
    expect(receipt).toContain("⚠️ Cảnh báo sớm: Có đảng viên bỏ sinh hoạt/đảng phí từ 2 tháng");
    expect(receipt).toContain("chưa đạt \"4 tốt\" tháng này: tiêu chí I, II, III, IV chưa đạt");
  });

  it("goes back, skips the optional question, and edits an answer from the summary", async () => {
    await secretary.says("/baocao");
    await secretary.says("có");
    await secretary.says("5/11");
    const back = await secretary.say("/back");
    expect(back).toContain("sinh hoạt ngày nào");
    expect(back).toContain("(Câu trả lời hiện tại: 05/11/2026)");
    expect(await secretary.say("6/11")).toContain("Câu 2/16");

    expect(await secretary.say("/skip")).toContain("Câu này bắt buộc, không bỏ qua được.");

    for (const answer of ["18 18 0", "95", "không", "cả hai", "1", "3 3", "1", "2", "2", "18", "không", "100", "0", "1 0", "18"]) {
      await secretary.says(answer);
    }
    const summary = await secretary.say("/skip");
    expect(summary).toContain("16. Kết quả nổi bật, kiến nghị: (bỏ qua)");
    expect(summary).toContain("1. Sinh hoạt thường kỳ: Có");
    expect(summary).toContain("Ngày sinh hoạt: 06/11/2026");

    const picker = await secretary.say("sửa");
    expect(picker).toContain("Đồng chí muốn sửa câu nào?");
    const edit = await secretary.say("10");
    expect(edit).toContain("Câu 10/16");
    expect(edit).toContain("(Câu trả lời hiện tại: 18)");
    const backToSummary = await secretary.say("15");
    expect(backToSummary).toContain("10. Đóng đảng phí: 15");
    expect(backToSummary).toContain("✅ Tiêu chí III (Đoàn kết, kỷ luật tốt): 20/25 — Đạt");

    // "sửa 3" jumps straight to item 3, which has two questions; both are asked before the summary.
    expect(await secretary.say("sửa 3")).toContain("bao nhiêu phút");
    expect(await secretary.say("130")).toContain("kết hợp sinh hoạt chuyên đề");
    expect(await secretary.say("có")).toContain("3. Thời lượng (phút): 130");
  });

  it("re-asks briefly with what is expected, and keeps earlier answers", async () => {
    await secretary.says("/baocao");
    expect(await secretary.say("chắc vậy")).toBe("⚠️ Chưa rõ là Có hay Không.\nChọn Có hoặc Không (gõ 1 hoặc 2).");
    await secretary.says("co");
    expect(await secretary.say("35/11")).toContain("Chưa đọc được ngày.");
    expect(await secretary.say("5/10")).toContain("Ngày phải trong tháng của kỳ báo cáo, từ 01/11/2026 đến 30/11/2026.");
    expect(await secretary.say("25/11")).toContain("Ngày này chưa tới.");
    await secretary.says("5/11");
    expect(await secretary.say("18 17")).toContain("Cần đúng 3 số.");
    expect(await secretary.say("20 17 0")).toContain("Không thể nhiều hơn số đảng viên của chi bộ (18).");
    expect(await secretary.say("15 16 0")).toContain("Số có mặt (16) không thể nhiều hơn số phải dự (15).");
    expect(await secretary.say("15 12 4")).toContain("Có mặt cộng vắng không lý do (16) không thể nhiều hơn số phải dự (15).");
    expect(await secretary.say("mười lăm")).toContain("Cần đúng 3 số.");
    await secretary.says("15 14 0");
    expect(await secretary.say("90,5")).toContain("Cần một số nguyên");
    expect(await secretary.say("0")).toContain("Số phải từ 1 đến 720.");
    await secretary.says("90");
    await secretary.says("không");
    expect(await secretary.say("7")).toContain("Chưa khớp với phương án nào.");

    const resumed = await secretary.say("/summary");
    expect(resumed).toContain("2. Dự họp: phải dự 15 · có mặt 14 · vắng không lý do 0");
    expect(resumed).toContain("4. Công tác chuẩn bị: — chưa trả lời —");
  });

  it("hides the meeting's details when 'meeting held' changes to no, and brings them back when it changes back", async () => {
    await secretary.says("/baocao");
    for (const answer of ["có", "5/11", "18 17 0", "95", "không"]) await secretary.says(answer);
    await secretary.says("/summary");
    await secretary.says("sửa 1");
    // The edit goes on to what is still unanswered; the meeting's details no longer count.
    expect(await secretary.say("không")).toContain("Câu 5/16");
    const summary = await secretary.say("/summary");
    expect(summary).not.toContain("Dự họp");
    expect(summary).toContain("Còn thiếu câu: 5, 6, 7");
    expect(summary).toContain("Tiêu chí II (Chất lượng sinh hoạt tốt): 0/25");

    // Nothing typed was thrown away: answering "có" again asks only for the date, already there.
    await secretary.says("sửa 1");
    const date = await secretary.say("có");
    expect(date).toContain("(Câu trả lời hiện tại: 05/11/2026)");
    const back = await secretary.say("5/11");
    expect(back).toContain("Câu 4/16");
    const restored = await secretary.say("/summary");
    expect(restored).toContain("2. Dự họp: phải dự 18 · có mặt 17 · vắng không lý do 0");
    expect(restored).toContain("3. Thời lượng (phút): 95");
  });

  it("answers in English after /lang en", async () => {
    expect(await secretary.say("/lang en")).toBe("Switched to English.");
    const question = await secretary.say("/assess");
    expect(question).toContain("Question 1/16 · Criterion II: Good-quality party meetings");
    expect(await secretary.say("yes")).toContain("On what date");
  });

  it("ignores a tap on a button of an earlier question", async () => {
    await secretary.says("/baocao");
    await secretary.taps("yes", "q1_held");
    expect(await secretary.taps("no", "q1_held")).toEqual({ ack: "Nút này thuộc câu hỏi cũ; câu trả lời đã được ghi nhận.", replies: [] });
    const stored = dbRows(bot.app).all<{ value: string }>("SELECT value FROM answers ORDER BY id");
    expect(stored).toHaveLength(1);
    expect(JSON.parse(stored[0]?.value ?? "")).toEqual({ type: "yes_no", value: "yes" });
  });

  it("tells strangers and members without a cell what they can do", async () => {
    const stranger = await bot.user("stranger");
    expect(await stranger.say("/start")).toContain("xin mã mời");
    expect(await stranger.say("có")).toContain("chưa được đăng ký");
    const leader = await bot.user("leader-1", [{ unit: "MK", role: "leader" }]);
    expect(await leader.say("/baocao")).toContain("Chỉ bí thư hoặc phó bí thư chi bộ");
    expect(await secretary.say("/xyz")).toContain("Không có lệnh /xyz");
  });
});

describe("answers typed the way secretaries type them", () => {
  const dbPath = tempDbPath();

  it("labelled lists, spoken numbers, half hours and 'tất cả' go through the whole bot", async () => {
    const bot = await startTestBot({ dbPath });
    const secretary = await bot.user("sec-1", [{ unit: "MK-PL1", role: "secretary" }]);
    await secretary.says("/baocao");
    await secretary.says("có");
    await secretary.says("5/11");
    expect(await secretary.say("phải dự 18, có mặt 17, vắng 0")).toContain("Câu 3/16");
    expect(await secretary.say("1 tiếng rưỡi")).toContain("kết hợp sinh hoạt chuyên đề");
    for (const answer of ["không", "1", "1", "năm năm", "1", "2", "2"]) await secretary.says(answer);
    expect(await secretary.say("khoảng 15")).toContain("ví dụ 15");
    expect(await secretary.say("tất cả")).toContain("Câu 11/16");
    const summary = await secretary.say("/summary");
    expect(summary).toContain("3. Thời lượng (phút): 90");
    expect(summary).toContain("6. Nhiệm vụ theo nghị quyết: nhiệm vụ được giao 5 · đã hoàn thành 5");
    expect(summary).toContain("10. Đóng đảng phí: 18");
    await bot.close();
  });
});
