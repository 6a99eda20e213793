import { sql } from "kysely";
import { answerValueSchema, type AnswerValue } from "../domain/questionnaire/answer-value.ts";
import type { Standing } from "../domain/scoring/standing.ts";
import type { AssessmentMonth, AssessmentRevision, AssessmentStatus, AssessmentStore, CellMonths, CellState, StoredAssessment, SubmissionFacts } from "../ports/assessment-store.ts";
import { chunks } from "./chunks.ts";
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
  periodId: number;
  versionId: number;
  status: string;
  standing: string | null;
  answered: number | null;
  notes: string | null;
}

interface RevisionRow {
  revision: number;
  standing: string;
  submittedBy: number;
  submittedAt: string;
  returnedAt: string | null;
  returnedBy: number | null;
  returnReason: string | null;
}

interface MonthRow {
  id: number;
  unitId: number;
  periodId: number;
  status: string;
  standing: string | null;
}

/** A return's reason: like the cells' free-text answers, short. */
const REASON_MAX = 500;

const STATUSES: readonly string[] = ["in_progress", "submitted", "not_reported"] satisfies readonly AssessmentStatus[];

const statements = statementsFor((b) => {
  const assessments = () =>
    b
      .selectFrom("assessments")
      .select(["id", "unit_id as unitId", "period_id as periodId", "questionnaire_version_id as questionnaireVersionId", "status", "standing"]);
  return {
    // An assessment and its answers in one statement (a turn reads one each time): a row per
    // answer, or one without when there is none; the standing, possibly long, on one row only.
    byIdWithAnswers: prepare<{ id: number }, AssessmentRow & { questionId: string | null; value: string | null }>((p) =>
      b
        .selectFrom("assessments as a")
        .leftJoin("answers as n", "n.assessment_id", "a.id")
        .select(["a.id", "a.unit_id as unitId", "a.period_id as periodId", "a.questionnaire_version_id as questionnaireVersionId", "a.status", "n.question_id as questionId", "n.value"])
        .select(sql<string | null>`case when row_number() over () = 1 then ${sql.ref("a.standing")} end`.as("standing"))
        .where("a.id", "=", p("id")),
    ),
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
    // Keeps the assessment's current submission as its next revision, unless it is kept already
    // (an unreturned revision is the current submission): `submit` and `returnForCorrection` both
    // run it while holding the assessment's row, so revision numbers cannot collide.
    keepSubmission: prepare<{ id: number }, unknown>((p) =>
      b.insertInto("assessment_revisions").columns(["assessment_id", "revision", "standing", "score", "four_good", "submitted_at", "submitted_by"]).expression(
        b
          .selectFrom("assessments as a")
          .select((eb) => [
            "a.id",
            eb(eb.fn.coalesce(eb.selectFrom("assessment_revisions as r").select((r) => r.fn.max("r.revision").as("n")).whereRef("r.assessment_id", "=", "a.id"), eb.lit(0)), "+", eb.lit(1)).as("revision"),
            "a.standing",
            "a.score",
            "a.four_good",
            "a.submitted_at",
            "a.submitted_by",
          ])
          .where("a.id", "=", p("id"))
          .where("a.status", "=", "submitted")
          // Never null on a row `submit` wrote; a row written otherwise is left out rather than failing the return.
          .where("a.standing", "is not", null)
          .where("a.score", "is not", null)
          .where("a.four_good", "is not", null)
          .where("a.submitted_at", "is not", null)
          .where("a.submitted_by", "is not", null)
          .where((eb) => eb.not(eb.exists(eb.selectFrom("assessment_revisions as k").select("k.id").whereRef("k.assessment_id", "=", "a.id").where("k.returned_at", "is", null)))),
      ),
    ),
    // Takes the row (on PostgreSQL, its lock until commit) only while it is submitted.
    holdSubmitted: prepare<{ id: number; at: string }, unknown>((p) =>
      b.updateTable("assessments").set({ updated_at: p("at") }).where("id", "=", p("id")).where("status", "=", "submitted"),
    ),
    markReturned: prepare<{ id: number; at: string; by: number | null; reason: string }, unknown>((p) =>
      b
        .updateTable("assessment_revisions")
        .set({ returned_at: p("at"), returned_by: p("by"), return_reason: p("reason") })
        .where("assessment_id", "=", p("id"))
        .where("returned_at", "is", null),
    ),
    reopen: prepare<{ id: number }, unknown>((p) =>
      b
        .updateTable("assessments")
        .set({ status: "in_progress", standing: null, score: null, four_good: null, submitted_at: null, submitted_by: null })
        .where("id", "=", p("id"))
        .where("status", "=", "submitted"),
    ),
    reopenNotReported: prepare<{ id: number; at: string }, unknown>((p) =>
      b.updateTable("assessments").set({ status: "in_progress", updated_at: p("at") }).where("id", "=", p("id")).where("status", "=", "not_reported"),
    ),
    reopenPeriodNotReported: prepare<{ periodId: number; at: string }, unknown>((p) =>
      b.updateTable("assessments").set({ status: "in_progress", updated_at: p("at") }).where("period_id", "=", p("periodId")).where("status", "=", "not_reported"),
    ),
    revisions: prepare<{ id: number }, RevisionRow>((p) =>
      b
        .selectFrom("assessment_revisions")
        .select([
          "revision",
          "standing",
          "submitted_by as submittedBy",
          "submitted_at as submittedAt",
          "returned_at as returnedAt",
          "returned_by as returnedBy",
          "return_reason as returnReason",
        ])
        .where("assessment_id", "=", p("id"))
        .orderBy("revision"),
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

function toCellState(unitId: number, row: StateRow | undefined): CellState {
  if (!row) return { unitId, status: "not_started", standing: null, notes: null, versionId: null };
  const stored = toStatus(row.status);
  const status = stored === "in_progress" && !row.answered ? "not_started" : stored;
  const note = row.notes === null ? undefined : answerValueSchema.parse(JSON.parse(row.notes));
  return { unitId, status, standing: standingOf(stored, row.standing), notes: note?.type === "text" ? note.value : null, versionId: row.versionId };
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

async function states(exec: SqlExecutor, periodIds: readonly number[], unitIds: readonly number[], notesQuestionId: string): Promise<StateRow[]> {
  return exec.query(
    exec.builder
      .selectFrom("assessments as a")
      .select(["a.unit_id as unitId", "a.period_id as periodId", "a.questionnaire_version_id as versionId", "a.status", "a.standing"])
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
      .where("a.period_id", "in", periodIds)
      .where("a.unit_id", "in", unitIds),
  );
}

/**
 * A chunk of cells' submission times, and whether each was returned and not resubmitted: an
 * in-progress assessment with a returned revision (every revision of it then is returned).
 */
async function submissionFactsOf(exec: SqlExecutor, periodId: number, unitIds: readonly number[]): Promise<SubmissionFacts[]> {
  const rows = await exec.query(
    exec.builder
      .selectFrom("assessments as a")
      .select(["a.unit_id as unitId", "a.status", "a.submitted_at as submittedAt"])
      .select((eb) => eb.exists(eb.selectFrom("assessment_revisions as r").select("r.id").whereRef("r.assessment_id", "=", "a.id").where("r.returned_at", "is not", null)).as("wasReturned"))
      .where("a.period_id", "=", periodId)
      .where("a.unit_id", "in", unitIds),
  );
  return rows.map((row) => ({
    unitId: row.unitId,
    submittedAt: row.status === "submitted" ? row.submittedAt : null,
    // SQLite answers EXISTS with 0 or 1, PostgreSQL with a boolean.
    returned: row.status === "in_progress" && Boolean(row.wasReturned),
  }));
}

function toRevision(row: RevisionRow): AssessmentRevision {
  return {
    revision: row.revision,
    standing: parseStanding(row.standing),
    submittedBy: row.submittedBy,
    submittedAt: row.submittedAt,
    returned: row.returnedAt === null ? null : { at: row.returnedAt, by: row.returnedBy, reason: row.returnReason ?? "" },
  };
}

/**
 * The assessments of a chunk of cells in the given periods, with their (asked-for) answers,
 * parsed chunk by chunk so that a province's year is never held as raw JSON all at once.
 * `values` shares the parsed answer values of the call: most are the same few (yes, no, 0…).
 */
async function monthsOfChunk(
  exec: SqlExecutor,
  unitIds: readonly number[],
  keyOf: ReadonlyMap<number, string>,
  questionIds: readonly string[] | undefined,
  values: Map<string, AnswerValue>,
): Promise<Map<number, AssessmentMonth[]>> {
  const ofCells = exec.builder.selectFrom("assessments").where("unit_id", "in", unitIds).where("period_id", "in", [...keyOf.keys()]);
  const answers = new Map<number, Map<string, AnswerValue>>();
  if (questionIds?.length !== 0) {
    let query = exec.builder
      .selectFrom("answers")
      .select(["assessment_id as assessmentId", "question_id as questionId", "value"])
      .where("assessment_id", "in", ofCells.select("id"));
    if (questionIds) query = query.where("question_id", "in", questionIds);
    for (const a of await exec.query(query)) {
      let value = values.get(a.value);
      if (!value) values.set(a.value, (value = parseAnswerValue(a.value)));
      let of = answers.get(a.assessmentId);
      if (!of) answers.set(a.assessmentId, (of = new Map()));
      of.set(a.questionId, value);
    }
  }
  const byUnit = new Map<number, AssessmentMonth[]>();
  const rows: MonthRow[] = await exec.query(ofCells.select(["id", "unit_id as unitId", "period_id as periodId", "status", "standing"]));
  // The last submission of each assessment not submitted now whose last revision was returned
  // for correction (only such assessments have revisions without being submitted).
  const returned = new Map<number, Standing>();
  if (rows.some((row) => toStatus(row.status) !== "submitted")) {
    const lastReturned = exec.builder
      .selectFrom("assessment_revisions as r")
      .select(["r.assessment_id as assessmentId", "r.standing"])
      .where("r.assessment_id", "in", ofCells.where("status", "<>", "submitted").select("id"))
      .where("r.returned_at", "is not", null)
      .where((eb) => eb("r.revision", "=", eb.selectFrom("assessment_revisions as l").select((l) => l.fn.max("l.revision").as("n")).whereRef("l.assessment_id", "=", "r.assessment_id")));
    for (const row of await exec.query(lastReturned)) returned.set(row.assessmentId, parseStanding(row.standing));
  }
  for (const row of rows) {
    const status = toStatus(row.status);
    let list = byUnit.get(row.unitId);
    if (!list) byUnit.set(row.unitId, (list = []));
    const last = returned.get(row.id);
    list.push({
      periodId: row.periodId,
      periodKey: keyOf.get(row.periodId) ?? "",
      status,
      standing: standingOf(status, row.standing),
      answers: answers.get(row.id) ?? new Map(),
      ...(last ? { returned: last } : {}),
    });
  }
  return byUnit;
}


export function createAssessmentStore(exec: SqlExecutor): AssessmentStore {
  const q = statements(exec);

  async function cellStatesIn(periodIds: readonly number[], unitIds: readonly number[], notesQuestionId: string): Promise<CellState[][]> {
    if (periodIds.length === 0) return [];
    const byPeriod = new Map(periodIds.map((periodId) => [periodId, new Map<number, StateRow>()]));
    for (const chunk of chunks(unitIds)) for (const row of await states(exec, periodIds, chunk, notesQuestionId)) byPeriod.get(row.periodId)?.set(row.unitId, row);
    return periodIds.map((periodId) => unitIds.map((unitId) => toCellState(unitId, byPeriod.get(periodId)?.get(unitId))));
  }

  async function withAnswers(row: AssessmentRow): Promise<StoredAssessment> {
    return stored(row, await exec.all(q.answers, { id: row.id }));
  }

  function stored(row: AssessmentRow, answers: readonly { questionId: string; value: string }[]): StoredAssessment {
    const status = toStatus(row.status);
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
    async countOfUnit(unitId) {
      const [row] = await exec.query(exec.builder.selectFrom("assessments").select((eb) => eb.fn.countAll<number | string>().as("n")).where("unit_id", "=", unitId));
      return Number(row?.n ?? 0);
    },

    async get(id) {
      const rows = await exec.all(q.byIdWithAnswers, { id });
      const [first] = rows;
      if (!first) return null;
      const standing = rows.find((r) => r.standing !== null)?.standing ?? null;
      const answers = rows.flatMap((r) => (r.questionId !== null && r.value !== null ? [{ questionId: r.questionId, value: r.value }] : []));
      return stored({ ...first, standing }, answers);
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
      // The submission and its revision commit together; the update holds the row for the insert.
      return exec.transaction(async (tx) => {
        const changed = await tx.run(q.submit, {
          id: submission.assessmentId,
          score: standing.score,
          fourGood: standing.fourGood ? 1 : 0,
          standing: JSON.stringify(standing),
          by: submission.submittedBy,
          at: sqlTime(submission.at),
        });
        if (changed !== 1) return false;
        await tx.run(q.keepSubmission, { id: submission.assessmentId });
        return true;
      });
    },

    async returnForCorrection(correction) {
      const { assessmentId: id, by, reason } = correction;
      if (reason.trim().length === 0 || reason.length > REASON_MAX) throw new RangeError(`a return's reason must be 1–${REASON_MAX} characters`);
      const at = sqlTime(correction.at);
      return exec.transaction(async (tx) => {
        // Of two returns (or a return and anything else), the one holding the row decides; the other then finds it not submitted.
        if ((await tx.run(q.holdSubmitted, { id, at })) !== 1) return false;
        // A submission from before revisions existed is kept now.
        await tx.run(q.keepSubmission, { id });
        await tx.run(q.markReturned, { id, at, by, reason });
        await tx.run(q.reopen, { id });
        return true;
      });
    },

    reopenNotReported: async (assessmentId, at) => (await exec.run(q.reopenNotReported, { id: assessmentId, at: sqlTime(at) })) === 1,

    reopenPeriodNotReported: (periodId, at) => exec.run(q.reopenPeriodNotReported, { periodId, at: sqlTime(at) }),

    async revisions(assessmentId) {
      return (await exec.all(q.revisions, { id: assessmentId })).map(toRevision);
    },

    async monthsOf(unitIds, periods, questionIds) {
      const keyOf = new Map(periods.map((p) => [p.id, p.key]));
      const byUnit = new Map<number, AssessmentMonth[]>();
      const values = new Map<string, AnswerValue>();
      if (keyOf.size > 0) {
        for (const chunk of chunks([...new Set(unitIds)])) {
          for (const [unitId, months] of await monthsOfChunk(exec, chunk, keyOf, questionIds, values)) {
            // Keys are YYYY-MM: their text order is their time order.
            byUnit.set(unitId, months.sort((x, y) => (x.periodKey < y.periodKey ? -1 : x.periodKey > y.periodKey ? 1 : 0)));
          }
        }
      }
      return unitIds.map((unitId): CellMonths => ({ unitId, months: byUnit.get(unitId) ?? [] }));
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
      const [only] = await cellStatesIn([periodId], unitIds, notesQuestionId);
      return only ?? [];
    },

    cellStatesIn,

    async submissionFacts(periodId, unitIds) {
      const byUnit = new Map<number, SubmissionFacts>();
      for (const chunk of chunks([...new Set(unitIds)])) for (const facts of await submissionFactsOf(exec, periodId, chunk)) byUnit.set(facts.unitId, facts);
      return unitIds.map((unitId) => byUnit.get(unitId) ?? { unitId, submittedAt: null, returned: false });
    },

    async versionsOf(periodId, unitIds) {
      const versions = new Map<number, number>();
      for (const chunk of chunks([...new Set(unitIds)])) {
        const rows = await exec.query(
          exec.builder.selectFrom("assessments").select(["unit_id as unitId", "questionnaire_version_id as versionId"]).where("period_id", "=", periodId).where("unit_id", "in", chunk),
        );
        for (const row of rows) versions.set(row.unitId, row.versionId);
      }
      return versions;
    },
  };
}
