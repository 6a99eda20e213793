import path from "node:path";
import type { Command } from "commander";
import { storageTarget } from "../app/open-app.ts";
import { BackupTargetExists, backupDatabase } from "../storage/backup-database.ts";
import { openStorage } from "../storage/open-storage.ts";
import { CommandUsageError, commandConfig, examples, type CliContext } from "./command-support.ts";
import { outputFile } from "./output-file.ts";

/** `npx bontot db migrate | db backup [FILE]`: the database itself. */
export function dbCommand(program: Command, context: CliContext): void {
  const { t } = context;
  const db = program.command("db").description(t("cli-db-description"));
  examples(db, context, "cli-db-examples");

  const migrate = db.command("migrate").description(t("cli-db-migrate-description"));
  examples(migrate, context, "cli-db-migrate-examples").action(async () => {
    const where = storageTarget(commandConfig(context.io));
    const storage = await openStorage(where);
    await storage.close();
    // Read-only and up to date (else opening it said what it lacks): nothing to do.
    if (storage.readOnly) return void context.io.stdout.write(`${t("cli-db-read-only", { file: where.kind === "sqlite" ? where.file : "" })}\n`);
    context.io.stdout.write(`${t("cli-migrated", { count: storage.applied.length, db: where.kind === "sqlite" ? where.file : "PostgreSQL (DATABASE_URL)" })}\n`);
  });

  const backup = db.command("backup").description(t("cli-db-backup-description")).argument(`[${t("cli-placeholder-file")}]`, t("cli-argument-backup-file"));
  examples(backup, context, "cli-db-backup-examples").action(async (file: string | undefined) => {
    context.exitCode = await backupCommand(context, file);
  });
}

/**
 * An online copy of the SQLite file: to FILE (never over an existing one), or without it to
 * data/backups/bontot-YYYY-MM-DD-HHMM.db beside the database (-2, -3… when that is taken).
 */
async function backupCommand(context: CliContext, file: string | undefined): Promise<number> {
  const { io, t } = context;
  const { dbPath, databaseUrl } = commandConfig(io);
  // A PostgreSQL server has its own tools for this (pg_dump, base backups, a standby).
  if (databaseUrl) throw new CommandUsageError("cli-backup-postgres");
  if (file !== undefined && file.trim().length === 0) throw new CommandUsageError("cli-missing-argument", { argument: t("cli-placeholder-file") });
  const stamp = new Date().toISOString().slice(0, 16).replace("T", "-").replace(":", "");
  // A named backup file may be in a folder still to be made (backupDatabase makes it), and is never overwritten, even with --force.
  const target = file !== undefined ? { file, shown: file } : outputFile(t, { dbPath }, {}, `bontot-${stamp}.db`, path.join(path.dirname(dbPath), "backups"));
  try {
    const { pages } = await backupDatabase(dbPath, target.file);
    io.stdout.write(`${t("cli-backup-done", { file: path.resolve(target.file), pages })}\n`);
    return 0;
  } catch (error) {
    if (error instanceof BackupTargetExists) throw new CommandUsageError("cli-backup-exists", { file: target.shown });
    throw error;
  }
}
