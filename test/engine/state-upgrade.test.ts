import { afterEach, describe, expect, it } from "vitest";
import { decodeState, encodeState } from "../../src/domain/conversation/conversation-state.ts";
import { startTestBot, type TestBot, type TestUser } from "../support/test-bot.ts";
import { tempDbPath } from "../support/temp-db.ts";
import { dbRows } from "../support/db-rows.ts";

const FULL = ["có", "5/11", "18 17 0", "95", "không", "1", "1", "5 5", "1", "2", "2", "18", "không", "100", "0", "2 1", "17", "/skip"];

describe("conversation state stored by an older release", () => {
  const dbPath = tempDbPath();
  let bot: TestBot;
  afterEach(async () => bot.close());

  async function withStoredState(answers: readonly string[], stored: string): Promise<TestUser> {
    bot = await startTestBot({ dbPath });
    const secretary = await bot.user("sec-1", [{ unit: "MK-PL1", role: "secretary" }]);
    await secretary.says("/baocao");
    for (const answer of answers) await secretary.says(answer);
    expect(dbRows(bot.app).run("UPDATE conversations SET state = ? WHERE key = ?", stored, "fake:sec-1")).toBe(1);
    return secretary;
  }

  it("a version-1 question state is read, and the answer goes to that question", async () => {
    const secretary = await withStoredState(["có", "5/11"], '{"mode":"answering","questionId":"q2_attendance","returnToSummary":false}');
    expect(await secretary.say("18 17 0")).toContain("Câu 3/16");
    const row = dbRows(bot.app).get<{ state: string }>("SELECT state FROM conversations WHERE key = ?", "fake:sec-1");
    expect(JSON.parse(row?.state ?? "{}")).toMatchObject({ v: 2, mode: "answering", questionId: "q3_minutes" });
  });

  it("a version-1 summary state never submits: the summary is shown again first", async () => {
    const secretary = await withStoredState(FULL, '{"mode":"summary"}');
    const shown = await secretary.say("gửi");
    expect(shown).toContain("Tóm tắt báo cáo tháng 11/2026");
    expect(dbRows(bot.app).get<{ status: string }>("SELECT status FROM assessments ORDER BY id LIMIT 1")?.status).toBe("in_progress");
    expect(await secretary.say("gửi")).toContain("✅ Đã gửi báo cáo");
  });

  it("a question this questionnaire no longer has: the first unanswered one is shown, nothing recorded", async () => {
    const secretary = await withStoredState(["có", "5/11"], '{"v":2,"mode":"answering","questionId":"q99_gone","returnToSummary":false}');
    expect(await secretary.say("18 17 0")).toContain("Câu 2/16");
    expect(dbRows(bot.app).count("SELECT COUNT(*) AS n FROM answers")).toBe(2);
    expect(await secretary.say("18 17 0")).toContain("Câu 3/16");
  });

  it.each([
    ["an unknown version", '{"v":99,"mode":"answering","questionId":"q2_attendance"}'],
    ["an unknown mode", '{"mode":"voice_recording"}'],
    ["text that is not JSON", "{oops"],
  ])("%s falls back safely: the summary of every kept answer, never an error", async (_, stored) => {
    const secretary = await withStoredState(["có", "5/11"], stored);
    const summary = await secretary.say("18 17 0");
    expect(summary).not.toContain("lỗi");
    expect(summary).toContain("Tóm tắt báo cáo tháng 11/2026");
    expect(summary).toContain("1. Sinh hoạt thường kỳ: Có");
    expect(dbRows(bot.app).count("SELECT COUNT(*) AS n FROM answers")).toBe(2);
    expect(await secretary.say("tiếp tục")).toContain("Câu 2/16");
  });

  it("every state round-trips through its stored form", () => {
    for (const state of [
      { mode: "idle" },
      { mode: "idle", resume: { mode: "summary", shown: "0a1b2c3d" } },
      { mode: "answering", questionId: "q16_notes", returnToSummary: true, draft: "…" },
      { mode: "choosing_item" },
      { mode: "choosing_cell", unitIds: [3, 4], resume: { mode: "choosing_item" } },
    ] as const) {
      expect(decodeState(encodeState(state))).toEqual({ state, outcome: "current" });
    }
  });
});
