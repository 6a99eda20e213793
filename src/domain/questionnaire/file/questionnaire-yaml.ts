import { Document, isMap, isPair, isScalar, isSeq, visit, type Node, type Pair, type Scalar as YamlScalar } from "yaml";
import type { QuestionnaireDefinition, QuestionnaireText } from "../definition.ts";

/** How a key of locales/*.ftl reads, for the comment beside a field that names it; undefined when unknown. */
export type DescribeKey = (key: string) => { readonly vi: string; readonly en: string } | undefined;

export interface YamlOptions {
  /** Lines written at the top of the file, as comments. */
  readonly header?: readonly string[];
  /** Given, every field naming a key gets the key's Vietnamese and English text as a comment. */
  readonly describe?: DescribeKey;
}

/** The order fields are written in: the one a person reads a question or rule in. */
const FIELD_ORDER = [
  ["code", "version", "criteria", "questions", "rules"],
  ["kind", "id", "item", "criterion", "name", "label", "prompt", "answer", "type", "q", "value", "unit", "parts", "min", "max", "metAt", "maxLength"],
  ["options", "ref", "in", "atLeast", "above", "atMost", "points", "bands", "of", "optional", "askIf", "when", "zeroes", "note", "checks"],
  ["left", "right", "error", "sum", "percentOf", "all", "any", "not", "monthOfQuarter", "const", "vi", "en", "aliases"],
].flat();
const rank = (key: string): number => {
  const i = FIELD_ORDER.indexOf(key);
  return i < 0 ? FIELD_ORDER.length : i;
};
const TEXT_FIELDS = new Set(["name", "label", "prompt", "error", "note"]);
const FLOW_WIDTH = 76;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const written = (text: QuestionnaireText): { [key: string]: Json } => ({ vi: text.vi, en: text.en, ...(text.aliases ? { aliases: [...text.aliases] } : {}) });

/**
 * The definition as a file an office edits: its own texts written in place (both languages side by
 * side), keys of locales/*.ftl kept as keys with their text beside them as comments, fields in
 * reading order, small things (a reference, a condition, a band) on one line. Reading the file
 * back gives the same definition: comments, order and layout are not content.
 */
export function questionnaireYaml(definition: QuestionnaireDefinition, options: YamlOptions = {}): string {
  const texts = definition.texts ?? {};
  const own = (key: string): QuestionnaireText | undefined => (Object.hasOwn(texts, key) ? texts[key] : undefined);

  const plain = (value: unknown, field: string | undefined, parent: string | undefined): Json => {
    if (Array.isArray(value)) {
      if (field === "options") return value.map((id: unknown) => {
        const text = own(`option-${String(id)}`);
        return text ? { id: String(id), ...written(text) } : String(id);
      });
      if (field === "parts") return value.map((key: unknown) => {
        const text = own(String(key));
        return text ? written(text) : String(key);
      });
      return value.map((item: unknown) => plain(item, undefined, field));
    }
    if (typeof value === "object" && value !== null) {
      const entries = Object.entries(value).filter(([key, item]) => item !== undefined && !(parent === undefined && field === undefined && key === "texts"));
      const ordered = field === "points" ? entries : entries.sort(([a], [b]) => rank(a) - rank(b));
      return Object.fromEntries(ordered.map(([key, item]) => [key, plain(item, key, field)]));
    }
    if (typeof value === "string" && field !== undefined && TEXT_FIELDS.has(field)) {
      const text = own(value);
      if (text) return written(text);
    }
    return value as Json;
  };

  const doc = new Document(plain(definition, undefined, undefined));
  if (options.header && options.header.length > 0) doc.commentBefore = options.header.map((line) => (line ? ` ${line}` : "")).join("\n");

  // One line for what is short and holds no written text; questions, rules and bands stay one field a line.
  const BLOCK_LISTS = new Set(["questions", "rules", "criteria", "bands", "of", "checks"]);
  const keyAbove = (path: readonly unknown[]): string | undefined => {
    const pair = path.findLast((p) => isPair(p));
    return isPair(pair) && isScalar(pair.key) ? String(pair.key.value) : undefined;
  };
  const hasWrittenText = (node: unknown): boolean => JSON.stringify(isMap(node) || isSeq(node) ? node.toJSON() : null).includes('"vi":');
  visit(doc, {
    Map(_, node, path) {
      const parent = path.at(-1);
      const list = isSeq(parent) ? keyAbove(path) : undefined;
      if (list === "questions" || list === "rules" || list === "of") return;
      // A short text stays on one line, `{ vi: …, en: … }`, as an office would write it; anything holding one does not.
      const isText = node.items.every((p) => isPair(p) && isScalar(p.key) && ["id", "vi", "en", "aliases"].includes(String(p.key.value)));
      if (!isText && hasWrittenText(node)) return;
      // Comments can only stand above a line: an answer's options and parts keep theirs.
      if (options.describe && node.items.some((p) => isPair(p) && isScalar(p.key) && (p.key.value === "parts" || p.key.value === "options"))) return;
      if (JSON.stringify(node.toJSON()).length <= FLOW_WIDTH) node.flow = true;
    },
    Seq(_, node, path) {
      const field = keyAbove(path);
      if (field !== undefined && BLOCK_LISTS.has(field) && path.length <= 6) return;
      if (hasWrittenText(node)) return;
      if (JSON.stringify(node.toJSON()).length <= FLOW_WIDTH) node.flow = true;
    },
  });

  if (options.describe) {
    const describe = options.describe;
    const comment = (key: string, prefix = ""): string[] => {
      if (own(key)) return [];
      const text = describe(key);
      return text ? [` ${prefix}vi: ${oneLine(text.vi)}`, ` ${prefix}en: ${oneLine(text.en)}`] : [];
    };
    visit(doc, {
      Pair(_, pair: Pair<unknown, unknown>, path) {
        const owner = path.at(-1);
        if (!isScalar(pair.key) || (isMap(owner) && owner.flow)) return;
        const field = String(pair.key.value);
        const value = pair.value as Node | null;
        let lines: string[] = [];
        if (TEXT_FIELDS.has(field) && isScalar(value) && typeof value.value === "string") lines = comment(value.value);
        else if ((field === "options" || field === "parts") && isSeq(value)) {
          lines = value.items.flatMap((item) => {
            if (!isScalar(item) || typeof item.value !== "string") return [];
            const key = field === "options" ? `option-${item.value}` : item.value;
            const text = own(key) ? undefined : describe(key);
            return text ? [` ${item.value}: ${oneLine(text.vi)} · ${oneLine(text.en)}`] : [];
          });
        }
        if (lines.length > 0) (pair.key as YamlScalar).commentBefore = lines.join("\n");
      },
    });
    // A criterion, band or check written on one line has its texts above it.
    visit(doc, {
      Seq(_, node) {
        for (const item of node.items) {
          if (!isMap(item) || !item.flow) continue;
          const lines = item.items.flatMap((p) => {
            if (!isPair(p) || !isScalar(p.key) || !TEXT_FIELDS.has(String(p.key.value)) || !isScalar(p.value) || typeof p.value.value !== "string") return [];
            return comment(p.value.value);
          });
          if (lines.length > 0) item.commentBefore = lines.join("\n");
        }
      },
    });
  }
  return doc.toString({ lineWidth: 0, flowCollectionPadding: true });
}

const oneLine = (text: string): string => text.replace(/\s*\n\s*/g, " ").trim();
