import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { inviteCodeFor } from "../../support/invite-code.ts";
import { grantRole } from "../../../src/app/grant-role.ts";
import { dbRows } from "../../support/db-rows.ts";
import { tempDbPath } from "../../support/temp-db.ts";
import { botApiErrors, telegramHarness } from "../../support/telegram-harness.ts";

type Harness = Awaited<ReturnType<typeof telegramHarness>>;

describe("Telegram: a secretary in a private chat", () => {
  const dbPath = tempDbPath();
  let t: Harness;
  let code: string;

  beforeEach(async () => {
    t = await telegramHarness(dbPath);
    const now = new Date();
    code = await inviteCodeFor(t.app, "MK-PL1", { at: now });
  });
  afterEach(async () => t.close());

  it("redeems an invite from the deep link, then answers by buttons and by typing", async () => {
    const ann = t.user(501);
    await ann.says(`/start ${code}`);
    const [welcome] = t.sent();
    expect(welcome?.text).toBe("✅ Chào mừng đồng chí! Đồng chí đã được ghi nhận là Bí thư — Chi bộ thôn Pha Long 1.");
    expect(welcome?.buttons).toEqual([["Bắt đầu báo cáo"]]);
    t.clear();

    await ann.taps(welcome?.data[0] ?? "", welcome?.messageId ?? 0);
    const [question] = t.sent();
    expect(question?.text).toContain("📋 Câu 1/16 · Tiêu chí II");
    expect(question?.buttons).toEqual([["Có", "Không"]]);
    expect(question?.data).toEqual(["a|q1_held|yes", "a|q1_held|no"]);
    expect(t.calls.find((c) => c.method === "answerCallbackQuery")).toBeDefined();
    // the tapped greeting's keyboard is removed once the next message goes out
    expect(t.calls.find((c) => c.method === "editMessageReplyMarkup")?.payload).toMatchObject({ message_id: welcome?.messageId, reply_markup: { inline_keyboard: [] } });
    t.clear();

    await ann.taps("a|q1_held|yes", question?.messageId ?? 0);
    const [dateQuestion] = t.sent();
    expect(dateQuestion?.text).toContain("Chi bộ sinh hoạt ngày nào?");
    expect(t.calls.find((c) => c.method === "editMessageReplyMarkup")?.payload).toMatchObject({ message_id: question?.messageId });
    t.clear();

    // Typing works as well as tapping, and a typed answer also removes the last keyboard.
    await ann.says("hôm nay");
    await ann.says("18 17 0");
    expect(t.sent().at(-1)?.text).toContain("bao nhiêu phút");
    await ann.says("120");
    t.clear();
    await ann.says("không");
    const [preparation] = t.sent();
    expect(preparation?.buttons).toEqual([["Cả hai"], ["Chỉ một trong hai"], ["Không có"]]);
    t.clear();
    await ann.says("2");
    expect(t.calls.find((c) => c.method === "editMessageReplyMarkup")?.payload).toMatchObject({ message_id: preparation?.messageId });
  });

  it("answers a tap on an old question's button without changing anything", async () => {
    const ann = t.user(502);
    await ann.says(`/start ${code}`);
    await ann.says("/baocao");
    const question = t.sent().at(-1);
    await ann.taps("a|q1_held|no", question?.messageId ?? 0);
    t.clear();
    await ann.taps("a|q1_held|yes", question?.messageId ?? 0);
    expect(t.sent()).toEqual([]);
    expect(t.calls.find((c) => c.method === "answerCallbackQuery")?.payload).toMatchObject({ text: "Nút này thuộc câu hỏi cũ; câu trả lời đã được ghi nhận." });
    const answers = dbRows(t.app).all<{ value: string }>("SELECT value FROM answers ORDER BY id");
    expect(answers.map((a) => JSON.parse(a.value))).toEqual([{ type: "yes_no", value: "no" }]);
  });

  it("retries the tap's notice on a network error or a short flood wait, and gives up on a long one", async () => {
    const ann = t.user(504);
    await ann.says(`/start ${code}`);
    await ann.says("/baocao");
    const question = t.sent().at(-1);
    await ann.taps("a|q1_held|no", question?.messageId ?? 0);
    t.clear();
    t.fail("answerCallbackQuery", "network");
    t.fail("answerCallbackQuery", botApiErrors.tooManyRequests(1));
    await ann.taps("a|q1_held|yes", question?.messageId ?? 0);
    const answered = t.calls.filter((c) => c.method === "answerCallbackQuery");
    expect(answered.map((c) => Boolean(c.fault))).toEqual([true, true, false]);
    expect(answered.at(-1)?.payload).toMatchObject({ text: "Nút này thuộc câu hỏi cũ; câu trả lời đã được ghi nhận." });

    t.clear();
    t.fail("answerCallbackQuery", botApiErrors.tooManyRequests(30));
    await ann.taps("a|q1_held|yes", question?.messageId ?? 0);
    expect(t.calls.filter((c) => c.method === "answerCallbackQuery")).toHaveLength(1);
  });

  it("refuses a well-formed button for an option the question does not have", async () => {
    const ann = t.user(503);
    await ann.says(`/start ${code}`);
    await ann.says("/baocao");
    t.clear();
    await ann.taps("a|q1_held|maybe", 1);
    expect(t.sent().map((m) => m.text.split("\n")[0])).toEqual(["⚠️ Chưa khớp với phương án nào."]);
    expect(dbRows(t.app).count("SELECT COUNT(*) AS n FROM answers")).toBe(0);
  });

  it.each([["x|y"], ["a|q1_held|" + "y".repeat(70)], ["a|../../etc|yes"], [""]])("ignores forged or malformed button data %j", async (data) => {
    const ann = t.user(503);
    await ann.says(`/start ${code}`);
    await ann.says("/baocao");
    t.clear();
    await ann.taps(data, 1);
    expect(t.calls.map((c) => c.method)).toEqual(["answerCallbackQuery"]);
    expect(dbRows(t.app).count("SELECT COUNT(*) AS n FROM answers")).toBe(0);
  });

  it("does not record an answer twice when Telegram re-delivers the same update", async () => {
    const ann = t.user(504);
    await ann.says(`/start ${code}`);
    await ann.says("/baocao");
    await ann.says("có", { updateId: 9001 });
    t.clear();
    await ann.says("không", { updateId: 9001 });
    expect(t.sent()).toEqual([]);
    const answers = dbRows(t.app).all<{ value: string }>("SELECT value FROM answers ORDER BY id");
    expect(answers.map((a) => JSON.parse(a.value))).toEqual([{ type: "yes_no", value: "yes" }]);
  });

  it("refuses a used, expired, or wrong invite, and limits guessing", async () => {
    await t.user(505).says(`/start ${code}`);
    const bob = t.user(506);
    await bob.says(`/start ${code}`);
    expect(t.sent().at(-1)?.text).toContain("Mã mời này đã được dùng.");
    const now = new Date();
    // Created longer ago than an invite lasts.
    const expired = await inviteCodeFor(t.app, "MK-NC", { at: new Date(now.getTime() - (t.app.config.inviteTtlDays + 1) * 86_400_000) });
    await bob.says(`/start ${expired}`);
    expect(t.sent().at(-1)?.text).toContain("Mã mời đã hết hạn.");
    for (let i = 0; i < 3; i++) await bob.says("/start AAAAAAAAAAAAAAAAAAAAAAAA");
    expect(t.sent().at(-1)?.text).toContain("Mã mời không đúng.");
    const fresh = await inviteCodeFor(t.app, "MK-NC", { at: now });
    await bob.says(`/start ${fresh}`);
    expect(t.sent().at(-1)?.text).toContain("Đồng chí đã nhập sai mã quá nhiều lần.");
    expect(dbRows(t.app).count("SELECT COUNT(*) AS n FROM memberships WHERE unit_id IN (SELECT id FROM units WHERE code = ?)", "MK-NC")).toBe(0);
  });

  it("explains invites to a stranger's /start", async () => {
    await t.user(507).says("/start");
    expect(t.sent()[0]?.text).toContain("xin mã mời từ văn phòng cấp ủy");
  });
});

