import { createHash, randomUUID } from "node:crypto";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { DatabaseProblem } from "./database-problem.ts";

/**
 * Applies prisma/migrations/* to a SQLite file at start-up. It keeps Prisma's own
 * `_prisma_migrations` table (same checksum: sha256 of migration.sql), so `prisma migrate dev`
 * and `prisma migrate deploy` keep working on the same file. Written by hand because the
 * Prisma CLI is a separate process that takes seconds to start, and start-up and every test
 * database need migrating in milliseconds.
 */
const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;

export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, "../../prisma/migrations");

export interface MigrationResult {
  readonly applied: readonly string[];
}

export function migrateDatabase(file: string, migrationsDir: string = MIGRATIONS_DIR): MigrationResult {
  const db = new Database(file);
  try {
    db.pragma("journal_mode = WAL");
    db.pragma("busy_timeout = 5000");
    db.exec(MIGRATIONS_TABLE);
    const done = new Map(
      db
        .prepare<[], { migration_name: string; checksum: string }>(
          `SELECT migration_name, checksum FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
        )
        .all()
        .map((row) => [row.migration_name, row.checksum]),
    );
    const applied: string[] = [];
    for (const name of listMigrations(migrationsDir)) {
      const sql = readFileSync(path.join(migrationsDir, name, "migration.sql"));
      const checksum = createHash("sha256").update(sql).digest("hex");
      const known = done.get(name);
      if (known !== undefined) {
        if (known !== checksum) throw new DatabaseProblem("migration-changed", { file, migration: name });
        continue;
      }
      const startedAt = new Date().toISOString();
      db.transaction(() => {
        db.exec(sql.toString("utf8"));
        db.prepare(
          `INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, started_at, applied_steps_count) VALUES (?, ?, ?, ?, ?, 1)`,
        ).run(randomUUID(), checksum, new Date().toISOString(), name, startedAt);
      }).immediate();
      applied.push(name);
    }
    return { applied };
  } finally {
    db.close();
  }
}

/**
 * The migrations a database still lacks, read without writing anything (for a read-only file).
 * A migration applied with other contents than the file's counts as a problem, as when migrating.
 */
export function pendingMigrations(db: Database.Database, file: string, migrationsDir: string = MIGRATIONS_DIR): string[] {
  const hasTable = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get() !== undefined;
  const done = new Map(
    hasTable
      ? db
          .prepare<[], { migration_name: string; checksum: string }>(`SELECT migration_name, checksum FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`)
          .all()
          .map((row) => [row.migration_name, row.checksum])
      : [],
  );
  return listMigrations(migrationsDir).filter((name) => {
    const known = done.get(name);
    if (known === undefined) return true;
    const checksum = createHash("sha256").update(readFileSync(path.join(migrationsDir, name, "migration.sql"))).digest("hex");
    if (known !== checksum) throw new DatabaseProblem("migration-changed", { file, migration: name });
    return false;
  });
}

function listMigrations(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort();
}
