import { questionnaireContentHash } from "../domain/questionnaire/content-hash.ts";
import type { QuestionnaireDefinition } from "../domain/questionnaire/definition.ts";
import { problem, type FilePath, type FileProblem } from "../domain/questionnaire/file/file-problem.ts";
import { parseQuestionnaireFile } from "../domain/questionnaire/file/parse-questionnaire-file.ts";
import type { Translate, Translator } from "../i18n/translator.ts";

export type QuestionnaireFileCheck =
  | { readonly ok: true; readonly definition: QuestionnaireDefinition; readonly hash: string }
  | { readonly ok: false; readonly problems: readonly FileProblem[] };

/**
 * A questionnaire file checked as far as it can be before it is used: its YAML, the schema, the
 * cross-checks, and every key it names instead of writing the text (a line of locales/vi.ftl
 * must hold it). Every problem at once, each with its line.
 */
export function checkQuestionnaireFile(translator: Pick<Translator, "has">, text: string): QuestionnaireFileCheck {
  const read = parseQuestionnaireFile(text);
  if (!read.ok) return read;
  const own = read.definition.texts ?? {};
  const unknown = read.references
    .filter((reference) => !Object.hasOwn(own, reference.key) && !translator.has("vi", reference.key))
    .map((reference) => read.locate(problem("unknown-text", reference.path, { key: reference.key })));
  if (unknown.length > 0) return { ok: false, problems: unknown };
  return { ok: true, definition: read.definition, hash: questionnaireContentHash(read.definition) };
}

/** "code monthly-cell v2": how a version is named to people. */
export const versionName = (definition: Pick<QuestionnaireDefinition, "code" | "version">): string => `${definition.code} v${definition.version}`;

/** A field of the file in the reader's words: "điểm (points)", "lựa chọn thứ 2 (options)", "điểm cho «prep-one» (points)". */
function fieldText(t: Translate, has: (key: string) => boolean, path: FilePath): string {
  const named = (name: string): string => {
    const key = `qfile-field-${name.toLowerCase()}`;
    return has(key) ? t("qfile-field", { name: t(key), key: name }) : `«${name}»`;
  };
  const last = path.at(-1);
  const before = path.at(-2);
  if (last === undefined) return t("qfile-field-file");
  if (typeof last === "number") return typeof before === "string" ? t("qfile-field-nth", { field: named(before), n: last + 1 }) : `#${last + 1}`;
  if (before === "points") return t("qfile-field-points-of", { option: last });
  return named(last);
}

/** Each problem as a line: where it is, what is wrong, what was expected. */
export function problemLines(translator: Translator, t: Translate, locale: "vi" | "en", problems: readonly FileProblem[]): string[] {
  const has = (key: string): boolean => translator.has(locale, key);
  return problems.map((p) => {
    const args: Record<string, string | number> = { ...p.args, field: fieldText(t, has, p.path) };
    if (p.code === "type") {
      const expected = `qfile-expected-${String(p.args["expected"])}`;
      args["expected"] = has(expected) ? t(expected) : t("qfile-expected-other", { expected: String(p.args["expected"]) });
    }
    if (p.code === "syntax") {
      const detail = `qfile-syntax-${String(p.args["detail"])}`;
      args["detail"] = has(detail) ? t(detail) : t("qfile-syntax-other", { code: String(p.args["detail"]) });
    }
    const key = p.args["suggestion"] !== undefined && has(`qfile-${p.code}-suggest`) ? `qfile-${p.code}-suggest` : `qfile-${p.code}`;
    const message = has(key) ? t(key, args) : t("qfile-invalid", { field: String(args["field"]), detail: p.code });
    if (p.line === undefined) return message;
    const at = { line: p.line, column: p.column ?? 1, message };
    return p.relatedLine === undefined ? t("qfile-at", at) : t("qfile-at-related", { ...at, related: p.relatedLine });
  });
}
