import { expect, it } from "vitest";
import type { AnswerValue } from "../../src/domain/questionnaire/answer-value.ts";
import { createAssessmentStore } from "../../src/storage/assessment-store.ts";
import type { SqlExecutor } from "../../src/storage/kysely/sql-executor.ts";
import { createPeriodStore } from "../../src/storage/period-store.ts";
import { eachDatabase } from "../support/each-database.ts";
import { addCells, addPeriod, AT, standing } from "./assessment-fixtures.ts";

const yes: AnswerValue = { type: "yes_no", value: "yes" };
const no: AnswerValue = { type: "yes_no", value: "no" };
const LATER = new Date("2026-11-22T08:30:00.000Z");
const LATEST = new Date("2026-11-25T01:00:00.000Z");

eachDatabase("the assessment store's corrections", (open) => {
  async function setup(cellCount = 1) {
    const exec = await open();
    const cells = await addCells(exec, cellCount);
    const period = await addPeriod(exec, "2026-11");
    const store = createAssessmentStore(exec);
    return { exec, cells, period, store };
  }
  /** An assessment of the first cell with one answer, submitted at AT. */
  async function submitted() {
    const s = await setup();
    const { id } = await s.store.open(s.cells[0] ?? 0, s.period.id, s.period.questionnaireVersionId, AT);
    await s.store.answer({ assessmentId: id, answeredBy: 7, save: [{ questionId: "q1", value: yes }], clear: [], at: AT });
    expect(await s.store.submit({ assessmentId: id, standing: standing(85), submittedBy: 7, at: AT })).toBe(true);
    return { ...s, id };
  }
  const revisionRows = (exec: SqlExecutor) => exec.query(exec.builder.selectFrom("assessment_revisions").select(["assessment_id", "revision", "returned_at"]).orderBy("revision"));

  it("keeps each submission as a revision, the first being revision 1", async () => {
    const { store, id } = await submitted();
    expect(await store.revisions(id)).toEqual([{ revision: 1, standing: standing(85), submittedBy: 7, submittedAt: "2026-11-20T03:00:00.000+00:00", returned: null }]);
    // A refused submission keeps nothing.
    expect(await store.submit({ assessmentId: id, standing: standing(40), submittedBy: 8, at: LATER })).toBe(false);
    expect(await store.revisions(id)).toHaveLength(1);
    expect(await store.revisions(id + 1)).toEqual([]);
  });

  it("returns a submitted assessment for correction: in progress again, answers kept, the submission kept as returned", async () => {
    const { exec, store, id, period } = await submitted();
    expect(await store.returnForCorrection({ assessmentId: id, by: 3, reason: "Số đảng viên dự họp chưa khớp.", at: LATER })).toBe(true);

    expect(await store.get(id)).toMatchObject({ status: "in_progress", standing: null, answers: new Map([["q1", yes]]) });
    const [row] = await exec.query(exec.builder.selectFrom("assessments").select(["status", "score", "four_good", "standing", "submitted_at", "submitted_by"]));
    expect(row).toEqual({ status: "in_progress", score: null, four_good: null, standing: null, submitted_at: null, submitted_by: null });
    expect(await store.revisions(id)).toEqual([
      {
        revision: 1,
        standing: standing(85),
        submittedBy: 7,
        submittedAt: "2026-11-20T03:00:00.000+00:00",
        returned: { at: "2026-11-22T08:30:00.000+00:00", by: 3, reason: "Số đảng viên dự họp chưa khớp." },
      },
    ]);
    expect(await store.submittedUnitIds(period.id)).toEqual([]);

    // The cell corrects and submits again: revision 2, the current one.
    expect(await store.answer({ assessmentId: id, answeredBy: 7, save: [{ questionId: "q1", value: no }], clear: [], at: LATEST })).toBe(true);
    expect(await store.submit({ assessmentId: id, standing: standing(60, false), submittedBy: 8, at: LATEST })).toBe(true);
    expect(await store.get(id)).toMatchObject({ status: "submitted", standing: standing(60, false), answers: new Map([["q1", no]]) });
    const revisions = await store.revisions(id);
    expect(revisions.map((r) => [r.revision, r.standing.score, r.submittedBy, r.returned?.by ?? null])).toEqual([
      [1, 85, 7, 3],
      [2, 60, 8, null],
    ]);

    // Returned again, then again submitted: revisions only grow.
    expect(await store.returnForCorrection({ assessmentId: id, by: null, reason: "Thiếu ghi chú.", at: LATEST })).toBe(true);
    expect(await store.submit({ assessmentId: id, standing: standing(90), submittedBy: 7, at: LATEST })).toBe(true);
    expect((await store.revisions(id)).map((r) => [r.revision, r.returned === null ? "current" : r.returned.reason])).toEqual([
      [1, "Số đảng viên dự họp chưa khớp."],
      [2, "Thiếu ghi chú."],
      [3, "current"],
    ]);
    expect(await revisionRows(exec)).toHaveLength(3);
  });

  it("returns only a submitted assessment", async () => {
    const { exec, cells, period, store } = await setup(2);
    const [started, missed] = cells as [number, number];
    const st = await store.open(started, period.id, period.questionnaireVersionId, AT);
    await store.recordNotReported(period.id, period.questionnaireVersionId, [missed], AT);
    const [m] = await store.assessmentsOf([missed], period.id);

    expect(await store.returnForCorrection({ assessmentId: st.id, by: 3, reason: "?", at: LATER })).toBe(false);
    expect(await store.returnForCorrection({ assessmentId: m?.id ?? 0, by: 3, reason: "?", at: LATER })).toBe(false);
    expect(await store.returnForCorrection({ assessmentId: st.id + 100, by: 3, reason: "?", at: LATER })).toBe(false);
    expect(await store.get(m?.id ?? 0)).toMatchObject({ status: "not_reported" });
    expect(await revisionRows(exec)).toEqual([]);
  });

  it("refuses a return without a reason, or with one over 500 characters, writing nothing", async () => {
    const { store, id } = await submitted();
    await expect(store.returnForCorrection({ assessmentId: id, by: 3, reason: "  ", at: LATER })).rejects.toThrow(RangeError);
    await expect(store.returnForCorrection({ assessmentId: id, by: 3, reason: "x".repeat(501), at: LATER })).rejects.toThrow(RangeError);
    expect(await store.returnForCorrection({ assessmentId: id, by: 3, reason: "x".repeat(500), at: LATER })).toBe(true);
  });

  it("rolls a return back with the caller's transaction", async () => {
    const { exec, store, id } = await submitted();
    await expect(
      exec.transaction(async (tx) => {
        expect(await createAssessmentStore(tx).returnForCorrection({ assessmentId: id, by: 3, reason: "Sai.", at: LATER })).toBe(true);
        throw new Error("the audit failed");
      }),
    ).rejects.toThrow();
    expect(await store.get(id)).toMatchObject({ status: "submitted", standing: standing(85) });
    expect((await store.revisions(id))[0]?.returned).toBeNull();
  });

  it("lets only one of two racing returns win", async () => {
    const { exec, cells, period, store } = await setup(4);
    for (const unit of cells) {
      const { id } = await store.open(unit, period.id, period.questionnaireVersionId, AT);
      await store.submit({ assessmentId: id, standing: standing(85), submittedBy: 7, at: AT });
      const wins = await Promise.all([
        createAssessmentStore(exec).returnForCorrection({ assessmentId: id, by: 3, reason: "first", at: LATER }),
        createAssessmentStore(exec).returnForCorrection({ assessmentId: id, by: 4, reason: "second", at: LATEST }),
      ]);
      expect(wins.filter(Boolean)).toHaveLength(1);
      const revisions = await store.revisions(id);
      expect(revisions).toHaveLength(1);
      expect(revisions[0]?.returned?.reason).toBe(wins[0] ? "first" : "second");
      expect(await store.get(id)).toMatchObject({ status: "in_progress" });
    }
  });

  it("keeps the history consistent when a submission races a return", async () => {
    const { exec, cells, period, store } = await setup(6);
    for (const unit of cells) {
      // Submitted once, then the return of that submission races a resubmission.
      const { id } = await store.open(unit, period.id, period.questionnaireVersionId, AT);
      await store.submit({ assessmentId: id, standing: standing(85), submittedBy: 7, at: AT });
      const [returned, resubmitted] = await Promise.all([
        createAssessmentStore(exec).returnForCorrection({ assessmentId: id, by: 3, reason: "Sai.", at: LATER }),
        createAssessmentStore(exec).submit({ assessmentId: id, standing: standing(95), submittedBy: 8, at: LATEST }),
      ]);
      expect(returned).toBe(true);
      const revisions = await store.revisions(id);
      const current = await store.get(id);
      if (resubmitted) {
        // The return went first, the resubmission after it.
        expect(revisions.map((r) => [r.revision, r.standing.score, r.returned === null])).toEqual([
          [1, 85, false],
          [2, 95, true],
        ]);
        expect(current).toMatchObject({ status: "submitted", standing: standing(95) });
      } else {
        expect(revisions.map((r) => [r.revision, r.standing.score, r.returned === null])).toEqual([[1, 85, false]]);
        expect(current).toMatchObject({ status: "in_progress", standing: null });
      }
    }
    // A submission and the return of it, started together: either the return finds nothing yet, or it returns that submission.
    for (const unit of cells) {
      const other = await addPeriod(exec, `2027-0${cells.indexOf(unit) + 1}`);
      const { id } = await store.open(unit, other.id, other.questionnaireVersionId, AT);
      const [submittedNow, returned] = await Promise.all([
        createAssessmentStore(exec).submit({ assessmentId: id, standing: standing(70), submittedBy: 7, at: AT }),
        createAssessmentStore(exec).returnForCorrection({ assessmentId: id, by: 3, reason: "Sai.", at: LATER }),
      ]);
      expect(submittedNow).toBe(true);
      const revisions = await store.revisions(id);
      expect(revisions).toHaveLength(1);
      expect(revisions[0]?.returned !== null).toBe(returned);
      expect((await store.get(id))?.status).toBe(returned ? "in_progress" : "submitted");
    }
  });

  it("keeps, on its return, a submission made before revisions existed", async () => {
    const { exec, store, id } = await submitted();
    // As if submitted by an older version: the assessment row only.
    await exec.query(exec.builder.deleteFrom("assessment_revisions"));
    expect(await store.returnForCorrection({ assessmentId: id, by: 3, reason: "Sai.", at: LATER })).toBe(true);
    expect(await store.revisions(id)).toEqual([
      { revision: 1, standing: standing(85), submittedBy: 7, submittedAt: "2026-11-20T03:00:00.000+00:00", returned: { at: "2026-11-22T08:30:00.000+00:00", by: 3, reason: "Sai." } },
    ]);
    expect(await store.submit({ assessmentId: id, standing: standing(88), submittedBy: 7, at: LATEST })).toBe(true);
    expect((await store.revisions(id)).map((r) => r.revision)).toEqual([1, 2]);
  });

  it("closing a period again records a returned, uncorrected assessment as not reported", async () => {
    const { exec, store, id, period } = await submitted();
    const periods = createPeriodStore(exec);
    await periods.close("2026-11", AT);
    await store.returnForCorrection({ assessmentId: id, by: 3, reason: "Sai.", at: LATER });
    const cell = (await store.get(id))?.unitId ?? 0;
    expect(await store.recordNotReported(period.id, period.questionnaireVersionId, [cell], LATEST)).toBe(1);
    expect(await store.get(id)).toMatchObject({ status: "not_reported", answers: new Map([["q1", yes]]) });
    expect((await store.revisions(id))[0]?.returned?.reason).toBe("Sai.");
  });

  it("reopens a not-reported assessment for a late report, once, keeping its answers", async () => {
    const { exec, cells, period, store } = await setup(3);
    const [late, done, started] = cells as [number, number, number];
    const l = await store.open(late, period.id, period.questionnaireVersionId, AT);
    await store.answer({ assessmentId: l.id, answeredBy: 7, save: [{ questionId: "q1", value: yes }], clear: [], at: AT });
    const d = await store.open(done, period.id, period.questionnaireVersionId, AT);
    await store.submit({ assessmentId: d.id, standing: standing(85), submittedBy: 7, at: AT });
    const s = await store.open(started, period.id, period.questionnaireVersionId, AT);
    await createPeriodStore(exec).close("2026-11", AT);
    await store.recordNotReported(period.id, period.questionnaireVersionId, [late, done], AT);

    const racing = await Promise.all([store.reopenNotReported(l.id, LATER), createAssessmentStore(exec).reopenNotReported(l.id, LATER)]);
    expect(racing.filter(Boolean)).toHaveLength(1);
    expect(await store.reopenNotReported(d.id, LATER)).toBe(false);
    expect(await store.reopenNotReported(s.id, LATER)).toBe(false);
    expect(await store.get(l.id)).toMatchObject({ status: "in_progress", answers: new Map([["q1", yes]]) });
    expect(await store.get(d.id)).toMatchObject({ status: "submitted" });
    // The late cell answers and submits as usual.
    expect(await store.answer({ assessmentId: l.id, answeredBy: 7, save: [{ questionId: "q2", value: no }], clear: [], at: LATER })).toBe(true);
    expect(await store.submit({ assessmentId: l.id, standing: standing(75, false), submittedBy: 7, at: LATER })).toBe(true);
    expect((await store.revisions(l.id)).map((r) => r.revision)).toEqual([1]);
  });

  it("reopens every not-reported assessment of a reopened period, and no other", async () => {
    const { exec, cells, period, store } = await setup(4);
    const [missed, started, done, untouched] = cells as [number, number, number, number];
    const st = await store.open(started, period.id, period.questionnaireVersionId, AT);
    await store.answer({ assessmentId: st.id, answeredBy: 7, save: [{ questionId: "q1", value: yes }], clear: [], at: AT });
    const d = await store.open(done, period.id, period.questionnaireVersionId, AT);
    await store.submit({ assessmentId: d.id, standing: standing(85), submittedBy: 7, at: AT });
    const other = await addPeriod(exec, "2026-10");
    await store.recordNotReported(other.id, other.questionnaireVersionId, [missed], AT);
    await store.recordNotReported(period.id, period.questionnaireVersionId, [missed, started, done], AT);

    expect(await store.reopenPeriodNotReported(period.id, LATER)).toBe(2);
    expect(await store.reopenPeriodNotReported(period.id, LATER)).toBe(0);
    expect((await store.cellStates(period.id, [missed, started, done, untouched], "q16_notes")).map((c) => c.status)).toEqual(["not_started", "in_progress", "submitted", "not_started"]);
    expect((await store.get(st.id))?.answers).toEqual(new Map([["q1", yes]]));
    expect((await store.assessmentsOf([missed], other.id))[0]?.status).toBe("not_reported");
  });
});
