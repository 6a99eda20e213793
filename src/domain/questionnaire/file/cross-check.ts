import { ITEM_WORDS, SHORTEN_OPTION, SUMMARY_OPTIONS } from "../../conversation/assessment-event.ts";
import { MONTHS_OF_QUARTER, reachableMaxima } from "../../scoring/reachable-max.ts";
import type { Condition, NumberExpr, Question, QuestionnaireDefinition, Ref, Rule, Scalar } from "../definition.ts";
import { nearest, problem, type FilePath, type FileProblem } from "./file-problem.ts";

/** Option ids the bot's own buttons and words use: a questionnaire's option may not take them. */
const RESERVED_OPTIONS = new Set<string>(["yes", "no", "skip", "assess", ...SUMMARY_OPTIONS, SHORTEN_OPTION, ITEM_WORDS]);
const isReservedOption = (id: string): boolean => RESERVED_OPTIONS.has(id) || /^(item|cell)-\d+$/.test(id);

/** How a reference is used: as a number, compared with listed values, or scored by option. */
type Use = { readonly kind: "number" } | { readonly kind: "in"; readonly values: readonly Scalar[] } | { readonly kind: "choice"; readonly options: readonly string[] };

interface RefUse {
  readonly ref: Extract<Ref, { q: string }>;
  readonly path: FilePath;
  readonly use: Use;
}

/** The choices a question's answer can resolve to (yes/no, its options), or none when it gives numbers only. */
function choicesOf(question: Question): readonly string[] {
  switch (question.answer.type) {
    case "yes_no":
      return ["yes", "no"];
    case "choice":
      return question.answer.options;
    case "integers":
      return question.answer.options ?? [];
    default:
      return [];
  }
}

function refUses(definition: QuestionnaireDefinition): RefUse[] {
  const uses: RefUse[] = [];
  const ref = (value: Ref, path: FilePath, use: Use): void => {
    if ("q" in value) uses.push({ ref: value, path, use });
  };
  const condition = (value: Condition, path: FilePath): void => {
    if ("all" in value) value.all.forEach((c, i) => condition(c, [...path, "all", i]));
    else if ("any" in value) value.any.forEach((c, i) => condition(c, [...path, "any", i]));
    else if ("not" in value) condition(value.not, [...path, "not"]);
    else if ("ref" in value) ref(value.ref, [...path, "ref"], "in" in value ? { kind: "in", values: value.in } : { kind: "number" });
  };
  const expr = (value: NumberExpr, path: FilePath): void => {
    if ("ref" in value) ref(value.ref, [...path, "ref"], { kind: "number" });
    else if ("sum" in value) value.sum.forEach((r, i) => ref(r, [...path, "sum", i], { kind: "number" }));
    else value.percentOf.forEach((r, i) => ref(r, [...path, "percentOf", i], { kind: "number" }));
  };
  definition.questions.forEach((question, i) => {
    const at: FilePath = ["questions", i];
    if ((question.answer.type === "integer" || question.answer.type === "integers") && question.answer.max) ref(question.answer.max, [...at, "answer", "max"], { kind: "number" });
    if (question.askIf) condition(question.askIf, [...at, "askIf"]);
    question.checks?.forEach((check, j) => {
      check.left.forEach((r, k) => ref(r, [...at, "checks", j, "left", k], { kind: "number" }));
      check.right.forEach((r, k) => ref(r, [...at, "checks", j, "right", k], { kind: "number" }));
    });
  });
  const rule = (value: Rule, path: FilePath): void => {
    if (value.kind !== "flag" && value.kind !== "veto" && value.when) condition(value.when, [...path, "when"]);
    switch (value.kind) {
      case "choice":
        uses.push({ ref: { q: value.q }, path: [...path, "q"], use: { kind: "choice", options: Object.keys(value.points) } });
        break;
      case "bands":
        expr(value.value, [...path, "value"]);
        value.bands.forEach((band, j) => {
          if (band.when) condition(band.when, [...path, "bands", j, "when"]);
        });
        break;
      case "best":
        value.of.forEach((inner, j) => rule(inner, [...path, "of", j]));
        break;
      case "veto":
      case "flag":
        condition(value.when, [...path, "when"]);
        break;
    }
  };
  definition.rules.forEach((value, i) => rule(value, ["rules", i]));
  return uses;
}

