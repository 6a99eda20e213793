import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { TelegramServer } from "telegram-test-api/lib/telegramServer.js";
import { describe, expect, it, type TestContext } from "vitest";
import { DEMO_ORG } from "../../src/app/demo-org.ts";
import { grantRole } from "../../src/app/grant-role.ts";
import { ensureCurrentPeriod, openApp } from "../../src/app/open-app.ts";
import { loadConfig } from "../../src/config.ts";
import { tempPostgresUrl } from "../support/temp-postgres.ts";

const REPO = path.resolve(import.meta.dirname, "../..");
const TOKEN = "777:FAILOVER_TEST_TOKEN_abcdefghijklmnopqrstuvwxyz";
const SECRETARY = 501;
const TIME_ZONE = "Asia/Ho_Chi_Minh";

const freePort = (): Promise<number> =>
  new Promise((resolve) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** A cron expression for one minute `minutesAgo` before now, in the committees' time zone. */
function cronMinutesAgo(minutesAgo: number): string {
  const at = new Date(Date.now() - minutesAgo * 60_000);
  const parts = new Intl.DateTimeFormat("en-GB", { timeZone: TIME_ZONE, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).formatToParts(at);
  const part = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  return `${part("minute")} ${part("hour")} * * *`;
}

interface BotMessage {
  readonly messageId: number;
  readonly message: { readonly text: string };
}

/**
 * Two bot processes (`node bin/bontot.js start`) on one PostgreSQL database, against
 * telegram-test-api, a local fake Bot API server with real long polling. What is killed is a
 * whole process, with SIGKILL: no stop, no release of the lease, whatever it was doing cut off.
 */
async function cluster(test: TestContext, options: { digestCron?: string; groups?: number } = {}) {
  const databaseUrl = await newDatabase();
  const dir = mkdtempSync(path.join(tmpdir(), "bontot-failover-"));
  const server = new TelegramServer({ port: await freePort(), host: "127.0.0.1", storeTimeout: 120 });
  await server.start();
  const children: ChildProcess[] = [];
  test.onTestFinished(async () => {
    for (const child of children) child.kill("SIGKILL");
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  // The organisation, a secretary, and bound groups, written as an admin would before starting.
  const app = await openApp(loadConfig({ DATABASE_URL: databaseUrl, LOG_LEVEL: "silent" }));
  await ensureCurrentPeriod(app);
  await app.stores.org.createUnits(DEMO_ORG, new Date());
  await grantRole(app, { identity: { channel: "telegram", externalId: String(SECRETARY) }, unitCode: "MK-PL1", role: "secretary", at: new Date() });
  for (let g = 1; g <= (options.groups ?? 0); g++) await app.groups.bind({ channel: "telegram", chatId: String(-1000 - g) }, "MK", null, new Date());
  await app.close();

  const db = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  // The database is dropped (its connections cut) before this pool is ended.
  db.on("error", () => undefined);
  test.onTestFinished(() => db.end());
  const logFile = (name: string): string => path.join(dir, `${name}.log`);
  const log = (name: string): string => (existsSync(logFile(name)) ? readFileSync(logFile(name), "utf8") : "");
  return {
    server,
    db,
    log,
    start(name: string): ChildProcess {
      const child = spawn(process.execPath, ["bin/bontot.js", "start"], {
        cwd: REPO,
        stdio: "ignore",
        env: {
          PATH: process.env["PATH"] ?? "",
          HOME: process.env["HOME"] ?? dir,
          DATABASE_URL: databaseUrl,
          BONTOT_INSTANCE: name,
          BONTOT_DB_PATH: path.join(dir, `${name}.db`),
          TELEGRAM_BOT_TOKEN: TOKEN,
          TELEGRAM_API_ROOT: server.config.apiURL,
          TELEGRAM_CHAT_INTERVAL_MS: "1",
          TELEGRAM_GROUP_PER_MINUTE: "1000",
          LOG_FILE: logFile(name),
          LOG_LEVEL: "info",
          // No quiet hours: the digest goes out whatever the hour of the test run.
          QUIET_HOURS: "00:00-00:00",
          ...(options.digestCron ? { DIGEST_CRON: options.digestCron } : {}),
        },
      });
      children.push(child);
      return child;
    },
    async until(condition: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<number> {
      const start = Date.now();
      while (!(await condition())) {
        if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}\n--- a ---\n${log("a").slice(-3000)}\n--- b ---\n${log("b").slice(-3000)}`);
        await sleep(50);
      }
      return Date.now() - start;
    },
  };
}

const newDatabase = tempPostgresUrl();
const isActive = (log: string): boolean => log.includes("this instance is now the active one");

describe("two instances on one PostgreSQL database", () => {
  it("the standby takes over within 30 s when the active one is killed mid-questionnaire: no answer lost, none stored twice", async (test) => {
    const c = await cluster(test);
    const a = c.start("a");
    await c.until(() => isActive(c.log("a")), 30_000, "a to become active");
    c.start("b");
    await c.until(() => c.log("b").includes("standing by"), 30_000, "b to stand by");

    const client = c.server.getClient(TOKEN, { userId: SECRETARY, chatId: SECRETARY, firstName: "Ann", timeout: 40_000 });
    const next = async (): Promise<string> => {
      const { result } = (await client.getUpdates()) as unknown as { result: BotMessage[] };
      const last = result.at(-1);
      if (!last) throw new Error("no message from the bot");
      return last.message.text;
    };
    // The active instance's scheduler opened the period: the secretary's invitation comes first.
    expect(await next()).toContain("Kỳ báo cáo tháng");
    await client.sendCommand(client.makeCommand("/baocao"));
    expect(await next()).toContain("Câu 1/16");
    const answers = ["có", "hôm nay", "18 17 0", "120", "không", "1"];
    let asked = "";
    for (const answer of answers.slice(0, 3)) {
      await client.sendMessage(client.makeMessage(answer));
      asked = await next();
    }
    expect(asked).toContain("phút"); // item 3: how long the meeting took

    // Killed right after the next answer reached Telegram: it may die before, during or after its turn.
    await client.sendMessage(client.makeMessage(answers[3] ?? ""));
    a.kill("SIGKILL");
    const killedAt = Date.now();
    const reply = await next();
    const takeover = Date.now() - killedAt;
    // The next question of item 3 (held with another meeting?): the answer counted, once.
    expect(reply).toContain("Câu 3/16");
    expect(reply).not.toBe(asked);
    expect(takeover).toBeLessThan(30_000);
    expect(isActive(c.log("b"))).toBe(true);

    for (const answer of answers.slice(4)) {
      await client.sendMessage(client.makeMessage(answer));
      await next();
    }
    const { rows } = await c.db.query<{ question_id: string; n: string }>(
      "SELECT question_id, COUNT(*) AS n FROM answers GROUP BY question_id ORDER BY question_id",
    );
    // q1_held, q1_date, q2_attendance, q3_minutes, q3_combined, q4_preparation: each once.
    expect(rows.map((r) => [r.question_id, Number(r.n)])).toEqual([
      ["q1_date", 1],
      ["q1_held", 1],
      ["q2_attendance", 1],
      ["q3_combined", 1],
      ["q3_minutes", 1],
      ["q4_preparation", 1],
    ]);
    const minutes = await c.db.query<{ value: string }>("SELECT value FROM answers WHERE question_id = 'q3_minutes'");
    expect(JSON.parse(minutes.rows[0]?.value ?? "null")).toEqual({ type: "integer", value: 120 });
  }, 120_000);

  it("a digest the active one was killed in the middle of is posted once to every group, by the standby", async (test) => {
    const groups = 30;
    const c = await cluster(test, { digestCron: cronMinutesAgo(2), groups });
    const a = c.start("a");
    const digestRun = async (status: string): Promise<boolean> =>
      (await c.db.query("SELECT 1 FROM job_runs WHERE job = 'digest' AND status = $1", [status])).rowCount === 1;
    // The slot two minutes ago is within its grace: the active instance runs it as it starts.
    await c.until(() => digestRun("running"), 60_000, "a to start the digest");
    a.kill("SIGKILL");
    const b = c.start("b");
    await c.until(() => digestRun("done"), 60_000, "b to finish the digest");
    expect(c.log("b")).toContain("slot run at start");

    const digestsPerGroup = async () =>
      (
        await c.db.query<{ chat_id: string; n: string }>(
          "SELECT chat_id, COUNT(*) AS n FROM outbox_messages WHERE dedupe_key LIKE 'digest:%' GROUP BY chat_id ORDER BY chat_id",
        )
      ).rows.map((r) => Number(r.n));
    // One per group (telegram-test-api has no sendPhoto, so delivery itself is the outbox tests' concern).
    expect(await digestsPerGroup()).toEqual(Array.from({ length: groups }, () => 1));
    b.kill("SIGKILL");
  }, 180_000);
});
