import { dayFirst } from "../../domain/period.ts";
import type { AnswerValue } from "../../domain/questionnaire/answer-value.ts";
import type { Question } from "../../domain/questionnaire/definition.ts";
import { tr, type RenderContext } from "./render-context.ts";

/** An answer as the user would read it back: labels, parts named, dates day first. */
export function formatAnswer(ctx: RenderContext, question: Question, value: AnswerValue, maxText = 500): string {
  switch (value.type) {
    case "yes_no":
      return tr(ctx, `option-${value.value}`);
    case "integer":
      return String(value.value);
    case "percent":
      return `${value.value.toLocaleString(ctx.locale === "vi" ? "vi-VN" : "en-US")}%`;
    case "integers": {
      const parts = question.answer.type === "integers" ? question.answer.parts : [];
      return value.values.map((n, i) => `${parts[i] ? tr(ctx, parts[i]) : "#" + (i + 1)} ${n}`).join(" · ");
    }
    case "choice":
      return tr(ctx, `option-${value.option}`);
    case "date":
      return dayFirst(value.value);
    case "text":
      return value.value.length > maxText ? `${value.value.slice(0, maxText - 1)}…` : value.value;
    case "skipped":
      return tr(ctx, "answer-skipped");
  }
}
