import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { grantRole } from "../../../src/app/grant-role.ts";
import { postDigests } from "../../../src/app/post-digests.ts";
import { proactiveDeps } from "../../../src/app/open-app.ts";
import { dbRows } from "../../support/db-rows.ts";
import { tempDbPath } from "../../support/temp-db.ts";
import { botApiErrors, telegramHarness } from "../../support/telegram-harness.ts";

type Harness = Awaited<ReturnType<typeof telegramHarness>>;

const OLD_ID = -4518810793;
const NEW_ID = -1002471352452;

describe("Telegram: a group that becomes a supergroup", () => {
  const dbPath = tempDbPath();
  let t: Harness;

  beforeEach(async () => {
    t = await telegramHarness(dbPath, { ADMIN_TELEGRAM_IDS: "900" });
    await t.user(900, { id: OLD_ID, type: "group" }).says("/bind MK");
    t.clear();
  });
  afterEach(async () => t.close());

  /** A message for the group held for later (quiet hours), so it is still pending when the group moves. */
  async function pendingForGroup(chatId: number): Promise<void> {
    await t.app.outbox.enqueue([{ channel: "telegram", chatId: String(chatId), message: { text: "bản tin" }, notBefore: new Date(Date.now() + 3_600_000) }], new Date());
  }

  it("the migration service messages move the binding and what waits to be sent", async () => {
    await pendingForGroup(OLD_ID);
    await t.group({ id: OLD_ID, type: "group" }).migratesTo(NEW_ID);
    // Telegram also posts the other half in the new supergroup: nothing left to move, nothing breaks.
    await t.group({ id: NEW_ID, type: "supergroup" }).migratedFrom(OLD_ID);

    expect(dbRows(t.app).all("SELECT chat_id, active FROM group_bindings ORDER BY id")).toEqual([{ chat_id: String(NEW_ID), active: 1 }]);
    const pending = dbRows(t.app).all("SELECT chat_id FROM outbox_messages WHERE status = 'pending' ORDER BY id");
    expect(pending).toEqual([{ chat_id: String(NEW_ID) }]);
    expect(t.sent()).toEqual([]);
    expect(t.logs.filter((l) => l.level === "error")).toEqual([]);
  });

  it("a send answered 400 migrate_to_chat_id moves the binding and the rows, and the message arrives at the new id", async () => {
    t.fail("sendMessage", botApiErrors.migrated(NEW_ID), { chatId: OLD_ID, times: Infinity });
    await pendingForGroup(OLD_ID);
    await t.user(900, { id: OLD_ID, type: "group" }).says("/status");

    const attempts = t.calls.filter((c) => c.method === "sendMessage");
    expect(attempts.map((c) => [String(c.payload["chat_id"]), c.fault === undefined])).toEqual([
      [String(OLD_ID), false],
      [String(NEW_ID), true],
    ]);
    expect(t.sent()[0]?.text).toContain("📊 Tình hình báo cáo tháng");
    expect(dbRows(t.app).all("SELECT chat_id FROM group_bindings ORDER BY id")).toEqual([{ chat_id: String(NEW_ID) }]);
    // The held message follows too, and nothing is left for the old id.
    expect(dbRows(t.app).count("SELECT COUNT(*) AS n FROM outbox_messages WHERE chat_id = ? AND status IN ('pending', 'sending')", String(OLD_ID))).toBe(0);
    expect(dbRows(t.app).all("SELECT chat_id FROM outbox_messages WHERE status = 'pending' ORDER BY id")).toEqual([{ chat_id: String(NEW_ID) }]);
  });
});

