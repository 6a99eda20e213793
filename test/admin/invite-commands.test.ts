import { describe, expect, it } from "vitest";
import { dbRows } from "../support/db-rows.ts";
import { tempDbPath } from "../support/temp-db.ts";
import { startTestBot } from "../support/test-bot.ts";

const codeIn = (reply: string): string => /: ([0-9A-Z]{4}(?:-[0-9A-Z]{4}){3})\n/.exec(reply)?.[1] ?? "";

/**
 * /moi <code> [role] — an admin issues an invite from a chat, as `npx bontot invite` does, for a
 * unit of their subtree only, and only in a private chat (the code is a key to the unit).
 */
describe("/moi", () => {
  const dbPath = tempDbPath();

  it("gives an admin a code for a unit of their subtree; whoever starts the bot with it holds the role there", async () => {
    const bot = await startTestBot({ dbPath });
    const admin = await bot.user("thpt-admin", [{ unit: "MK-THPT", role: "admin" }]);

    const reply = await admin.say("/moi mk-thpt-gv");
    const code = codeIn(reply);
    expect(reply.split("\n")).toEqual([
      `✅ Mã mời Bí thư — Chi bộ Giáo viên (MK-THPT-GV): ${code}`,
      expect.stringMatching(/^Dùng một lần, hết hạn \d\d:\d\d \d\d\/\d\d\/\d{4}\.$/),
      `Người được mời nhắn cho bot: /start ${code}`,
    ]);
    // Only the code's hash is kept: once delivered, the message that handed it out is erased.
    expect(dbRows(bot.app).count(`SELECT COUNT(*) AS n FROM outbox_messages WHERE payload LIKE '%${code}%'`)).toBe(0);
    const newcomer = await bot.user("gv-sec");
    expect(await newcomer.say(`/start ${code}`)).toContain("Chào mừng đồng chí! Đồng chí đã được ghi nhận là Bí thư — Chi bộ Giáo viên.");
    expect(await bot.user("someone-else").then((u) => u.say(`/start ${code}`))).toContain("Mã mời này đã được dùng.");
    // The admin hears when it was used.
    expect((await admin.inbox()).map((m) => m.text)).toEqual(["🆕 Đã có người đăng ký: Bí thư của Chi bộ Giáo viên (MK-THPT-GV), qua fake."]);

    const deputy = codeIn(await admin.say("/moi MK-THPT-GV phó bí thư"));
    expect(await (await bot.user("gv-dep")).say(`/start ${deputy}`)).toContain("Đồng chí đã được ghi nhận là Phó bí thư — Chi bộ Giáo viên.");
    expect((await admin.inbox()).map((m) => m.text)).toEqual(["🆕 Đã có người đăng ký: Phó bí thư của Chi bộ Giáo viên (MK-THPT-GV), qua fake."]);
    expect(await admin.say("/moi MK-THPT-GV pho bi thu")).toContain("✅ Mã mời Phó bí thư — Chi bộ Giáo viên (MK-THPT-GV)");

    expect(await admin.say("/moi MK-PL1")).toBe("Chi bộ thôn Pha Long 1 (MK-PL1) nằm ngoài phạm vi quản trị của đồng chí.");
    expect(await admin.say("/moi NOPE")).toBe("Không có đơn vị mã NOPE.");
    expect(await admin.say("/moi MK-THPT-GV thủ quỹ")).toBe('Chưa rõ vai trò "thủ quỹ". Dùng: bí thư, phó bí thư, lãnh đạo, quản trị (có dấu hoặc không dấu).');
    expect(await admin.say("/moi MK-THPT-GV constructor")).toBe('Chưa rõ vai trò "constructor". Dùng: bí thư, phó bí thư, lãnh đạo, quản trị (có dấu hoặc không dấu).');
    expect(await admin.say("/moi")).toContain("Cách dùng: /moi <mã đơn vị> [vai trò]");

    const secretary = await bot.user("pl1-sec", [{ unit: "MK-PL1", role: "secretary" }]);
    expect(await secretary.say("/moi MK-PL1")).toBe("Chỉ quản trị viên mới dùng được lệnh này.");
    const inGroup = await bot.user("thpt-admin", [], { group: "-100777" });
    expect(await inGroup.say("/moi MK-THPT-GV")).toBe("Lệnh này dùng trong tin nhắn riêng với bot.");

    // A top-level admin, in English, on Telegram: the reply carries the bot's link.
    const root = await bot.user("lc-admin", [{ unit: "LC", role: "admin" }], { localeHint: "en", botUsername: "bontot_bot" });
    expect(await root.say("/invite MK secretary")).toBe("The Secretary role is for cells (monthly reports) and grassroots committees (the yearly self-assessment) only; MK is a committee.");
    const leader = await root.say("/invite MK leader");
    const leaderCode = codeIn(leader);
    expect(leader.split("\n")).toEqual([
      `✅ Invite for Leader — Đảng ủy xã Mường Khương (MK): ${leaderCode}`,
      expect.stringMatching(/^Single use, expires \d\d\/\d\d\/\d{4}, \d\d:\d\d\.$/),
      `Send the invitee the link https://t.me/bontot_bot?start=${leaderCode} — or they send the bot: /start ${leaderCode}`,
    ]);

    const audit = dbRows(bot.app).all<{ subject: string; actor_id: number | null }>("SELECT subject, actor_id FROM audit_log WHERE action = 'invite.create' ORDER BY id");
    expect(audit.map((a) => [a.subject, a.actor_id !== null])).toEqual([
      ["unit:MK-THPT-GV", true],
      ["unit:MK-THPT-GV", true],
      ["unit:MK-THPT-GV", true],
      ["unit:MK", true],
    ]);
    await bot.close();
  });
});
