import { describe, expect, it } from "vitest";
import { proactiveDeps } from "../../src/app/open-app.ts";
import { openPeriod } from "../../src/app/open-period.ts";
import { sendReminders } from "../../src/app/send-reminders.ts";
import { dbRows } from "../support/db-rows.ts";
import { tempDbPath } from "../support/temp-db.ts";
import { startTestBot } from "../support/test-bot.ts";

/**
 * Issue 12, part 4: `/remind` says how many cells are late and when the schedule reminds them
 * next (never "nobody needs a reminder" while cells are late); `/remind now` reminds every cell
 * of the admin's subtree that has not submitted, at once, held through the quiet hours, at most
 * once a day, and names the cells nobody could be reminded in. `/status` names the cells
 * without a registered secretary.
 *
 * The demo org: Đảng ủy xã Mường Khương (MK) with three cells of its own and the grassroots
 * committee of the high school (MK-THPT) with two. November is open (due 5 December). Pha Long 1
 * and Na Chơ have secretaries; Tả Thàng's secretary blocked the bot; the school's two cells have
 * nobody yet.
 */
const FULL_MONTH = ["có", "5/11", "18 17 0", "120", "không", "1", "1", "5 5", "1", "2", "2", "18", "không", "100", "0", "2 1", "17", "/skip", "gửi"];
const NOBODY = "Không nhắc được — chưa có bí thư, phó bí thư đăng ký (2): Chi bộ Giáo viên, Chi bộ Hành chính";
const BLOCKED = "Không nhắc được — bí thư, phó bí thư không nhận được tin của bot (đã chặn bot hoặc rời Zalo/Telegram) (1): Chi bộ thôn Tả Thàng";

async function setup(now: string) {
  const bot = await startTestBot({ dbPath: tempDbPath(), now });
  const pl1 = await bot.user("sec-pl1", [{ unit: "MK-PL1", role: "secretary" }]);
  const nc = await bot.user("sec-nc", [{ unit: "MK-NC", role: "secretary" }]);
  const tt = await bot.user("sec-tt", [{ unit: "MK-TT", role: "secretary" }]);
  await bot.app.stores.people.markUnreachable({ channel: bot.channel.channel, externalId: "sec-tt" }, bot.clock.now());
  const admin = await bot.user("admin-mk", [{ unit: "MK", role: "admin" }]);
  return { bot, pl1, nc, tt, admin };
}

