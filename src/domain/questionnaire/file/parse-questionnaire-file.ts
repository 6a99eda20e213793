import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from "yaml";
import { criterionSchema, questionnaireSchema, questionSchema, ruleSchema, scoreBandSchema, type QuestionnaireDefinition } from "../definition.ts";
import { crossCheck } from "./cross-check.ts";
import { problem, type FilePath, type FileProblem } from "./file-problem.ts";
import { liftTexts, type KeyReference } from "./lift-texts.ts";
import { problemsFromIssues, valueAt } from "./zod-problems.ts";

export type QuestionnaireFileResult =
  | {
      readonly ok: true;
      readonly definition: QuestionnaireDefinition;
      /** Fields naming a key of locales/*.ftl, for the caller to check that each exists. */
      readonly references: readonly KeyReference[];
      /** Where each path of the file is, for problems found later (a missing key). */
      readonly locate: (problem: FileProblem) => FileProblem;
    }
  | { readonly ok: false; readonly problems: readonly FileProblem[] };

/** A YAML syntax error's code as yaml names it (BAD_INDENT, DUPLICATE_KEY, TAB_AS_INDENT, …). */
const syntaxCode = (code: string): string => code.toLowerCase().replace(/_/g, "-");

/** The node at `path`, following aliases (`*gate`); the nearest existing node above it when the path goes on past the file. */
function nodeAt(doc: Document, path: FilePath, onKey: boolean): Node | null {
  let here: unknown = doc.contents;
  let found: Node | null = (doc.contents as Node | null) ?? null;
  for (let i = 0; i < path.length; i++) {
    const step = path[i];
    if (isAlias(here)) here = here.resolve(doc);
    if (isMap(here)) {
      const pair = here.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(step));
      if (!pair) return found;
      const last = i === path.length - 1;
      if (last && onKey && isScalar(pair.key)) return pair.key;
      here = pair.value;
    } else if (isSeq(here) && typeof step === "number") {
      here = here.items[step];
    } else {
      return found;
    }
    if (isAlias(here)) found = here;
    else if (here && typeof here === "object" && "range" in here) found = here as Node;
    else return found;
  }
  return found;
}

function locator(doc: Document, lines: LineCounter): (p: FileProblem) => FileProblem {
  const lineOf = (path: FilePath, onKey: boolean): { line: number; column: number } | undefined => {
    const node = nodeAt(doc, path, onKey);
    const offset = node?.range?.[0];
    if (offset === undefined) return undefined;
    const { line, col } = lines.linePos(offset);
    return { line, column: col };
  };
  return (p) => {
    const at = lineOf(p.path, p.onKey === true);
    const related = p.related ? lineOf(p.related, false) : undefined;
    return { ...p, ...(at ? at : {}), ...(related ? { relatedLine: related.line } : {}) };
  };
}

const byPlace = (a: FileProblem, b: FileProblem): number => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);

/**
 * Element by element, what of a definition that failed validation is sound, so the cross-checks
 * can still look at it: every problem of the file is reported at once, not the schema's first
 * and the references' after the next try. Indexes map back to the file's.
 */
