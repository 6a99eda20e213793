import { fold } from "./normalize.ts";
import { toExactPhrase, toPhrase, type Phrase } from "./phrases.ts";

/**
 * The words people type for yes, no, skip, each option, and the words allowed around a number
 * ("người", "phút", "%", "ạ"), folded (lower case, no diacritics), gathered from every locale
 * so a Vietnamese word works in English and the other way round. Built from locales/*.ftl by
 * the i18n layer; the domain only compares.
 */
export interface Lexicon {
  /** Yes words and phrases: "có", "rồi", "vâng", "yes". */
  readonly yes: readonly Phrase[];
  /** No words and phrases: "không", "chưa", "không có", "chưa xong", "no". */
  readonly no: readonly Phrase[];
  /** Hedges ("có lẽ", "không biết", "chưa rõ", "maybe"): an answer with one is neither yes nor no. */
  readonly unsure: readonly Phrase[];
  /**
   * Politeness particles around an answer ("dạ", "vâng", "thưa", "ạ"): alone they answer
   * nothing. Kept with their diacritics (match with exactPhraseAt): "đã" is not "dạ".
   */
  readonly polite: readonly Phrase[];
  readonly skip: ReadonlySet<string>;
  readonly today: readonly Phrase[];
  readonly yesterday: readonly Phrase[];
  /** Whole answers to a count that mean 0: "ko", "chưa", "none". */
  readonly none: readonly Phrase[];
  /** Words for hours ("tiếng", "giờ", "h", "hours"). */
  readonly hours: readonly Phrase[];
  /** Words for minutes ("phút", "p", "'", "mins"). */
  readonly minutes: readonly Phrase[];
  /** "%", "phần trăm", "percent". */
  readonly percent: readonly Phrase[];
  /** What a count counts: "người", "đồng chí", "đ/c", "việc", "people". */
  readonly counted: readonly Phrase[];
  /** Words that change nothing in a number answer: "ạ", "nhé", "please". */
  readonly fillers: readonly Phrase[];
  /** "tất cả", "all": the whole cell, where a question's natural total is the member count. */
  readonly all: readonly Phrase[];
  /** Words around a date: "ngày", "mùng", "tháng", "on", "the". */
  readonly dateWords: readonly Phrase[];
  /** option id -> folded labels and aliases */
  readonly options: ReadonlyMap<string, ReadonlySet<string>>;
  /** part key (e.g. "part-present") -> its labels and aliases ("có mặt", "dự họp"), which name the numbers of a list. */
  readonly parts: ReadonlyMap<string, readonly Phrase[]>;
}

export interface LexiconSource {
  readonly yes: readonly string[];
  readonly no: readonly string[];
  readonly unsure: readonly string[];
  readonly polite: readonly string[];
  readonly none: readonly string[];
  readonly skip: readonly string[];
  readonly today: readonly string[];
  readonly yesterday: readonly string[];
  readonly hours: readonly string[];
  readonly minutes: readonly string[];
  readonly percent: readonly string[];
  readonly counted: readonly string[];
  readonly fillers: readonly string[];
  readonly all: readonly string[];
  readonly dateWords: readonly string[];
  readonly options: ReadonlyMap<string, readonly string[]>;
  readonly parts: ReadonlyMap<string, readonly string[]>;
}

export function buildLexicon(source: LexiconSource): Lexicon {
  const set = (values: readonly string[]): ReadonlySet<string> => new Set(values.map(fold).filter((v) => v.length > 0));
  const phrases = (values: readonly string[]): Phrase[] => {
    const unique = new Map(values.map(toPhrase).filter((p) => p.length > 0).map((p) => [p.join(" "), p]));
    return [...unique.values()];
  };
  return {
    yes: phrases(source.yes),
    no: phrases(source.no),
    unsure: phrases(source.unsure),
    polite: source.polite.map(toExactPhrase).filter((p) => p.length > 0),
    skip: set(source.skip),
    today: phrases(source.today),
    yesterday: phrases(source.yesterday),
    none: phrases(source.none),
    hours: phrases(source.hours),
    minutes: phrases(source.minutes),
    percent: phrases(source.percent),
    counted: phrases(source.counted),
    fillers: phrases(source.fillers),
    all: phrases(source.all),
    dateWords: phrases(source.dateWords),
    options: new Map([...source.options].map(([id, labels]) => [id, set(labels)])),
    parts: new Map([...source.parts].map(([key, labels]) => [key, phrases(labels)])),
  };
}
