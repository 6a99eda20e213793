import { fold } from "./normalize.ts";

/**
 * The words people type for yes, no, skip and each option, folded (lower case, no diacritics),
 * gathered from every locale so a Vietnamese word works in English and the other way round.
 * Built from locales/*.ftl by the i18n layer; the domain only compares.
 */
export interface Lexicon {
  readonly yes: ReadonlySet<string>;
  readonly no: ReadonlySet<string>;
  /** Hedges ("có lẽ", "maybe"): an answer starting with one is neither yes nor no. */
  readonly unsure: readonly string[];
  readonly skip: ReadonlySet<string>;
  readonly today: ReadonlySet<string>;
  readonly yesterday: ReadonlySet<string>;
  /** Words for hours ("tiếng", "giờ", "h", "hours"). */
  readonly hours: ReadonlySet<string>;
  /** option id -> folded labels and aliases */
  readonly options: ReadonlyMap<string, ReadonlySet<string>>;
}

export interface LexiconSource {
  readonly yes: readonly string[];
  readonly no: readonly string[];
  readonly unsure: readonly string[];
  readonly skip: readonly string[];
  readonly today: readonly string[];
  readonly yesterday: readonly string[];
  readonly hours: readonly string[];
  readonly options: ReadonlyMap<string, readonly string[]>;
}

export function buildLexicon(source: LexiconSource): Lexicon {
  const set = (values: readonly string[]): ReadonlySet<string> => new Set(values.map(fold).filter((v) => v.length > 0));
  return {
    yes: set(source.yes),
    no: set(source.no),
    unsure: [...set(source.unsure)],
    skip: set(source.skip),
    today: set(source.today),
    yesterday: set(source.yesterday),
    hours: set(source.hours),
    options: new Map([...source.options].map(([id, labels]) => [id, set(labels)])),
  };
}