function salvage(data: Record<string, unknown>): { definition: QuestionnaireDefinition; remap: (path: FilePath) => FilePath; complete: boolean; dropped: Set<string> } {
  const keepOf = <T>(name: string, schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } }): { kept: T[]; index: number[]; all: boolean } => {
    const list = Array.isArray(data[name]) ? (data[name] as unknown[]) : [];
    const kept: T[] = [];
    const index: number[] = [];
    list.forEach((item, i) => {
      const parsed = schema.safeParse(item);
      if (parsed.success) {
        kept.push(parsed.data);
        index.push(i);
      }
    });
    return { kept, index, all: kept.length === list.length && Array.isArray(data[name]) };
  };
  const criteria = keepOf("criteria", criterionSchema);
  const questions = keepOf("questions", questionSchema);
  const rules = keepOf("rules", ruleSchema);
  const bands = keepOf("bands", scoreBandSchema);
  const rawQuestions = Array.isArray(data["questions"]) ? (data["questions"] as unknown[]) : [];
  const keptIds = new Set(questions.kept.map((q) => q.id));
  const dropped = new Set(rawQuestions.map((q) => String(valueAt(q, ["id"]))).filter((id) => !keptIds.has(id)));
  const indexes: Record<string, number[]> = { criteria: criteria.index, questions: questions.index, rules: rules.index, bands: bands.index };
  return {
    definition: {
      code: typeof data["code"] === "string" ? data["code"] : "x",
      version: typeof data["version"] === "number" ? data["version"] : 1,
      criteria: criteria.kept,
      questions: questions.kept,
      rules: rules.kept,
      bands: bands.kept,
    },
    remap: (path) => {
      const [top, index, ...rest] = path;
      const map = typeof top === "string" ? indexes[top] : undefined;
      return map && typeof index === "number" ? [top as string, map[index] ?? index, ...rest] : path;
    },
    complete: criteria.all && rules.all,
    dropped,
  };
}

/**
 * Reads a questionnaire file (YAML) into a definition, or says everything wrong with it, each
 * problem with its line and column: YAML syntax first (nothing else can be read reliably then),
 * else the schema's problems and the cross-checks' together.
 */
export function parseQuestionnaireFile(text: string): QuestionnaireFileResult {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const locate = locator(doc, lines);
  // After a syntax error the rest of the file reads as something else: its first error is the one to fix.
  const [broken] = [...doc.errors].sort((a, b) => a.pos[0] - b.pos[0]);
  if (broken) {
    const { line, col } = lines.linePos(broken.pos[0]);
    return { ok: false, problems: [{ ...problem("syntax", [], { detail: syntaxCode(broken.code) }), line, column: col }] };
  }
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: 1000 });
  } catch {
    // An alias (*name) before its anchor (&name), or aliases nested into a huge document.
    let at: number | undefined;
    visit(doc, {
      Alias(_, alias) {
        if (alias.resolve(doc) === undefined) {
          at = alias.range?.[0];
          return visit.BREAK;
        }
        return undefined;
      },
    });
    const { line, col } = lines.linePos(at ?? 0);
    return { ok: false, problems: [{ ...problem("syntax", [], { detail: at === undefined ? "too-many-aliases" : "bad-alias" }), line, column: col }] };
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return { ok: false, problems: [locate(problem("not-a-questionnaire", []))] };
  const lifted = liftTexts(raw);
  const parsed = questionnaireSchema.safeParse(lifted.data);
  // The schema's own cross-field checks are the cross-checks' to report, with their places.
  const within = (path: FilePath, outer: FilePath): boolean => outer.every((step, i) => path[i] === step);
  const schemaProblems = parsed.success
    ? []
    : problemsFromIssues(parsed.error.issues.filter((issue) => issue.code !== "custom"), lifted.data).filter((p) => !lifted.unreadable.some((path) => within(p.path, path)));
  let crossProblems: FileProblem[];
  if (parsed.success && schemaProblems.length === 0) {
    crossProblems = crossCheck(parsed.data);
  } else {
    const sound = salvage(lifted.data as Record<string, unknown>);
    crossProblems = crossCheck(sound.definition, { complete: sound.complete, droppedQuestions: sound.dropped }).map((p) => ({ ...p, path: sound.remap(p.path), ...(p.related ? { related: sound.remap(p.related) } : {}) }));
  }
  let problems = [...lifted.problems, ...schemaProblems, ...crossProblems].map(locate).sort(byPlace);
  // A check of the schema's own that the cross-checks do not know yet still gets said, in its words.
  if (problems.length === 0 && !parsed.success) problems = parsed.error.issues.map((issue) => locate(problem("invalid", issue.path.map((p) => (typeof p === "symbol" ? String(p) : p)), { detail: issue.message })));
  if (problems.length > 0 || !parsed.success) return { ok: false, problems: problems.length > 0 ? problems : [locate(problem("not-a-questionnaire", []))] };
  return { ok: true, definition: parsed.data, references: lifted.references, locate };
}
