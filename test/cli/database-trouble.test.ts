import { execFile } from "node:child_process";
import { once } from "node:events";
import { createServer, type AddressInfo } from "node:net";
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import { describe, expect, it, onTestFinished } from "vitest";
import { runCli } from "../../src/cli/main.ts";
import { captureIo } from "../support/capture-io.ts";
import { cliOnDemoDatabase } from "../support/cli-on-demo.ts";

/**
 * Issue 12, item 5: a corrupted, unreachable or read-only database gives one readable line in
 * the operator's language (and, where a backup may help, the pointer to `db backup`), exit code
 * 1, never a stack trace or the driver's own words; `units` and `report` work on a read-only file.
 */

async function run(env: NodeJS.ProcessEnv, ...argv: string[]) {
  const io = captureIo({ LOG_LEVEL: "silent", ...env });
  const code = await runCli(argv, io.io);
  return { code, out: io.out(), err: io.err() };
}

function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "bontot-dbtrouble-"));
  onTestFinished(() => {
    chmodSync(dir, 0o755);
    rmSync(dir, { recursive: true, force: true });
  });
  return dir;
}

const NO_DRIVER_TEXT = /SqliteError|SQLITE_|file is not a database|malformed|\n\s+at |ECONNREFUSED\)?$/m;

describe("a database that cannot be used", () => {
  it("says a corrupted file is damaged, points to the backups, and leaves the file as it was", async () => {
    const dir = tempDir();
    const file = path.join(dir, "bontot.db");
    const garbage = Buffer.from("SQLite format 3\u0000 but then the disk gave up ".repeat(200));
    writeFileSync(file, garbage);
    for (const argv of [["units"], ["report", "--period", "2026-11"], ["invite", "--unit", "MK-PL1"]]) {
      const r = await run({ BONTOT_DB_PATH: file }, ...argv);
      expect(r.code, argv.join(" ")).toBe(1);
      expect(r.out).toBe("");
      expect(r.err).toBe(
        `Tệp cơ sở dữ liệu ${file} bị hỏng hoặc không phải cơ sở dữ liệu của bontot; bontot không đọc, không ghi gì vào đó.\n` +
          'Sao lưu thường xuyên: npx bontot db backup. Khôi phục: dừng bot, chép bản sao lưu đè lên tệp cơ sở dữ liệu (README, mục "Backups and restoring").\n',
      );
    }
    expect(readFileSync(file)).toEqual(garbage);
    const en = await run({ BONTOT_DB_PATH: file, BONTOT_LANG: "en" }, "units");
    expect(en.err).toContain(`The database file ${file} is damaged or is not a bontot database`);
    expect(en.err).toContain("npx bontot db backup");
  });

  it("says a file that is random bytes is not a database", async () => {
    const dir = tempDir();
    const file = path.join(dir, "bontot.db");
    writeFileSync(file, Buffer.alloc(8192, 0x5a));
    const r = await run({ BONTOT_DB_PATH: file }, "units");
    expect(r.code).toBe(1);
    expect(r.err.split("\n")[0]).toContain("bị hỏng");
    expect(r.err).not.toMatch(NO_DRIVER_TEXT);
  });

  it("says where the database cannot be created", async () => {
    const dir = tempDir();
    const notADir = path.join(dir, "a-file");
    writeFileSync(notADir, "");
    const r = await run({ BONTOT_DB_PATH: path.join(notADir, "data", "bontot.db") }, "units");
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^Không tạo hay mở được cơ sở dữ liệu .*a-file\/data\/bontot\.db \(E[A-Z]+\): thư mục không có quyền ghi, hoặc đường dẫn sai\. Kiểm tra BONTOT_DB_PATH và quyền của thư mục\.\n$/);
  });

  it("names PostgreSQL's host and port when it cannot be reached, never the password", async () => {
    const r = await run({ DATABASE_URL: "postgresql://bontot:hunter2@127.0.0.1:1/bontot", BONTOT_LANG: "en" }, "units");
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      "Cannot reach PostgreSQL at 127.0.0.1:1 (ECONNREFUSED): the server is not running, the host or port is wrong, or a firewall blocks it.\n" +
        "Check DATABASE_URL in .env (or leave it empty to use the SQLite file).\n",
    );
    expect(r.err).not.toContain("hunter2");
  });

  it("gives up on a server that takes the connection and never answers (a firewall, a hung host), after the URL's connect_timeout", async () => {
    const silent = createServer(() => undefined).listen(0, "127.0.0.1");
    await once(silent, "listening");
    onTestFinished(() => void silent.close());
    const { port } = silent.address() as AddressInfo;
    const r = await run({ DATABASE_URL: `postgresql://bontot:hunter2@127.0.0.1:${port}/bontot?connect_timeout=1`, BONTOT_LANG: "en" }, "units");
    expect(r.code).toBe(1);
    expect(r.err.split("\n")[0]).toBe(
      `Cannot reach PostgreSQL at 127.0.0.1:${port} (ETIMEDOUT): the server is not running, the host or port is wrong, or a firewall blocks it.`,
    );
    expect(r.err).not.toContain("hunter2");
  });

  it("names the socket file when a server on this machine is not listening where the URL says", async () => {
    const r = await run({ DATABASE_URL: "postgresql://bontot:hunter2@localhost/bontot?host=/nonexistent/run/postgresql", BONTOT_LANG: "en" }, "units");
    expect(r.code).toBe(1);
    expect(r.err.split("\n")[0]).toBe(
      "Cannot reach PostgreSQL at /nonexistent/run/postgresql/.s.PGSQL.5432 (ENOENT): the server is not running, the host or port is wrong, or a firewall blocks it.",
    );
    expect(r.err).not.toContain("hunter2");
  });
});

