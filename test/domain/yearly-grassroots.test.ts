import { describe, expect, it } from "vitest";
import type { Decision } from "../../src/domain/annual/annual-types.ts";
import { committeeAnswersOf } from "../../src/domain/annual/committee-answers.ts";
import { grassrootsCriteria, type CriterionSource, type GrassrootsAnswers, type GrassrootsCriterionId } from "../../src/domain/annual/grassroots-criteria.ts";
import type { Answers, AnswerValue } from "../../src/domain/questionnaire/answer-value.ts";
import { questionnaireContentHash } from "../../src/domain/questionnaire/content-hash.ts";
import { DEFAULT_MONTHLY_CELL } from "../../src/domain/questionnaire/default-monthly-cell.ts";
import { loadQuestionnaire } from "../../src/domain/questionnaire/definition.ts";
import { itemCount } from "../../src/domain/questionnaire/flow.ts";
import { YEARLY_GRASSROOTS } from "../../src/domain/questionnaire/yearly-grassroots.ts";
import { computeStanding } from "../../src/domain/scoring/compute-standing.ts";
import { YEAR } from "./annual/annual-fixtures.ts";

const yes: AnswerValue = { type: "yes_no", value: "yes" };
const no: AnswerValue = { type: "yes_no", value: "no" };
const pair = (a: number, b: number): AnswerValue => ({ type: "integers", values: [a, b] });
const rating = (option: string): AnswerValue => ({ type: "choice", option });
const percent = (value: number): AnswerValue => ({ type: "percent", value });

/** A complete, favourable self-assessment. */
const FULL: Readonly<Record<string, AnswerValue>> = {
  y1_implements: yes,
  y2_leadership: yes,
  y3_targets: pair(5, 5),
  y4_disunity: no,
  y5_inspections: pair(4, 4),
  y6_rating: rating("org-good"),
  y7_share_good: percent(95),
  y8_notes: { type: "skipped" },
};
const answers = (changes: Readonly<Record<string, AnswerValue | undefined>> = {}): Answers =>
  new Map(Object.entries({ ...FULL, ...changes }).filter((e): e is [string, AnswerValue] => e[1] !== undefined));

describe("the grassroots committee's yearly questionnaire", () => {
  it("is data like the monthly one: 8 items, not scored, the last one optional free text", () => {
    expect(YEARLY_GRASSROOTS.code).toBe("yearly-grassroots");
    expect(itemCount(YEARLY_GRASSROOTS)).toBe(8);
    expect(YEARLY_GRASSROOTS.criteria).toEqual([]);
    expect(YEARLY_GRASSROOTS.questions.at(-1)).toMatchObject({ item: 8, optional: true, answer: { type: "text", maxLength: 500 } });
    // Read back from its stored JSON, it is the same definition.
    expect(loadQuestionnaire(JSON.parse(JSON.stringify(YEARLY_GRASSROOTS)))).toEqual(YEARLY_GRASSROOTS);
  });

  it("leaves the monthly questionnaire's content, and so its stored hash, as it was", () => {
    expect(questionnaireContentHash(DEFAULT_MONTHLY_CELL)).toBe("07b17a189301f97f8490c7c545c072f4d897f2712c99833c39b18b40523c352e");
  });

  it("an unscored questionnaire has no score and is never 'four-good'", () => {
    const standing = computeStanding(YEARLY_GRASSROOTS, { answers: answers(), memberCount: 41, monthOfQuarter: 3 });
    expect(standing).toMatchObject({ criteria: [], score: 0, maxScore: 0, fourGood: false, flags: [] });
  });

  it("refuses a questionnaire with criteria but no bands, or without criteria but with scoring rules", () => {
    expect(() => loadQuestionnaire({ ...structuredClone(DEFAULT_MONTHLY_CELL), bands: [] })).toThrow(/at least one band/);
    const scoredRule = { kind: "choice", id: "x", criterion: "I", label: "rule-x", q: "y1_implements", points: { yes: 1 } };
    expect(() => loadQuestionnaire({ ...structuredClone(YEARLY_GRASSROOTS), rules: [scoredRule] })).toThrow(/unscored questionnaire/);
    expect(() => loadQuestionnaire({ ...structuredClone(DEFAULT_MONTHLY_CELL), criteria: DEFAULT_MONTHLY_CELL.criteria.slice(0, 2) })).toThrow(/four criteria/);
  });
});

