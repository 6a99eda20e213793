import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it, onTestFinished } from "vitest";
import { createAssessmentStore } from "../../src/storage/assessment-store.ts";
import { migratePostgres, POSTGRES_MIGRATIONS_DIR } from "../../src/storage/kysely/migrate-postgres.ts";
import { openPostgresPool } from "../../src/storage/kysely/postgres-pool.ts";
import { postgresExecutor, sqliteExecutor, type SqlExecutor } from "../../src/storage/kysely/sql-executor.ts";
import { migrateDatabase, MIGRATIONS_DIR } from "../../src/storage/migrate.ts";
import { tempDbPath } from "../support/temp-db.ts";
import { tempPostgresUrl } from "../support/temp-postgres.ts";
import { DEFAULT_MONTHLY_CELL } from "../../src/domain/questionnaire/default-monthly-cell.ts";
import { createQuestionnaireStore } from "../../src/storage/questionnaire-store.ts";
import { addCells, AT, standing } from "./assessment-fixtures.ts";

/** The migrations before yearly_results, in a scratch folder: a database as the previous release left it. */
function migrationsBefore(dir: string): string {
  const names = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  const index = names.findIndex((n) => n.endsWith("_yearly_results"));
  expect(index).toBeGreaterThan(0);
  const scratch = mkdtempSync(path.join(tmpdir(), "bontot-migrations-"));
  onTestFinished(() => rmSync(scratch, { recursive: true, force: true }));
  for (const name of names.slice(0, index)) cpSync(path.join(dir, name), path.join(scratch, name), { recursive: true });
  return scratch;
}

describe.each(["sqlite", "postgres"] as const)("the yearly_results migration on %s", (dialect) => {
  const sqlitePath = tempDbPath();
  const postgresUrl = tempPostgresUrl();
  const closers: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const close of closers.splice(0)) await close();
  });

  /** Migrates to just before yearly_results; `finish` applies the rest. */
  async function previousRelease(): Promise<{ exec: SqlExecutor; finish: () => Promise<void> }> {
    if (dialect === "sqlite") {
      migrateDatabase(sqlitePath, migrationsBefore(MIGRATIONS_DIR));
      const sqlite = new Database(sqlitePath);
      closers.push(async () => void sqlite.close());
      return { exec: sqliteExecutor(sqlite), finish: async () => void migrateDatabase(sqlitePath) };
    }
    const pool = openPostgresPool(await postgresUrl());
    closers.push(() => pool.end());
    await migratePostgres(pool, migrationsBefore(POSTGRES_MIGRATIONS_DIR));
    return { exec: postgresExecutor(pool), finish: async () => void (await migratePostgres(pool)) };
  }

  it("keeps each assessment submitted before it as its revision 1", async () => {
    const { exec, finish } = await previousRelease();
    const [done, started] = (await addCells(exec, 2)) as [number, number];
    // Written as the previous release's store wrote it (no `kind` column yet).
    const versionId = await createQuestionnaireStore(exec).ensure(DEFAULT_MONTHLY_CELL);
    const [inserted] = await exec.query(
      exec.builder.insertInto("periods").values({ key: "2026-11", status: "open", questionnaire_version_id: versionId, opened_at: "2026-11-20T03:00:00.000+00:00" }).returning("id"),
    );
    const period = { id: inserted?.id ?? 0, questionnaireVersionId: versionId };
    const row = (unitId: number, submitted: boolean) => ({
      unit_id: unitId,
      period_id: period.id,
      questionnaire_version_id: period.questionnaireVersionId,
      status: submitted ? "submitted" : "in_progress",
      score: submitted ? 85 : null,
      four_good: submitted ? 1 : null,
      standing: submitted ? JSON.stringify(standing(85)) : null,
      submitted_at: submitted ? "2026-11-20T03:00:00.000+00:00" : null,
      submitted_by: submitted ? 7 : null,
      created_at: "2026-11-20T03:00:00.000+00:00",
      updated_at: "2026-11-20T03:00:00.000+00:00",
    });
    // Written as the previous release's store wrote them (no revisions table yet).
    const [d, s] = await exec.query(exec.builder.insertInto("assessments").values([row(done, true), row(started, false)]).returning("id"));

    await finish();
    const store = createAssessmentStore(exec);
    expect(await store.revisions(d?.id ?? 0)).toEqual([{ revision: 1, standing: standing(85), submittedBy: 7, submittedAt: "2026-11-20T03:00:00.000+00:00", returned: null }]);
    expect(await store.revisions(s?.id ?? 0)).toEqual([]);
    // And the next submission after a return is revision 2.
    expect(await store.returnForCorrection({ assessmentId: d?.id ?? 0, by: 3, reason: "Sai.", at: AT })).toBe(true);
    expect(await store.submit({ assessmentId: d?.id ?? 0, standing: standing(90), submittedBy: 7, at: AT })).toBe(true);
    expect((await store.revisions(d?.id ?? 0)).map((r) => [r.revision, r.returned?.reason ?? null])).toEqual([
      [1, "Sai."],
      [2, null],
    ]);
  });
});
