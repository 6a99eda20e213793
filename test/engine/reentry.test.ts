import { afterEach, describe, expect, it } from "vitest";
import { sendReminders } from "../../src/app/send-reminders.ts";
import { proactiveDeps } from "../../src/app/open-app.ts";
import { startTestBot, type TestBot, type TestUser } from "../support/test-bot.ts";
import { tempDbPath } from "../support/temp-db.ts";
import { dbRows } from "../support/db-rows.ts";

/**
 * A message answers only the prompt its sender last saw. A secretary who leaves at any step and
 * comes back — /start, /baocao, a reminder's button or its number, a restart of the bot — never
 * records an answer or submits by the message used to come back.
 */
const FULL = ["có", "5/11", "18 17 0", "95", "không", "1", "1", "5 5", "1", "2", "2", "18", "không", "100", "0", "2 1", "17"];

const STEPS: readonly { kind: string; answers: readonly string[]; shows: string }[] = [
  { kind: "yes/no", answers: [], shows: "đã tổ chức sinh hoạt thường kỳ" },
  { kind: "date", answers: ["có"], shows: "sinh hoạt ngày nào" },
  { kind: "several numbers", answers: ["có", "5/11"], shows: "Câu 2/16" },
  { kind: "number", answers: ["có", "5/11", "18 17 0"], shows: "bao nhiêu phút" },
  { kind: "choice", answers: ["có", "5/11", "18 17 0", "95", "không"], shows: "Câu 4/16" },
  { kind: "text", answers: FULL, shows: "Câu 16/16" },
  { kind: "summary", answers: [...FULL, "/skip"], shows: "Tóm tắt báo cáo tháng 11/2026" },
];

/** The status of the first assessment stored, as the old `findFirst()` read it. */
function firstAssessmentStatus(bot: TestBot): string | undefined {
  return dbRows(bot.app).get<{ status: string }>("SELECT status FROM assessments ORDER BY id LIMIT 1")?.status;
}

describe("coming back never answers the waiting prompt", () => {
  const dbPath = tempDbPath();
  let bot: TestBot;
  afterEach(async () => bot.close());

  async function at(answers: readonly string[]): Promise<TestUser> {
    bot = await startTestBot({ dbPath });
    const secretary = await bot.user("sec-1", [{ unit: "MK-PL1", role: "secretary" }]);
    await secretary.says("/baocao");
    for (const answer of answers) await secretary.says(answer);
    return secretary;
  }

  const recorded = async (): Promise<{ answers: number; status: string | undefined }> => ({
    answers: dbRows(bot.app).count("SELECT COUNT(*) AS n FROM answers"),
    status: firstAssessmentStatus(bot),
  });

  it.each(STEPS)("at a $kind step: /start, then \"1\" (the greeting's only choice) shows the step again", async ({ answers, shows }) => {
    const secretary = await at(answers);
    const before = await recorded();
    expect(await secretary.say("/start")).toContain("Kỳ báo cáo đang mở: tháng 11/2026");
    const again = await secretary.say("1");
    expect(again).toContain(shows);
    if (shows.startsWith("Câu") || !shows.startsWith("Tóm tắt")) expect(again).toContain("Đồng chí đang làm dở");
    expect(await recorded()).toEqual(before);
  });

  it.each(STEPS)("at a $kind step: /baocao shows the step again and records nothing", async ({ answers, shows }) => {
    const secretary = await at(answers);
    const before = await recorded();
    expect(await secretary.say("/baocao")).toContain(shows);
    expect(await recorded()).toEqual(before);
  });

  it.each(STEPS)("at a $kind step: after a reminder, its button or a typed \"1\" shows the step again", async ({ answers, shows }) => {
    const secretary = await at(answers);
    const before = await recorded();
    bot.clock.set("2026-12-02T01:00:00Z"); // 08:00 in Hà Nội, three days before the due date
    expect(await sendReminders(proactiveDeps(bot.app))).toBe(1);
    const reminder = await secretary.inbox();
    expect(reminder.map((m) => m.choices?.map((c) => c.label))).toEqual([["Bắt đầu báo cáo"]]);
    const typed = await secretary.says("1");
    expect(typed.at(-1)?.text).toContain(shows);
    expect(await recorded()).toEqual(before);

    await sendReminders(proactiveDeps(bot.app)); // the same slot: not sent twice
    const { replies } = await secretary.taps("assess", "greeting");
    expect(replies.at(-1)?.text).toContain(shows);
    expect(await recorded()).toEqual(before);
  });

  it.each(STEPS)("at a $kind step: a restarted bot greets, and \"1\" shows the step again", async ({ answers, shows }) => {
    await at(answers);
    const before = await recorded();
    await bot.close();
    bot = await startTestBot({ dbPath, now: "2026-11-21T02:00:00Z" });
    const secretary = await bot.user("sec-1");
    expect(await secretary.say("/start")).toContain("Xin chào");
    expect(await secretary.say("1")).toContain(shows);
    expect(await recorded()).toEqual(before);
  });

  it("after coming back, the next message answers the question just shown", async () => {
    const secretary = await at(["có", "5/11"]);
    await secretary.says("/start");
    await secretary.says("1");
    expect(await secretary.say("18 17 0")).toContain("Câu 3/16");
    const stored = dbRows(bot.app).get<{ value: string }>("SELECT value FROM answers WHERE assessment_id = ? AND question_id = ?", 1, "q2_attendance");
    expect(JSON.parse(stored?.value ?? "{}")).toEqual({ type: "integers", values: [18, 17, 0] });
  });

  it("help or an unknown command in the middle leaves no question waiting: the next answer brings it back", async () => {
    const secretary = await at(["có", "5/11", "18 17 0"]);
    await secretary.says("/help");
    expect(await secretary.say("1")).toContain("Đồng chí đang làm dở: câu 3/16");
    expect(dbRows(bot.app).count("SELECT COUNT(*) AS n FROM answers")).toBe(3);
    expect(await secretary.say("95")).toContain("kết hợp sinh hoạt chuyên đề");
  });

  it("/baocao after /back returns to the question being reviewed, and the answer lands there", async () => {
    const secretary = await at(["có", "5/11", "18 17 0"]);
    await secretary.says("/back");
    await secretary.says("/cancel");
    const again = await secretary.say("/baocao");
    expect(again).toContain("Câu 2/16");
    expect(again).toContain("(Câu trả lời hiện tại: phải dự 18 · có mặt 17 · vắng không lý do 0)");
    await secretary.says("18 16 1");
    const stored = dbRows(bot.app).all<{ questionId: string; value: string }>(
      "SELECT question_id AS questionId, value FROM answers WHERE question_id IN (?, ?) ORDER BY id",
      "q2_attendance",
      "q3_minutes",
    );
    expect(stored.map((a) => [a.questionId, JSON.parse(a.value)])).toEqual([["q2_attendance", { type: "integers", values: [18, 16, 1] }]]);
  });
});