describe("/remind and /remind now", () => {
  it("with five cells late and no reminder due today, says so and when the schedule reminds them", async () => {
    const { bot, admin } = await setup("2026-11-20T03:00:00Z");
    expect(await admin.say("/remind")).toBe(
      [
        "⏰ Nhắc báo cáo — Đảng ủy xã Mường Khương",
        "Tháng 11/2026 (hạn 05/12/2026): 5/5 chi bộ chưa gửi báo cáo.",
        "Lần nhắc tự động tiếp theo: 08:00 ngày 02/12/2026 (3 ngày trước hạn).",
        NOBODY,
        "Nhắc ngay mọi chi bộ chưa gửi: /remind now MK",
      ].join("\n"),
    );
    await bot.close();
  });

  it("reminds every late cell at once, once a day, and lists who cannot be reminded", async () => {
    const { bot, pl1, nc, tt, admin } = await setup("2026-11-20T03:00:00Z");
    await pl1.says("/baocao");
    for (const answer of FULL_MONTH) await pl1.says(answer);
    await pl1.inbox();

    expect(await admin.say("/remind now")).toBe(["⏰ Đã nhắc 1 chi bộ chưa gửi báo cáo tháng 11/2026 (1 tin).", NOBODY, BLOCKED].join("\n"));
    const [reminder, ...more] = await nc.inbox();
    expect(more).toEqual([]);
    expect(reminder?.text).toBe("⏰ Còn 15 ngày đến hạn gửi báo cáo tháng 11/2026 của Chi bộ thôn Na Chơ (hạn 05/12/2026). Mỗi câu trả lời được lưu ngay; có thể làm từng phần.");
    expect(reminder?.choices?.map((c) => c.label)).toEqual(["Bắt đầu báo cáo"]);
    // The cell that submitted is not reminded; the blocked secretary is not written to.
    expect(await pl1.inbox()).toEqual([]);
    expect(await tt.inbox()).toEqual([]);

    // A second request the same day reminds nobody twice.
    expect(await admin.say("/nhac ngay")).toBe(["Đã được nhắc hôm nay, không nhắc lại (1): Chi bộ thôn Na Chơ", NOBODY, BLOCKED].join("\n"));
    expect(await nc.inbox()).toEqual([]);
    // The next day, again.
    bot.clock.advance(24 * 3_600_000);
    expect(await admin.say("/remind now")).toContain("⏰ Đã nhắc 1 chi bộ");
    expect((await nc.inbox()).map((m) => m.text)).toEqual([expect.stringContaining("Còn 14 ngày")]);

    const audit = dbRows(bot.app).all<{ action: string; subject: string; details: string }>("SELECT action, subject, details FROM audit_log WHERE action = 'reminders.send-now' ORDER BY id");
    expect(audit).toHaveLength(3);
    expect(audit[0]).toMatchObject({ subject: "unit:MK" });
    expect(JSON.parse(audit[0]?.details ?? "{}")).toMatchObject({ messages: 1, periods: [{ period: "2026-11", reminded: 1, alreadyToday: 0, nobody: 2, unreachable: 1 }] });
    await bot.close();
  });

  it("on a scheduled reminder day, the scheduled reminder and the one on demand are one message", async () => {
    // 2 December, 10:00: three days before the due date, the 08:00 job has reminded the late cells.
    const { bot, pl1, admin } = await setup("2026-12-02T03:00:00Z");
    await openPeriod(proactiveDeps(bot.app), "2026-11");
    await sendReminders(proactiveDeps(bot.app));
    const scheduled = (await pl1.inbox()).filter((m) => m.text.startsWith("⏰") && m.text.includes("11/2026"));
    expect(scheduled.map((m) => m.text)).toEqual(["⏰ Còn 3 ngày đến hạn gửi báo cáo tháng 11/2026 của Chi bộ thôn Pha Long 1 (hạn 05/12/2026). Mỗi câu trả lời được lưu ngay; có thể làm từng phần."]);
    expect(await admin.say("/remind now")).toContain("Đã được nhắc hôm nay, không nhắc lại (2): Chi bộ thôn Pha Long 1, Chi bộ thôn Na Chơ");
    expect((await pl1.inbox()).filter((m) => m.text.includes("11/2026"))).toEqual([]);
    await bot.close();
  });

  it("in the quiet hours, says when the reminders will go out and holds them until then", async () => {
    // 22:00 in Hà Nội.
    const { bot, pl1, nc, admin } = await setup("2026-11-20T15:00:00Z");
    expect(await admin.say("/remind now MK")).toBe(
      ["⏰ 2 chi bộ sẽ được nhắc lúc 07:00 ngày 21/11/2026 (đang giờ yên tĩnh ban đêm, tin chờ đến sáng) — báo cáo tháng 11/2026, 2 tin.", NOBODY, BLOCKED].join("\n"),
    );
    expect(await pl1.inbox()).toEqual([]);
    expect(await nc.inbox()).toEqual([]);
    bot.clock.set("2026-11-21T00:00:00Z");
    expect((await pl1.inbox()).map((m) => m.text)).toEqual([expect.stringContaining("Còn 14 ngày đến hạn gửi báo cáo tháng 11/2026 của Chi bộ thôn Pha Long 1")]);
    expect(await nc.inbox()).toHaveLength(1);
    await bot.close();
  });

  it("after the due date and the last scheduled reminder, still names the late cells, and reminds them as overdue", async () => {
    // 9 December: November (due on the 5th, reminded daily three times after) is still open until the 10th.
    const { bot, nc, admin } = await setup("2026-12-09T03:00:00Z");
    await openPeriod(proactiveDeps(bot.app), "2026-11");
    const overview = await admin.say("/remind MK-THPT");
    expect(overview).toContain(["⏰ Nhắc báo cáo — Đảng bộ Trường THPT số 1 Mường Khương", "Tháng 11/2026 (hạn 05/12/2026): 2/2 chi bộ chưa gửi báo cáo.", "Không còn lần nhắc tự động nào cho kỳ này.", NOBODY].join("\n"));
    expect(overview).toMatch(/Nhắc ngay mọi chi bộ chưa gửi: \/remind now MK-THPT$/);

    expect(await admin.say("/remind")).toContain("Tháng 11/2026 (hạn 05/12/2026): 5/5 chi bộ chưa gửi báo cáo.\nKhông còn lần nhắc tự động nào cho kỳ này.");
    expect(await admin.say("/remind now")).toContain("⏰ Đã nhắc 2 chi bộ chưa gửi báo cáo tháng 11/2026 (2 tin).");
    const reminders = (await nc.inbox()).map((m) => m.text);
    // The bot of the tests also has December open (the current month): its reminder comes too.
    expect(reminders).toContain("⏰ Báo cáo tháng 11/2026 của Chi bộ thôn Na Chơ đã quá hạn 4 ngày (hạn 05/12/2026). Đề nghị đồng chí hoàn thành sớm.");
    await bot.close();
  });

  it("an admin reminds only within their subtree, in English too", async () => {
    const { bot } = await setup("2026-11-20T03:00:00Z");
    const school = await bot.user("admin-thpt", [{ unit: "MK-THPT", role: "admin" }], { localeHint: "en" });
    expect(await school.say("/remind now MK")).toBe("Đảng ủy xã Mường Khương (MK) is outside the units you administer, so you cannot remind its cells.");
    expect(await school.say("/remind now")).toBe(
      ["⏰ No cell could be reminded of the 11/2026 report.", "Cannot be reminded — no secretary or deputy registered (2): Chi bộ Giáo viên, Chi bộ Hành chính"].join("\n"),
    );
    expect(await school.say("/remind now MK-THPT extra")).toBe("Usage: /remind [unit code] shows the reminders; /remind now [unit code] reminds every cell that has not submitted, at once.");
    // In the group bound to the school, an admin of the school reminds the school's cells.
    await bot.app.groups.bind({ channel: bot.channel.channel, chatId: "-700" }, "MK-THPT", null, bot.clock.now());
    const inGroup = await bot.user("admin-thpt", [], { group: "-700" });
    expect(await inGroup.say("/remind now")).toContain("Không nhắc được — chưa có bí thư, phó bí thư đăng ký (2): Chi bộ Giáo viên, Chi bộ Hành chính");
    const committeeAdminInGroup = await bot.user("admin-mk", [], { group: "-700" });
    expect(await committeeAdminInGroup.say("/remind")).toContain("⏰ Nhắc báo cáo — Đảng bộ Trường THPT số 1 Mường Khương");
    const secretary = await bot.user("sec-pl1");
    expect(await secretary.say("/remind now")).toBe("Chỉ quản trị viên mới dùng được lệnh này.");
    expect(dbRows(bot.app).count("SELECT count(*) AS n FROM outbox_messages WHERE dedupe_key LIKE 'remind:%'")).toBe(0);
    await bot.close();
  });
});

