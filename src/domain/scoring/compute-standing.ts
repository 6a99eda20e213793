import type { Band, QuestionnaireDefinition, Rule } from "../questionnaire/definition.ts";
import { evaluateNumber, holds, resolveRef, type EvaluationContext } from "../questionnaire/evaluate.ts";
import type { CriterionStanding, RuleOutcome, Standing, VetoOutcome } from "./standing.ts";

type ScoredRule = Exclude<Rule, { kind: "veto" } | { kind: "flag" }>;

/**
 * Scores one assessment. Pure: the same definition and answers always give the same standing.
 * A criterion is met when its points reach `metAt` and no veto fired; the cell is four-good when
 * all criteria are met.
 */
export function computeStanding(definition: QuestionnaireDefinition, ctx: EvaluationContext): Standing {
  const applicable = definition.rules.filter((rule) => rule.kind === "flag" || !rule.when || holds(rule.when, ctx));

  const criteria = definition.criteria.map((criterion): CriterionStanding => {
    const own = applicable.filter((rule) => rule.kind !== "flag" && rule.criterion === criterion.id);
    const vetoes: VetoOutcome[] = own
      .filter((rule) => rule.kind === "veto" && holds(rule.when, ctx))
      .map((rule) => ({ ruleId: rule.id, label: rule.label, zeroes: rule.kind === "veto" && rule.zeroes === true }));
    const outcomes = own.filter((rule): rule is ScoredRule => rule.kind !== "veto" && rule.kind !== "flag").map((rule) => scoreRule(rule, ctx));
    const zeroed = vetoes.some((veto) => veto.zeroes);
    const points = zeroed ? 0 : outcomes.reduce((sum, outcome) => sum + outcome.points, 0);
    return {
      id: criterion.id,
      name: criterion.name,
      points,
      max: criterion.max,
      metAt: criterion.metAt,
      met: points >= criterion.metAt && vetoes.length === 0,
      vetoes,
      outcomes,
    };
  });

  const score = criteria.reduce((sum, c) => sum + c.points, 0);
  const maxScore = criteria.reduce((sum, c) => sum + c.max, 0);
  const percent = maxScore > 0 ? (score / maxScore) * 100 : 0;
  const band = definition.bands.find((b) => percent >= b.atLeast) ?? definition.bands[definition.bands.length - 1];
  return {
    criteria,
    score,
    maxScore,
    // An unscored questionnaire (no criteria) says nothing about four-good.
    fourGood: criteria.length > 0 && criteria.every((c) => c.met),
    band: band?.label ?? "",
    flags: applicable.filter((rule) => rule.kind === "flag" && holds(rule.when, ctx)).map((rule) => rule.label),
  };
}

/** Definitions never change once loaded: each rule's maximum is worked out once. */
const maxima = new WeakMap<ScoredRule, number>();

/** The most points any applicable rule of the definition can give, per criterion. */
export function maxPointsOf(rule: ScoredRule): number {
  let max = maxima.get(rule);
  if (max === undefined) {
    max = computeMaxPoints(rule);
    maxima.set(rule, max);
  }
  return max;
}

function computeMaxPoints(rule: ScoredRule): number {
  switch (rule.kind) {
    case "choice":
      return Math.max(0, ...Object.values(rule.points));
    case "bands":
      return Math.max(0, ...rule.bands.map((band) => band.points));
    case "best":
      return Math.max(0, ...rule.of.filter((r): r is ScoredRule => r.kind !== "veto" && r.kind !== "flag").map(maxPointsOf));
  }
}

// Outcomes are built as object literals, not with spreads: the rules' outcomes come in many
// shapes, and spreading them is V8's slow path (it was ~60 % of a standing's time, ~65 µs each,
// when a province's 5,000 standings are worked out at once).
function scoreRule(rule: ScoredRule, ctx: EvaluationContext): RuleOutcome {
  const max = maxPointsOf(rule);
  switch (rule.kind) {
    case "choice": {
      const option = resolveRef({ q: rule.q }, ctx);
      return typeof option === "string" ? outcomeOf(rule, max, rule.points[option] ?? 0, { option }) : outcomeOf(rule, max, 0, {});
    }
    case "bands": {
      const value = evaluateNumber(rule.value, ctx);
      const matched = value === undefined ? undefined : rule.bands.find((band) => bandMatches(band, value, ctx));
      const points = matched?.points ?? 0;
      const need = points < max ? needFor(rule.bands, points, ctx) : undefined;
      return outcomeOf(rule, max, points, { unit: rule.unit, value, need });
    }
    case "best": {
      const hasInput = (o: RuleOutcome): boolean => o.value !== undefined || o.option !== undefined;
      const chosen = rule.of
        .filter((r): r is ScoredRule => r.kind !== "veto" && r.kind !== "flag")
        .map((r) => scoreRule(r, ctx))
        .reduce((a, b) => (b.points > a.points || (b.points === a.points && hasInput(b) && !hasInput(a)) ? b : a));
      return outcomeOf(rule, max, chosen.points, chosen);
    }
  }
}

/** The rule's outcome with those of `details` that are present (an absent one is left out, not set to undefined). */
function outcomeOf(rule: ScoredRule, max: number, points: number, details: Pick<RuleOutcome, "unit" | "value" | "option" | "need">): RuleOutcome {
  const outcome: { -readonly [K in keyof RuleOutcome]: RuleOutcome[K] } = { ruleId: rule.id, label: rule.label, max, points };
  if (details.unit !== undefined) outcome.unit = details.unit;
  if (details.value !== undefined) outcome.value = details.value;
  if (details.option !== undefined) outcome.option = details.option;
  if (details.need !== undefined) outcome.need = details.need;
  return outcome;
}

function bandMatches(band: Band, value: number, ctx: EvaluationContext): boolean {
  return (
    (band.atLeast === undefined || value >= band.atLeast) &&
    (band.above === undefined || value > band.above) &&
    (band.atMost === undefined || value <= band.atMost) &&
    (band.when === undefined || holds(band.when, ctx))
  );
}

/** The next step up: the better band with the fewest points, preferring bands whose extra condition holds. */
function needFor(bands: readonly Band[], points: number, ctx: EvaluationContext): RuleOutcome["need"] {
  const better = bands.filter((band) => band.points > points);
  const reachable = better.filter((b) => b.when === undefined || holds(b.when, ctx));
  const candidates = reachable.length > 0 ? reachable : better;
  const band = candidates.reduce<Band | undefined>((best, b) => (best === undefined || b.points < best.points ? b : best), undefined);
  if (!band) return undefined;
  const [op, threshold] =
    band.above !== undefined
      ? ([">", band.above] as const)
      : band.atLeast !== undefined
        ? (["≥", band.atLeast] as const)
        : (["≤", band.atMost ?? 0] as const);
  return band.note ? { op, threshold, points: band.points, note: band.note } : { op, threshold, points: band.points };
}
