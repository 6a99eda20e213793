import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import Database from "better-sqlite3";
import { PrismaClient } from "./generated/prisma/client.ts";
import { migrateDatabase, type MigrationResult } from "./migrate.ts";

export type Db = PrismaClient;

export type Sql = Database.Database;

export interface OpenedDatabase {
  readonly db: Db;
  /**
   * A second connection for the hot path (conversation turns), with cached prepared statements
   * and synchronous transactions: Prisma's per-query overhead caps a turn at ~200/s.
   */
  readonly sql: Sql;
  readonly migrations: MigrationResult;
  close(): Promise<void>;
}

/**
 * Creates the file (and its folder) when missing, applies pending migrations, and connects
 * Prisma through the better-sqlite3 driver adapter with WAL and synchronous=NORMAL.
 */
export async function openDatabase(file: string): Promise<OpenedDatabase> {
  const absolute = path.resolve(file);
  mkdirSync(path.dirname(absolute), { recursive: true });
  const migrations = migrateDatabase(absolute);
  const db = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: `file:${absolute}` }) });
  await db.$connect();
  await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await db.$executeRawUnsafe("PRAGMA synchronous = NORMAL");
  await db.$queryRawUnsafe("PRAGMA busy_timeout = 5000");
  await db.$executeRawUnsafe("PRAGMA foreign_keys = ON");
  const sql = new Database(absolute);
  sql.pragma("journal_mode = WAL");
  sql.pragma("synchronous = NORMAL");
  sql.pragma("foreign_keys = ON");
  // Never wait synchronously for a lock: that would block the event loop, and with it the Prisma
  // transaction holding the lock. Busy writes are retried asynchronously instead (see withRetry).
  sql.pragma("busy_timeout = 0");
  return {
    db,
    sql,
    migrations,
    close: async () => {
      sql.close();
      await db.$disconnect();
    },
  };
}
