import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { onTestFinished } from "vitest";
import { runCli } from "../../src/cli/main.ts";
import { captureIo } from "./capture-io.ts";
import { dbRows } from "./db-rows.ts";
import { startTestBot } from "./test-bot.ts";

/**
 * A temporary database holding the demo organisation, and `npx bontot …` run against it as an
 * operator would (exit code, stdout, stderr); `rows` reads its tables. Removed after the test.
 */
export async function cliOnDemoDatabase(prefix: string) {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  const dbPath = path.join(dir, "bontot.db");
  const bot = await startTestBot({ dbPath });
  const app = bot.app;
  await bot.close();
  return { dir, run: cliOn(dbPath), rows: dbRows(app) };
}

/** `npx bontot …` against the database file `dbPath`, as an operator would run it: exit code, stdout, stderr. */
export function cliOn(dbPath: string) {
  const env = { BONTOT_DB_PATH: dbPath, LOG_LEVEL: "silent" };
  return async (...argv: string[]) => {
    const io = captureIo(env);
    const code = await runCli(argv, io.io);
    return { code, out: io.out(), err: io.err() };
  };
}
