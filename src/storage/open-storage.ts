import { accessSync, constants, copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { postgresProblem, sqliteProblem, DatabaseProblem } from "./database-problem.ts";
import { reachPostgres } from "./kysely/reach-postgres.ts";
import { migratePostgres } from "./kysely/migrate-postgres.ts";
import { openPostgresPool } from "./kysely/postgres-pool.ts";
import { postgresExecutor, sqliteExecutor, type SqlExecutor } from "./kysely/sql-executor.ts";
import { migrateDatabase, pendingMigrations } from "./migrate.ts";

/** Where the data lives: the embedded SQLite file (the default) or a PostgreSQL server. */
export type StorageTarget = { readonly kind: "sqlite"; readonly file: string } | { readonly kind: "postgres"; readonly url: string };

export interface OpenedStorage {
  readonly exec: SqlExecutor;
  /**
   * For the outbox's delivery bookkeeping (claims, leases, "sent"): on PostgreSQL its commits do
   * not wait for the disk. Losing the last of them in a server crash sends a message again
   * (delivery is at least once anyway) and never loses one; answers and the messages themselves
   * are written durably through `exec`. The same as `exec` on SQLite.
   */
  readonly deliveryExec: SqlExecutor;
  /** Migrations applied by this opening. */
  readonly applied: readonly string[];
  /** Another process may use the same database at once (PostgreSQL): claims must not be taken back on start. */
  readonly shared: boolean;
  /** Opened read-only (the file or its folder cannot be written): reading works, a write is refused. */
  readonly readOnly: boolean;
  close(): Promise<void>;
}

/** Opens the database, creating (SQLite) and migrating it first; both run the same stores. */
export async function openStorage(target: StorageTarget, onConnectionError: (error: Error) => void = () => undefined): Promise<OpenedStorage> {
  if (target.kind === "postgres") {
    const pool = openPostgresPool(target.url);
    const delivery = openPostgresPool(target.url, { max: 4, durable: false });
    // An idle connection the server closed (a restart, a failover of the server): the pool drops
    // it and opens another on the next query. Unhandled, the event would end the process.
    pool.on("error", onConnectionError);
    delivery.on("error", onConnectionError);
    const close = async (): Promise<void> => {
      await Promise.all([pool.end(), delivery.end()]);
    };
    try {
      await reachPostgres(target.url);
      const { applied } = await migratePostgres(pool);
      return { exec: postgresExecutor(pool), deliveryExec: postgresExecutor(delivery), applied, shared: true, readOnly: false, close };
    } catch (error) {
      await close();
      throw postgresProblem(error, target.url) ?? error;
    }
  }
  const file = path.resolve(target.file);
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    if (existsSync(file) && !writable(file)) return openReadOnly(file);
    const { applied } = migrateDatabase(file);
    const sqlite = new Database(file);
    sqlite.pragma("journal_mode = WAL");
    sqlite.pragma("synchronous = NORMAL");
    sqlite.pragma("foreign_keys = ON");
    // One connection per process: a lock is only ever held by another process (the CLI beside the
    // bot), for the few milliseconds of its write.
    sqlite.pragma("busy_timeout = 5000");
    sqlite.pragma("wal_autocheckpoint = 10000");
    // Sorts, UNIONs and IN lists build temporary b-trees: kept in a file, each one allocates a
    // pager and looks for a temporary folder (a claim of the outbox took ~500 µs, in memory ~45).
    // They are small here; the big reads (digests, reports) stream through indexes.
    sqlite.pragma("temp_store = MEMORY");
    const exec = sqliteExecutor(sqlite);
    return {
      exec,
      deliveryExec: exec,
      applied,
      shared: false,
      readOnly: false,
      close: async () => {
        // Closing twice is harmless, as better-sqlite3's own close is.
        if (!sqlite.open) return;
        await exec.settled();
        sqlite.close();
      },
    };
  } catch (error) {
    throw error instanceof DatabaseProblem ? error : (sqliteProblem(error, file) ?? error);
  }
}

/** The file, and its folder (for the WAL and journal files beside it), can be written by this process. */
function writable(file: string): boolean {
  try {
    accessSync(file, constants.W_OK);
    accessSync(path.dirname(file), constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * A file this process may only read (a restored copy, a read-only mount, another user's file):
 * opened read-only, never migrated. When it still lacks migrations that is said, not attempted.
 * SQLite reads a WAL-mode file only where it can put the shared-memory file beside it; when the
 * folder is read-only too, a private copy is read instead (no writer can be using a file whose
 * folder nobody can write, so the copy is the file's whole content).
 */
function openReadOnly(file: string): OpenedStorage {
  let copyDir: string | undefined;
  let sqlite = new Database(file, { readonly: true, fileMustExist: true });
  try {
    sqlite.prepare("SELECT count(*) FROM sqlite_master").get();
  } catch (error) {
    sqlite.close();
    if (!(typeof error === "object" && error !== null && "code" in error && error.code === "SQLITE_READONLY_DIRECTORY")) throw error;
    copyDir = mkdtempSync(path.join(tmpdir(), "bontot-readonly-"));
    const copy = path.join(copyDir, path.basename(file));
    copyFileSync(file, copy);
    sqlite = new Database(copy, { readonly: true, fileMustExist: true });
  }
  const opened = sqlite;
  const dropCopy = (): void => {
    if (copyDir) rmSync(copyDir, { recursive: true, force: true });
  };
  try {
    const pending = pendingMigrations(opened, file);
    if (pending.length > 0) throw new DatabaseProblem("needs-migration", { file, count: pending.length });
    opened.pragma("foreign_keys = ON");
    opened.pragma("temp_store = MEMORY");
  } catch (error) {
    opened.close();
    dropCopy();
    throw error;
  }
  const exec = sqliteExecutor(opened);
  return {
    exec,
    deliveryExec: exec,
    applied: [],
    shared: false,
    readOnly: true,
    close: async () => {
      opened.close();
      dropCopy();
    },
  };
}
