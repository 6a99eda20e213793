import { afterEach, describe, expect, it } from "vitest";
import { closePeriod } from "../../src/app/close-period.ts";
import { proactiveDeps } from "../../src/app/open-app.ts";
import { startTestBot, type TestBot } from "../support/test-bot.ts";
import { tempDbPath } from "../support/temp-db.ts";

describe("when no period is open (after one closed, before the next opens)", () => {
  const dbPath = tempDbPath();
  let bot: TestBot;
  afterEach(async () => bot.close());

  it("the greeting says the last period closed, how the cell stands in it, and when the next one opens", async () => {
    bot = await startTestBot({ dbPath });
    const secretary = await bot.user("sec-1", [{ unit: "MK-PL1", role: "secretary" }]);
    await secretary.says("/baocao");
    await secretary.says("có");
    await closePeriod(proactiveDeps(bot.app), "2026-11");

    const greeting = await secretary.say("/start");
    expect(greeting).toContain("Xin chào đồng chí Bí thư Chi bộ thôn Pha Long 1!");
    expect(greeting).toContain("Hiện chưa có kỳ báo cáo nào đang mở.");
    expect(greeting).toContain("Kỳ 11/2026 đã đóng:\n• Chi bộ thôn Pha Long 1: chưa báo cáo");
    expect(greeting).toContain("Kỳ 12/2026 mở ngày 25/12/2026.");
    expect(greeting).not.toContain("—");
    expect(await secretary.say("/baocao")).toContain("Kỳ 12/2026 mở ngày 25/12/2026.");
  });

  it("in English too", async () => {
    bot = await startTestBot({ dbPath, lang: "en" });
    const secretary = await bot.user("sec-1", [{ unit: "MK-PL1", role: "secretary" }]);
    await closePeriod(proactiveDeps(bot.app), "2026-11");
    const greeting = await secretary.say("/start");
    expect(greeting).toContain("No reporting period is open now.");
    expect(greeting).toContain("Period 12/2026 opens on 25/12/2026.");
  });
});
