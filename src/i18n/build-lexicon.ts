import { buildLexicon, type Lexicon } from "../domain/input/lexicon.ts";
import type { Translator } from "./translator.ts";

const list = (text: string): string[] =>
  text
    .split(",")
    .map((w) => w.trim())
    .filter((w) => w.length > 0);

/**
 * Gathers every locale's words (yes/no/skip, dates, units, fillers), every option's label and
 * aliases, and the labels and aliases of the parts of number lists (`partKeys`, e.g.
 * "part-present"), which name the numbers: "phải dự 18, có mặt 17, vắng 0".
 */
export function lexiconFrom(translator: Translator, optionIds: Iterable<string>, partKeys: Iterable<string> = []): Lexicon {
  const all = (key: string): string[] => translator.locales.flatMap((locale) => list(translator.t(locale, key)));
  const options = new Map<string, string[]>();
  for (const id of optionIds) {
    options.set(
      id,
      translator.locales.flatMap((locale) => [translator.t(locale, `option-${id}`), ...list(translator.attribute(locale, `option-${id}`, "aliases"))]),
    );
  }
  const parts = new Map<string, string[]>();
  for (const key of partKeys) {
    parts.set(
      key,
      translator.locales.flatMap((locale) => [translator.t(locale, key), ...list(translator.attribute(locale, key, "aliases"))]),
    );
  }
  return buildLexicon({
    yes: all("words-yes"),
    no: all("words-no"),
    unsure: all("words-unsure"),
    polite: all("words-polite"),
    none: all("words-none"),
    skip: all("words-skip"),
    today: all("words-today"),
    yesterday: all("words-yesterday"),
    hours: all("words-hours"),
    minutes: all("words-minutes"),
    percent: all("words-percent"),
    counted: all("words-counted"),
    fillers: all("words-filler"),
    all: all("words-all"),
    dateWords: all("words-date"),
    options,
    parts,
  });
}
