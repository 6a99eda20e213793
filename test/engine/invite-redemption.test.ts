import { afterEach, describe, expect, it, vi } from "vitest";
import { startTestBot, type TestBot } from "../support/test-bot.ts";
import { tempDbPath } from "../support/temp-db.ts";
import { dbRows } from "../support/db-rows.ts";
import { inviteCodeFor } from "../support/invite-code.ts";
import { revokeInviteCode } from "../../src/app/revoke-invites.ts";
import { hashInviteCode } from "../../src/domain/invite-code.ts";

describe("redeeming an invite is part of the turn", () => {
  const dbPath = tempDbPath();
  let bot: TestBot;
  afterEach(async () => bot.close());

  async function invite(): Promise<string> {
    const now = bot.clock.now();
    return inviteCodeFor(bot.app, "MK-PL1", { at: now });
  }

  it("a turn that fails registers nobody, and trying again works instead of saying 'already used'", async () => {
    bot = await startTestBot({ dbPath });
    const code = await invite();
    const newcomer = await bot.user("newcomer");
    vi.spyOn(bot.app.turns, "save").mockRejectedValueOnce(new Error("disk I/O error"));
    expect(await newcomer.say(`/start ${code}`)).toContain("bot gặp sự cố");
    expect(dbRows(bot.app).count("SELECT COUNT(*) AS n FROM identities WHERE external_id = ?", "newcomer")).toBe(0);
    expect(dbRows(bot.app).count("SELECT COUNT(*) AS n FROM invites WHERE used_at IS NOT NULL")).toBe(0);

    expect(await newcomer.say(`/start ${code}`)).toContain("Chi bộ thôn Pha Long 1");
    expect(dbRows(bot.app).count("SELECT COUNT(*) AS n FROM memberships WHERE person_id IN (SELECT person_id FROM identities WHERE external_id = ?)", "newcomer")).toBe(1);
    expect(dbRows(bot.app).count("SELECT COUNT(*) AS n FROM invite_attempts")).toBe(0);
  });

  it("two people with the same code at once: one is registered, the other is told it is used, one failed try counted", async () => {
    bot = await startTestBot({ dbPath });
    const code = await invite();
    const [a, b] = [await bot.user("a"), await bot.user("b")];
    // Both turns run at once, and so do the two drains of the outbox: one drain may deliver the
    // other chat's reply after that chat's drain found nothing left to claim. What either chat
    // got is collected once both are done; each still gets exactly one reply.
    const sent = await Promise.all([a.says(`/start ${code}`), b.says(`/start ${code}`)]);
    const received = [[...sent[0], ...(await a.inbox())], [...sent[1], ...(await b.inbox())]];
    expect(received.map((r) => r.length)).toEqual([1, 1]);
    const replies = received.map((r) => r[0]?.text ?? "");
    expect(replies.filter((r) => r.includes("Chi bộ thôn Pha Long 1"))).toHaveLength(1);
    expect(replies.filter((r) => r.includes("đã được dùng"))).toHaveLength(1);
    expect(dbRows(bot.app).count("SELECT COUNT(*) AS n FROM memberships WHERE unit_id = (SELECT id FROM units WHERE code = ?)", "MK-PL1")).toBe(1);
    expect(dbRows(bot.app).count("SELECT COUNT(*) AS n FROM invite_attempts")).toBe(1);
  });

  it("five wrong codes lock the account for an hour; the lock-out itself is not counted again", async () => {
    bot = await startTestBot({ dbPath });
    const code = await invite();
    const guesser = await bot.user("guesser");
    for (let i = 0; i < 5; i++) await guesser.says(`/start wrongcodewrongcode${i}`);
    expect(await guesser.say(`/start ${code}`)).toContain("quá nhiều lần");
    expect(dbRows(bot.app).count("SELECT COUNT(*) AS n FROM invite_attempts")).toBe(5);
    bot.clock.advance(61 * 60_000);
    expect(await guesser.say(`/start ${code}`)).toContain("Chi bộ thôn Pha Long 1");
  });
});

describe("codes handed out before codes became typeable", () => {
  const dbPath = tempDbPath();

  it("still register until they expire, exactly as typed (they were case-sensitive)", async () => {
    const bot = await startTestBot({ dbPath });
    const old = "Qm9udG90LW9sZF9jb2RlXzE-";
    const unit = await bot.app.stores.org.findUnit("MK-PL1");
    // As create-invite stored them then: sha256 of the trimmed code.
    await bot.app.stores.invites.create({ codeHash: hashInviteCode(old), unitId: unit?.id ?? 0, role: "deputy", expiresAt: new Date(bot.clock.now().getTime() + 86_400_000), at: bot.clock.now() });
    expect(await (await bot.user("lower")).say(`/start ${old.toLowerCase()}`)).toContain("Mã mời không đúng");
    expect(await (await bot.user("exact")).say(`/start ${old}`)).toContain("Phó bí thư — Chi bộ thôn Pha Long 1");
    await bot.close();
  });
});

