import { buildLexicon, type Lexicon } from "../domain/input/lexicon.ts";
import type { Translator } from "./translator.ts";

const list = (text: string): string[] =>
  text
    .split(",")
    .map((w) => w.trim())
    .filter((w) => w.length > 0);

/** Gathers every locale's words for yes/no/skip/dates and every option's label and aliases. */
export function lexiconFrom(translator: Translator, optionIds: Iterable<string>): Lexicon {
  const all = (key: string): string[] => translator.locales.flatMap((locale) => list(translator.t(locale, key)));
  const options = new Map<string, string[]>();
  for (const id of optionIds) {
    options.set(
      id,
      translator.locales.flatMap((locale) => [translator.t(locale, `option-${id}`), ...list(translator.attribute(locale, `option-${id}`, "aliases"))]),
    );
  }
  return buildLexicon({
    yes: all("words-yes"),
    no: all("words-no"),
    unsure: all("words-unsure"),
    skip: all("words-skip"),
    today: all("words-today"),
    yesterday: all("words-yesterday"),
    hours: all("words-hours"),
    options,
  });
}
