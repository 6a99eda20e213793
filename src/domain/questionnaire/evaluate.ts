import type { Answers } from "./answer-value.ts";
import type { Condition, NumberExpr, Ref } from "./definition.ts";

/** What conditions and scoring rules may look at besides the answers. */
export interface EvaluationContext {
  readonly answers: Answers;
  readonly memberCount: number;
  readonly monthOfQuarter: 1 | 2 | 3;
}

/** The value behind a reference: a number, a choice id ("yes"/"no" for yes/no), or nothing yet. */
export function resolveRef(ref: Ref, ctx: EvaluationContext): number | string | undefined {
  if ("const" in ref) return ref.const;
  if ("unit" in ref) return ctx.memberCount;
  const answer = ctx.answers.get(ref.q);
  if (!answer) return undefined;
  switch (answer.type) {
    case "integers":
      return ref.part === undefined ? undefined : answer.values[ref.part];
    case "integer":
    case "percent":
      return ref.part === undefined ? answer.value : undefined;
    case "yes_no":
      return answer.value;
    case "choice":
      return ref.part === undefined ? answer.option : undefined;
    case "date":
    case "text":
    case "skipped":
      return undefined;
  }
}

export function resolveNumber(ref: Ref, ctx: EvaluationContext): number | undefined {
  const value = resolveRef(ref, ctx);
  return typeof value === "number" ? value : undefined;
}

/** undefined when an input is missing or a share has a zero base. */
export function evaluateNumber(expr: NumberExpr, ctx: EvaluationContext): number | undefined {
  if ("ref" in expr) return resolveNumber(expr.ref, ctx);
  if ("sum" in expr) return sumOf(expr.sum, ctx);
  const [part, whole] = expr.percentOf.map((ref) => resolveNumber(ref, ctx));
  if (part === undefined || whole === undefined || whole <= 0) return undefined;
  return Math.round((part / whole) * 1000) / 10;
}

export function sumOf(refs: readonly Ref[], ctx: EvaluationContext): number | undefined {
  let total = 0;
  for (const ref of refs) {
    const value = resolveNumber(ref, ctx);
    if (value === undefined) return undefined;
    total += value;
  }
  return total;
}

export function holds(condition: Condition, ctx: EvaluationContext): boolean {
  if ("all" in condition) return condition.all.every((c) => holds(c, ctx));
  if ("any" in condition) return condition.any.some((c) => holds(c, ctx));
  if ("not" in condition) return !holds(condition.not, ctx);
  if ("monthOfQuarter" in condition) return condition.monthOfQuarter.includes(ctx.monthOfQuarter);
  const value = resolveRef(condition.ref, ctx);
  if (value === undefined) return false;
  if ("in" in condition) return condition.in.includes(value);
  if (typeof value !== "number") return false;
  return (
    (condition.atLeast === undefined || value >= condition.atLeast) &&
    (condition.atMost === undefined || value <= condition.atMost)
  );
}