const execFileAsync = promisify(execFile);

/**
 * The CLI as another user would run it on a file they may only read. The tests run as root on
 * CI, and root may write any file: the command is then run as `nobody` (setpriv, util-linux).
 */
async function runAs(dbPath: string, ...argv: string[]) {
  const asRoot = process.getuid?.() === 0;
  const command = asRoot ? "setpriv" : process.execPath;
  const args = asRoot ? ["--reuid=65534", "--regid=65534", "--clear-groups", process.execPath, "bin/bontot.js", ...argv] : ["bin/bontot.js", ...argv];
  try {
    const { stdout, stderr } = await execFileAsync(command, args, { env: { PATH: process.env["PATH"], BONTOT_DB_PATH: dbPath, LOG_LEVEL: "silent", HOME: tmpdir() }, cwd: process.cwd(), timeout: 60_000 });
    return { code: 0, out: stdout, err: stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, out: failed.stdout ?? "", err: failed.stderr ?? "" };
  }
}

describe("a read-only database", () => {
  it("still answers units and report, refuses writes with one line, and is never migrated or written", { timeout: 120_000 }, async () => {
    const { dir, run: cli } = await cliOnDemoDatabase("bontot-readonly-");
    const file = path.join(dir, "bontot.db");
    const period = JSON.parse((await cli("report", "--period", "2026-11")).out || "{}") as { period?: string };
    expect(period.period).toBe("2026-11");
    const before = readFileSync(file);
    const listed = readdirSync(dir);
    chmodSync(file, 0o444);
    chmodSync(dir, 0o555);
    onTestFinished(() => chmodSync(dir, 0o755));

    const units = await runAs(file, "units", "--format", "json");
    expect(units.err).toBe("");
    expect(units.code).toBe(0);
    expect(JSON.parse(units.out).units).toContainEqual({ code: "MK-PL1", name: "Chi bộ thôn Pha Long 1", kind: "cell", parent: "MK" });

    const report = await runAs(file, "report", "--period", "2026-11");
    expect(report.code).toBe(0);
    expect(JSON.parse(report.out).cells).toHaveLength(5);

    const write = await runAs(file, "units", "add", "--code", "MK-X", "--name", "Chi bộ X", "--kind", "cell", "--parent", "MK", "--members", "9");
    expect(write.code).toBe(1);
    expect(write.err).toBe(
      `Cơ sở dữ liệu ${file} chỉ cho đọc: lệnh này cần ghi dữ liệu nên chưa làm gì. Các lệnh chỉ đọc (units, report, history, annual) vẫn chạy được; để ghi, chạy bằng tài khoản có quyền ghi tệp và thư mục của nó.\n`,
    );
    const migrate = await runAs(file, "db", "migrate");
    expect(migrate).toMatchObject({ code: 0, out: `Cơ sở dữ liệu ${file} chỉ cho đọc và đã cập nhật: không có gì để migrate.\n` });

    expect(readFileSync(file)).toEqual(before);
    expect(readdirSync(dir)).toEqual(listed);
  });

  it("says so when a read-only file still needs migrating, and does not try", { timeout: 120_000 }, async () => {
    const { dir } = await cliOnDemoDatabase("bontot-readonly-old-");
    const file = path.join(dir, "bontot.db");
    // As if made by an older bontot: its newest migration not yet applied.
    const db = new Database(file);
    db.prepare("DELETE FROM _prisma_migrations WHERE migration_name = (SELECT max(migration_name) FROM _prisma_migrations)").run();
    db.close();
    chmodSync(file, 0o444);
    chmodSync(dir, 0o555);
    onTestFinished(() => chmodSync(dir, 0o755));
    const r = await runAs(file, "units");
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      `Cơ sở dữ liệu ${file} cần cập nhật cấu trúc (1 migration) nhưng tệp chỉ cho đọc. Chạy "npx bontot db migrate" bằng tài khoản có quyền ghi, rồi chạy lại.\n`,
    );
    expect(existsSync(`${file}-wal`)).toBe(false);
  });
});
