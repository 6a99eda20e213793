import { expect, it } from "vitest";
import type { AnswerValue } from "../../src/domain/questionnaire/answer-value.ts";
import { createAssessmentStore } from "../../src/storage/assessment-store.ts";
import { eachDatabase } from "../support/each-database.ts";
import { addCells, addPeriod, AT, standing } from "./assessment-fixtures.ts";

const yes: AnswerValue = { type: "yes_no", value: "yes" };
const LATER = new Date("2026-11-22T08:30:00.000Z");

eachDatabase("the assessment store's submission facts", (open) => {
  it("gives each cell's submission time and whether it waits for a correction, in the order asked", async () => {
    const exec = await open();
    const [submitted, returned, resubmitted, started, none, closed] = (await addCells(exec, 6)) as [number, number, number, number, number, number];
    const period = await addPeriod(exec, "2026-11");
    const other = await addPeriod(exec, "2026-10");
    const store = createAssessmentStore(exec);
    const answered = async (unit: number, periodId = period.id) => {
      const { id } = await store.open(unit, periodId, period.questionnaireVersionId, AT);
      await store.answer({ assessmentId: id, answeredBy: 7, save: [{ questionId: "q1", value: yes }], clear: [], at: AT });
      return id;
    };
    await store.submit({ assessmentId: await answered(submitted), standing: standing(90), submittedBy: 7, at: AT });
    const back = await answered(returned);
    await store.submit({ assessmentId: back, standing: standing(90), submittedBy: 7, at: AT });
    expect(await store.returnForCorrection({ assessmentId: back, by: null, reason: "Câu 2 ghi nhầm", at: LATER })).toBe(true);
    const again = await answered(resubmitted);
    await store.submit({ assessmentId: again, standing: standing(90), submittedBy: 7, at: AT });
    await store.returnForCorrection({ assessmentId: again, by: null, reason: "Câu 2 ghi nhầm", at: AT });
    await store.submit({ assessmentId: again, standing: standing(95), submittedBy: 7, at: LATER });
    await answered(started);
    await store.recordNotReported(period.id, period.questionnaireVersionId, [closed], AT);
    // Another period's submission is not this one's.
    await store.submit({ assessmentId: await answered(none, other.id), standing: standing(90), submittedBy: 7, at: AT });

    const facts = await store.submissionFacts(period.id, [none, closed, started, resubmitted, returned, submitted]);
    expect(facts.map((f) => [f.unitId, f.submittedAt === null ? null : new Date(f.submittedAt).toISOString(), f.returned])).toEqual([
      [none, null, false],
      [closed, null, false],
      [started, null, false],
      [resubmitted, LATER.toISOString(), false],
      [returned, null, true],
      [submitted, AT.toISOString(), false],
    ]);
    expect(await store.submissionFacts(period.id, [])).toEqual([]);
  });

  it("reads a province's cells in chunks", async () => {
    const exec = await open();
    const cells = await addCells(exec, 1_201);
    const period = await addPeriod(exec, "2026-11");
    const store = createAssessmentStore(exec);
    await store.recordNotReported(period.id, period.questionnaireVersionId, cells, AT);
    const facts = await store.submissionFacts(period.id, cells);
    expect(facts.map((f) => f.unitId)).toEqual(cells);
    expect(facts.every((f) => f.submittedAt === null && !f.returned)).toBe(true);
  });
});
