import { afterEach, describe, expect, it } from "vitest";
import { startTestBot, type TestBot, type TestUser } from "../support/test-bot.ts";
import { tempDbPath } from "../support/temp-db.ts";
import { dbRows } from "../support/db-rows.ts";

const UP_TO_NOTES = ["có", "5/11", "18 17 0", "95", "không", "1", "1", "5 5", "1", "2", "2", "18", "không", "100", "0", "2 1", "17"];
/** 699 characters typed on a phone: too long for the 500-character note. */
const LONG = ("Chi bộ vận động bà con làm đường liên thôn, tu sửa nhà văn hóa và trồng rừng. ".repeat(9) + "Kiến nghị cấp trên hỗ trợ xi măng.").slice(0, 699);

describe("an over-long note is kept, not lost", () => {
  const dbPath = tempDbPath();
  let bot: TestBot;
  afterEach(async () => bot.close());

  async function atNotes(): Promise<TestUser> {
    bot = await startTestBot({ dbPath });
    const secretary = await bot.user("sec-1", [{ unit: "MK-PL1", role: "secretary" }]);
    await secretary.says("/baocao");
    for (const answer of UP_TO_NOTES) await secretary.says(answer);
    return secretary;
  }

  it("offers its first 500 characters, cut at a word, to accept with one number", async () => {
    expect(LONG).toHaveLength(699);
    const secretary = await atNotes();
    const [offer] = await secretary.says(LONG);
    expect(offer?.text).toContain("Nội dung dài 699 ký tự, tối đa 500");
    expect(offer?.choices?.map((c) => c.label)).toEqual(["Dùng đoạn rút gọn này", "Bỏ qua"]);
    expect(dbRows(bot.app).count("SELECT COUNT(*) AS n FROM answers")).toBe(17);

    const summary = await secretary.say("1");
    expect(summary).toContain("16. Kết quả nổi bật, kiến nghị: Chi bộ vận động bà con");
    const stored = dbRows(bot.app).get<{ value: string }>("SELECT value FROM answers WHERE question_id = ?", "q16_notes");
    const note = JSON.parse(stored?.value ?? "{}") as { value: string };
    expect(note.value.length).toBeLessThanOrEqual(500);
    expect(note.value.length).toBeGreaterThan(400);
    expect(LONG.startsWith(note.value)).toBe(true);
    expect(LONG[note.value.length]).toBe(" ");
  });

  it("a shorter text typed instead replaces it", async () => {
    const secretary = await atNotes();
    await secretary.says(LONG);
    expect(await secretary.say("Làm đường liên thôn.")).toContain("16. Kết quả nổi bật, kiến nghị: Làm đường liên thôn.");
  });

  it("survives leaving and coming back: /start, then 1, offers the same shortened text again", async () => {
    const secretary = await atNotes();
    await secretary.says(LONG);
    await secretary.says("/start");
    const [again] = await secretary.says("1");
    expect(again?.text).toContain("Nội dung dài 699 ký tự");
    expect(again?.text).toContain("«Chi bộ vận động bà con");
    expect(dbRows(bot.app).count("SELECT COUNT(*) AS n FROM answers")).toBe(17);
    expect(await secretary.say("2")).toContain("16. Kết quả nổi bật, kiến nghị: (bỏ qua)");
  });
});
