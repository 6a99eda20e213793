import { expect, it } from "vitest";
import type { AnswerValue } from "../../src/domain/questionnaire/answer-value.ts";
import { createAssessmentStore } from "../../src/storage/assessment-store.ts";
import type { SqlExecutor } from "../../src/storage/kysely/sql-executor.ts";
import { createPeriodStore } from "../../src/storage/period-store.ts";
import { eachDatabase } from "../support/each-database.ts";
import { addCells, addPeriod, AT, standing } from "./assessment-fixtures.ts";

const yes: AnswerValue = { type: "yes_no", value: "yes" };
const minutes: AnswerValue = { type: "integer", value: 95 };

eachDatabase("the assessment store's months of a year", (open) => {
  /** The periods of 2026 (opened out of order) and one of 2025. */
  async function year(exec: SqlExecutor, months: readonly number[]) {
    for (const m of months) await addPeriod(exec, `2026-${String(m).padStart(2, "0")}`);
    await addPeriod(exec, "2025-12");
    return createPeriodStore(exec).ofYear(2026);
  }

  it("gives each cell's assessments of the year, oldest month first, with status, standing and answers", async () => {
    const exec = await open();
    const [a, b, c] = (await addCells(exec, 3)) as [number, number, number];
    const periods = await year(exec, [3, 1, 2]);
    expect(periods.map((p) => p.key)).toEqual(["2026-01", "2026-02", "2026-03"]);
    const [jan, feb, mar] = periods as [(typeof periods)[0], (typeof periods)[0], (typeof periods)[0]];
    const store = createAssessmentStore(exec);

    const aMar = await store.open(a, mar.id, mar.questionnaireVersionId, AT);
    await store.answer({ assessmentId: aMar.id, answeredBy: 1, save: [{ questionId: "q1", value: yes }], clear: [], at: AT });
    const aJan = await store.open(a, jan.id, jan.questionnaireVersionId, AT);
    await store.answer({ assessmentId: aJan.id, answeredBy: 1, save: [{ questionId: "q1", value: yes }, { questionId: "q3", value: minutes }], clear: [], at: AT });
    await store.submit({ assessmentId: aJan.id, standing: standing(92), submittedBy: 1, at: AT });
    await store.recordNotReported(feb.id, feb.questionnaireVersionId, [a, b], AT);
    // Another year's assessment is not asked for.
    const old = (await createPeriodStore(exec).findByKey("2025-12"))!;
    await store.open(c, old.id, old.questionnaireVersionId, AT);

    const result = await store.monthsOf([c, a, b], periods);
    expect(result).toEqual([
      { unitId: c, months: [] },
      {
        unitId: a,
        months: [
          { periodId: jan.id, periodKey: "2026-01", status: "submitted", standing: standing(92), answers: new Map<string, AnswerValue>([["q1", yes], ["q3", minutes]]) },
          { periodId: feb.id, periodKey: "2026-02", status: "not_reported", standing: null, answers: new Map() },
          { periodId: mar.id, periodKey: "2026-03", status: "in_progress", standing: null, answers: new Map([["q1", yes]]) },
        ],
      },
      { unitId: b, months: [{ periodId: feb.id, periodKey: "2026-02", status: "not_reported", standing: null, answers: new Map() }] },
    ]);

    // Only the asked-for items are read.
    const only = await store.monthsOf([a], periods, ["q3", "q9"]);
    expect(only[0]?.months.map((m) => m.answers)).toEqual([new Map([["q3", minutes]]), new Map(), new Map()]);
    const none = await store.monthsOf([a], periods, []);
    expect(none[0]?.months.map((m) => [m.periodKey, m.status, m.answers.size])).toEqual([
      ["2026-01", "submitted", 0],
      ["2026-02", "not_reported", 0],
      ["2026-03", "in_progress", 0],
    ]);

    expect(await store.monthsOf([], periods)).toEqual([]);
    expect(await store.monthsOf([a, b], [])).toEqual([
      { unitId: a, months: [] },
      { unitId: b, months: [] },
    ]);
  });

  it("gives a month returned for correction and not sent again its last submission's standing", async () => {
    const exec = await open();
    const [a, b] = (await addCells(exec, 2)) as [number, number];
    const periods = await year(exec, [1, 2]);
    const [jan, feb] = periods as [(typeof periods)[0], (typeof periods)[0]];
    const store = createAssessmentStore(exec);
    const aJan = await store.open(a, jan.id, jan.questionnaireVersionId, AT);
    await store.submit({ assessmentId: aJan.id, standing: standing(70), submittedBy: 1, at: AT });
    await store.returnForCorrection({ assessmentId: aJan.id, by: 2, reason: "Sai số có mặt.", at: AT });
    await store.submit({ assessmentId: aJan.id, standing: standing(88), submittedBy: 1, at: AT });
    await store.returnForCorrection({ assessmentId: aJan.id, by: 2, reason: "Vẫn sai.", at: AT });
    await store.recordNotReported(jan.id, jan.questionnaireVersionId, [a, b], AT);
    // Returned, then sent again: nothing to fall back on.
    const aFeb = await store.open(a, feb.id, feb.questionnaireVersionId, AT);
    await store.submit({ assessmentId: aFeb.id, standing: standing(60), submittedBy: 1, at: AT });
    await store.returnForCorrection({ assessmentId: aFeb.id, by: 2, reason: "Sai.", at: AT });
    await store.submit({ assessmentId: aFeb.id, standing: standing(95), submittedBy: 1, at: AT });

    const [months, other] = await store.monthsOf([a, b], periods);
    expect(months?.months.map((m) => [m.periodKey, m.status, m.standing?.score ?? null, m.returned?.score ?? null])).toEqual([
      ["2026-01", "not_reported", null, 88],
      ["2026-02", "submitted", 95, null],
    ]);
    expect(other?.months.map((m) => m.returned)).toEqual([undefined]);
  });

  it("reads a province's year: 1,234 cells over twelve months", async () => {
    const exec = await open();
    const cells = await addCells(exec, 1_234);
    const periods = await year(exec, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    const store = createAssessmentStore(exec);
    for (const p of periods) await store.recordNotReported(p.id, p.questionnaireVersionId, cells, AT);
    // Answers for every assessment, written in bulk as scaffolding.
    const ids = (await exec.query(exec.builder.selectFrom("assessments").select("id"))).map((r) => r.id);
    for (let i = 0; i < ids.length; i += 250) {
      const rows = ids.slice(i, i + 250).flatMap((id) => [
        { assessment_id: id, question_id: "q1", value: JSON.stringify(yes), answered_at: "2026-11-20T03:00:00.000+00:00" },
        { assessment_id: id, question_id: "q3", value: JSON.stringify(minutes), answered_at: "2026-11-20T03:00:00.000+00:00" },
      ]);
      await exec.query(exec.builder.insertInto("answers").values(rows));
    }
    const started = performance.now();
    const result = await store.monthsOf(cells, periods, ["q1"]);
    const took = performance.now() - started;
    expect(result.map((r) => r.unitId)).toEqual(cells);
    expect(result.every((r) => r.months.length === 12 && r.months.every((m) => m.status === "not_reported" && m.answers.get("q1")?.type === "yes_no" && m.answers.size === 1))).toBe(true);
    expect(result[0]?.months.map((m) => m.periodKey)).toEqual(periods.map((p) => p.key));
    // Generous: a few hundred ms here; a query per cell would take seconds.
    expect(took).toBeLessThan(5_000);
  });
});