describe("Telegram: committee group chats", () => {
  const dbPath = tempDbPath();
  let t: Harness;

  beforeEach(async () => {
    t = await telegramHarness(dbPath, { ADMIN_TELEGRAM_IDS: "900" });
  });
  afterEach(async () => t.close());

  const group = { id: -100123, type: "supergroup" as const, title: "BCĐ xã Mường Khương" };

  it("an admin binds the group; /status then shows the unit's progress", async () => {
    const admin = t.user(900, group);
    await admin.says("/bind MK");
    expect(t.sent().at(-1)?.text).toBe("✅ Đã gắn nhóm này với Đảng ủy xã Mường Khương (MK). Nhóm sẽ nhận bản tin tuần và nhắc việc của đơn vị.");
    await t.user(901, group).says("/status@bontot_test_bot");
    const status = t.sent().at(-1)?.text ?? "";
    expect(status).toContain("📊 Tình hình báo cáo tháng");
    expect(status).toContain("Đã gửi: 0/5 chi bộ · Đạt \"4 tốt\": 0");
    expect(status).toContain("Chưa gửi: Chi bộ thôn Pha Long 1, Chi bộ thôn Na Chơ, Chi bộ thôn Tả Thàng, Chi bộ Giáo viên, Chi bộ Hành chính");
    const binding = dbRows(t.app).get("SELECT channel, chat_id FROM group_bindings ORDER BY id LIMIT 1");
    expect(binding).toMatchObject({ channel: "telegram", chat_id: "-100123" });
  });

  it("an admin by configuration uses admin commands in a private chat without an invite", async () => {
    await t.user(900).says("/remind");
    const reply = t.sent().at(-1)?.text ?? "";
    expect(reply).toMatch(/^⏰ Nhắc báo cáo — toàn bộ đơn vị\nTháng \d\d\/\d{4} \(hạn [\d/]+\): 5\/5 chi bộ chưa gửi báo cáo\./);
    await t.user(905).says("/remind");
    expect(t.sent().at(-1)?.text).toBe("Chỉ quản trị viên mới dùng được lệnh này.");
  });

  it("an admin's /moi carries the bot's own deep link, which registers whoever opens it", async () => {
    await t.user(900).says("/moi MK-NC");
    const link = /https:\/\/t\.me\/bontot_test_bot\?start=([0-9A-Z-]+) /.exec(t.sent().at(-1)?.text ?? "");
    expect(link?.[1]).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    await t.user(906).says(`/start ${link?.[1] ?? ""}`);
    // The welcome to the newcomer, then the news to the admin.
    expect(t.sent().slice(-2).map((m) => m.text.split("\n")[0])).toEqual([
      "✅ Chào mừng đồng chí! Đồng chí đã được ghi nhận là Bí thư — Chi bộ thôn Na Chơ.",
      expect.stringContaining("🆕 Đã có người đăng ký: Bí thư của Chi bộ thôn Na Chơ (MK-NC)"),
    ]);
  });

  it("/digest posts the chart as a photo, then the digest text", async () => {
    const admin = t.user(900, group);
    await admin.says("/bind MK");
    t.clear();
    await admin.says("/digest");
    const [photo, text] = t.calls.filter((c) => c.method === "sendPhoto" || c.method === "sendMessage");
    expect(photo?.method).toBe("sendPhoto");
    // uploaded as multipart/form-data, as grammY does for an InputFile
    expect(photo?.payload["photo"]).toMatchObject({ filename: expect.stringMatching(/\.png$/) });
    expect(text?.payload["text"]).toContain("📰 Bản tin tuần — Đảng ủy xã Mường Khương");
  });

  it("refuses /bind from anyone but an admin, and stays quiet otherwise", async () => {
    const member = t.user(902, group);
    await member.says("/bind MK");
    expect(t.sent().at(-1)?.text).toBe("Chỉ quản trị viên mới dùng được lệnh này.");
    t.clear();
    await member.says("chào cả nhà");
    await member.says("/status@another_bot");
    await member.says("/weather");
    expect(t.sent()).toEqual([]);
    expect(dbRows(t.app).count("SELECT COUNT(*) AS n FROM group_bindings")).toBe(0);
  });

  it("an admin by role may bind only units within their own subtree", async () => {
    await grantRole(t.app, { identity: { channel: "telegram", externalId: "903" }, unitCode: "MK-THPT", role: "admin", at: new Date() });
    const schoolAdmin = t.user(903, group);
    await schoolAdmin.says("/bind MK");
    expect(t.sent().at(-1)?.text).toBe("Đồng chí không quản trị đơn vị MK.");
    await schoolAdmin.says("/bind MK-THPT");
    expect(t.sent().at(-1)?.text).toContain("Đã gắn nhóm này với Đảng bộ Trường THPT số 1 Mường Khương");
    await schoolAdmin.says("/unbind");
    expect(t.sent().at(-1)?.text).toBe("Đã bỏ gắn nhóm này khỏi Đảng bộ Trường THPT số 1 Mường Khương.");
  });
});

describe("Telegram: command menus", () => {
  const dbPath = tempDbPath();

  it("sets menus per language and scope, and a failure does not stop the bot", async () => {
    const t = await telegramHarness(dbPath);
    t.fail("setMyCommands", { ok: false, error_code: 400, description: "Bad Request: BOT_COMMANDS_TOO_MUCH" });
    await t.channel.start();
    await t.channel.stop();
    const menus = t.calls.filter((c) => c.method === "setMyCommands");
    expect(menus).toHaveLength(4);
    expect(menus.map((m) => [(m.payload["scope"] as { type: string }).type, m.payload["language_code"] ?? "default"])).toEqual([
      ["all_private_chats", "default"],
      ["all_private_chats", "en"],
      ["all_group_chats", "default"],
      ["all_group_chats", "en"],
    ]);
    expect(menus[1]?.payload["commands"]).toContainEqual({ command: "baocao", description: "Start or continue the monthly report" });
    await t.close();
  });
});
