import { z } from "zod";
import { questionnaireTextSchema, type QuestionnaireText } from "../definition.ts";
import { problem, type FilePath, type FileProblem } from "./file-problem.ts";
import { problemsFromIssues } from "./zod-problems.ts";

/** A text field that names a key (of locales/*.ftl) instead of writing the text. */
export interface KeyReference {
  readonly key: string;
  readonly path: FilePath;
}

export interface LiftedTexts {
  /** The file's data with every written text replaced by its key: the shape of a definition. */
  readonly data: unknown;
  readonly texts: Readonly<Record<string, QuestionnaireText>>;
  /** Where each key of `texts` was written first. */
  readonly written: ReadonlyMap<string, FilePath>;
  readonly references: readonly KeyReference[];
  readonly problems: readonly FileProblem[];
  /** Texts that could not be read: the schema's complaint that they are not keys would say it twice. */
  readonly unreadable: readonly FilePath[];
}

const optionTextSchema = z.strictObject({ id: z.string(), vi: z.string(), en: z.string(), aliases: z.array(z.string()).optional() });

type Json = Record<string, unknown>;
const isMap = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);
const slug = (value: unknown): string =>
  String(value)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");

/**
 * The prefix of the keys a file's written texts get: the questionnaire's code and version, so a
 * key names one text in the whole database (a code and version are stored with one content only).
 */
export function textKeyPrefix(code: unknown, version: unknown): string {
  const name = slug(code);
  const base = /^[a-z]/.test(name) ? name : `q-${name || "x"}`;
  return typeof version === "number" && Number.isInteger(version) && version > 0 ? `${base}-v${version}` : base;
}

/**
 * An office writes its questionnaire's text where it is used, both languages side by side
 * (`prompt: { vi: …, en: … }`, an option `{ id: …, vi: …, en: … }`); a definition names every text
 * by key. This lifts each written text into `texts` under a key made from the questionnaire's
 * code and version and the place it is written (`kieu-mau-v1-question-q1-held`), so the file's
 * content, not the order of its lines, decides the keys: writing a definition back out (with its
 * texts in place) and reading it again gives the same definition. A field may still name a key
 * of locales/*.ftl, as the built-in questionnaire does everywhere.
 */