describe("/status", () => {
  it("names the cells without a registered secretary, trimmed in a large committee", async () => {
    const { bot, admin } = await setup("2026-11-20T03:00:00Z");
    expect(await admin.say("/status")).toBe(
      [
        "📊 Tình hình báo cáo tháng 11/2026 — Đảng ủy xã Mường Khương",
        'Đã gửi: 0/5 chi bộ · Đạt "4 tốt": 0',
        "Chưa gửi: Chi bộ thôn Pha Long 1, Chi bộ thôn Na Chơ, Chi bộ thôn Tả Thàng, Chi bộ Giáo viên, Chi bộ Hành chính",
        "Chưa có bí thư đăng ký (2): Chi bộ Giáo viên, Chi bộ Hành chính",
      ].join("\n"),
    );
    await bot.app.stores.org.createUnits(
      Array.from({ length: 12 }, (_, i) => ({ code: `MK-X${i + 1}`, name: `Chi bộ thôn X${i + 1}`, kind: "cell" as const, parentCode: "MK", memberCount: 10 })),
      bot.clock.now(),
    );
    const status = await admin.say("/status");
    expect(status).toContain("Chưa có bí thư đăng ký (14): Chi bộ Giáo viên, Chi bộ Hành chính, Chi bộ thôn X1,");
    expect(status).toMatch(/Chi bộ thôn X8 …và 4 chi bộ khác$/);
    await bot.close();
  });
});
