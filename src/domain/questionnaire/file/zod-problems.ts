import type { z } from "zod";
import { nearest, problem, type FilePath, type FileProblem } from "./file-problem.ts";

type Issue = z.core.$ZodIssue;

/** The value at `path` in `data`, or undefined when a step of it is missing. */
export function valueAt(data: unknown, path: FilePath): unknown {
  let here: unknown = data;
  for (const step of path) {
    if (typeof here !== "object" || here === null) return undefined;
    here = (here as Record<PathSegment, unknown>)[step];
  }
  return here;
}
type PathSegment = string | number;

/** Every field name a questionnaire file uses: a mistyped one is answered with the nearest. */
export const FIELD_NAMES = [
  "code", "version", "criteria", "id", "name", "max", "metAt", "questions", "item", "criterion", "label", "prompt", "answer", "type",
  "min", "unit", "parts", "options", "optional", "askIf", "checks", "left", "right", "error", "rules", "kind", "q", "part", "points",
  "when", "value", "bands", "atLeast", "above", "atMost", "note", "of", "zeroes", "sum", "percentOf", "ref", "in", "monthOfQuarter",
  "all", "any", "not", "const", "maxLength", "vi", "en", "aliases",
] as const;

const isRoot = (issue: Issue): boolean => issue.path.length === 0;

/**
 * The branch of a union the writer meant: one that took the value's shape (no field foreign to it,
 * not the wrong kind of value altogether), with the fewest problems. None when every branch
 * refused the shape: the union's own message then says what forms are expected.
 */
function meantBranch(branches: readonly (readonly Issue[])[]): readonly Issue[] | undefined {
  const fitting = branches.filter((issues) => issues.length > 0 && !issues.some((i) => isRoot(i) && (i.code === "unrecognized_keys" || i.code === "invalid_type")));
  return fitting.reduce<readonly Issue[] | undefined>((best, issues) => (best === undefined || issues.length < best.length ? issues : best), undefined);
}

/** A value not among those allowed, with the nearest allowed one when it looks mistyped ("percentage" → "percent"). */
function oneOf(path: FilePath, values: readonly string[], given: unknown): FileProblem {
  const suggestion = typeof given === "string" ? nearest(given, values) : undefined;
  return problem("one-of", path, { values: values.join(", "), ...(suggestion ? { suggestion } : {}) });
}

/** What a zod issue means for the person editing the file; `data` is what was validated, to tell a missing field from a wrong one. */
export function problemsFromIssues(issues: readonly Issue[], data: unknown, prefix: FilePath = []): FileProblem[] {
  return issues.flatMap((issue) => fromIssue(issue, data, prefix));
}

function fromIssue(issue: Issue, data: unknown, prefix: FilePath): FileProblem[] {
  const path: FilePath = [...prefix, ...issue.path.map((p) => (typeof p === "symbol" ? String(p) : p))];
  const local = issue.path.map((p) => (typeof p === "symbol" ? String(p) : p));
  switch (issue.code) {
    case "invalid_type": {
      const parent = valueAt(data, local.slice(0, -1));
      const key = local.at(-1);
      const missing = key !== undefined && typeof parent === "object" && parent !== null && !Array.isArray(parent) && !(key in parent);
      if (missing) return [problem("missing", path)];
      return [problem("type", path, { expected: issue.expected })];
    }
    case "too_small": {
      const min = Number(issue.minimum);
      if (issue.origin === "number") return [problem(issue.inclusive === false ? "number-above" : "number-at-least", path, { min })];
      if (issue.origin === "array" || issue.origin === "set") return [issue.exact ? problem("items-exact", path, { count: min }) : problem("items-at-least", path, { min })];
      if (issue.origin === "string") return [problem("text-empty", path)];
      return [problem("invalid", path, { detail: issue.message })];
    }
    case "too_big": {
      const max = Number(issue.maximum);
      if (issue.origin === "number") return [problem(issue.inclusive === false ? "number-below" : "number-at-most", path, { max })];
      if (issue.origin === "array" || issue.origin === "set") return [issue.exact ? problem("items-exact", path, { count: max }) : problem("items-at-most", path, { max })];
      if (issue.origin === "string") return [problem("text-too-long", path, { max })];
      return [problem("invalid", path, { detail: issue.message })];
    }
    case "invalid_value":
      return [oneOf(path, issue.values.map(String), valueAt(data, local))];
    case "unrecognized_keys":
      return issue.keys.map((key) => {
        const suggestion = nearest(key, FIELD_NAMES);
        return problem("unknown-field", [...path, key], { name: key, ...(suggestion ? { suggestion } : {}) }, { onKey: true });
      });
    case "invalid_format":
      if (issue.format === "regex" && "pattern" in issue && String(issue.pattern).includes("a-z0-9_")) return [problem("question-id", path, { value: String(valueAt(data, local)) })];
      if (issue.format === "regex" && path.includes("options")) return [problem("option-id", path, { value: String(valueAt(data, local)) })];
      if (issue.format === "regex") return [problem("text-key", path, { value: String(valueAt(data, local)) })];
      return [problem("invalid", path, { detail: issue.message })];
    case "invalid_union": {
      if ("discriminator" in issue && issue.discriminator) {
        const options = "options" in issue && Array.isArray(issue.options) ? issue.options.map(String) : [];
        const given = valueAt(data, local);
        return [given === undefined ? problem("missing", path) : oneOf(path, options, given)];
      }
      const branch = meantBranch(issue.errors);
      if (branch) return branch.flatMap((inner) => fromIssue(inner, valueAt(data, local), path));
      return [problem(issue.message.startsWith("expected-") ? issue.message : "invalid", path, issue.message.startsWith("expected-") ? {} : { detail: issue.message })];
    }
    case "invalid_key":
      return [problem("text-key", path, { value: String(local.at(-1) ?? "") }, { onKey: true })];
    default:
      return [problem("invalid", path, { detail: issue.message })];
  }
}
