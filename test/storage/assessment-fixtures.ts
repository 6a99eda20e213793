import { DEFAULT_MONTHLY_CELL } from "../../src/domain/questionnaire/default-monthly-cell.ts";
import type { Standing } from "../../src/domain/scoring/standing.ts";
import type { SqlExecutor } from "../../src/storage/kysely/sql-executor.ts";
import { createPeriodStore } from "../../src/storage/period-store.ts";
import { createQuestionnaireStore } from "../../src/storage/questionnaire-store.ts";

export const AT = new Date("2026-11-20T03:00:00.000Z");

/** A valid standing as scoring produces it, small enough to read in a test. */
export function standing(score: number, fourGood = score >= 80): Standing {
  return { criteria: [], score, maxScore: 100, fourGood, band: fourGood ? "tốt" : "khá", flags: [] };
}

/**
 * Cells to hang assessments on. Units belong to another store: the rows are written directly,
 * in one statement per batch, as test scaffolding only.
 */
export async function addCells(exec: SqlExecutor, count: number, prefix = "C"): Promise<number[]> {
  const ids: number[] = [];
  for (let start = 0; start < count; start += 500) {
    const rows = Array.from({ length: Math.min(500, count - start) }, (_, i) => ({
      code: `${prefix}${start + i + 1}`,
      name: `Chi bộ ${prefix}${start + i + 1}`,
      kind: "cell",
      created_at: "2026-11-01T00:00:00.000+00:00",
    }));
    const inserted = await exec.query(exec.builder.insertInto("units").values(rows).returning("id"));
    ids.push(...inserted.map((r) => r.id).sort((a, b) => a - b));
  }
  return ids;
}

/** An open period on the default questionnaire. */
export async function addPeriod(exec: SqlExecutor, key: string): Promise<{ id: number; questionnaireVersionId: number }> {
  const versionId = await createQuestionnaireStore(exec).ensure(DEFAULT_MONTHLY_CELL);
  const { period } = await createPeriodStore(exec).open(key, versionId, AT);
  return { id: period.id, questionnaireVersionId: versionId };
}
