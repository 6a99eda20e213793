import type { Answers } from "./answer-value.ts";
import type { Question, QuestionnaireDefinition } from "./definition.ts";
import { holds, type EvaluationContext } from "./evaluate.ts";

/**
 * Which questions are asked, given the answers so far. `askIf` refers only to earlier
 * questions, so one pass in order decides every question.
 */
export function visibleQuestions(definition: QuestionnaireDefinition, ctx: EvaluationContext): Question[] {
  return definition.questions.filter((question) => !question.askIf || holds(question.askIf, ctx));
}

/** Only the answers that count: those to questions still asked. */
export function liveAnswers(definition: QuestionnaireDefinition, ctx: EvaluationContext): Answers {
  const visible = new Set(visibleQuestions(definition, ctx).map((q) => q.id));
  return new Map([...ctx.answers].filter(([id]) => visible.has(id)));
}

export function firstUnanswered(definition: QuestionnaireDefinition, ctx: EvaluationContext): Question | undefined {
  return visibleQuestions(definition, ctx).find((q) => !ctx.answers.has(q.id));
}

/** The next question to ask after `currentId`: the next unanswered one, wrapping to the start. */
export function nextAfter(definition: QuestionnaireDefinition, ctx: EvaluationContext, currentId: string): Question | undefined {
  const visible = visibleQuestions(definition, ctx);
  const index = visible.findIndex((q) => q.id === currentId);
  const later = visible.slice(index + 1).find((q) => !ctx.answers.has(q.id));
  return later ?? visible.find((q) => !ctx.answers.has(q.id));
}

/** The next question of the same item (e.g. the date after "yes, a meeting was held"). */
export function nextInItem(definition: QuestionnaireDefinition, ctx: EvaluationContext, currentId: string): Question | undefined {
  const visible = visibleQuestions(definition, ctx);
  const index = visible.findIndex((q) => q.id === currentId);
  const next = visible[index + 1];
  const current = visible[index];
  return next && current && next.item === current.item ? next : undefined;
}

export function previousBefore(definition: QuestionnaireDefinition, ctx: EvaluationContext, currentId: string): Question | undefined {
  const visible = visibleQuestions(definition, ctx);
  const index = visible.findIndex((q) => q.id === currentId);
  return index > 0 ? visible[index - 1] : index === -1 ? visible[visible.length - 1] : undefined;
}

export function firstOfItem(definition: QuestionnaireDefinition, ctx: EvaluationContext, item: number): Question | undefined {
  return visibleQuestions(definition, ctx).find((q) => q.item === item);
}

export function itemCount(definition: QuestionnaireDefinition): number {
  return Math.max(...definition.questions.map((q) => q.item));
}

export function findQuestion(definition: QuestionnaireDefinition, id: string): Question | undefined {
  return definition.questions.find((q) => q.id === id);
}

export function isComplete(definition: QuestionnaireDefinition, ctx: EvaluationContext): boolean {
  return firstUnanswered(definition, ctx) === undefined;
}


/** Items fully answered: an item counts once every question it asks is answered; items not asked do not count. */
export function answeredItemCount(definition: QuestionnaireDefinition, ctx: EvaluationContext): number {
  const visible = visibleQuestions(definition, ctx);
  const open = new Set(visible.filter((q) => !ctx.answers.has(q.id)).map((q) => q.item));
  return new Set(visible.filter((q) => !open.has(q.item)).map((q) => q.item)).size;
}
