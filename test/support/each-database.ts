import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe } from "vitest";
import { migratePostgres } from "../../src/storage/kysely/migrate-postgres.ts";
import { openPostgresPool } from "../../src/storage/kysely/postgres-pool.ts";
import { postgresExecutor, sqliteExecutor, type SqlExecutor } from "../../src/storage/kysely/sql-executor.ts";
import { migrateDatabase } from "../../src/storage/migrate.ts";
import { tempDbPath } from "./temp-db.ts";
import { tempPostgresUrl } from "./temp-postgres.ts";

/**
 * A store contract suite, run once on SQLite and once on PostgreSQL: `open()` gives a fresh,
 * migrated, empty database of that kind for each test.
 */
export function eachDatabase(name: string, suite: (open: () => Promise<SqlExecutor>) => void): void {
  describe.each(["sqlite", "postgres"] as const)(`${name} on %s`, (dialect) => {
    const sqlitePath = tempDbPath();
    const postgresUrl = tempPostgresUrl();
    const closers: (() => Promise<void>)[] = [];
    afterEach(async () => {
      for (const close of closers.splice(0)) await close();
    });
    suite(async () => {
      if (dialect === "sqlite") {
        mkdirSync(path.dirname(sqlitePath), { recursive: true });
        migrateDatabase(sqlitePath);
        const sqlite = new Database(sqlitePath);
        sqlite.pragma("journal_mode = WAL");
        sqlite.pragma("foreign_keys = ON");
        closers.push(async () => void sqlite.close());
        return sqliteExecutor(sqlite);
      }
      const pool = openPostgresPool(await postgresUrl());
      closers.push(() => pool.end());
      await migratePostgres(pool);
      return postgresExecutor(pool);
    });
  });
}
