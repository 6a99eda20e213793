import { afterEach, describe, expect, it, vi } from "vitest";
import { startTestBot, type TestBot } from "../support/test-bot.ts";
import { tempDbPath } from "../support/temp-db.ts";
import { dbRows } from "../support/db-rows.ts";
import { createInvite } from "../../src/app/create-invite.ts";

describe("redeeming an invite is part of the turn", () => {
  const dbPath = tempDbPath();
  let bot: TestBot;
  afterEach(async () => bot.close());

  async function invite(): Promise<string> {
    const now = bot.clock.now();
    const created = await createInvite(bot.app, { unitCode: "MK-PL1", role: "secretary", expiresAt: new Date(now.getTime() + 86_400_000), at: now });
    if (!created) throw new Error("no invite");
    return created.code;
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
