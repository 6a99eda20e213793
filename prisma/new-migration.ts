/**
 * `npm run db:migrate:new -- <name>`: writes the SQL that takes the committed migrations to the
 * current prisma/schema.prisma, for both databases:
 *   prisma/migrations/<timestamp>_<name>/migration.sql            (SQLite)
 *   prisma/postgres/migrations/<timestamp>_<name>/migration.sql   (PostgreSQL)
 *
 * `prisma migrate dev` cannot do this here: with the better-sqlite3 driver adapter its shadow
 * database fails (P3006), and `migrate diff` accepts no database URL. So for SQLite the
 * migrations are replayed into a scratch file, `prisma db pull` reads that back as a datamodel,
 * and `prisma migrate diff` compares the two datamodels. For PostgreSQL the datamodel of its
 * last migration is kept beside them (prisma/postgres/schema.prisma) and diffed the same way.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { MIGRATIONS_DIR, migrateDatabase } from "../src/storage/migrate.ts";
import { POSTGRES_MIGRATIONS_DIR } from "../src/storage/kysely/migrate-postgres.ts";
import { postgresDatamodel } from "./postgres-datamodel.ts";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  process.stderr.write("usage: npm run db:migrate:new -- <name in snake_case>\n");
  process.exit(2);
}

const prisma = path.resolve("node_modules/.bin/prisma");
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const diff = (from: string[], to: string): string =>
  execFileSync(prisma, ["migrate", "diff", ...from, "--to-schema-datamodel", to, "--script"], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
const isEmpty = (sql: string): boolean => /^-- This is an empty migration\.\s*$/.test(sql.trim());

function write(dir: string, sql: string, label: string): void {
  if (isEmpty(sql)) {
    process.stdout.write(`${label}: prisma/schema.prisma matches the migrations: nothing to write.\n`);
    return;
  }
  const target = path.join(dir, `${stamp}_${name}`);
  mkdirSync(target, { recursive: true });
  writeFileSync(path.join(target, "migration.sql"), sql);
  process.stdout.write(`${label}: wrote ${path.relative(process.cwd(), target)}/migration.sql — review it, then commit it.\n`);
}

/** The partial indexes (CREATE INDEX … WHERE …) of a SQLite file, by name: `db pull` leaves them out of its datamodel. */
function partialIndexes(file: string): Map<string, { table: string; sql: string }> {
  const db = new Database(file, { readonly: true });
  try {
    const rows = db.prepare<[], { name: string; table: string; sql: string }>(`SELECT name, tbl_name AS "table", sql FROM sqlite_master WHERE type = 'index' AND sql LIKE '% WHERE %'`).all();
    return new Map(rows.map((row) => [row.name, { table: row.table, sql: row.sql }]));
  } finally {
    db.close();
  }
}

/**
 * Prisma's datamodel cannot state an index's predicate, so the diff "creates" each partial index
 * again, without its WHERE. Where the migration rebuilds the table (which drops its indexes), the
 * index is created as it was, WHERE included; otherwise the statement is an artefact and goes.
 */
function keepPartialIndexes(sql: string, partial: Map<string, { table: string; sql: string }>): string {
  let kept = sql;
  for (const [name, index] of partial) {
    const created = new RegExp(`(-- CreateIndex\\n+)?CREATE (UNIQUE )?INDEX "${name}" ON [^;]+;(\\n*)`);
    const rebuilt = kept.includes(`DROP TABLE "${index.table}";`);
    kept = kept.replace(created, (_, header: string | undefined, _unique: string | undefined, after: string) => (rebuilt ? `${header ?? ""}${index.sql};${after}` : ""));
  }
  return kept.trim() === "" ? "-- This is an empty migration." : kept;
}

const scratch = mkdtempSync(path.join(os.tmpdir(), "bontot-migrate-"));
try {
  const db = path.join(scratch, "replayed.db");
  migrateDatabase(db);
  const pulled = execFileSync(prisma, ["db", "pull", "--print"], { env: { ...process.env, BONTOT_DB_PATH: db }, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  const from = path.join(scratch, "from.prisma");
  writeFileSync(from, pulled.slice(pulled.indexOf("generator ")));
  write(MIGRATIONS_DIR, keepPartialIndexes(diff(["--from-schema-datamodel", from], "prisma/schema.prisma"), partialIndexes(db)), "SQLite");

  const snapshot = path.join(POSTGRES_MIGRATIONS_DIR, "..", "schema.prisma");
  const target = path.join(scratch, "postgres.prisma");
  writeFileSync(target, postgresDatamodel(readFileSync("prisma/schema.prisma", "utf8")));
  const sql = diff(existsSync(snapshot) ? ["--from-schema-datamodel", snapshot] : ["--from-empty"], target);
  write(POSTGRES_MIGRATIONS_DIR, sql, "PostgreSQL");
  if (!isEmpty(sql)) writeFileSync(snapshot, readFileSync(target, "utf8"));
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