function checkRef(use: RefUse, questions: ReadonlyMap<string, Question>): FileProblem[] {
  const { ref, path } = use;
  const question = questions.get(ref.q);
  if (!question) {
    const suggestion = nearest(ref.q, questions.keys());
    return [problem("unknown-question", use.use.kind === "choice" ? path : [...path, "q"], { id: ref.q, ...(suggestion ? { suggestion } : {}) })];
  }
  const type = question.answer.type;
  const partPath = [...path, "part"];
  if (ref.part !== undefined) {
    if (question.answer.type !== "integers") return [problem("part-not-a-list", partPath, { id: ref.q, type })];
    if (ref.part >= question.answer.parts.length) return [problem("part-out-of-range", partPath, { id: ref.q, count: question.answer.parts.length, last: question.answer.parts.length - 1 })];
  }
  const choices = choicesOf(question);
  switch (use.use.kind) {
    case "number": {
      if (type === "integers" && ref.part === undefined) return [problem("part-needed", path, { id: ref.q, count: question.answer.type === "integers" ? question.answer.parts.length : 0 })];
      if (type === "integer" || type === "percent" || type === "integers") return [];
      return [problem("not-a-number", path, { id: ref.q, type })];
    }
    case "in": {
      if (type === "date_in_period" || type === "text") return [problem("not-comparable", path, { id: ref.q, type })];
      if (type === "integers" && ref.part === undefined && choices.length === 0) return [problem("part-needed", path, { id: ref.q, count: question.answer.type === "integers" ? question.answer.parts.length : 0 })];
      const numeric = type === "integer" || type === "percent" || (type === "integers" && ref.part !== undefined);
      if (numeric) return [];
      const inPath = [...path.slice(0, -1), "in"];
      return use.use.values.flatMap((value, k) =>
        choices.includes(String(value)) ? [] : [problem("unknown-option", [...inPath, k], { option: String(value), id: ref.q, options: choices.join(", ") })],
      );
    }
    case "choice": {
      if (choices.length === 0) return [problem("not-a-choice", path, { id: ref.q, type })];
      const pointsPath = [...path.slice(0, -1), "points"];
      return use.use.options.flatMap((option) =>
        choices.includes(option) ? [] : [problem("unknown-option", [...pointsPath, option], { option, id: ref.q, options: choices.join(", ") }, { onKey: true })],
      );
    }
  }
}

/** `askIf` may name only questions asked before it: the flow decides each question in one pass. */
function askIfOrder(definition: QuestionnaireDefinition, uses: readonly RefUse[]): FileProblem[] {
  const position = new Map(definition.questions.map((q, i) => [q.id, i]));
  return uses.flatMap((use) => {
    const [top, index, field] = use.path;
    if (top !== "questions" || typeof index !== "number" || field !== "askIf") return [];
    const target = position.get(use.ref.q);
    return target !== undefined && target >= index ? [problem("ask-if-later", [...use.path, "q"], { id: use.ref.q })] : [];
  });
}

function duplicates<T>(list: readonly T[], idOf: (item: T) => string, path: (index: number) => FilePath, code: string): FileProblem[] {
  const first = new Map<string, number>();
  return list.flatMap((item, i) => {
    const id = idOf(item);
    const seen = first.get(id);
    if (seen === undefined) {
      first.set(id, i);
      return [];
    }
    return [problem(code, path(i), { id }, { related: path(seen) })];
  });
}

function ruleProblems(definition: QuestionnaireDefinition, complete: boolean): FileProblem[] {
  const problems: FileProblem[] = [];
  const scored: { id: string; path: FilePath }[] = [];
  const flags: { id: string; path: FilePath }[] = [];
  const criteria = new Set(definition.criteria.map((c) => c.id));
  const walk = (rule: Rule, path: FilePath): void => {
    (rule.kind === "flag" ? flags : scored).push({ id: rule.id, path: [...path, "id"] });
    if (rule.kind !== "flag" && complete && definition.criteria.length > 0 && !criteria.has(rule.criterion)) problems.push(problem("unknown-criterion", [...path, "criterion"], { id: rule.criterion }));
    if (rule.kind === "bands") {
      // Bands are tried in order and the first that fits gives the points: a richer band after a poorer one would never be reached.
      rule.bands.forEach((band, j) => {
        const before = rule.bands[j - 1];
        if (before && band.points > before.points) problems.push(problem("bands-order", [...path, "bands", j, "points"], { points: band.points, before: before.points }));
      });
    }
    if (rule.kind === "best") rule.of.forEach((inner, j) => walk(inner, [...path, "of", j]));
  };
  definition.rules.forEach((rule, i) => walk(rule, ["rules", i]));
  problems.push(...duplicates(scored, (r) => r.id, (i) => scored[i]?.path ?? [], "duplicate-rule"));
  problems.push(...duplicates(flags, (r) => r.id, (i) => flags[i]?.path ?? [], "duplicate-rule"));
  return problems;
}

