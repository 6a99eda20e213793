import { describe, expect, it } from "vitest";
import type { AnswerValue } from "../../src/domain/questionnaire/answer-value.ts";
import { DEFAULT_MONTHLY_CELL } from "../../src/domain/questionnaire/default-monthly-cell.ts";
import type { CriterionId } from "../../src/domain/questionnaire/definition.ts";
import { computeStanding } from "../../src/domain/scoring/compute-standing.ts";
import { PERFECT, int, ints, no, pct, pick, yes } from "../support/answers.ts";

function standing(overrides: Record<string, AnswerValue | undefined>, monthOfQuarter: 1 | 2 | 3 = 2, memberCount = 20) {
  const answers = new Map(Object.entries({ ...PERFECT, ...overrides }).filter((e): e is [string, AnswerValue] => e[1] !== undefined));
  return computeStanding(DEFAULT_MONTHLY_CELL, { answers, memberCount, monthOfQuarter });
}
const criterion = (s: ReturnType<typeof standing>, id: CriterionId) => s.criteria.find((c) => c.id === id);

describe("monthly standing with the default questionnaire", () => {
  it("gives 25/25 per criterion and four-good for a perfect month", () => {
    const s = standing({});
    expect(s.criteria.map((c) => [c.id, c.points, c.max, c.met])).toEqual([
      ["I", 25, 25, true],
      ["II", 25, 25, true],
      ["III", 25, 25, true],
      ["IV", 25, 25, true],
    ]);
    expect(s).toMatchObject({ score: 100, maxScore: 100, fourGood: true, band: "band-excellent", flags: [] });
  });

  // [case, overrides, criterion, expected points, expected met, rule id, rule points]
  const cases: [string, Record<string, AnswerValue | undefined>, CriterionId, number, boolean, string, number][] = [
    ["attendance > 85% with nobody absent without reason", { q2_attendance: ints(20, 18, 0) }, "II", 25, true, "attendance", 10],
    ["attendance > 85% but one absent without reason", { q2_attendance: ints(20, 18, 1) }, "II", 20, true, "attendance", 5],
    ["attendance exactly 85% is not above 85%", { q2_attendance: ints(20, 17, 0) }, "II", 20, true, "attendance", 5],
    ["attendance 70%", { q2_attendance: ints(20, 14, 0) }, "II", 20, true, "attendance", 5],
    ["attendance below 70%", { q2_attendance: ints(20, 13, 0) }, "II", 15, false, "attendance", 0],
    ["90 minutes is enough for a plain meeting", { q3_minutes: int(90) }, "II", 25, true, "duration", 5],
    ["89 minutes is not", { q3_minutes: int(89) }, "II", 20, true, "duration", 0],
    ["a combined meeting needs 120 minutes", { q3_minutes: int(100), q3_combined: yes }, "II", 20, true, "duration", 0],
    ["a combined meeting of 120 minutes", { q3_minutes: int(120), q3_combined: yes }, "II", 25, true, "duration", 5],
    ["preparation: only one of the two", { q4_preparation: pick("prep-one") }, "II", 22, true, "preparation", 2],
    ["preparation: neither", { q4_preparation: pick("prep-neither") }, "II", 20, true, "preparation", 0],
    ["thematic meeting only scheduled, mid-quarter", { q5_thematic: pick("thematic-scheduled") }, "II", 25, true, "thematic", 5],
    ["thematic meeting not yet, mid-quarter", { q5_thematic: pick("thematic-not-yet") }, "II", 20, true, "thematic", 0],
    ["tasks: none set", { q6_tasks: ints(0, 0) }, "I", 5, false, "tasks-set", 0],
    ["tasks: 80% done", { q6_tasks: ints(5, 4) }, "I", 20, true, "tasks-done", 10],
    ["tasks: 50% done", { q6_tasks: ints(4, 2) }, "I", 15, false, "tasks-done", 5],
    ["tasks: under 50% done", { q6_tasks: ints(5, 2) }, "I", 10, false, "tasks-done", 0],
    ["documents partly implemented", { q7_documents: pick("docs-partial") }, "I", 22, true, "documents", 2],
    ["documents not implemented", { q7_documents: pick("docs-not") }, "I", 20, true, "documents", 0],
    ["no new documents counts as done", { q7_documents: pick("docs-none-issued") }, "I", 25, true, "documents", 5],
    ["discipline found by the cell itself", { q8_discipline: yes, q8_found_by: pick("found-by-cell") }, "III", 20, true, "discipline", 5],
    ["disunity resolved", { q9_unity: yes, q9_resolved: yes }, "III", 22, true, "unity", 2],
    ["dues 90%", { q10_dues: int(18) }, "III", 23, true, "dues", 3],
    ["dues below 90%", { q10_dues: int(17) }, "III", 20, true, "dues", 0],
    ["members lapsing for 2 months", { q11_lapsed: yes }, "III", 20, true, "lapsed", 0],
    ["task share 90%", { q12_task_share: pct(90) }, "IV", 22, true, "task-share", 7],
    ["task share 80%", { q12_task_share: pct(80) }, "IV", 19, false, "task-share", 4],
    ["task share below 80%", { q12_task_share: pct(79.5) }, "IV", 15, false, "task-share", 0],
    ["a member breaking the rules", { q13_violations: int(1) }, "IV", 20, true, "violations", 0],
    ["no candidates left, reported", { q14_development: pick("dev-none-left") }, "IV", 23, true, "development", 3],
    ["no candidates and none admitted", { q14_development: ints(0, 0) }, "IV", 20, true, "development", 0],
    ["one admitted, no candidates in training", { q14_development: ints(0, 1) }, "IV", 25, true, "development", 5],
    ["e-handbook 70%", { q15_handbook: int(14) }, "IV", 23, true, "handbook", 3],
    ["e-handbook below 70%", { q15_handbook: int(13) }, "IV", 20, true, "handbook", 0],
  ];

  it.each(cases)("%s", (_, overrides, id, points, met, ruleId, rulePoints) => {
    const c = criterion(standing(overrides), id);
    expect(c?.points).toBe(points);
    expect(c?.met).toBe(met);
    expect(c?.outcomes.find((o) => o.ruleId === ruleId)?.points).toBe(rulePoints);
  });

  describe("gates and vetoes", () => {
    it("no regular meeting: criterion II scores 0 and is not met, the others are unaffected", () => {
      const s = standing({ q1_held: no, q1_date: undefined, q2_attendance: undefined, q3_minutes: undefined, q3_combined: undefined, q4_preparation: undefined });
      expect(criterion(s, "II")).toMatchObject({ points: 0, met: false, vetoes: [{ ruleId: "meeting-held", zeroes: true }] });
      expect(s.score).toBe(75);
      expect(s.fourGood).toBe(false);
    });

    it("last month of the quarter: only a held thematic meeting scores, and its absence vetoes II", () => {
      const scheduled = criterion(standing({ q5_thematic: pick("thematic-scheduled") }, 3), "II");
      expect(scheduled).toMatchObject({ points: 20, met: false, vetoes: [{ ruleId: "thematic-missing", zeroes: false }] });
      expect(criterion(standing({}, 3), "II")).toMatchObject({ points: 25, met: true, vetoes: [] });
    });

    it("discipline found by a higher level vetoes III even with enough points", () => {
      const c = criterion(standing({ q8_discipline: yes, q8_found_by: pick("found-by-higher") }), "III");
      expect(c).toMatchObject({ points: 15, met: false, vetoes: [{ ruleId: "discipline-higher" }] });
    });

    it("unresolved disunity vetoes III", () => {
      const c = criterion(standing({ q9_unity: yes, q9_resolved: no }), "III");
      expect(c).toMatchObject({ points: 20, met: false, vetoes: [{ ruleId: "unity-unresolved" }] });
    });
  });

  it("raises early warnings for lapsing members and violations", () => {
    expect(standing({ q11_lapsed: yes, q11_count: int(2), q13_violations: int(1) }).flags).toEqual(["flag-lapsed-members", "flag-violations"]);
  });

  it("explains a shortfall with the next threshold", () => {
    const outcome = criterion(standing({ q10_dues: int(15) }), "III")?.outcomes.find((o) => o.ruleId === "dues");
    expect(outcome).toEqual({ ruleId: "dues", label: "rule-dues", max: 5, points: 0, unit: "percent", value: 75, need: { op: "≥", threshold: 90, points: 3 } });
  });

  it("uses the score bands 90 / 70 / 50", () => {
    const bandOf = (overrides: Record<string, AnswerValue | undefined>) => standing(overrides).band;
    expect(bandOf({ q6_tasks: ints(5, 4) })).toBe("band-excellent"); // 95
    expect(bandOf({ q6_tasks: ints(0, 0), q9_unity: yes, q9_resolved: no })).toBe("band-good"); // 75
    expect(bandOf({ q1_held: no, q6_tasks: ints(0, 0) })).toBe("band-fair"); // 55
    expect(bandOf({ q1_held: no, q6_tasks: ints(0, 0), q12_task_share: pct(0), q13_violations: int(2) })).toBe("band-weak"); // 40
  });
});
