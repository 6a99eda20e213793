import { answerValueSchema } from "../domain/questionnaire/answer-value.ts";
import type { AssessmentStatus, AssessmentStore, CellState, StoredAssessment } from "../ports/assessment-store.ts";
import { prepare, type SqlExecutor } from "./kysely/sql-executor.ts";
import { statementsFor } from "./kysely/statements.ts";
import { parseAnswerValue, parseStanding } from "./map-rows.ts";
import { sqlTime } from "./sql-time.ts";

interface AssessmentRow {
  id: number;
  unitId: number;
  periodId: number;
  questionnaireVersionId: number;
  status: string;
  standing: string | null;
}

interface StateRow {
  unitId: number;
  status: string;
  standing: string | null;
  answered: number | null;
  notes: string | null;
}

const STATUSES: readonly string[] = ["in_progress", "submitted", "not_reported"] satisfies readonly AssessmentStatus[];

/** Rows per multi-row statement: well under SQLite's bound-parameter limit on both databases. */
const CHUNK = 500;

const statements = statementsFor((b) => {
  const assessments = () =>
    b
      .selectFrom("assessments")
      .select(["id", "unit_id as unitId", "period_id as periodId", "questionnaire_version_id as questionnaireVersionId", "status", "standing"]);
  return {
    byId: prepare<{ id: number }, AssessmentRow>((p) => assessments().where("id", "=", p("id"))),
    byUnit: prepare<{ unitId: number; periodId: number }, AssessmentRow>((p) => assessments().where("unit_id", "=", p("unitId")).where("period_id", "=", p("periodId"))),
    answers: prepare<{ id: number }, { questionId: string; value: string }>((p) =>
      b.selectFrom("answers").select(["question_id as questionId", "value"]).where("assessment_id", "=", p("id")),
    ),
    create: prepare<{ unitId: number; periodId: number; questionnaireVersionId: number; at: string }, unknown>((p) =>
      b
        .insertInto("assessments")
        .values({ unit_id: p("unitId"), period_id: p("periodId"), questionnaire_version_id: p("questionnaireVersionId"), status: "in_progress", created_at: p("at"), updated_at: p("at") })
        .onConflict((c) => c.columns(["unit_id", "period_id"]).doNothing()),
    ),
    touch: prepare<{ id: number; at: string }, unknown>((p) =>
      b.updateTable("assessments").set({ updated_at: p("at") }).where("id", "=", p("id")).where("status", "=", "in_progress"),
    ),
    submit: prepare<{ id: number; score: number; fourGood: number; standing: string; by: number; at: string }, unknown>((p) =>
      b
        .updateTable("assessments")
        .set({ status: "submitted", score: p("score"), four_good: p("fourGood"), standing: p("standing"), submitted_at: p("at"), submitted_by: p("by"), updated_at: p("at") })
        .where("id", "=", p("id"))
        .where("status", "=", "in_progress"),
    ),
    deleteAnswer: prepare<{ id: number; questionId: string }, unknown>((p) =>
      b.deleteFrom("answers").where("assessment_id", "=", p("id")).where("question_id", "=", p("questionId")),
    ),
    upsertAnswer: prepare<{ id: number; questionId: string; value: string; by: number; at: string }, unknown>((p) =>
      b
        .insertInto("answers")
        .values({ assessment_id: p("id"), question_id: p("questionId"), value: p("value"), answered_by: p("by"), answered_at: p("at") })
        .onConflict((c) =>
          c.columns(["assessment_id", "question_id"]).doUpdateSet((eb) => ({
            value: eb.ref("excluded.value"),
            answered_by: eb.ref("excluded.answered_by"),
            answered_at: eb.ref("excluded.answered_at"),
          })),
        ),
    ),
    submittedUnits: prepare<{ periodId: number }, { unitId: number }>((p) =>
      b.selectFrom("assessments").select("unit_id as unitId").where("period_id", "=", p("periodId")).where("status", "=", "submitted").orderBy("unit_id"),
    ),
  };
});

function toStatus(value: string): AssessmentStatus {
  if (!STATUSES.includes(value)) throw new Error(`unknown assessment status ${value}`);
  return value as AssessmentStatus;
}

/** The standing is kept only for a submitted assessment; anything else reads as none. */
const standingOf = (status: AssessmentStatus, json: string | null) => (status === "submitted" && json !== null ? parseStanding(json) : null);

function chunks<T>(items: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) result.push(items.slice(i, i + CHUNK));
  return result;
}

function toCellState(unitId: number, row: StateRow | undefined): CellState {
  if (!row) return { unitId, status: "not_started", standing: null, notes: null };
  const stored = toStatus(row.status);
  const status = stored === "in_progress" && !row.answered ? "not_started" : stored;
  const note = row.notes === null ? undefined : answerValueSchema.parse(JSON.parse(row.notes));
  return { unitId, status, standing: standingOf(stored, row.standing), notes: note?.type === "text" ? note.value : null };
}

