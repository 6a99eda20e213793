import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/prisma/client.ts";
import { migrateDatabase, type MigrationResult } from "./migrate.ts";

export type Db = PrismaClient;

export interface OpenedDatabase {
  readonly db: Db;
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
  return { db, migrations, close: () => db.$disconnect() };
}