describe("/start with a word that is no code", () => {
  const dbPath = tempDbPath();

  it("greets a registered secretary instead of counting a wrong invite code", async () => {
    const bot = await startTestBot({ dbPath });
    const secretary = await bot.user("sec-1", [{ unit: "MK-PL1", role: "secretary" }]);
    for (let i = 0; i < 6; i++) expect(await secretary.say("/start lại")).toContain("Xin chào đồng chí Bí thư Chi bộ thôn Pha Long 1!");
    expect(dbRows(bot.app).count("SELECT COUNT(*) AS n FROM invite_attempts")).toBe(0);
    await bot.close();
  });
});

describe("a registration is announced to the admins who look after the unit, with the registration", () => {
  const dbPath = tempDbPath();
  let bot: TestBot;
  afterEach(async () => bot.close());

  async function invite(unitCode = "MK-PL1"): Promise<string> {
    const now = bot.clock.now();
    return inviteCodeFor(bot.app, unitCode, { at: now });
  }

  it("the committee's admin hears of it once, even when two people race for the code; the province's admin and the newcomer do not", async () => {
    bot = await startTestBot({ dbPath, env: { ADMIN_TELEGRAM_IDS: "5000" } });
    const committeeAdmin = await bot.user("admin-mk", [{ unit: "MK", role: "admin" }]);
    const provinceAdmin = await bot.user("admin-lc", [{ unit: "LC", role: "admin" }]);
    const code = await invite();
    const [a, b] = [await bot.user("a"), await bot.user("b")];
    const sent = await Promise.all([a.says(`/start ${code}`), b.says(`/start ${code}`)]);
    const received = [...sent.flat(), ...(await a.inbox()), ...(await b.inbox())].map((m) => m.text);
    expect(received.filter((text) => text.startsWith("✅ Chào mừng đồng chí"))).toHaveLength(1);
    expect(received.filter((text) => text.startsWith("🆕"))).toEqual([]);

    expect((await committeeAdmin.inbox()).map((m) => m.text)).toEqual(["🆕 Đã có người đăng ký: Bí thư của Chi bộ thôn Pha Long 1 (MK-PL1), qua fake."]);
    expect(await provinceAdmin.inbox()).toEqual([]);
    // The admins by configuration are told only where no admin of the unit's own is registered.
    expect(dbRows(bot.app).count("SELECT COUNT(*) AS n FROM outbox_messages WHERE chat_id = '5000'")).toBe(0);
  });

  it("nobody registered as admin above the unit: the admins by configuration are told, in the default language", async () => {
    bot = await startTestBot({ dbPath, channel: "telegram", env: { ADMIN_TELEGRAM_IDS: "5000" } });
    const configured = await bot.user("5000");
    const code = await invite("MK-TT");
    expect(await (await bot.user("7001")).say(`/start ${code.toLowerCase().replace(/-/g, " ")}`)).toContain("Chi bộ thôn Tả Thàng");
    expect((await configured.inbox()).map((m) => m.text)).toEqual(["🆕 Đã có người đăng ký: Bí thư của Chi bộ thôn Tả Thàng (MK-TT), qua Telegram."]);
  });

  it("a registration at night is announced in the morning, after the quiet hours", async () => {
    bot = await startTestBot({ dbPath, now: "2026-11-20T15:30:00Z" });
    const admin = await bot.user("admin-mk", [{ unit: "MK", role: "admin" }]);
    await admin.says("/lang en");
    const code = await invite();
    expect(await (await bot.user("late")).say(`/start ${code}`)).toContain("Chi bộ thôn Pha Long 1");
    expect(await admin.inbox()).toEqual([]);
    bot.clock.advance(9 * 60 * 60_000);
    expect((await admin.inbox()).map((m) => m.text)).toEqual(["🆕 New registration: Secretary of Chi bộ thôn Pha Long 1 (MK-PL1), on fake."]);
  });

  it("a failed or withdrawn code registers nobody and announces nothing", async () => {
    bot = await startTestBot({ dbPath });
    const admin = await bot.user("admin-mk", [{ unit: "MK", role: "admin" }]);
    const code = await invite();
    await revokeInviteCode(bot.app, { code, at: bot.clock.now() });
    const newcomer = await bot.user("newcomer");
    expect(await newcomer.say(`/start ${code}`)).toBe("Mã mời này đã bị thu hồi. Vui lòng xin mã mới từ văn phòng cấp ủy.");
    expect(await newcomer.say("/start 0000-0000-0000-0000")).toContain("Mã mời không đúng");
    expect(await admin.inbox()).toEqual([]);
    expect(dbRows(bot.app).count("SELECT COUNT(*) AS n FROM invite_attempts")).toBe(2);
    expect(dbRows(bot.app).count("SELECT COUNT(*) AS n FROM memberships WHERE unit_id = (SELECT id FROM units WHERE code = 'MK-PL1')")).toBe(0);
  });
});
