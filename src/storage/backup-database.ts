import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

/**
 * An online backup (SQLite's backup API through better-sqlite3): consistent while the bot keeps
 * running and writing, unlike copying the file, which can catch a write half done (and misses
 * what is still in the WAL file). Refuses to overwrite an existing file.
 */
export async function backupDatabase(source: string, target: string): Promise<{ readonly pages: number }> {
  if (!existsSync(source)) throw new Error(`no database at ${source}`);
  if (existsSync(target)) throw new BackupTargetExists(target);
  mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    const { totalPages } = await db.backup(target);
    return { pages: totalPages };
  } finally {
    db.close();
  }
}

export class BackupTargetExists extends Error {
  constructor(readonly target: string) {
    super(`${target} exists`);
    this.name = "BackupTargetExists";
  }
}