function questionProblems(definition: QuestionnaireDefinition, complete: boolean): FileProblem[] {
  const problems: FileProblem[] = duplicates(definition.questions, (q) => q.id, (i) => ["questions", i, "id"], "duplicate-question");
  let expected = 1;
  definition.questions.forEach((question, i) => {
    const at: FilePath = ["questions", i];
    // Items are numbered 1..n in the order asked ("Câu 3/16"); questions of one item stand together.
    if (complete && question.item !== expected && question.item !== expected - 1) problems.push(problem("item-order", [...at, "item"], { item: question.item, expected }));
    else if (question.item === expected) expected++;
    const options = question.answer.type === "choice" || question.answer.type === "integers" ? (question.answer.options ?? []) : [];
    problems.push(...duplicates(options, (o) => o, (j) => [...at, "answer", "options", j], "duplicate-option"));
    options.forEach((option, j) => {
      if (isReservedOption(option)) problems.push(problem("reserved-option", [...at, "answer", "options", j], { id: option }));
    });
    if (question.answer.type === "integers") problems.push(...duplicates(question.answer.parts, (p) => p, (j) => [...at, "answer", "parts", j], "duplicate-part"));
  });
  return problems;
}

function criterionProblems(definition: QuestionnaireDefinition, complete: boolean): FileProblem[] {
  const problems: FileProblem[] = duplicates(definition.criteria, (c) => c.id, (i) => ["criteria", i, "id"], "duplicate-criterion");
  definition.criteria.forEach((criterion, i) => {
    if (criterion.metAt > criterion.max) problems.push(problem("met-at-above-max", ["criteria", i, "metAt"], { metAt: criterion.metAt, max: criterion.max }));
  });
  if (!complete) return problems;
  // Four criteria for a scored questionnaire, none for one read as answers only (the yearly one).
  if (definition.criteria.length !== 0 && definition.criteria.length !== 4) problems.push(problem("criteria-count", ["criteria"], { count: definition.criteria.length }));
  if (definition.criteria.length === 0) {
    definition.rules.forEach((rule, i) => {
      if (rule.kind !== "flag") problems.push(problem("unscored-rule", ["rules", i, "kind"], { id: rule.id }));
    });
    if (definition.bands.length > 0) problems.push(problem("unscored-bands", ["bands"]));
    return problems;
  }
  if (definition.bands.length === 0) problems.push(problem("bands-needed", ["bands"]));
  const maxima = reachableMaxima(definition);
  definition.criteria.forEach((criterion, i) => {
    const perMonth = maxima.get(criterion.id);
    if (!perMonth) return;
    const off = MONTHS_OF_QUARTER.filter((m) => perMonth[m] !== criterion.max);
    if (off.length === 0) return;
    const reachable = [...new Set(off.map((m) => perMonth[m]))];
    const args = { id: criterion.id, max: criterion.max, reachable: reachable.join(" / ") };
    problems.push(
      off.length === MONTHS_OF_QUARTER.length && reachable.length === 1
        ? problem("reachable-max", ["criteria", i, "max"], args)
        : problem("reachable-max-months", ["criteria", i, "max"], { ...args, months: off.join(", ") }),
    );
  });
  return problems;
}

function scoreBandProblems(definition: QuestionnaireDefinition): FileProblem[] {
  const problems: FileProblem[] = [];
  definition.bands.forEach((band, i) => {
    const before = definition.bands[i - 1];
    if (before && band.atLeast >= before.atLeast) problems.push(problem("score-bands-order", ["bands", i, "atLeast"], { atLeast: band.atLeast, before: before.atLeast }));
  });
  const last = definition.bands.at(-1);
  if (last && last.atLeast > 0) problems.push(problem("score-bands-floor", ["bands", definition.bands.length - 1, "atLeast"], { atLeast: last.atLeast }));
  return problems;
}

export interface CrossCheckScope {
  /** False when some criteria or rules were left out for problems of their own: totals are then not compared. */
  readonly complete: boolean;
  /** Ids of questions left out for problems of their own: references to them are not reported again. */
  readonly droppedQuestions: ReadonlySet<string>;
}

/**
 * What the schema cannot see, each with where it is: every reference names an existing question
 * (and part, and option) of a kind it can be used as; `askIf` looks back only; ids are unique;
 * items are numbered in order; bands are ordered so each can be reached; `metAt` ≤ the maximum;
 * and each criterion's rules can give exactly its declared maximum, in every month of a quarter.
 */
export function crossCheck(definition: QuestionnaireDefinition, scope: CrossCheckScope = { complete: true, droppedQuestions: new Set() }): FileProblem[] {
  const problems: FileProblem[] = [];
  if (!/^[a-z][a-z0-9-]*$/.test(definition.code)) problems.push(problem("code-format", ["code"], { value: definition.code }));
  // The first of two questions with one id is the one references mean (the second is reported).
  const questions = new Map<string, Question>();
  for (const question of definition.questions) if (!questions.has(question.id)) questions.set(question.id, question);
  const uses = refUses(definition).filter((use) => !scope.droppedQuestions.has(use.ref.q));
  for (const use of uses) problems.push(...checkRef(use, questions));
  problems.push(...askIfOrder(definition, uses));
  problems.push(...questionProblems(definition, scope.droppedQuestions.size === 0));
  problems.push(...ruleProblems(definition, scope.complete));
  problems.push(...criterionProblems(definition, scope.complete));
  problems.push(...scoreBandProblems(definition));
  return problems;
}
