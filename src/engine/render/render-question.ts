import { optionsOf } from "../../domain/input/parse-answer.ts";
import { findQuestion } from "../../domain/questionnaire/flow.ts";
import type { Question } from "../../domain/questionnaire/definition.ts";
import type { Reply } from "../../domain/conversation/reply.ts";
import { SHORTEN_OPTION } from "../../domain/conversation/assessment-event.ts";
import type { Choice, OutgoingMessage } from "../messages.ts";
import { formatAnswer } from "./format-answer.ts";
import { renderError } from "./render-error.ts";
import { tr, type RenderContext } from "./render-context.ts";

type QuestionReply = Extract<Reply, { kind: "question" }>;

/**
 * One question per message: progress and criterion, the question, the stored answer when
 * revisiting, and what kind of answer is expected. A re-ask is short: what was wrong and
 * what is expected, with the same choices.
 */
export function renderQuestion(ctx: RenderContext, reply: QuestionReply): OutgoingMessage {
  const question = findQuestion(ctx.definition, reply.questionId);
  if (!question) throw new Error(`unknown question ${reply.questionId}`);
  const expect = expectation(ctx, question);
  const lines: string[] = [];
  if (reply.shortened) {
    // An over-long note: its shortened form is offered as the first choice, numbered like any other.
    lines.push(tr(ctx, "note-too-long", { length: reply.shortened.length, max: reply.shortened.max }), `«${reply.shortened.text}»`);
    const offered = [{ id: SHORTEN_OPTION, label: tr(ctx, `option-${SHORTEN_OPTION}`) }, ...(question.optional ? [{ id: "skip", label: tr(ctx, "option-skip") }] : [])];
    return { text: lines.join("\n"), choices: offered, choiceContext: question.id, choiceStyle: "pick" };
  }
  const choices = choicesFor(ctx, question);
  if (ctx.cellHeader && !reply.error) lines.push(tr(ctx, "question-cell", { unit: ctx.cellHeader }));
  if (reply.error) {
    lines.push(renderError(ctx, reply.error), expect);
  } else {
    if (reply.resumed) lines.push(tr(ctx, "question-resumed", { item: reply.item, items: reply.items }));
    const criterion = ctx.definition.criteria.find((c) => c.id === question.criterion);
    lines.push(
      criterion
        ? tr(ctx, "question-header", { item: reply.item, items: reply.items, criterion: criterion.id, name: tr(ctx, criterion.name) })
        : tr(ctx, "question-header-plain", { item: reply.item, items: reply.items }),
    );
    lines.push(tr(ctx, question.prompt));
    if (reply.current) lines.push(tr(ctx, "question-current", { answer: formatAnswer(ctx, question, reply.current, 120) }));
    lines.push(expect);
  }
  const text = lines.join("\n");
  if (choices.length === 0) return { text };
  const choiceStyle = question.answer.type === "yes_no" || question.answer.type === "choice" ? "pick" : "alternative";
  return { text, choices, choiceContext: question.id, choiceStyle };
}

function choicesFor(ctx: RenderContext, question: Question): Choice[] {
  const options = optionsOf(question.answer).map((id) => ({ id, label: tr(ctx, `option-${id}`) }));
  return question.optional ? [...options, { id: "skip", label: tr(ctx, "option-skip") }] : options;
}

function expectation(ctx: RenderContext, question: Question): string {
  const spec = question.answer;
  const skip = question.optional ? ` ${tr(ctx, "expect-or-skip")}` : "";
  switch (spec.type) {
    case "yes_no":
      return tr(ctx, "expect-yes-no");
    case "integer":
      return tr(ctx, spec.unit === "minutes" ? "expect-minutes" : "expect-integer", { min: spec.min }) + skip;
    case "integers": {
      const parts = spec.parts.map((p) => tr(ctx, p)).join(" / ");
      const base = tr(ctx, "expect-integers", { count: spec.parts.length, parts });
      const alternatives = (spec.options ?? []).map((o) => tr(ctx, `option-${o}`)).join(", ");
      return alternatives ? `${base} ${tr(ctx, "expect-or-option", { options: alternatives })}` : base;
    }
    case "percent":
      return tr(ctx, "expect-percent");
    case "choice":
      return tr(ctx, "expect-choice", { count: spec.options.length });
    case "date_in_period": {
      const [year, month] = ctx.periodKey.split("-");
      return tr(ctx, "expect-date", { short: `5/${Number(month)}`, full: `05/${month}/${year}` });
    }
    case "text":
      return tr(ctx, "expect-text", { max: spec.maxLength }) + skip;
  }
}
