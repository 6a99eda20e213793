import { DEFAULT_MONTHLY_CELL } from "../../src/domain/questionnaire/default-monthly-cell.ts";
import type { QuestionnaireDefinition, Rule } from "../../src/domain/questionnaire/definition.ts";

/**
 * The default questionnaire with one point value raised, under the same code and version: the
 * kind of edit that must be refused. Works whatever version the default is at.
 */
export function withChangedPoints(definition: QuestionnaireDefinition = DEFAULT_MONTHLY_CELL): QuestionnaireDefinition {
  const index = definition.rules.findIndex((rule) => rule.kind === "bands");
  const rule = definition.rules[index];
  if (rule?.kind !== "bands") throw new Error("the questionnaire has no banded rule to change");
  const [first, ...rest] = rule.bands;
  if (!first) throw new Error(`rule ${rule.id} has no bands`);
  const changed: Rule = { ...rule, bands: [{ ...first, points: first.points + 1 }, ...rest] };
  return { ...definition, rules: definition.rules.map((r, i) => (i === index ? changed : r)) };
}

/** The same content with every object's keys in reverse order, as JSON from another writer might have. */
export function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (typeof value === "object" && value !== null) return Object.fromEntries(Object.entries(value).reverse().map(([key, item]) => [key, reverseKeys(item)]));
  return value;
}
