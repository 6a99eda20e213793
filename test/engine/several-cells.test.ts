import { afterEach, describe, expect, it } from "vitest";
import { startTestBot, type TestBot } from "../support/test-bot.ts";
import { tempDbPath } from "../support/temp-db.ts";
import { dbRows } from "../support/db-rows.ts";

/** One person is secretary of "Chi bộ thôn Pha Long 1" and of "Chi bộ thôn Tả Thàng". */
describe("a secretary of two cells", () => {
  const dbPath = tempDbPath();
  let bot: TestBot;
  afterEach(async () => bot.close());

  async function both() {
    bot = await startTestBot({ dbPath });
    return bot.user("sec-2cells", [
      { unit: "MK-PL1", role: "secretary" },
      { unit: "MK-TT", role: "secretary" },
    ]);
  }

  it("the greeting lists each cell with its progress, and a number picks one", async () => {
    const secretary = await both();
    const [greeting] = await secretary.says("/start");
    expect(greeting?.text).toContain("Xin chào đồng chí!");
    expect(greeting?.text).toContain("đồng chí trả lời cho 2 chi bộ");
    expect(greeting?.choices?.map((c) => c.label)).toEqual(["Chi bộ thôn Pha Long 1 — chưa bắt đầu", "Chi bộ thôn Tả Thàng — chưa bắt đầu"]);

    const first = await secretary.say("2");
    expect(first).toContain("🏠 Chi bộ thôn Tả Thàng");
    expect(first).toContain("Câu 1/16");
    // The picker's "2" chose a cell; it answered nothing.
    expect(dbRows(bot.app).count("SELECT COUNT(*) AS n FROM answers")).toBe(0);
    expect(await secretary.say("có")).toContain("🏠 Chi bộ thôn Tả Thàng");

    const [again] = await secretary.says("/start");
    expect(again?.choices?.map((c) => c.label)).toEqual(["Chi bộ thôn Pha Long 1 — chưa bắt đầu", "Chi bộ thôn Tả Thàng — đang làm dở: 0/16 câu"]);
  });

  it("plain /baocao asks which cell instead of silently picking the first; a code or a name picks directly", async () => {
    const secretary = await both();
    const [picker] = await secretary.says("/baocao");
    expect(picker?.text).toContain("Chọn chi bộ để làm báo cáo");
    expect(picker?.choices).toHaveLength(2);
    expect(await secretary.say("Tả Thàng")).toContain("🏠 Chi bộ thôn Tả Thàng");
    expect(await secretary.say("/baocao XYZ")).toContain("/baocao MK-PL1 | /baocao MK-TT");
    expect(await secretary.say("/baocao mk-pl1")).toContain("🏠 Chi bộ thôn Pha Long 1");
  });

  it("an answer the picker cannot place is asked again, and nothing is recorded", async () => {
    const secretary = await both();
    await secretary.says("/baocao");
    expect(await secretary.say("3")).toContain("Chưa rõ chi bộ nào");
    expect(await secretary.say("có")).toContain("Chưa rõ chi bộ nào");
    expect(dbRows(bot.app).count("SELECT COUNT(*) AS n FROM assessments")).toBe(0);
  });

  it("each cell keeps its own answers; after sending one the greeting shows it as sent", async () => {
    const secretary = await both();
    await secretary.says("/baocao MK-TT");
    await secretary.says("có");
    await secretary.says("/baocao MK-PL1");
    for (const answer of ["không", "1", "5 5", "1", "2", "2", "18", "không", "100", "0", "2 1", "17", "/skip"]) await secretary.says(answer);
    expect(await secretary.say("gửi")).toContain("✅ Đã gửi báo cáo tháng 11/2026 — Chi bộ thôn Pha Long 1");

    const [greeting] = await secretary.says("/start");
    expect(greeting?.choices?.map((c) => c.label)).toEqual(["Chi bộ thôn Pha Long 1 — đã gửi (75/100 điểm)", "Chi bộ thôn Tả Thàng — đang làm dở: 0/16 câu"]);
    const resumed = await secretary.say("2");
    expect(resumed).toContain("🏠 Chi bộ thôn Tả Thàng");
    expect(resumed).toContain("Chi bộ sinh hoạt ngày nào?");
  });
});
