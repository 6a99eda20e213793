import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { migratePostgres } from "./kysely/migrate-postgres.ts";
import { openPostgresPool } from "./kysely/postgres-pool.ts";
import { postgresExecutor, sqliteExecutor, type SqlExecutor } from "./kysely/sql-executor.ts";
import { migrateDatabase } from "./migrate.ts";

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
      const { applied } = await migratePostgres(pool);
      return { exec: postgresExecutor(pool), deliveryExec: postgresExecutor(delivery), applied, shared: true, close };
    } catch (error) {
      await close();
      throw error;
    }
  }
  const file = path.resolve(target.file);
  mkdirSync(path.dirname(file), { recursive: true });
  const { applied } = migrateDatabase(file);
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("foreign_keys = ON");
  // One connection per process: a lock is only ever held by another process (the CLI beside the
  // bot), for the few milliseconds of its write.
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("wal_autocheckpoint = 10000");
  const exec = sqliteExecutor(sqlite);
  return {
    exec,
    deliveryExec: exec,
    applied,
    shared: false,
    close: async () => {
      sqlite.close();
    },
  };
}
