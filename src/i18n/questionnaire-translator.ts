import type { QuestionnaireDefinition, QuestionnaireText } from "../domain/questionnaire/definition.ts";
import type { MessageArgs, Translator } from "./translator.ts";

const overlays = new WeakMap<Translator, WeakMap<object, Translator>>();

/** `{ $name }` filled in as Fluent would; an unknown variable stays as written so a mistake shows. */
function fill(text: string, args: MessageArgs | undefined): string {
  if (!args) return text;
  return text.replace(/\{\s*\$([A-Za-z][\w-]*)\s*\}/g, (whole, name: string) => {
    const value = args[name];
    return value === undefined ? whole : String(value);
  });
}

/**
 * The translator a questionnaire's own text is read through: keys the questionnaire writes itself
 * (`texts`, from an office's file) first, then locales/*.ftl. A questionnaire without texts (the
 * built-in one) gets `translator` itself. One overlay per definition object, kept while it lives.
 */
export function questionnaireTranslator(translator: Translator, definition: Pick<QuestionnaireDefinition, "texts">): Translator {
  const texts = definition.texts;
  if (!texts || Object.keys(texts).length === 0) return translator;
  let byDefinition = overlays.get(translator);
  if (!byDefinition) {
    byDefinition = new WeakMap();
    overlays.set(translator, byDefinition);
  }
  const known = byDefinition.get(definition);
  if (known) return known;
  const own = (key: string): QuestionnaireText | undefined => (Object.hasOwn(texts, key) ? texts[key] : undefined);
  const overlay: Translator = {
    locales: translator.locales,
    t: (locale, key, args) => {
      const text = own(key);
      return text ? fill(text[locale], args) : translator.t(locale, key, args);
    },
    attribute: (locale, key, attribute) => {
      const text = own(key);
      if (!text) return translator.attribute(locale, key, attribute);
      return attribute === "aliases" ? (text.aliases ?? []).join(", ") : "";
    },
    has: (locale, key) => own(key) !== undefined || translator.has(locale, key),
  };
  byDefinition.set(definition, overlay);
  return overlay;
}

/**
 * One translator for the texts of several questionnaires at once (a digest or report over cells
 * answering different versions): the keys an office's file generates name its code and version,
 * so they do not collide; for a key written by two (an option's), the first given wins.
 */
export function questionnairesTranslator(translator: Translator, definitions: readonly Pick<QuestionnaireDefinition, "texts">[]): Translator {
  const merged: Record<string, QuestionnaireText> = {};
  for (const definition of [...definitions].reverse()) Object.assign(merged, definition.texts ?? {});
  return Object.keys(merged).length === 0 ? translator : questionnaireTranslator(translator, { texts: merged });
}

/**
 * A message as its writer wrote it, variables shown as `{ $name }`: what a questionnaire file's
 * comments quote. Fluent refuses to format a message without its variables, and says which.
 */
export function messageAsWritten(translator: Translator, locale: "vi" | "en", key: string): string | undefined {
  if (!translator.has(locale, key)) return undefined;
  const args: Record<string, string> = {};
  for (let tries = 0; tries < 10; tries++) {
    try {
      return translator.t(locale, key, args);
    } catch (error) {
      const name = error instanceof ReferenceError ? /\$([\w-]+)/.exec(error.message)?.[1] : undefined;
      if (name === undefined || name in args) throw error;
      args[name] = `{ $${name} }`;
    }
  }
  return undefined;
}
