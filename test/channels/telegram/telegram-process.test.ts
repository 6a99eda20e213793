import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it, type TestContext } from "vitest";
import { startBotApiStub } from "../../support/bot-api-stub.ts";
import { botApiErrors } from "../../support/telegram-harness.ts";

const REPO = path.resolve(import.meta.dirname, "../../..");
const TOKEN = "777:PROCESS_TEST_TOKEN_abcdefghijklmnopqrstuvwxyz";

/**
 * One bot process against its own Bot API stub and temporary directory, removed when the test
 * ends. `test` is the test's own context: concurrent tests must register their cleanup there, not
 * with the global onTestFinished (which would attach it to whichever test started last).
 */
async function botProcess(test: TestContext, answers: Parameters<typeof startBotApiStub>[0] = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), "bontot-process-"));
  const stub = await startBotApiStub(answers);
  const started: ChildProcess[] = [];
  test.onTestFinished(async () => {
    // A failed test must not leave a bot behind: its descendants first, while they can still be found.
    for (const pid of [...started.flatMap((child) => descendants(child.pid ?? 0)), ...started.map((child) => child.pid ?? 0)]) {
      try {
        if (pid > 0) process.kill(pid, "SIGKILL");
      } catch {
        // already gone
      }
    }
    await stub.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const env: NodeJS.ProcessEnv = {
    // Only what the bot needs: nothing of the test runner's own environment (npm_*, TELEGRAM_*) leaks in.
    PATH: process.env["PATH"] ?? "",
    HOME: process.env["HOME"] ?? dir,
    TELEGRAM_BOT_TOKEN: TOKEN,
    TELEGRAM_API_ROOT: stub.apiRoot,
    BONTOT_DB_PATH: path.join(dir, "bontot.db"),
    LOG_FILE: path.join(dir, "bontot.log"),
    LOG_LEVEL: "info",
  };
  const log = (): string => (existsSync(path.join(dir, "bontot.log")) ? readFileSync(path.join(dir, "bontot.log"), "utf8") : "");
  return {
    stub,
    log,
    polls: (): number => stub.calls.filter((c) => c === "getUpdates").length,
    run(command: string, args: string[], options: { detached?: boolean } = {}): { child: ChildProcess; exited: Promise<number | null>; stderr: () => string } {
      // detached: a process group of its own, to be signalled as a whole.
      const child = spawn(command, args, { cwd: REPO, env, stdio: ["ignore", "ignore", "pipe"], detached: options.detached ?? false });
      started.push(child);
      const errors: string[] = [];
      child.stderr?.on("data", (chunk: Buffer) => errors.push(chunk.toString("utf8")));
      return { child, exited: new Promise((resolve) => child.once("exit", (code) => resolve(code))), stderr: () => errors.join("") };
    },
    async until(condition: () => boolean, timeoutMs: number): Promise<void> {
      const deadline = Date.now() + timeoutMs;
      while (!condition()) {
        if (Date.now() > deadline) throw new Error(`timed out; log:\n${log()}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
  };
}

/**
 * The bot as operators run it — a separate process, `node bin/bontot.js start` or `npm start` —
 * against a Bot API stub on 127.0.0.1: how it ends is what a supervisor sees. Each test starts
 * a whole bot (a few seconds), so they run side by side.
 */
describe.concurrent("Telegram: the bot process", () => {
  it("a 409 while polling (another instance) stops everything and exits with a non-zero code", async (test) => {
    // The first poll works, the second finds another instance polling with the same token.
    const bot = await botProcess(test, { getUpdates: (before) => (before === 0 ? { ok: true, result: [] } : botApiErrors.conflict()) });
    const run = bot.run(process.execPath, ["bin/bontot.js", "start"]);
    expect(await run.exited).toBe(1);
    // The operator reads why, in their language, on the terminal or in the supervisor's journal.
    expect(run.stderr()).toContain("Một tiến trình khác đang đọc tin của bot này (409)");
    expect(bot.log()).toContain("telegram bot started");
    expect(bot.log()).toContain("Another process is reading this bot's updates (409");
    expect(bot.log()).not.toContain("database connection is not open");
    // Nothing polls after the exit.
    const polls = bot.polls();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(bot.polls()).toBe(polls);
  }, 90_000);

  it("a 401 at start (token revoked) exits at once with a non-zero code instead of hanging", async (test) => {
    const bot = await botProcess(test, { getMe: () => botApiErrors.unauthorized() });
    const run = bot.run(process.execPath, ["bin/bontot.js", "start"]);
    expect(await run.exited).toBe(1);
    expect(run.stderr()).toContain("Telegram từ chối mã bot (401)");
    expect(bot.log()).toContain("Telegram rejected the bot token (401");
    expect(bot.log()).not.toContain("database connection is not open");
    expect(bot.stub.calls).not.toContain("getUpdates");
  }, 90_000);

  it("SIGTERM sent to `npm start` stops the bot too: no orphan keeps polling", async (test) => {
    const bot = await botProcess(test);
    const { child: npm } = bot.run("npm", ["start", "--silent"]);
    await bot.until(() => bot.log().includes("telegram bot started"), 75_000);
    // npm → sh -c → node: every one of them must be gone, the bot above all.
    const tree = descendants(npm.pid ?? 0);
    expect(tree.length).toBeGreaterThanOrEqual(1);
    npm.kill("SIGTERM");
    await bot.until(() => [npm.pid ?? 0, ...tree].every((pid) => !alive(pid)), 8_000);
    expect(bot.log()).toMatch(/"signal":"SIGTERM","msg":"stopping"/);
    expect(bot.log()).toContain('"msg":"stopped"');
    const polls = bot.polls();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(bot.polls()).toBe(polls);
  }, 90_000);

  it("`kill -9` of npm itself does not leave the bot polling behind it", async (test) => {
    const bot = await botProcess(test);
    const { child: npm } = bot.run("npm", ["start", "--silent"]);
    await bot.until(() => bot.log().includes("telegram bot started"), 75_000);
    const tree = descendants(npm.pid ?? 0);
    npm.kill("SIGKILL");
    await bot.until(() => tree.every((pid) => !alive(pid)), 8_000);
    expect(bot.log()).toContain('"msg":"stopped"');
  }, 90_000);

  it("SIGTERM to every process of `npm start` at once (as systemd stops a service) is one clean stop", async (test) => {
    const bot = await botProcess(test);
    const { child: npm } = bot.run("npm", ["start", "--silent"], { detached: true });
    await bot.until(() => bot.log().includes("telegram bot started"), 75_000);
    const tree = descendants(npm.pid ?? 0);
    process.kill(-(npm.pid ?? 0), "SIGTERM");
    await bot.until(() => [npm.pid ?? 0, ...tree].every((pid) => !alive(pid)), 8_000);
    // The bot's own SIGTERM and the one it infers from npm's shell going away make one stop, carried through.
    expect(bot.log().match(/"msg":"stopping"/g)).toHaveLength(1);
    expect(bot.log()).toContain('"msg":"stopped"');
  }, 90_000);
});

/** Child processes, grandchildren and so on (Linux /proc). */
function descendants(root: number): number[] {
  const parents = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // "pid (comm) state ppid …": comm may hold spaces, so read after the last ")".
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      parents.set(Number(entry), ppid);
    } catch {
      // the process ended meanwhile
    }
  }
  const found: number[] = [];
  const walk = (pid: number): void => {
    for (const [child, parent] of parents) {
      if (parent === pid) {
        found.push(child);
        walk(child);
      }
    }
  };
  walk(root);
  return found;
}

/** Running: present and not a zombie (an orphan's zombie may wait for a reaper that never comes in a container). */
function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return false;
  }
}
