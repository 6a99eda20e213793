/**
 * `npm run db:migrate:new -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql
 * with the SQL that takes the committed migrations to the current prisma/schema.prisma.
 *
 * `prisma migrate dev` cannot do this here: with the better-sqlite3 driver adapter its shadow
 * database fails (P3006), and `migrate diff` accepts no database URL. So the migrations are
 * replayed into a scratch file, `prisma db pull` reads that back as a datamodel, and
 * `prisma migrate diff` compares the two datamodels.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { MIGRATIONS_DIR, migrateDatabase } from "../src/storage/migrate.ts";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  process.stderr.write("usage: npm run db:migrate:new -- <name in snake_case>\n");
  process.exit(2);
}

const scratch = mkdtempSync(path.join(os.tmpdir(), "bontot-migrate-"));
try {
  const db = path.join(scratch, "replayed.db");
  migrateDatabase(db);
  const prisma = path.resolve("node_modules/.bin/prisma");
  const pulled = execFileSync(prisma, ["db", "pull", "--print"], { env: { ...process.env, BONTOT_DB_PATH: db }, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  const from = path.join(scratch, "from.prisma");
  writeFileSync(from, pulled.slice(pulled.indexOf("generator ")));
  const sql = execFileSync(prisma, ["migrate", "diff", "--from-schema-datamodel", from, "--to-schema-datamodel", "prisma/schema.prisma", "--script"], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  if (/^-- This is an empty migration\.\s*$/.test(sql.trim())) {
    process.stdout.write("prisma/schema.prisma matches the migrations: nothing to write.\n");
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "migration.sql"), sql);
    process.stdout.write(`wrote ${path.relative(process.cwd(), dir)}/migration.sql — review it, then commit it.\n`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
