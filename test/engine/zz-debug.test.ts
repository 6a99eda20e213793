import { describe, expect, it } from "vitest";
import { startTestBot } from "../support/test-bot.ts";
import { tempDbPath } from "../support/temp-db.ts";
import { dbRows } from "../support/db-rows.ts";
import { createInvite } from "../../src/app/create-invite.ts";

describe("debug", () => {
  const dbPath = tempDbPath();
  it("race", async () => {
    const bot = await startTestBot({ dbPath });
    const now = bot.clock.now();
    const created = await createInvite(bot.app, { unitCode: "MK-PL1", role: "secretary", expiresAt: new Date(now.getTime() + 86_400_000), at: now });
    const code = created!.code;
    const [a, b] = [await bot.user("a"), await bot.user("b")];
    const replies = await Promise.all([a.says(`/start ${code}`), b.says(`/start ${code}`)]);
    console.log(JSON.stringify(replies.map((r) => r.map((m) => m.text.slice(0, 60)))));
    console.log(JSON.stringify(bot.channel.delivered.map((d) => [d.chatId, d.message.text.slice(0, 60)])));
    console.log(JSON.stringify(dbRows(bot.app).all("SELECT id, chat_id, status, substr(payload,1,80) AS p FROM outbox_messages")));
    expect(1).toBe(1);
    await bot.close();
  });
});
