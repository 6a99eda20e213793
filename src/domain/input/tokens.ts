import { fold } from "./normalize.ts";

/**
 * A typed answer cut into the pieces the number grammars read. Whitespace only separates;
 * every other character ends up in some token, so a reader that explains every token has
 * explained the whole answer.
 */
export type Token =
  /** Digits as typed, with inner dots and commas kept: "18", "1.000", "95,5", "18,17,0". */
  | { readonly kind: "numeral"; readonly text: string; readonly negative: boolean }
  /** `text` is folded ("mười" -> "muoi"); `exact` keeps the diacritics ("mười"), lower case. */
  | { readonly kind: "word"; readonly text: string; readonly exact: string }
  /** Any other single character: "/", "%", ",", "'", "?", an emoji's code point. */
  | { readonly kind: "mark"; readonly text: string };

const PIECES = /\d+(?:[.,]\d+)*|[\p{L}\p{M}]+|\S/gu;

export function tokenize(raw: string): Token[] {
  const text = raw.normalize("NFC");
  const tokens: Token[] = [];
  let signAt = -1;
  for (const match of text.matchAll(PIECES)) {
    const piece = match[0];
    const at = match.index;
    if (/^\d/.test(piece)) {
      // "-1" and "17 -1" are negative; "18-17-0" and "18 - 17" separate numbers.
      const negative = signAt >= 0 && signAt === at - 1;
      if (negative) tokens.pop();
      tokens.push({ kind: "numeral", text: piece, negative });
    } else if (/^[\p{L}\p{M}]/u.test(piece)) {
      tokens.push({ kind: "word", text: fold(piece), exact: piece.toLowerCase() });
    } else {
      tokens.push({ kind: "mark", text: piece });
    }
    signAt = isSign(piece, text, at) ? at : -1;
  }
  return tokens;
}

/** A dash at the start or after a space can be a minus sign, one right after a digit cannot. */
function isSign(piece: string, text: string, at: number): boolean {
  return (piece === "-" || piece === "−") && (at === 0 || /\s/.test(text[at - 1] ?? ""));
}

export function isWord(token: Token | undefined, ...texts: readonly string[]): boolean {
  return token?.kind === "word" && texts.includes(token.text);
}

/** What a grammar read starting at some token, and the token after it. */
export interface Reading<T = number> {
  readonly value: T;
  readonly next: number;
}
