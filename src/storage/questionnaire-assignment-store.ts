import type { QuestionnaireAssignment, QuestionnaireAssignmentStore } from "../ports/questionnaire-assignment-store.ts";
import { chunks } from "./chunks.ts";
import { prepare, type SqlExecutor } from "./kysely/sql-executor.ts";
import { statementsFor } from "./kysely/statements.ts";
import { sqlTime } from "./sql-time.ts";

const COLUMNS = [
  "unit_id as unitId",
  "questionnaire_version_id as questionnaireVersionId",
  "from_period as fromPeriod",
  "assigned_by as assignedBy",
  "assigned_at as assignedAt",
] as const;

const statements = statementsFor((b) => ({
  one: prepare<{ unitId: number; fromPeriod: string }, QuestionnaireAssignment>((p) =>
    b.selectFrom("questionnaire_assignments").select(COLUMNS).where("unit_id", "=", p("unitId")).where("from_period", "=", p("fromPeriod")),
  ),
  all: prepare<Record<string, never>, QuestionnaireAssignment>(() => b.selectFrom("questionnaire_assignments").select(COLUMNS).orderBy("unit_id").orderBy("from_period")),
  insert: prepare<{ unitId: number; versionId: number; fromPeriod: string; by: number | null; at: string }, unknown>((p) =>
    b
      .insertInto("questionnaire_assignments")
      .values({ unit_id: p("unitId"), questionnaire_version_id: p("versionId"), from_period: p("fromPeriod"), assigned_by: p("by"), assigned_at: p("at") })
      .onConflict((c) => c.columns(["unit_id", "from_period"]).doNothing()),
  ),
  replace: prepare<{ unitId: number; versionId: number; fromPeriod: string; by: number | null; at: string; previous: number }, unknown>((p) =>
    b
      .updateTable("questionnaire_assignments")
      .set({ questionnaire_version_id: p("versionId"), assigned_by: p("by"), assigned_at: p("at") })
      .where("unit_id", "=", p("unitId"))
      .where("from_period", "=", p("fromPeriod"))
      .where("questionnaire_version_id", "=", p("previous")),
  ),
}));

const PERIOD = /^\d{4}-(0[1-9]|1[0-2])$/;

export function createQuestionnaireAssignmentStore(exec: SqlExecutor): QuestionnaireAssignmentStore {
  const q = statements(exec);
  return {
    async ofUnits(unitIds) {
      const found: QuestionnaireAssignment[] = [];
      for (const chunk of chunks([...new Set(unitIds)])) {
        const rows: QuestionnaireAssignment[] = await exec.query(
          exec.builder.selectFrom("questionnaire_assignments").select(COLUMNS).where("unit_id", "in", chunk).orderBy("unit_id").orderBy("from_period"),
        );
        found.push(...rows);
      }
      // Keys are YYYY-MM: their text order is their time order.
      return found.sort((x, y) => x.unitId - y.unitId || (x.fromPeriod < y.fromPeriod ? -1 : x.fromPeriod > y.fromPeriod ? 1 : 0));
    },

    all: () => exec.all(q.all, {}),

    async assign(entry) {
      if (!PERIOD.test(entry.fromPeriod)) throw new RangeError(`not a monthly period: ${entry.fromPeriod}`);
      const row = { unitId: entry.unitId, versionId: entry.questionnaireVersionId, fromPeriod: entry.fromPeriod, by: entry.by, at: sqlTime(entry.at) };
      // Read, then write only if it is still as read: of two racing assignments, one wins whole and the other sees it.
      return exec.transaction(async (tx) => {
        const current = await tx.first(q.one, { unitId: entry.unitId, fromPeriod: entry.fromPeriod });
        if (!current) {
          if ((await tx.run(q.insert, row)) === 1) return { change: "new" as const };
          throw new Error(`questionnaire assignment of unit ${entry.unitId} from ${entry.fromPeriod} was taken meanwhile`);
        }
        if (current.questionnaireVersionId === entry.questionnaireVersionId) return { change: "unchanged" as const };
        if ((await tx.run(q.replace, { ...row, previous: current.questionnaireVersionId })) !== 1) {
          throw new Error(`questionnaire assignment of unit ${entry.unitId} from ${entry.fromPeriod} changed meanwhile`);
        }
        return { change: "replaced" as const, previousVersionId: current.questionnaireVersionId };
      });
    },
  };
}