describe("submitting needs 'Gửi' on a summary shown after the last change", () => {
  const dbPath = tempDbPath();
  let bot: TestBot;
  afterEach(async () => bot.close());

  it("an answer changed by the deputy meanwhile: the secretary's 'Gửi' shows the new summary instead", async () => {
    bot = await startTestBot({ dbPath });
    const secretary = await bot.user("sec-1", [{ unit: "MK-PL1", role: "secretary" }]);
    const deputy = await bot.user("dep-1", [{ unit: "MK-PL1", role: "deputy" }]);
    await secretary.says("/baocao");
    for (const answer of [...FULL, "/skip"]) await secretary.says(answer);
    await deputy.says("/summary");
    await deputy.says("sửa 10");
    await deputy.says("15");

    const refused = await secretary.say("gửi");
    expect(refused).toContain("Bản tóm tắt trước đã cũ");
    expect(refused).toContain("10. Đóng đảng phí: 15");
    expect(firstAssessmentStatus(bot)).toBe("in_progress");
    expect(await secretary.say("gửi")).toContain("✅ Đã gửi báo cáo tháng 11/2026");
  });

  it("a tap on an older summary's 'Gửi' after an edit is ignored", async () => {
    bot = await startTestBot({ dbPath });
    const secretary = await bot.user("sec-1", [{ unit: "MK-PL1", role: "secretary" }]);
    await secretary.says("/baocao");
    for (const answer of FULL) await secretary.says(answer);
    const first = await secretary.says("/skip");
    const oldContext = first[0]?.choiceContext;
    await secretary.says("sửa 10");
    const second = await secretary.says("15");
    expect(second[0]?.choiceContext).not.toBe(oldContext);
    const { ack } = await secretary.taps("submit", oldContext);
    expect(ack).toContain("Nút này thuộc câu hỏi cũ");
    expect(firstAssessmentStatus(bot)).toBe("in_progress");
    const { replies } = await secretary.taps("submit", second[0]?.choiceContext);
    expect(replies[0]?.text).toContain("✅ Đã gửi báo cáo");
  });
});