describe("Telegram: the bot removed from a bound group", () => {
  const dbPath = tempDbPath();
  let t: Harness;
  const GROUP = -1001500;

  beforeEach(async () => {
    t = await telegramHarness(dbPath, { ADMIN_TELEGRAM_IDS: "900" });
    const admin = async (id: string, unit: string, locale?: string) => {
      const personId = await grantRole(t.app, { identity: { channel: "telegram", externalId: id }, unitCode: unit, role: "admin", at: new Date() });
      if (personId === null) throw new Error(`no unit ${unit}`);
      if (locale) await t.app.stores.people.setLocale(personId, locale);
    };
    await admin("905", "MK", "en"); // the unit's admin, who reads English
    await admin("907", "LC"); // above it
    await admin("906", "MK-THPT"); // below it: not theirs to fix
    await t.user(900, { id: GROUP, type: "supergroup" }).says("/bind MK");
    t.clear();
  });
  afterEach(async () => t.close());

  const notices = () => t.sent().filter((m) => m.text.startsWith("⚠️"));
  const digestRowsForGroup = async () => dbRows(t.app).count("SELECT COUNT(*) AS n FROM outbox_messages WHERE chat_id = ? AND payload LIKE '%' || ? || '%'", String(GROUP), "📰");

  it("my_chat_member kicked: the binding turns inactive, admins hear it once in their language, digests skip it until /bind", async () => {
    const group = t.group({ id: GROUP, type: "supergroup" });
    await group.botBecomes("kicked");
    await group.botBecomes("left");

    expect(dbRows(t.app).get("SELECT * FROM group_bindings ORDER BY id LIMIT 1")).toMatchObject({ chat_id: String(GROUP), active: 0, inactive_reason: "kicked" });
    expect(notices().map((m) => [m.chatId, m.text]).sort()).toEqual([
      ["900", "⚠️ Bot không còn gửi được tin vào nhóm của Đảng ủy xã Mường Khương (MK): bot đã bị xóa khỏi nhóm hoặc bị chặn. Nhóm sẽ không nhận bản tin tuần và nhắc việc nữa. Để khôi phục: thêm lại bot vào nhóm, rồi quản trị viên gửi /bind MK trong nhóm."],
      ["905", "⚠️ The bot can no longer post in the group chat of Đảng ủy xã Mường Khương (MK): it was removed from the group or blocked. The group gets no more digests or reminders. To restore them, add the bot to the group again, then an admin sends /bind MK there."],
      ["907", expect.stringContaining("Bot không còn gửi được tin vào nhóm của Đảng ủy xã Mường Khương (MK)")],
    ]);

    // The weekly digest (as the scheduler runs it) leaves the group out: no attempt, no retries.
    await postDigests(proactiveDeps(t.app), "2026-11-30T01:00:00.000Z");
    await t.outbox.drain();
    expect(await digestRowsForGroup()).toBe(0);
    expect(t.calls.filter((c) => String(c.payload["chat_id"]) === String(GROUP))).toEqual([]);

    // Added back, an admin binds again: active, and the next digest goes there.
    await t.user(900, { id: GROUP, type: "supergroup" }).says("/bind MK");
    expect(dbRows(t.app).get("SELECT * FROM group_bindings ORDER BY id LIMIT 1")).toMatchObject({ active: 1, inactive_at: null, inactive_reason: null });
    await postDigests(proactiveDeps(t.app), "2026-12-07T01:00:00.000Z");
    expect(await digestRowsForGroup()).toBe(1);
  });

  it("a send answered 403 (kicked) turns the binding inactive too, with one notice for any number of failures", async () => {
    t.fail("sendMessage", botApiErrors.kicked(), { chatId: GROUP, times: Infinity });
    const member = t.user(901, { id: GROUP, type: "supergroup" });
    await member.says("/status");
    await member.says("/status");

    expect(dbRows(t.app).get("SELECT * FROM group_bindings ORDER BY id LIMIT 1")).toMatchObject({ active: 0, inactive_reason: "403: Forbidden: bot was kicked from the group chat" });
    expect(notices().map((m) => m.chatId).sort()).toEqual(["900", "905", "907"]);
    expect(t.calls.filter((c) => c.method === "sendMessage" && c.fault).length).toBe(2);
  });
});

describe("Telegram: an anonymous group admin", () => {
  const dbPath = tempDbPath();
  let t: Harness;

  beforeEach(async () => {
    t = await telegramHarness(dbPath, { ADMIN_TELEGRAM_IDS: "900" });
  });
  afterEach(async () => t.close());

  it("is told how to bind instead of being refused", async () => {
    const group = t.group({ id: -100321, type: "supergroup" });
    await group.anonymousSays("/bind MK");
    await group.anonymousSays("/bind@bontot_test_bot MK");
    expect(t.sent().map((m) => [m.chatId, m.text])).toEqual([
      ["-100321", expect.stringContaining('tắt quyền "Ẩn danh" (Remain anonymous)')],
      ["-100321", expect.stringContaining("gửi lệnh bằng tài khoản cá nhân")],
    ]);
    expect(dbRows(t.app).count("SELECT COUNT(*) AS n FROM group_bindings")).toBe(0);
    // Anything else an anonymous admin posts stays unanswered, as in any group.
    t.clear();
    await group.anonymousSays("/bind@another_bot MK");
    await group.anonymousSays("chào cả nhà");
    expect(t.sent()).toEqual([]);
  });
});
