import { expect, it } from "vitest";
import type { AnswerValue } from "../../src/domain/questionnaire/answer-value.ts";
import { createAssessmentStore } from "../../src/storage/assessment-store.ts";
import type { SqlExecutor } from "../../src/storage/kysely/sql-executor.ts";
import { createPeriodStore } from "../../src/storage/period-store.ts";
import { eachDatabase } from "../support/each-database.ts";
import { addCells, addPeriod, AT, standing } from "./assessment-fixtures.ts";

const yes: AnswerValue = { type: "yes_no", value: "yes" };
const no: AnswerValue = { type: "yes_no", value: "no" };
const NOTES = "q16_notes";

eachDatabase("the assessment store", (open) => {
  /** One period and some cells, with the stores bound to the plain executor. */
  async function setup(cellCount = 3) {
    const exec = await open();
    const cells = await addCells(exec, cellCount);
    const period = await addPeriod(exec, "2026-11");
    return { exec, cells, period, store: createAssessmentStore(exec) };
  }
  const answerRows = (exec: SqlExecutor) => exec.query(exec.builder.selectFrom("answers").select(["question_id as questionId", "answered_by as answeredBy"]).orderBy("question_id"));

  it("creates a cell's assessment once, in progress, whoever opens it first", async () => {
    const { exec, cells, period, store } = await setup();
    const [unit] = cells as [number];
    const racing = await Promise.all([
      store.open(unit, period.id, period.questionnaireVersionId, AT),
      createAssessmentStore(exec).open(unit, period.id, period.questionnaireVersionId, AT),
    ]);
    expect(racing[0]).toEqual({ id: expect.any(Number), unitId: unit, periodId: period.id, questionnaireVersionId: period.questionnaireVersionId, status: "in_progress", answers: new Map(), standing: null });
    expect(racing[1]).toEqual(racing[0]);
    expect(await store.open(unit, period.id, period.questionnaireVersionId, AT)).toEqual(racing[0]);
    expect(await exec.query(exec.builder.selectFrom("assessments").select("id"))).toHaveLength(1);
    expect(await store.get(racing[0].id)).toEqual(racing[0]);
    expect(await store.get(racing[0].id + 1)).toBeNull();
  });

  it("saves answers as upserts and clears them", async () => {
    const { exec, cells, period, store } = await setup();
    const { id } = await store.open(cells[0] ?? 0, period.id, period.questionnaireVersionId, AT);
    expect(await store.answer({ assessmentId: id, answeredBy: 7, save: [{ questionId: "q1", value: yes }, { questionId: "q2", value: { type: "integer", value: 12 } }], clear: [], at: AT })).toBe(true);
    // Another secretary changes q1 and takes q2 back in the same turn.
    expect(await store.answer({ assessmentId: id, answeredBy: 8, save: [{ questionId: "q1", value: no }], clear: ["q2", "q9"], at: AT })).toBe(true);
    expect((await store.get(id))?.answers).toEqual(new Map([["q1", no]]));
    expect(await answerRows(exec)).toEqual([{ questionId: "q1", answeredBy: 8 }]);
    // Clearing, then saving the same item in one change keeps the saved answer.
    expect(await store.answer({ assessmentId: id, answeredBy: 8, save: [{ questionId: "q2", value: { type: "skipped" } }], clear: ["q2"], at: AT })).toBe(true);
    expect((await store.get(id))?.answers.get("q2")).toEqual({ type: "skipped" });
  });

  it("submits once; a second submit and any later answer are refused and change nothing", async () => {
    const { exec, cells, period, store } = await setup();
    const { id } = await store.open(cells[0] ?? 0, period.id, period.questionnaireVersionId, AT);
    await store.answer({ assessmentId: id, answeredBy: 7, save: [{ questionId: "q1", value: yes }], clear: [], at: AT });

    expect(await store.submit({ assessmentId: id, standing: standing(85), submittedBy: 7, at: AT })).toBe(true);
    expect(await store.submit({ assessmentId: id, standing: standing(40), submittedBy: 8, at: AT })).toBe(false);
    expect(await store.answer({ assessmentId: id, answeredBy: 8, save: [{ questionId: "q1", value: no }, { questionId: "q3", value: yes }], clear: [], at: AT })).toBe(false);
    expect(await store.answer({ assessmentId: id, answeredBy: 8, save: [], clear: ["q1"], at: AT })).toBe(false);

    expect(await store.get(id)).toMatchObject({ status: "submitted", standing: standing(85), answers: new Map([["q1", yes]]) });
    const [row] = await exec.query(exec.builder.selectFrom("assessments").select(["score", "four_good", "submitted_by", "submitted_at"]));
    expect(row).toEqual({ score: 85, four_good: 1, submitted_by: 7, submitted_at: "2026-11-20T03:00:00.000+00:00" });
    expect(await answerRows(exec)).toEqual([{ questionId: "q1", answeredBy: 7 }]);
  });

  it("reads a submitted assessment back whole: every answer and its standing", async () => {
    const { cells, period, store } = await setup();
    const { id } = await store.open(cells[0] ?? 0, period.id, period.questionnaireVersionId, AT);
    const answers = new Map<string, AnswerValue>([
      ["q1", yes],
      ["q2", { type: "integer", value: 12 }],
      ["q3", no],
      ["q4", { type: "text", value: "Họp chi bộ ngày 5" }],
    ]);
    await store.answer({ assessmentId: id, answeredBy: 7, save: [...answers].map(([questionId, value]) => ({ questionId, value })), clear: [], at: AT });
    await store.submit({ assessmentId: id, standing: standing(85), submittedBy: 7, at: AT });
    expect(await store.get(id)).toEqual({ id, unitId: cells[0], periodId: period.id, questionnaireVersionId: period.questionnaireVersionId, status: "submitted", answers, standing: standing(85) });
  });

  it("lets only one of two racing submits win", async () => {
    const { exec, cells, period, store } = await setup();
    const { id } = await store.open(cells[0] ?? 0, period.id, period.questionnaireVersionId, AT);
    const wins = await Promise.all([
      store.submit({ assessmentId: id, standing: standing(85), submittedBy: 7, at: AT }),
      createAssessmentStore(exec).submit({ assessmentId: id, standing: standing(40), submittedBy: 8, at: AT }),
    ]);
    expect(wins.filter(Boolean)).toHaveLength(1);
  });

  it("lands an answer racing a submission only if it came first", async () => {
    const { exec, cells, period, store } = await setup(6);
    for (const unit of cells) {
      const { id } = await store.open(unit, period.id, period.questionnaireVersionId, AT);
      const [answered, submitted] = await Promise.all([
        createAssessmentStore(exec).answer({ assessmentId: id, answeredBy: 7, save: [{ questionId: "q1", value: yes }], clear: [], at: AT }),
        createAssessmentStore(exec).submit({ assessmentId: id, standing: standing(85), submittedBy: 8, at: AT }),
      ]);
      expect(submitted).toBe(true);
      // Either the answer went in before the submission, or it was refused whole.
      expect((await store.get(id))?.answers.has("q1")).toBe(answered);
    }
  });

  it("keeps answers out when the caller's transaction fails", async () => {
    const { exec, cells, period, store } = await setup();
    const { id } = await store.open(cells[0] ?? 0, period.id, period.questionnaireVersionId, AT);
    await expect(
      exec.transaction(async (tx) => {
        await createAssessmentStore(tx).answer({ assessmentId: id, answeredBy: 7, save: [{ questionId: "q1", value: yes }], clear: [], at: AT });
        await createAssessmentStore(tx).submit({ assessmentId: id, standing: standing(85), submittedBy: 7, at: AT });
        throw new Error("the conversation changed meanwhile");
      }),
    ).rejects.toThrow();
    expect(await store.get(id)).toMatchObject({ status: "in_progress", answers: new Map() });
  });

  it("finds the assessments several cells already have for a period, creating none", async () => {
    const { exec, cells, period, store } = await setup(4);
    const [a, b, c, d] = cells as [number, number, number, number];
    const other = await addPeriod(exec, "2026-10");
    await store.open(c, period.id, period.questionnaireVersionId, AT);
    await store.open(a, period.id, period.questionnaireVersionId, AT);
    await store.open(b, other.id, other.questionnaireVersionId, AT);
    const found = await store.assessmentsOf([d, c, b, a], period.id);
    expect(found.map((x) => [x.unitId, x.periodId])).toEqual([
      [c, period.id],
      [a, period.id],
    ]);
    expect(await store.assessmentsOf([], period.id)).toEqual([]);
    expect(await exec.query(exec.builder.selectFrom("assessments").select("id"))).toHaveLength(3);
  });

  it("closing records the given cells without a submission as not reported, and leaves submitted ones", async () => {
    const { exec, cells, period, store } = await setup(4);
    const [submitted, started, untouched, elsewhere] = cells as [number, number, number, number];
    const s = await store.open(submitted, period.id, period.questionnaireVersionId, AT);
    await store.submit({ assessmentId: s.id, standing: standing(90), submittedBy: 1, at: AT });
    const st = await store.open(started, period.id, period.questionnaireVersionId, AT);
    await store.answer({ assessmentId: st.id, answeredBy: 1, save: [{ questionId: "q1", value: yes }], clear: [], at: AT });

    // As the close job does it: the period and its missing reports in one transaction.
    const recorded = await exec.transaction(async (tx) => {
      const closed = await createPeriodStore(tx).close("2026-11", AT);
      if (!closed) throw new Error("no period");
      return createAssessmentStore(tx).recordNotReported(closed.period.id, closed.period.questionnaireVersionId, [submitted, started, untouched], AT);
    });
    expect(recorded).toBe(2);

    expect(await store.get(s.id)).toMatchObject({ status: "submitted", standing: standing(90) });
    expect(await store.get(st.id)).toMatchObject({ status: "not_reported", standing: null, answers: new Map([["q1", yes]]) });
    expect((await store.assessmentsOf([untouched], period.id))[0]).toMatchObject({ status: "not_reported", questionnaireVersionId: period.questionnaireVersionId });
    // A cell not named is not the store's to judge.
    expect(await store.assessmentsOf([elsewhere], period.id)).toEqual([]);
    // Late work on a not-reported assessment is refused like work on a submitted one.
    expect(await store.answer({ assessmentId: st.id, answeredBy: 1, save: [{ questionId: "q2", value: yes }], clear: [], at: AT })).toBe(false);
    expect(await store.submit({ assessmentId: st.id, standing: standing(70), submittedBy: 1, at: AT })).toBe(false);
    expect(await store.submittedUnitIds(period.id)).toEqual([submitted]);
    // Running the close again records the same cells again and changes nothing else.
    expect(await store.recordNotReported(period.id, period.questionnaireVersionId, [submitted, started, untouched], AT)).toBe(2);
    expect(await store.recordNotReported(period.id, period.questionnaireVersionId, [], AT)).toBe(0);
  });

  it("gives each cell's state for a period: status, standing and notes", async () => {
    const { exec, cells, period, store } = await setup(5);
    const [done, started, empty, none, missed] = cells as [number, number, number, number, number];
    const d = await store.open(done, period.id, period.questionnaireVersionId, AT);
    await store.answer({ assessmentId: d.id, answeredBy: 1, save: [{ questionId: NOTES, value: { type: "text", value: "Họp đủ." } }], clear: [], at: AT });
    await store.submit({ assessmentId: d.id, standing: standing(88), submittedBy: 1, at: AT });
    const st = await store.open(started, period.id, period.questionnaireVersionId, AT);
    await store.answer({ assessmentId: st.id, answeredBy: 1, save: [{ questionId: "q1", value: yes }, { questionId: NOTES, value: { type: "skipped" } }], clear: [], at: AT });
    await store.open(empty, period.id, period.questionnaireVersionId, AT);
    await store.recordNotReported(period.id, period.questionnaireVersionId, [missed], AT);
    const other = await addPeriod(exec, "2026-12");
    await store.open(none, other.id, other.questionnaireVersionId, AT);

    const version = period.questionnaireVersionId;
    const november = [
      { unitId: none, status: "not_started", standing: null, notes: null, versionId: null },
      { unitId: done, status: "submitted", standing: standing(88), notes: "Họp đủ.", versionId: version },
      { unitId: started, status: "in_progress", standing: null, notes: null, versionId: version },
      { unitId: empty, status: "not_started", standing: null, notes: null, versionId: version },
      { unitId: missed, status: "not_reported", standing: null, notes: null, versionId: version },
    ];
    expect(await store.cellStates(period.id, [none, done, started, empty, missed], NOTES)).toEqual(november);
    expect(await store.cellStates(period.id, [], NOTES)).toEqual([]);
    expect(await store.cellStatesIn([], [none, done], NOTES)).toEqual([]);

    // Two months read together (a digest and the month before): each month's own states, in the order asked.
    const [december, again] = await store.cellStatesIn([other.id, period.id], [none, done, started, empty, missed], NOTES);
    expect(again).toEqual(november);
    expect(december?.map((c) => [c.status, c.versionId])).toEqual([
      ["not_started", other.questionnaireVersionId],
      ["not_started", null],
      ["not_started", null],
      ["not_started", null],
      ["not_started", null],
    ]);
  });

  it("closes and reads a province's worth of cells", async () => {
    const { cells, period, store } = await setup(1_234);
    const first = await store.open(cells[0] ?? 0, period.id, period.questionnaireVersionId, AT);
    await store.submit({ assessmentId: first.id, standing: standing(80), submittedBy: 1, at: AT });
    expect(await store.recordNotReported(period.id, period.questionnaireVersionId, cells, AT)).toBe(1_233);
    const states = await store.cellStates(period.id, cells, NOTES);
    expect(states.map((s) => s.unitId)).toEqual(cells);
    expect(states.filter((s) => s.status === "not_reported")).toHaveLength(1_233);
    expect(states[0]?.status).toBe("submitted");
  });
});