/** Closing a period's assessments for a batch of cells; returns the rows recorded. */
async function notReported(exec: SqlExecutor, periodId: number, questionnaireVersionId: number, cellIds: readonly number[], at: string): Promise<number> {
  const rows = cellIds.map((unitId) => ({ unit_id: unitId, period_id: periodId, questionnaire_version_id: questionnaireVersionId, status: "not_reported", created_at: at, updated_at: at }));
  const recorded = await exec.query(
    exec.builder
      .insertInto("assessments")
      .values(rows)
      .onConflict((c) =>
        c
          .columns(["unit_id", "period_id"])
          .doUpdateSet({ status: "not_reported", updated_at: at })
          // A submitted assessment stays submitted; the row is then neither changed nor returned.
          .where("assessments.status", "<>", "submitted"),
      )
      .returning("id"),
  );
  return recorded.length;
}

async function states(exec: SqlExecutor, periodId: number, unitIds: readonly number[], notesQuestionId: string): Promise<StateRow[]> {
  return exec.query(
    exec.builder
      .selectFrom("assessments as a")
      .select(["a.unit_id as unitId", "a.status", "a.standing"])
      .select((eb) => [
        eb
          .selectFrom("answers as c")
          .select((c) => c.fn.countAll<number>().as("n"))
          .whereRef("c.assessment_id", "=", "a.id")
          .as("answered"),
        eb
          .selectFrom("answers as n")
          .select("n.value")
          .whereRef("n.assessment_id", "=", "a.id")
          .where("n.question_id", "=", notesQuestionId)
          .as("notes"),
      ])
      .where("a.period_id", "=", periodId)
      .where("a.unit_id", "in", unitIds),
  );
}

export function createAssessmentStore(exec: SqlExecutor): AssessmentStore {
  const q = statements(exec);

  async function withAnswers(row: AssessmentRow): Promise<StoredAssessment> {
    const status = toStatus(row.status);
    const answers = await exec.all(q.answers, { id: row.id });
    return {
      id: row.id,
      unitId: row.unitId,
      periodId: row.periodId,
      questionnaireVersionId: row.questionnaireVersionId,
      status,
      answers: new Map(answers.map((a) => [a.questionId, parseAnswerValue(a.value)])),
      standing: standingOf(status, row.standing),
    };
  }

  const find = async (unitId: number, periodId: number): Promise<StoredAssessment | null> => {
    const row = await exec.first(q.byUnit, { unitId, periodId });
    return row ? withAnswers(row) : null;
  };

  return {
    async get(id) {
      const row = await exec.first(q.byId, { id });
      return row ? withAnswers(row) : null;
    },

    async open(unitId, periodId, questionnaireVersionId, at) {
      // A racing open of the same cell does nothing, and both read the one row.
      await exec.run(q.create, { unitId, periodId, questionnaireVersionId, at: sqlTime(at) });
      const found = await find(unitId, periodId);
      if (!found) throw new Error(`assessment for unit ${unitId} and period ${periodId} was not created`);
      return found;
    },

    async assessmentsOf(unitIds, periodId) {
      const found: StoredAssessment[] = [];
      for (const unitId of unitIds) {
        const assessment = await find(unitId, periodId);
        if (assessment) found.push(assessment);
      }
      return found;
    },

    answer(change) {
      const at = sqlTime(change.at);
      // The guard and the answers commit together: on PostgreSQL the guard's row lock keeps a submission out until then.
      return exec.transaction(async (tx) => {
        if ((await tx.run(q.touch, { id: change.assessmentId, at })) !== 1) return false;
        for (const questionId of change.clear) await tx.run(q.deleteAnswer, { id: change.assessmentId, questionId });
        for (const { questionId, value } of change.save) {
          await tx.run(q.upsertAnswer, { id: change.assessmentId, questionId, value: JSON.stringify(value), by: change.answeredBy, at });
        }
        return true;
      });
    },

    async submit(submission) {
      const { standing } = submission;
      const changed = await exec.run(q.submit, {
        id: submission.assessmentId,
        score: standing.score,
        fourGood: standing.fourGood ? 1 : 0,
        standing: JSON.stringify(standing),
        by: submission.submittedBy,
        at: sqlTime(submission.at),
      });
      return changed === 1;
    },

    recordNotReported(periodId, questionnaireVersionId, cellIds, at) {
      const stamp = sqlTime(at);
      // Atomic on its own: a period is closed for all its cells or for none.
      return exec.transaction(async (tx) => {
        let recorded = 0;
        for (const chunk of chunks(cellIds)) recorded += await notReported(tx, periodId, questionnaireVersionId, chunk, stamp);
        return recorded;
      });
    },

    async submittedUnitIds(periodId) {
      return (await exec.all(q.submittedUnits, { periodId })).map((r) => r.unitId);
    },

    async cellStates(periodId, unitIds, notesQuestionId) {
      const byUnit = new Map<number, StateRow>();
      for (const chunk of chunks(unitIds)) for (const row of await states(exec, periodId, chunk, notesQuestionId)) byUnit.set(row.unitId, row);
      return unitIds.map((unitId) => toCellState(unitId, byUnit.get(unitId)));
    },
  };
}
