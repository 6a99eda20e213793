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
