import type { Message } from "grammy/types";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { inviteCodeFor } from "../../support/invite-code.ts";
import { dbRows } from "../../support/db-rows.ts";
import { tempDbPath } from "../../support/temp-db.ts";
import { telegramHarness } from "../../support/telegram-harness.ts";

type Harness = Awaited<ReturnType<typeof telegramHarness>>;

const MEDIA_HINT = "Bot chỉ đọc được chữ. Đồng chí vui lòng gõ chữ hoặc bấm nút để trả lời.";

describe("Telegram: what the bot cannot read", () => {
  const dbPath = tempDbPath();
  let t: Harness;

  beforeEach(async () => {
    t = await telegramHarness(dbPath, { ADMIN_TELEGRAM_IDS: "900" });
  });
  afterEach(async () => t.close());

  async function secretaryAtFirstQuestion() {
    const now = new Date();
    const invite = await inviteCodeFor(t.app, "MK-PL1", { at: now });
    const ann = t.user(501);
    await ann.says(`/start ${invite}`);
    await ann.says("/baocao");
    expect(t.sent().at(-1)?.text).toContain("Câu 1/16");
    t.clear();
    return ann;
  }

  const media: [string, Partial<Message>][] = [
    ["voice", { voice: { file_id: "v", file_unique_id: "v", duration: 3 } }],
    ["audio", { audio: { file_id: "a", file_unique_id: "a", duration: 3 } }],
    ["sticker", { sticker: { file_id: "s", file_unique_id: "s", type: "regular", width: 1, height: 1, is_animated: false, is_video: false } }],
    ["photo", { photo: [{ file_id: "p", file_unique_id: "p", width: 1, height: 1 }], caption: "có" }],
    ["video", { video: { file_id: "w", file_unique_id: "w", width: 1, height: 1, duration: 1 } }],
    ["document", { document: { file_id: "d", file_unique_id: "d" } }],
    ["location", { location: { latitude: 22.7, longitude: 104.1 } }],
    ["contact", { contact: { phone_number: "0912345678", first_name: "Bob" } }],
    ["animation", { animation: { file_id: "g", file_unique_id: "g", width: 1, height: 1, duration: 1 } }],
  ];

  it.each(media)("%s in a private chat gets the text-only hint and answers nothing", async (_kind, content) => {
    const ann = await secretaryAtFirstQuestion();
    await ann.sends(content);
    expect(t.sent().map((m) => m.text)).toEqual([MEDIA_HINT]);
    expect(dbRows(t.app).count("SELECT COUNT(*) AS n FROM answers")).toBe(0);
    // The question shown before is still the one a typed answer answers.
    await ann.says("có");
    expect(dbRows(t.app).count("SELECT COUNT(*) AS n FROM answers")).toBe(1);
  });

  it("an edited message gets the edit hint and changes no answer", async () => {
    const ann = await secretaryAtFirstQuestion();
    await ann.says("có");
    t.clear();
    await ann.edits("không");
    expect(t.sent().map((m) => m.text)).toEqual(['Tin nhắn đã sửa không được tính là câu trả lời. Để đổi câu trả lời, gõ /back (câu trước) hoặc /summary rồi "sửa <số câu>".']);
    const answers = dbRows(t.app).all<{ value: string }>("SELECT value FROM answers ORDER BY id");
    expect(answers.map((a) => JSON.parse(a.value))).toEqual([{ type: "yes_no", value: "yes" }]);
  });

  it("a forwarded message is never an answer, even one that reads like it", async () => {
    const ann = await secretaryAtFirstQuestion();
    await ann.forwards("có");
    expect(t.sent().map((m) => m.text)).toEqual(["Tin nhắn chuyển tiếp không được tính là câu trả lời. Đồng chí vui lòng tự gõ câu trả lời."]);
    expect(dbRows(t.app).count("SELECT COUNT(*) AS n FROM answers")).toBe(0);
  });

  it("in a group, media, edits and forwards stay unanswered", async () => {
    const member = t.user(902, { id: -100555, type: "supergroup" });
    await member.sends({ voice: { file_id: "v", file_unique_id: "v", duration: 3 } });
    await member.sends({ sticker: { file_id: "s", file_unique_id: "s", type: "regular", width: 1, height: 1, is_animated: false, is_video: false } });
    await member.edits("/status");
    await member.forwards("/status");
    expect(t.calls).toEqual([]);
  });
});