export function liftTexts(file: unknown): LiftedTexts {
  if (!isMap(file)) return { data: file, texts: {}, written: new Map(), references: [], problems: [], unreadable: [] };
  const data = structuredClone(file);
  const texts: Record<string, QuestionnaireText> = {};
  const written = new Map<string, FilePath>();
  const references: KeyReference[] = [];
  const problems: FileProblem[] = [];
  const unreadable: FilePath[] = [];
  // In `{ vi: Đoàn kết, kỷ luật, en: … }` the comma ends the text: the rest reads as a field of its own.
  const unreadableText = (issues: Parameters<typeof problemsFromIssues>[0], value: unknown, path: FilePath): void => {
    unreadable.push(path);
    problems.push(...problemsFromIssues(issues, value, path).map((p) => (p.code === "unknown-field" ? { ...p, code: "text-unknown-field" } : p)));
  };
  const prefix = textKeyPrefix(data["code"], data["version"]);
  if ("texts" in data) problems.push(problem("texts-in-file", ["texts"], {}, { onKey: true }));

  const keep = (base: string, text: QuestionnaireText, path: FilePath): string => {
    for (let n = 1; ; n++) {
      const key = n === 1 ? base : `${base}-${n}`;
      const known = texts[key];
      if (!known) {
        texts[key] = text;
        written.set(key, path);
        return key;
      }
      if (JSON.stringify(known) === JSON.stringify(text)) return key;
    }
  };

  /** A text field of `owner`: written text becomes a key; a key is kept and noted. */
  const field = (owner: Json | unknown[], name: string | number, path: FilePath, base: string): void => {
    const value = (owner as Record<string | number, unknown>)[name];
    if (typeof value === "string") {
      references.push({ key: value, path });
      return;
    }
    if (!isMap(value)) return;
    const parsed = questionnaireTextSchema.safeParse(value);
    if (!parsed.success) {
      unreadableText(parsed.error.issues, value, path);
      return;
    }
    (owner as Record<string | number, unknown>)[name] = keep(base, parsed.data, path);
  };

  const options = (list: unknown, path: FilePath): void => {
    if (!Array.isArray(list)) return;
    list.forEach((option: unknown, j) => {
      const at = [...path, j];
      if (typeof option === "string") {
        references.push({ key: `option-${option}`, path: at });
        return;
      }
      if (!isMap(option)) return;
      const parsed = optionTextSchema.safeParse(option);
      if (!parsed.success) {
        unreadableText(parsed.error.issues, option, at);
        return;
      }
      const { id, ...rest } = parsed.data;
      const text = questionnaireTextSchema.safeParse(rest);
      if (!text.success) {
        unreadableText(text.error.issues, rest, at);
        return;
      }
      const key = `option-${id}`;
      const known = texts[key];
      if (known && JSON.stringify(known) !== JSON.stringify(text.data)) {
        problems.push(problem("option-text-conflict", at, { id }, { related: written.get(key) ?? [] }));
        return;
      }
      if (!known) {
        texts[key] = text.data;
        written.set(key, at);
      }
      list[j] = id;
    });
  };

  const rule = (value: unknown, path: FilePath): void => {
    if (!isMap(value)) return;
    const id = slug(value["id"]) || slug(path.join("-"));
    field(value, "label", [...path, "label"], `${prefix}-${value["kind"] === "flag" ? "flag" : "rule"}-${id}`);
    if (Array.isArray(value["bands"])) {
      value["bands"].forEach((band: unknown, j) => {
        if (isMap(band)) field(band, "note", [...path, "bands", j, "note"], `${prefix}-note-${id}-${j + 1}`);
      });
    }
    if (Array.isArray(value["of"])) value["of"].forEach((inner: unknown, j) => rule(inner, [...path, "of", j]));
  };

  // The order of this walk is the definition's, whatever order the file writes its fields in.
  if (Array.isArray(data["criteria"])) {
    data["criteria"].forEach((criterion: unknown, i) => {
      if (isMap(criterion)) field(criterion, "name", ["criteria", i, "name"], `${prefix}-criterion-${slug(criterion["id"]) || i + 1}`);
    });
  }
  if (Array.isArray(data["questions"])) {
    data["questions"].forEach((question: unknown, i) => {
      if (!isMap(question)) return;
      const at: FilePath = ["questions", i];
      const id = slug(question["id"]) || String(i + 1);
      field(question, "label", [...at, "label"], `${prefix}-label-${id}`);
      field(question, "prompt", [...at, "prompt"], `${prefix}-question-${id}`);
      const answer = question["answer"];
      if (isMap(answer)) {
        if (Array.isArray(answer["parts"])) answer["parts"].forEach((_, j) => field(answer["parts"] as unknown[], j, [...at, "answer", "parts", j], `${prefix}-part-${id}-${j + 1}`));
        options(answer["options"], [...at, "answer", "options"]);
      }
      if (Array.isArray(question["checks"])) {
        question["checks"].forEach((check: unknown, j) => {
          if (isMap(check)) field(check, "error", [...at, "checks", j, "error"], `${prefix}-check-${id}-${j + 1}`);
        });
      }
    });
  }
  if (Array.isArray(data["rules"])) data["rules"].forEach((value: unknown, i) => rule(value, ["rules", i]));
  if (Array.isArray(data["bands"])) {
    data["bands"].forEach((band: unknown, i) => {
      if (isMap(band)) field(band, "label", ["bands", i, "label"], `${prefix}-band-${i + 1}`);
    });
  }

  // A key the file writes itself is not also named elsewhere: written back out, that place would get its own key.
  for (const reference of references) {
    if (written.has(reference.key) && !reference.key.startsWith("option-")) problems.push(problem("key-written-here", reference.path, { key: reference.key }, { related: written.get(reference.key) ?? [] }));
  }
  if (Object.keys(texts).length > 0) data["texts"] = texts;
  return { data, texts, written, references, problems, unreadable };
}
