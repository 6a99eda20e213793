import { describe, expect, it } from "vitest";
import { startTestBot } from "../support/test-bot.ts";
import { tempDbPath } from "../support/temp-db.ts";
import { dbRows } from "../support/db-rows.ts";

describe("pausing, and restarting the bot", () => {
  const dbPath = tempDbPath();

  it("a new engine on the same database file continues at the same question, and no answer is lost", async () => {
    const first = await startTestBot({ dbPath });
    const secretary = await first.user("sec-1", [{ unit: "MK-PL1", role: "secretary" }]);
    await secretary.says("/baocao");
    for (const answer of ["có", "5/11", "18 17 0", "100"]) await secretary.says(answer);
    expect(await secretary.say("/cancel")).toBe("⏸ Đã lưu 2/16 câu. Gõ /baocao bất cứ lúc nào để làm tiếp đúng chỗ đang dừng.");
    await first.close();

    const second = await startTestBot({ dbPath, now: "2026-11-24T02:00:00Z" });
    const again = await second.user("sec-1");
    const resumed = await again.say("/baocao");
    expect(resumed).toContain("↩️ Đồng chí đang làm dở: câu 3/16.");
    expect(resumed).toContain("Câu 3/16");
    expect(resumed).toContain("kết hợp sinh hoạt chuyên đề");
    const summary = await again.say("/summary");
    expect(summary).toContain("2. Dự họp: phải dự 18 · có mặt 17 · vắng không lý do 0");
    expect(summary).toContain("3. Thời lượng (phút): 100");
    await second.close();
  });

  it("a stopped bot mid-question takes the next answer where it stopped, without /baocao", async () => {
    const first = await startTestBot({ dbPath });
    const secretary = await first.user("sec-2", [{ unit: "MK-NC", role: "deputy" }]);
    await secretary.says("/baocao");
    await secretary.says("không");
    await first.close();

    const second = await startTestBot({ dbPath });
    const again = await second.user("sec-2");
    expect(await again.say("đã tổ chức")).toContain("Câu 6/16");
    await second.close();
  });

  it("the secretary and the deputy share one report for their cell", async () => {
    const bot = await startTestBot({ dbPath });
    const secretary = await bot.user("sec-3", [{ unit: "MK-TT", role: "secretary" }]);
    const deputy = await bot.user("dep-3", [{ unit: "MK-TT", role: "deputy" }]);
    await secretary.says("/baocao");
    await secretary.says("có");
    await secretary.says("5/11");
    expect(await deputy.say("/baocao")).toContain("Câu 2/16");
    expect(dbRows(bot.app).count("SELECT COUNT(*) AS n FROM assessments")).toBe(1);
    await bot.close();
  });
});
