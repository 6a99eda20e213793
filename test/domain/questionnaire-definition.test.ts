import { describe, expect, it } from "vitest";
import { DEFAULT_MONTHLY_CELL } from "../../src/domain/questionnaire/default-monthly-cell.ts";
import { loadQuestionnaire } from "../../src/domain/questionnaire/definition.ts";
import { itemCount } from "../../src/domain/questionnaire/flow.ts";
import { maxPointsOf } from "../../src/domain/scoring/compute-standing.ts";

describe("the default monthly questionnaire", () => {
  it("has 16 items over the four criteria, the last one optional free text", () => {
    expect(itemCount(DEFAULT_MONTHLY_CELL)).toBe(16);
    expect(DEFAULT_MONTHLY_CELL.criteria.map((c) => c.id)).toEqual(["I", "II", "III", "IV"]);
    const last = DEFAULT_MONTHLY_CELL.questions.at(-1);
    expect(last).toMatchObject({ item: 16, optional: true, answer: { type: "text", maxLength: 500 } });
  });

  it.each([1, 2, 3] as const)("its rules add up to 25 points per criterion in month %i of a quarter", (monthOfQuarter) => {
    for (const criterion of DEFAULT_MONTHLY_CELL.criteria) {
      const rules = DEFAULT_MONTHLY_CELL.rules.filter(
        (r) =>
          r.kind !== "veto" &&
          r.kind !== "flag" &&
          r.criterion === criterion.id &&
          (!r.when || !("monthOfQuarter" in r.when) || r.when.monthOfQuarter.includes(monthOfQuarter)),
      );
      const max = rules.reduce((sum, r) => (r.kind === "veto" || r.kind === "flag" ? sum : sum + maxPointsOf(r)), 0);
      expect(max, criterion.id).toBe(25);
    }
  });
});

describe("loading a questionnaire from data", () => {
  it("rejects a rule that points at a question that does not exist", () => {
    const broken = { ...structuredClone(DEFAULT_MONTHLY_CELL), rules: [{ kind: "choice", id: "x", criterion: "I", label: "rule-x", q: "q99", points: { a: 1 } }] };
    expect(() => loadQuestionnaire(broken)).toThrow(/unknown question q99/);
  });

  it("rejects duplicate question ids and unknown answer types", () => {
    const copy = structuredClone(DEFAULT_MONTHLY_CELL);
    expect(() => loadQuestionnaire({ ...copy, questions: [...copy.questions, copy.questions[0]] })).toThrow(/duplicate question id q1_held/);
    expect(() => loadQuestionnaire({ ...copy, questions: [{ ...copy.questions[0], answer: { type: "slider" } }] })).toThrow();
  });
});
