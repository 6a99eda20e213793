import type { UnitRef } from "../domain/org.ts";
import { isPeriodKey, monthOfQuarter, parsePeriodKey } from "../domain/period.ts";
import type { AnswerValue, Answers } from "../domain/questionnaire/answer-value.ts";
import type { Question, QuestionnaireDefinition } from "../domain/questionnaire/definition.ts";
import { liveAnswers, visibleQuestions } from "../domain/questionnaire/flow.ts";
import { computeStanding } from "../domain/scoring/compute-standing.ts";
import type { Standing } from "../domain/scoring/standing.ts";
import type { AssessmentStatus } from "../ports/assessment-store.ts";
import type { App } from "./open-app.ts";
import { versionName } from "./questionnaire-file.ts";

export interface RescoredCell {
  readonly unit: UnitRef;
  readonly status: AssessmentStatus | "not_started";
  /** The version it was answered with, when it has an assessment. */
  readonly oldVersion: string | null;
  /** As scored at submission; null when not submitted. */
  readonly old: { readonly score: number; readonly maxScore: number; readonly fourGood: boolean } | null;
  /** Under the new definition, from the answers given; null when the cell gave no answer at all. */
  readonly new: Standing | null;
  /** Questions the new definition asks that the answers do not cover (or cover with an answer of another kind): scored as unanswered, never guessed. */
  readonly missing: readonly Question[];
}

export type RescoreOutcome =
  | { readonly ok: true; readonly period: string; readonly name: string; readonly scope: UnitRef | null; readonly cells: readonly RescoredCell[] }
  | { readonly ok: false; readonly reason: "unknown-period" | "unknown-unit" | "not-monthly" | "unscored"; readonly code: string };

/** Whether a stored answer is one the new question can take: same kind, an option it offers, as many numbers. */
export function answerFits(question: Question, value: AnswerValue): boolean {
  const spec = question.answer;
  switch (value.type) {
    case "yes_no":
      return spec.type === "yes_no";
    case "integer":
      return spec.type === "integer" && value.value >= spec.min;
    case "integers":
      return spec.type === "integers" && value.values.length === spec.parts.length && value.values.every((n) => n >= spec.min);
    case "percent":
      return spec.type === "percent";
    case "choice":
      return (spec.type === "choice" || spec.type === "integers") && (spec.options ?? []).includes(value.option);
    case "date":
      return spec.type === "date_in_period";
    case "text":
      return spec.type === "text";
    case "skipped":
      return question.optional === true;
  }
}

const BATCH = 500;

/**
 * What-if (issue 13): the cells of a period scored again under a new definition, from the answers
 * they gave, beside the score they were given — read only, nothing is stored. An answer the new
 * questionnaire cannot take (its question is gone, changed kind, or lost the option chosen) is
 * left out; questions it then asks that have no answer are listed as missing and score nothing.
 */
export async function rescoreQuestionnaire(
  app: Pick<App, "stores">,
  definition: QuestionnaireDefinition,
  query: { readonly periodKey: string; readonly unitCode?: string },
): Promise<RescoreOutcome> {
  const { stores } = app;
  // A questionnaire without criteria (the yearly one) gives no score to compare.
  if (definition.criteria.length === 0) return { ok: false, reason: "unscored", code: versionName(definition) };
  if (!isPeriodKey(query.periodKey)) return { ok: false, reason: "not-monthly", code: query.periodKey };
  const period = await stores.periods.findByKey(query.periodKey);
  if (!period) return { ok: false, reason: "unknown-period", code: query.periodKey };
  let scope: UnitRef | null = null;
  if (query.unitCode !== undefined) {
    scope = await stores.org.findUnit(query.unitCode);
    if (!scope) return { ok: false, reason: "unknown-unit", code: query.unitCode };
  }
  const cells = scope ? await stores.org.subtree(scope.id, "cell") : await stores.org.unitsOfKind("cell");
  const versions = new Map((await stores.questionnaires.list()).map((v) => [v.id, versionName(v)]));
  const quarterMonth = monthOfQuarter(parsePeriodKey(period.key)?.month ?? 1);
  const byId = new Map(definition.questions.map((q) => [q.id, q]));
  const result: RescoredCell[] = [];
  for (let start = 0; start < cells.length; start += BATCH) {
    const batch = cells.slice(start, start + BATCH);
    const ids = batch.map((c) => c.id);
    const [months, versionOf] = await Promise.all([stores.assessments.monthsOf(ids, [{ id: period.id, key: period.key }]), stores.assessments.versionsOf(period.id, ids)]);
    batch.forEach((unit, i) => {
      const month = months[i]?.months[0];
      const versionId = versionOf.get(unit.id);
      const given: Answers = new Map([...(month?.answers ?? new Map<string, AnswerValue>())].filter(([id, value]) => {
        const question = byId.get(id);
        return question !== undefined && answerFits(question, value);
      }));
      const ctx = { answers: given, memberCount: unit.memberCount, monthOfQuarter: quarterMonth };
      const answered = (month?.answers.size ?? 0) > 0;
      const standing = month?.standing ?? null;
      result.push({
        unit,
        status: month?.status ?? "not_started",
        oldVersion: versionId === undefined ? null : (versions.get(versionId) ?? String(versionId)),
        old: standing ? { score: standing.score, maxScore: standing.maxScore, fourGood: standing.fourGood } : null,
        new: answered ? computeStanding(definition, { ...ctx, answers: liveAnswers(definition, ctx) }) : null,
        missing: answered ? visibleQuestions(definition, ctx).filter((q) => !q.optional && !given.has(q.id)) : [],
      });
    });
  }
  return { ok: true, period: period.key, name: versionName(definition), scope, cells: result };
}
