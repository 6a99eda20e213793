import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startTestBot, type TestBot, type TestUser } from "../support/test-bot.ts";
import { tempDbPath } from "../support/temp-db.ts";
import { dbRows } from "../support/db-rows.ts";

describe("hostile and accidental input mid-questionnaire", () => {
  const dbPath = tempDbPath();
  let bot: TestBot;
  let secretary: TestUser;

  beforeEach(async () => {
    bot = await startTestBot({ dbPath });
    secretary = await bot.user("sec-1", [{ unit: "MK-PL1", role: "secretary" }]);
    await secretary.says("/baocao");
    await secretary.says("có");
  });
  afterEach(async () => bot.close());

  it.each([
    ["", "Chưa nhận được câu trả lời."],
    ["   ", "Chưa nhận được câu trả lời."],
    ["\u0000\u0001\u001b[31m", "Chưa đọc được ngày."],
    ["👍👍", "Bot chưa hiểu câu trả lời này."],
    ["x".repeat(10_240), "Tin nhắn quá dài, bot không đọc được."],
    ["'; DROP TABLE answers; --", "Chưa đọc được ngày."],
  ])("%j gets a short re-ask and nothing is lost", async (text, expected) => {
    const reply = await secretary.say(text);
    expect(reply).toContain(expected);
    expect(dbRows(bot.app).count("SELECT COUNT(*) AS n FROM answers")).toBe(1);
    expect(await secretary.say("5/11")).toContain("Câu 2/16");
  });

  it.each([
    ["/start@bontot_bot", "Xin chào"],
    ["/start not-a-real-code-at-all", "Mã mời không đúng"],
    ["/start lại", "Xin chào"],
  ])("%j answers, and the next message brings the waiting question back instead of answering it", async (text, expected) => {
    expect(await secretary.say(text)).toContain(expected);
    const back = await secretary.say("5/11");
    expect(back).toContain("Đồng chí đang làm dở: câu 1/16");
    expect(back).toContain("sinh hoạt ngày nào");
    expect(dbRows(bot.app).count("SELECT COUNT(*) AS n FROM answers")).toBe(1);
    expect(await secretary.say("5/11")).toContain("Câu 2/16");
  });

  it("a forged button for an option the question does not offer is refused", async () => {
    const { replies } = await secretary.taps("prep-both", "q1_date");
    expect(replies[0]?.text).toContain("Chưa khớp với phương án nào.");
    expect(dbRows(bot.app).count("SELECT COUNT(*) AS n FROM answers")).toBe(1);
  });
});

describe("a reply quotes at most a short excerpt of what was typed", () => {
  const dbPath = tempDbPath();

  it("a 98 kB unknown command comes back as one short message", async () => {
    const bot = await startTestBot({ dbPath });
    const secretary = await bot.user("sec-1", [{ unit: "MK-PL1", role: "secretary" }]);
    const replies = await secretary.says(`/${"a".repeat(98_000)}`);
    expect(replies).toHaveLength(1);
    expect(replies[0]?.text.length).toBeLessThan(300);
    expect(replies[0]?.text).toContain(`/${"a".repeat(40)}…`);
    const args = await secretary.says(`/baocao ${"X".repeat(50_000)} ${"y ".repeat(20_000)}`);
    expect(args.map((m) => m.text.length).every((n) => n < 500)).toBe(true);
    await bot.close();
  });
});