describe("what a submitted self-assessment says about the nine criteria", () => {
  // [case, answers, what committeeAnswersOf reads (a subset)]
  const cases: [string, Answers, GrassrootsAnswers][] = [
    ["everything favourable", answers(), { implementsPromptly: true, innovatesLeadership: true, targetsAssigned: 5, targetsMet: 5, executiveUnited: true, executiveDisunity: "none", inspectionPlanDone: true, selfRating: "good", selfShareGoodPercent: 95 }],
    ["directives not implemented, methods not renewed", answers({ y1_implements: no, y2_leadership: no }), { implementsPromptly: false, innovatesLeadership: false }],
    ["a disunity case resolved is still united", answers({ y4_disunity: yes, y4_resolved: yes }), { executiveUnited: true, executiveDisunity: "resolved" }],
    ["a disunity case not resolved", answers({ y4_disunity: yes, y4_resolved: no }), { executiveUnited: false, executiveDisunity: "unresolved" }],
    ["3 of 4 planned inspections", answers({ y5_inspections: pair(4, 3) }), { inspectionPlanDone: false, inspectionsPlanned: 4, inspectionsDone: 3 }],
    ["no inspection planned at all is no plan done", answers({ y5_inspections: pair(0, 0) }), { inspectionPlanDone: false }],
    ["excellent, 100 %", answers({ y6_rating: rating("org-excellent"), y7_share_good: percent(100) }), { selfRating: "excellent", selfShareGoodPercent: 100 }],
  ];
  it.each(cases)("%s", (_, given, expected) => {
    expect(committeeAnswersOf(given)).toMatchObject(expected);
  });

  it("reads nothing it was not told: a missing answer stays missing, a stale follow-up behind 'no' is ignored", () => {
    expect(committeeAnswersOf(new Map())).toEqual({});
    const read = committeeAnswersOf(answers({ y4_disunity: undefined, y4_resolved: no, y6_rating: rating("org-bogus") }));
    expect(read).not.toHaveProperty("executiveUnited");
    expect(read).not.toHaveProperty("selfRating");
    expect(committeeAnswersOf(answers({ y4_disunity: no, y4_resolved: no }))).toMatchObject({ executiveUnited: true, executiveDisunity: "none" });
    // "Yes" without its follow-up yet tells nothing about criterion 4.
    expect(committeeAnswersOf(answers({ y4_disunity: yes }))).not.toHaveProperty("executiveUnited");
  });
});

describe("answered criteria: met, not met, missing", () => {
  /** No cells: what decides is the committee's own answer (the cells' part is tested in grassroots-criteria.test.ts). */
  const run = (given: GrassrootsAnswers, id: GrassrootsCriterionId) => {
    const criterion = grassrootsCriteria({ year: YEAR, cells: [], answers: given, memberCount: 41 }).criteria.find((c) => c.id === id);
    if (!criterion) throw new Error(`no criterion ${id}`);
    return criterion;
  };
  // [case, criterion, the self-assessment's answers (undefined: none submitted), entered by the committee above, met, source, figures (a subset)]
  type Case = [string, GrassrootsCriterionId, Answers | undefined, GrassrootsAnswers, Decision, CriterionSource, Record<string, unknown>];
  const cases: Case[] = [
    ["1 answered yes", 1, answers(), {}, true, "answered", {}],
    ["1 answered no", 1, answers({ y1_implements: no }), {}, false, "answered", {}],
    ["1 not answered", 1, undefined, {}, null, "missing", {}],
    ["2 answered yes", 2, answers(), {}, true, "answered", {}],
    ["2 answered no", 2, answers({ y2_leadership: no }), {}, false, "answered", {}],
    ["2 not answered", 2, undefined, {}, null, "missing", {}],
    ["3 all 5 targets met", 3, answers(), {}, true, "answered", { assigned: 5, met: 5 }],
    ["3 4 of 5 targets met", 3, answers({ y3_targets: pair(5, 4) }), {}, false, "answered", { assigned: 5, met: 4 }],
    ["3 not answered", 3, undefined, {}, null, "missing", {}],
    ["4 no disunity", 4, answers(), {}, true, "answered", { executiveDisunity: "none" }],
    ["4 disunity resolved", 4, answers({ y4_disunity: yes, y4_resolved: yes }), {}, true, "answered", { executiveDisunity: "resolved" }],
    ["4 disunity unresolved", 4, answers({ y4_disunity: yes, y4_resolved: no }), {}, false, "answered", { executiveDisunity: "unresolved" }],
    ["4 not answered", 4, undefined, {}, null, "missing", {}],
    ["7 every planned inspection done", 7, answers(), {}, true, "answered", { planned: 4, done: 4 }],
    ["7 an inspection left undone", 7, answers({ y5_inspections: pair(4, 3) }), {}, false, "answered", { planned: 4, done: 3 }],
    ["7 not answered", 7, undefined, {}, null, "missing", {}],
    ["9 rated good by itself, 95 %", 9, answers(), {}, true, "answered", { rating: "good", ratingFrom: "self", percent: 95, shareFrom: "self" }],
    ["9 rated 'complete' by itself", 9, answers({ y6_rating: rating("org-complete") }), {}, false, "answered", { rating: "complete" }],
    ["9 85 % of members by its own count", 9, answers({ y7_share_good: percent(85) }), {}, false, "answered", { percent: 85 }],
    ["9 the committee above rated it 'complete': its decision wins", 9, answers(), { orgRating: "complete" }, false, "answered", { rating: "complete", ratingFrom: "entered", shareFrom: "self" }],
    ["9 the committee above entered 100 %: its figure wins", 9, answers({ y7_share_good: percent(80) }), { membersShareGoodPercent: 100 }, true, "answered", { percent: 100, shareFrom: "entered" }],
    ["9 nothing answered, nothing entered", 9, undefined, {}, null, "missing", {}],
  ];
  it.each(cases)("%s", (_, id, given, entered, met, source, figures) => {
    const criterion = run({ ...(given ? committeeAnswersOf(given) : {}), ...entered }, id);
    expect(criterion.met).toBe(met);
    expect(criterion.source).toBe(source);
    expect(criterion.figures).toMatchObject(figures);
  });
});
