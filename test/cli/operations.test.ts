import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main.ts";
import { captureIo } from "../support/capture-io.ts";
import { dbRows } from "../support/db-rows.ts";
import { tempDbPath } from "../support/temp-db.ts";
import { startTestBot } from "../support/test-bot.ts";

describe("npx bontot outbox", () => {
  const dbPath = tempDbPath();
  const env = { BONTOT_DB_PATH: dbPath, LOG_LEVEL: "silent" };

  it("lists pending and failed messages per chat with the last error, then retries or drops them", async () => {
    const bot = await startTestBot({ dbPath });
    const at = bot.clock.now();
    await bot.app.outbox.enqueue(
      [
        { channel: "telegram", chatId: "-100", message: { text: "digest" } },
        { channel: "telegram", chatId: "-100", message: { text: "escalation" } },
        { channel: "zalo", chatId: "u9", message: { text: "reminder" } },
      ],
      at,
    );
    const failed = dbRows(bot.app).get<{ id: number }>("SELECT id FROM outbox_messages WHERE payload LIKE ? ORDER BY id LIMIT 1", "%digest%");
    if (!failed) throw new Error("no outbox message with 'digest' in its payload");
    await bot.app.outbox.markFailed(failed.id, 8, "400: Bad Request: chat not found");
    await bot.close();

    const list = captureIo(env);
    expect(await runCli(["outbox"], list.io)).toBe(0);
    expect(list.out()).toContain("telegram:-100: 1 đang chờ, 1 lỗi");
    expect(list.out()).toContain("lỗi gần nhất: 400: Bad Request: chat not found");
    expect(list.out()).toContain("zalo:u9: 1 đang chờ, 0 lỗi");

    const refused = captureIo(env);
    expect(await runCli(["outbox", "drop"], refused.io)).toBe(2);
    expect(refused.err()).toContain("--all");

    const retry = captureIo(env);
    expect(await runCli(["outbox", "retry", "--chat", "telegram:-100"], retry.io)).toBe(0);
    expect(retry.out()).toContain("Đã đưa 1 tin lỗi về hàng chờ gửi lại.");
    const drop = captureIo(env);
    expect(await runCli(["outbox", "drop", "--chat", "zalo:u9"], drop.io)).toBe(0);
    expect(drop.out()).toContain("Đã bỏ 1 tin");

    const json = captureIo(env);
    expect(await runCli(["outbox", "--format", "json"], json.io)).toBe(0);
    expect(JSON.parse(json.out())).toMatchObject([{ channel: "telegram", chatId: "-100", pending: 2, failed: 0 }]);
  });
});

describe("npx bontot db backup", () => {
  const dbPath = tempDbPath();
  const env = { BONTOT_DB_PATH: dbPath, LOG_LEVEL: "silent" };

  it("copies a consistent database while the bot runs, and never overwrites", async () => {
    const bot = await startTestBot({ dbPath });
    const secretary = await bot.user("sec-1", [{ unit: "MK-PL1", role: "secretary" }]);
    await secretary.says("/baocao");
    await secretary.says("có");
    const target = path.join(path.dirname(dbPath), "backups", "bontot-2026-11-20.db");
    const io = captureIo(env);
    expect(await runCli(["db", "backup", target], io.io)).toBe(0);
    expect(io.out()).toContain(`Đã sao lưu cơ sở dữ liệu vào ${target}`);
    await secretary.says("5/11");
    await bot.close();

    const copy = new Database(target, { readonly: true });
    expect(copy.prepare("SELECT question_id AS id FROM answers").all()).toEqual([{ id: "q1_held" }]);
    expect(copy.pragma("integrity_check", { simple: true })).toBe("ok");
    copy.close();

    const again = captureIo(env);
    expect(await runCli(["db", "backup", target], again.io)).toBe(2);
    expect(again.err()).toContain("đã có");
  });
});
