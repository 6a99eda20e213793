import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main.ts";
import { startBot } from "../../src/main.ts";
import { questionnaireContentHash } from "../../src/domain/questionnaire/content-hash.ts";
import { DEFAULT_MONTHLY_CELL } from "../../src/domain/questionnaire/default-monthly-cell.ts";
import type { QuestionnaireDefinition } from "../../src/domain/questionnaire/definition.ts";
import { MIGRATIONS_DIR, migrateDatabase } from "../../src/storage/migrate.ts";
import { captureIo } from "../support/capture-io.ts";
import { tempDbPath } from "../support/temp-db.ts";
import { withChangedPoints } from "../storage/questionnaire-fixtures.ts";

const HASH_MIGRATION = "20261130114830_questionnaire_content_hash";
const { code, version } = DEFAULT_MONTHLY_CELL;

/** Stores `definition` as the default's (code, version), as an earlier start of bontot would have. */
function storeVersion(dbPath: string, definition: QuestionnaireDefinition, contentHash: string): void {
  mkdirSync(path.dirname(dbPath), { recursive: true });
  migrateDatabase(dbPath);
  const db = new Database(dbPath);
  try {
    db.prepare("INSERT INTO questionnaire_versions (code, version, definition, content_hash) VALUES (?, ?, ?, ?)").run(definition.code, definition.version, JSON.stringify(definition), contentHash);
  } finally {
    db.close();
  }
}

/** A database as the bontot before content hashes left it: migrated up to, not including, the hash column. */
function olderDatabase(dbPath: string, definition: QuestionnaireDefinition): void {
  const older = mkdtempSync(path.join(tmpdir(), "bontot-migrations-"));
  try {
    mkdirSync(path.dirname(dbPath), { recursive: true });
    for (const name of readdirSync(MIGRATIONS_DIR).filter((n) => n < HASH_MIGRATION)) cpSync(path.join(MIGRATIONS_DIR, name), path.join(older, name), { recursive: true });
    migrateDatabase(dbPath, older);
  } finally {
    rmSync(older, { recursive: true, force: true });
  }
  const db = new Database(dbPath);
  try {
    expect(db.prepare<[], { name: string }>("SELECT name FROM pragma_table_info('questionnaire_versions')").all().map((c) => c.name)).not.toContain("content_hash");
    db.prepare("INSERT INTO questionnaire_versions (code, version, definition) VALUES (?, ?, ?)").run(definition.code, definition.version, JSON.stringify(definition));
  } finally {
    db.close();
  }
}

describe("npx bontot start with a questionnaire changed under the same version", () => {
  const dbPath = tempDbPath();
  const env = { BONTOT_DB_PATH: dbPath, LOG_LEVEL: "silent" };

  it("refuses to start, naming the questionnaire and version, with exit code 1", async () => {
    const stored = withChangedPoints();
    storeVersion(dbPath, stored, questionnaireContentHash(stored));
    const { io, out, err } = captureIo(env, "1\n");
    expect(await runCli(["start"], io, { start: startBot })).toBe(1);
    expect(err()).toBe(`Bộ câu hỏi ${code} phiên bản ${version} đã bị sửa mà không tăng số phiên bản. Hãy tăng số phiên bản (version) rồi khởi động lại.\n`);
    // Refused before the banner or the demo organisation.
    expect(out()).toBe("");
    const db = new Database(dbPath, { readonly: true });
    try {
      expect(db.prepare("SELECT count(*) AS n FROM units").get()).toEqual({ n: 0 });
    } finally {
      db.close();
    }
  });

  it("says so in English with --lang en", async () => {
    const stored = withChangedPoints();
    storeVersion(dbPath, stored, questionnaireContentHash(stored));
    const { io, err } = captureIo(env);
    expect(await runCli(["start", "--lang", "en"], io, { start: startBot })).toBe(1);
    expect(err()).toBe(`Questionnaire ${code} version ${version} was changed without raising its version number. Raise its version and start again.\n`);
  });

  it("refuses on a database from before content hashes, once it is migrated and the old row hashed", async () => {
    olderDatabase(dbPath, withChangedPoints());
    const { io, err } = captureIo(env);
    expect(await runCli(["start"], io, { start: startBot })).toBe(1);
    expect(err()).toContain(`Bộ câu hỏi ${code} phiên bản ${version} đã bị sửa`);
    expect(err()).not.toContain("    at ");
  });

  it("starts on a database from before content hashes that holds the same definition", async () => {
    olderDatabase(dbPath, DEFAULT_MONTHLY_CELL);
    const { io, out, err } = captureIo(env, "/cancel\n");
    expect(await runCli(["start"], io, { start: startBot })).toBe(0);
    expect(err()).toBe("");
    expect(out()).toContain("Đã tạo tổ chức mẫu");
    const db = new Database(dbPath, { readonly: true });
    try {
      expect(db.prepare("SELECT content_hash AS hash FROM questionnaire_versions WHERE code = ? AND version = ?").get(code, version)).toEqual({ hash: questionnaireContentHash(DEFAULT_MONTHLY_CELL) });
    } finally {
      db.close();
    }
  });
});
