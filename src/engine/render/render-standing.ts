import type { CriterionStanding, RuleOutcome, Standing } from "../../domain/scoring/standing.ts";
import { tr, type RenderContext } from "./render-context.ts";

/** Per criterion: points, met or not, and every rule that cost points, with what was needed. */
export function renderStanding(ctx: RenderContext, standing: Standing, options: { detailed: boolean }): string[] {
  const lines: string[] = [tr(ctx, "standing-score", { score: standing.score, max: standing.maxScore, band: tr(ctx, standing.band) })];
  for (const criterion of standing.criteria) {
    lines.push(criterionLine(ctx, criterion));
    if (!options.detailed) continue;
    for (const veto of criterion.vetoes) lines.push(tr(ctx, "reason-veto", { label: tr(ctx, veto.label) }));
    for (const outcome of criterion.outcomes.filter((o) => o.points < o.max)) lines.push(reasonLine(ctx, outcome));
  }
  const failed = standing.criteria.filter((c) => !c.met).map((c) => c.id);
  lines.push(standing.fourGood ? tr(ctx, "standing-four-good") : tr(ctx, "standing-not-four-good", { criteria: failed.join(", ") }));
  for (const flag of standing.flags) lines.push(tr(ctx, "standing-flag", { text: tr(ctx, flag) }));
  return lines;
}

/** One line per criterion, for previews. */
export function criterionLine(ctx: RenderContext, criterion: CriterionStanding): string {
  return tr(ctx, criterion.met ? "standing-criterion-met" : "standing-criterion-not-met", {
    id: criterion.id,
    name: tr(ctx, criterion.name),
    points: criterion.points,
    max: criterion.max,
    metAt: criterion.metAt,
    vetoed: criterion.vetoes.length > 0 ? "yes" : "no",
  });
}

function reasonLine(ctx: RenderContext, outcome: RuleOutcome): string {
  const base = { label: tr(ctx, outcome.label), points: outcome.points, max: outcome.max };
  if (outcome.option !== undefined) return tr(ctx, "reason-choice", { ...base, answer: tr(ctx, `option-${outcome.option}`) });
  if (outcome.value === undefined) return tr(ctx, "reason-missing", base);
  const value = tr(ctx, "value-with-unit", { value: outcome.value, unit: outcome.unit ?? "count" });
  if (!outcome.need) return tr(ctx, "reason-value", { ...base, value });
  const need = tr(ctx, "value-with-unit", { value: outcome.need.threshold, unit: outcome.unit ?? "count" });
  const none = outcome.need.op === "≤" && outcome.need.threshold === 0;
  return tr(ctx, none ? "reason-need-none" : "reason-need", {
    ...base,
    value,
    op: outcome.need.op,
    need,
    needPoints: outcome.need.points,
    note: outcome.need.note ? tr(ctx, outcome.need.note) : "none",
  });
}