describe("editing from the summary, the way people type it", () => {
  const dbPath = tempDbPath();
  let bot: TestBot;
  afterEach(async () => bot.close());

  it.each(["sửa 5", "sửa câu 5", "Sửa câu 5", "câu 5", "cau 5", "5", "edit 5", "edit question 5"])("%j opens item 5", async (text) => {
    bot = await startTestBot({ dbPath });
    const secretary = await bot.user("sec-1", [{ unit: "MK-PL1", role: "secretary" }]);
    await secretary.says("/baocao");
    for (const answer of [...FULL, "/skip"]) await secretary.says(answer);
    const edit = await secretary.say(text);
    expect(edit).toContain("Câu 5/16");
    expect(edit).toContain("(Câu trả lời hiện tại: Đã tổ chức)");
  });

  it.each(["sửa 5 và 6", "câu 5 sai", "sửa", "99"])("%j is not read as an edit of some item", async (text) => {
    bot = await startTestBot({ dbPath });
    const secretary = await bot.user("sec-1", [{ unit: "MK-PL1", role: "secretary" }]);
    await secretary.says("/baocao");
    for (const answer of [...FULL, "/skip"]) await secretary.says(answer);
    const reply = await secretary.say(text);
    expect(reply).not.toContain("Câu 5/16");
    expect(reply).not.toContain("Câu 6/16");
  });
});

describe("numbers and item names mean items, never 'send'", () => {
  const dbPath = tempDbPath();
  let bot: TestBot;
  afterEach(async () => bot.close());

  it("on the summary, '1' opens item 1 and '3' opens item 3: only the word 'gửi' or its button sends", async () => {
    bot = await startTestBot({ dbPath });
    const secretary = await bot.user("sec-1", [{ unit: "MK-PL1", role: "secretary" }]);
    await secretary.says("/baocao");
    for (const answer of [...FULL, "/skip"]) await secretary.says(answer);
    expect(await secretary.say("1")).toContain("Câu 1/16");
    await secretary.says("có");
    await secretary.says("5/11");
    expect(await secretary.say("3")).toContain("Câu 3/16");
    expect(firstAssessmentStatus(bot)).toBe("in_progress");
  });

  it("'sửa câu 5' typed in the middle of the form goes to item 5 instead of being stored as an answer", async () => {
    bot = await startTestBot({ dbPath });
    const secretary = await bot.user("sec-1", [{ unit: "MK-PL1", role: "secretary" }]);
    await secretary.says("/baocao");
    for (const answer of FULL) await secretary.says(answer);
    const edit = await secretary.say("sửa câu 5");
    expect(edit).toContain("Câu 5/16");
    expect(dbRows(bot.app).count("SELECT COUNT(*) AS n FROM answers WHERE question_id = ?", "q16_notes")).toBe(0);
    // After the change, back to the note that was still unanswered.
    expect(await secretary.say("đã lên lịch")).toContain("Câu 16/16");
  });

  it("a complete report left without sending is called NOT SENT", async () => {
    bot = await startTestBot({ dbPath });
    const secretary = await bot.user("sec-1", [{ unit: "MK-PL1", role: "secretary" }]);
    await secretary.says("/baocao");
    for (const answer of [...FULL, "/skip"]) await secretary.says(answer);
    expect(await secretary.say("để sau")).toContain("CHƯA GỬI");
  });
});

describe("a question not yet delivered is not answered", () => {
  const dbPath = tempDbPath();
  let bot: TestBot;
  afterEach(async () => bot.close());

  it("a second '1' sent before the next question arrived shows that question instead of answering it", async () => {
    bot = await startTestBot({ dbPath });
    const secretary = await bot.user("sec-1", [{ unit: "MK-PL1", role: "secretary" }]);
    await secretary.says("/baocao");
    for (const answer of ["có", "5/11", "18 17 0", "95", "không", "1", "1", "5 5"]) await secretary.says(answer);
    // Item 7 is on the screen. The person taps "1" twice quickly (a slow network); the bot's next
    // question (item 8) is delivered only after both were sent.
    const sentAt = bot.clock.now();
    await bot.engineHandle({ channel: "fake", chatId: "sec-1", chatType: "private", senderId: "sec-1", text: "1", receivedAt: sentAt, sentAt });
    await bot.engineHandle({ channel: "fake", chatId: "sec-1", chatType: "private", senderId: "sec-1", text: "1", receivedAt: sentAt, sentAt });
    const replies = await secretary.inbox();
    expect(replies.at(-1)?.text).toContain("Đồng chí đang làm dở: câu 8/16");
    expect(dbRows(bot.app).count("SELECT COUNT(*) AS n FROM answers WHERE question_id = ?", "q8_discipline")).toBe(0);
    // Now seen: the next answer counts.
    bot.clock.advance(5_000);
    expect(await secretary.say("không")).toContain("Câu 9/16");
  });
});
