import { fold } from "./normalize.ts";
import { tokenize, type Token } from "./tokens.ts";

/**
 * A word or words from the lexicon ("phút", "đồng chí", "đ/c", "%") as the token texts an
 * answer must contain, in order: folded words and marks as typed.
 */
export type Phrase = readonly string[];

export function toPhrase(text: string): Phrase {
  return tokenize(text).map((token) => token.text);
}

/** The length of the longest phrase found at `at`, or 0. */
export function phraseAt(tokens: readonly Token[], at: number, phrases: readonly Phrase[]): number {
  let longest = 0;
  for (const phrase of phrases) {
    if (phrase.length > longest && phrase.every((text, i) => tokens[at + i]?.text === text)) longest = phrase.length;
  }
  return longest;
}

/**
 * A phrase as written, diacritics kept ("dạ"), for words that differ from others only by their
 * tones: "dạ" is a politeness particle, "đã" is not, though both fold to "da".
 */
export function toExactPhrase(text: string): Phrase {
  return tokenize(text).map((token) => (token.kind === "word" ? token.exact : token.text));
}

/**
 * The length of the longest exact phrase found at `at`, or 0. A word typed with diacritics
 * must match them; one typed without may stand for any tones ("da" may be "dạ").
 */
export function exactPhraseAt(tokens: readonly Token[], at: number, phrases: readonly Phrase[]): number {
  let longest = 0;
  for (const phrase of phrases) {
    if (phrase.length > longest && phrase.every((text, i) => sameWord(tokens[at + i], text))) longest = phrase.length;
  }
  return longest;
}

function sameWord(token: Token | undefined, text: string): boolean {
  if (token?.kind !== "word") return token?.text === text;
  return token.exact === text || (token.exact === token.text && token.text === fold(text));
}
