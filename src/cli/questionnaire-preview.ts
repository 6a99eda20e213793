import { renderNumbered } from "../channels/render-numbered.ts";
import type { Condition, QuestionnaireDefinition, Ref, Rule } from "../domain/questionnaire/definition.ts";
import { findQuestion, itemCount } from "../domain/questionnaire/flow.ts";
import { maxPointsOf } from "../domain/scoring/compute-standing.ts";
import { periodLabel } from "../engine/render/render-context.ts";
import { renderQuestion } from "../engine/render/render-question.ts";
import type { Locale } from "../i18n/locale.ts";
import { questionnaireTranslator } from "../i18n/questionnaire-translator.ts";
import type { Translator } from "../i18n/translator.ts";
import { versionName } from "../app/questionnaire-file.ts";

type T = (key: string, args?: Record<string, string | number>) => string;

/** A reference in words: the question's short name (and part), the cell's members, or the number. */
function refText(t: T, definition: QuestionnaireDefinition, ref: Ref): string {
  if ("const" in ref) return String(ref.const);
  if ("unit" in ref) return t("qpreview-members");
  const question = findQuestion(definition, ref.q);
  const label = question ? t(question.label) : ref.q;
  const part = ref.part !== undefined && question?.answer.type === "integers" ? question.answer.parts[ref.part] : undefined;
  return part ? `${label}: ${t(part)}` : label;
}

/** A condition as a person would say it: "«Sinh hoạt thường kỳ» là Có", "tháng thứ 3 của quý". */
export function conditionText(t: T, definition: QuestionnaireDefinition, condition: Condition): string {
  if ("all" in condition) return condition.all.map((c) => conditionText(t, definition, c)).join(` ${t("qpreview-and")} `);
  if ("any" in condition) return condition.any.map((c) => conditionText(t, definition, c)).join(` ${t("qpreview-or")} `);
  if ("not" in condition) return t("qpreview-cond-not", { condition: conditionText(t, definition, condition.not) });
  if ("monthOfQuarter" in condition) return t("qpreview-cond-months", { months: condition.monthOfQuarter.join(", ") });
  const label = refText(t, definition, condition.ref);
  if ("in" in condition) {
    const values = condition.in.map((value) => (typeof value === "number" ? String(value) : t(`option-${value}`)));
    return t("qpreview-cond-in", { label, values: values.join(` ${t("qpreview-or")} `) });
  }
  const { atLeast, atMost } = condition;
  if (atLeast !== undefined && atMost !== undefined) return t("qpreview-cond-between", { label, min: atLeast, max: atMost });
  if (atLeast !== undefined) return t("qpreview-cond-at-least", { label, min: atLeast });
  if (atMost !== undefined) return t("qpreview-cond-at-most", { label, max: atMost });
  return t("qpreview-cond-answered", { label });
}

function ruleLines(t: T, definition: QuestionnaireDefinition, rules: readonly Rule[]): string[] {
  return rules.flatMap((rule): string[] => {
    const when = "when" in rule && rule.when ? conditionText(t, definition, rule.when) : undefined;
    switch (rule.kind) {
      case "veto":
        return [`    ${t(rule.zeroes ? "qpreview-veto-zeroes" : "qpreview-veto", { label: t(rule.label), condition: when ?? "" })}`];
      case "flag":
        return [];
      default: {
        const args = { label: t(rule.label), points: maxPointsOf(rule) };
        return [`    ${when ? t("qpreview-rule-when", { ...args, condition: when }) : t("qpreview-rule", args)}`];
      }
    }
  });
}

/**
 * What a secretary would see, question by question, rendered by the bot's own renderer (so a
 * preview never drifts from the chat) as a text-only channel shows it; then what each criterion
 * can score, its threshold, its vetoes, the bands and the early warnings.
 */
export function questionnairePreview(translator: Translator, locale: Locale, definition: QuestionnaireDefinition, options: { readonly periodKey: string; readonly hash: string }): string {
  const texts = questionnaireTranslator(translator, definition);
  const t: T = (key, args) => texts.t(locale, key, args);
  const context = { translator: texts, locale, definition, unitName: "", periodKey: options.periodKey };
  const items = itemCount(definition);
  const lines = [
    t("qpreview-title", { name: versionName(definition), hash: options.hash.slice(0, 12) }),
    t("qpreview-intro", { items, questions: definition.questions.length, period: periodLabel(options.periodKey) }),
  ];
  definition.questions.forEach((question, i) => {
    lines.push("", `(${i + 1}) ${question.id}${question.askIf ? ` — ${t("qpreview-asked-if", { condition: conditionText(t, definition, question.askIf) })}` : ""}`);
    lines.push(renderNumbered(renderQuestion(context, { kind: "question", questionId: question.id, item: question.item, items })));
  });
  lines.push("");
  if (definition.criteria.length === 0) {
    lines.push(t("qpreview-unscored"));
  } else {
    lines.push(t("qpreview-criteria-title"));
    for (const criterion of definition.criteria) {
      lines.push(`  ${t("qpreview-criterion", { id: criterion.id, name: t(criterion.name), max: criterion.max, metAt: criterion.metAt })}`);
      lines.push(...ruleLines(t, definition, definition.rules.filter((r) => r.kind !== "flag" && r.criterion === criterion.id)));
    }
    lines.push(t("qpreview-total", { max: definition.criteria.reduce((sum, c) => sum + c.max, 0) }));
    lines.push(t("qpreview-bands", { bands: definition.bands.map((b) => t("qpreview-band", { label: t(b.label), atLeast: b.atLeast })).join(" · ") }));
  }
  const flags = definition.rules.filter((r) => r.kind === "flag");
  if (flags.length > 0) {
    lines.push(t("qpreview-flags"));
    for (const flag of flags) lines.push(`  ${t("qpreview-flag", { label: t(flag.label), condition: conditionText(t, definition, flag.when) })}`);
  }
  return `${lines.join("\n")}\n`;
}
