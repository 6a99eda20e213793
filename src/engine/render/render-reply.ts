import { itemOption, summaryContext } from "../../domain/conversation/assessment-event.ts";
import type { Reply } from "../../domain/conversation/reply.ts";
import type { OutgoingMessage } from "../messages.ts";
import { formatAnswer } from "./format-answer.ts";
import { renderError } from "./render-error.ts";
import { renderQuestion } from "./render-question.ts";
import { criterionLine, renderStanding } from "./render-standing.ts";
import { periodLabel, periodMessage, tr, type RenderContext } from "./render-context.ts";

/**
 * Turns the dialogue's replies into final text and choices in the user's language. A
 * questionnaire without criteria (the grassroots committee's yearly one) has no score: its
 * summary and receipt show the answers and what they feed, not points.
 */
export function renderReply(ctx: RenderContext, reply: Reply): OutgoingMessage {
  const period = periodLabel(ctx.periodKey);
  const key = (name: string): string => periodMessage(name, ctx.periodKey);
  const scored = ctx.definition.criteria.length > 0;
  switch (reply.kind) {
    case "question":
      return renderQuestion(ctx, reply);
    case "summary":
      return renderSummary(ctx, reply);
    case "item_picker":
      return {
        text: [reply.error ? renderError(ctx, reply.error) : "", tr(ctx, "item-picker", { max: Math.max(...reply.items) })].filter(Boolean).join("\n"),
        choices: reply.items.map((item) => ({ id: itemOption(item), label: String(item) })),
        choiceContext: "items",
        choiceStyle: "alternative",
      };
    case "receipt":
      return {
        text: [tr(ctx, key("receipt-title"), { period, unit: ctx.unitName }), ...(scored ? renderStanding(ctx, reply.standing, { detailed: true }) : [tr(ctx, "unscored-receipt", { period })])].join("\n"),
      };
    case "already_submitted":
      return {
        text: [tr(ctx, key("already-submitted"), { period, unit: ctx.unitName }), ...(scored ? renderStanding(ctx, reply.standing, { detailed: false }) : [tr(ctx, "unscored-receipt", { period })])].join("\n"),
      };
    case "paused":
      return { text: tr(ctx, reply.complete ? key("paused-unsent") : "paused", { answered: reply.answered, items: reply.items }) };
    case "stale_option":
      return { text: tr(ctx, "stale-option") };
    case "idle_hint":
      return { text: tr(ctx, "idle-hint") };
  }
}

function renderSummary(ctx: RenderContext, reply: Extract<Reply, { kind: "summary" }>): OutgoingMessage {
  const lines: string[] = [];
  if (reply.error) lines.push(renderError(ctx, reply.error));
  const choices = {
    choices: reply.options.map((id) => ({ id, label: tr(ctx, `option-${id}`) })),
    choiceContext: summaryContext(reply.token),
    // Buttons where there are buttons; typed as words elsewhere, since numbers there name items.
    choiceStyle: "alternative" as const,
  };
  if (reply.short) return { text: [...lines, tr(ctx, "summary-choose")].join("\n"), ...choices };
  lines.push(tr(ctx, periodMessage("summary-title", ctx.periodKey), { period: periodLabel(ctx.periodKey), unit: ctx.unitName }));
  let lastItem = 0;
  for (const question of ctx.definition.questions.filter((q) => reply.questionIds.includes(q.id))) {
    const value = reply.answers.get(question.id);
    const shown = value ? formatAnswer(ctx, question, value, 160) : tr(ctx, "summary-unanswered");
    lines.push(tr(ctx, question.item === lastItem ? "summary-line-continued" : "summary-line", { item: question.item, label: tr(ctx, question.label), answer: shown }));
    lastItem = question.item;
  }
  if (ctx.definition.criteria.length === 0) {
    // Nothing to score: the answers are read beside the cells' year when the results are computed.
    lines.push("", tr(ctx, "unscored-summary-note", { period: periodLabel(ctx.periodKey) }));
  } else {
    lines.push("", tr(ctx, "summary-preview"), ...preview(ctx, reply));
  }
  if (reply.missingItems.length > 0) lines.push(tr(ctx, "summary-missing", { items: reply.missingItems.join(", ") }));
  lines.push(tr(ctx, reply.missingItems.length > 0 ? "summary-actions-incomplete" : periodMessage("summary-actions", ctx.periodKey)));
  return { text: lines.join("\n"), ...choices };
}

function preview(ctx: RenderContext, reply: Extract<Reply, { kind: "summary" }>): string[] {
  // Every lost point and why, before sending: afterwards nothing can be changed.
  if (reply.missingItems.length === 0) return renderStanding(ctx, reply.preview, { detailed: true });
  const lines: string[] = [];
  for (const criterion of reply.preview.criteria) {
    lines.push(criterionLine(ctx, criterion));
    for (const veto of criterion.vetoes) lines.push(tr(ctx, "reason-veto", { label: tr(ctx, veto.label) }));
  }
  lines.push(tr(ctx, "standing-score", { score: reply.preview.score, max: reply.preview.maxScore, band: tr(ctx, reply.preview.band) }));
  return lines;
}
