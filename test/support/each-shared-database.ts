import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import type pg from "pg";
import { afterEach, describe } from "vitest";
import { migratePostgres } from "../../src/storage/kysely/migrate-postgres.ts";
import { openPostgresPool } from "../../src/storage/kysely/postgres-pool.ts";
import { postgresExecutor, sqliteExecutor, type SqlExecutor } from "../../src/storage/kysely/sql-executor.ts";
import { migrateDatabase } from "../../src/storage/migrate.ts";
import { tempDbPath } from "./temp-db.ts";
import { tempPostgresUrl } from "./temp-postgres.ts";

/**
 * Like eachDatabase, for what two bot instances do to one database at the same time:
 * `open()` gives a fresh, migrated, empty database of each kind per test, reached through two
 * separate connections (SQLite) or pools (PostgreSQL), one per instance.
 */
export function eachSharedDatabase(name: string, suite: (open: () => Promise<readonly [SqlExecutor, SqlExecutor]>) => void): void {
  describe.each(["sqlite", "postgres"] as const)(`${name} on %s`, (dialect) => {
    const sqlitePath = tempDbPath();
    const postgresUrl = tempPostgresUrl();
    const closers: (() => Promise<void>)[] = [];
    afterEach(async () => {
      for (const close of closers.splice(0)) await close();
    });
    const sqliteInstance = (): SqlExecutor => {
      const sqlite = new Database(sqlitePath);
      sqlite.pragma("journal_mode = WAL");
      sqlite.pragma("foreign_keys = ON");
      closers.push(async () => void sqlite.close());
      return sqliteExecutor(sqlite);
    };
    const postgresPool = (url: string): pg.Pool => {
      const pool = openPostgresPool(url);
      closers.push(() => pool.end());
      return pool;
    };
    suite(async () => {
      if (dialect === "sqlite") {
        mkdirSync(path.dirname(sqlitePath), { recursive: true });
        migrateDatabase(sqlitePath);
        return [sqliteInstance(), sqliteInstance()] as const;
      }
      const url = await postgresUrl();
      const [first, second] = [postgresPool(url), postgresPool(url)];
      await migratePostgres(first);
      return [postgresExecutor(first), postgresExecutor(second)] as const;
    });
  });
}
