import type { Lexicon } from "./lexicon.ts";
import { exactPhraseAt, phraseAt, type Phrase } from "./phrases.ts";
import { marks } from "./readers.ts";
import type { Token } from "./tokens.ts";

type Kind = "yes" | "no" | "unsure" | "polite";

interface Piece {
  readonly kind: Kind;
  /** A polite word that is also a yes word ("vâng", "ừ"): yes when nothing else is said. */
  readonly alsoYes?: boolean;
  /** "1" or "2" typed as the number of the button. */
  readonly digit?: boolean;
}

/**
 * Yes or no, from an answer in which every word is explained: yes and no phrases ("có",
 * "không có", "chưa xong"), politeness particles ("dạ", "vâng", "thưa", "ạ") and punctuation.
 * Particles are fillers wherever they stand, so the rest decides: "dạ không" and "vâng, chưa"
 * are no. Particles alone are yes only when one of them is a yes word ("vâng", "dạ vâng"); a
 * bare "dạ" is no answer yet. Anything else is undefined and asked again: a hedge anywhere
 * ("không biết", "chưa rõ"), a yes and a no together ("có, không"), or an unknown word
 * ("đang xử lý", "có đâu", "ok", "có?"). The button numbers 1 and 2 count only on their own.
 */
export function readYesNo(tokens: readonly Token[], lexicon: Lexicon): "yes" | "no" | undefined {
  const pieces: Piece[] = [];
  let at = 0;
  while (at < tokens.length) {
    const token = tokens[at];
    if (marks(tokens, at)) {
      at++;
    } else if (token?.kind === "numeral") {
      if (token.negative || (token.text !== "1" && token.text !== "2")) return undefined;
      pieces.push({ kind: token.text === "1" ? "yes" : "no", digit: true });
      at++;
    } else {
      const read = wordAt(tokens, at, lexicon);
      if (!read) return undefined;
      pieces.push(read.piece);
      at += read.length;
    }
  }
  if (pieces.some((p) => p.kind === "unsure")) return undefined;
  const said = pieces.filter((p) => p.kind !== "polite");
  if (said.length === 0) return pieces.some((p) => p.alsoYes) ? "yes" : undefined;
  if (said.length > 1 && said.some((p) => p.digit)) return undefined;
  if (said.every((p) => p.kind === "yes")) return "yes";
  return said.every((p) => p.kind === "no") ? "no" : undefined;
}

/** The longest phrase at `at`; on a tie a hedge wins, then a particle ("vâng" before "vâng" the yes). */
function wordAt(tokens: readonly Token[], at: number, lexicon: Lexicon): { piece: Piece; length: number } | undefined {
  const lists: [Kind, number][] = [
    ["unsure", phraseAt(tokens, at, lexicon.unsure)],
    ["polite", particleAt(tokens, at, lexicon)],
    ["no", phraseAt(tokens, at, lexicon.no)],
    ["yes", phraseAt(tokens, at, lexicon.yes)],
  ];
  let best: { piece: Piece; length: number } | undefined;
  for (const [kind, length] of lists) {
    if (length > (best?.length ?? 0)) best = { piece: { kind }, length };
  }
  if (best?.piece.kind === "polite" && phraseAt(tokens, at, lexicon.yes) === best.length) best = { ...best, piece: { kind: "polite", alsoYes: true } };
  return best;
}

/**
 * True when the token at `at` is a yes, no, hedge or polite word ("không", "có", "chưa", "dạ"):
 * an answer of its own, so a choice is never guessed from a prefix made only of these.
 */
export function isAnswerWord(tokens: readonly Token[], at: number, lexicon: Lexicon): boolean {
  const token = tokens[at];
  if (token?.kind !== "word") return false;
  const one = (phrases: readonly Phrase[]): Phrase[] => phrases.filter((p) => p.length === 1);
  return [lexicon.yes, lexicon.no, lexicon.unsure].some((phrases) => phraseAt(tokens, at, one(phrases)) === 1) || exactPhraseAt(tokens, at, one(lexicon.polite)) === 1;
}

/** The length of the politeness particle at `at` ("dạ", "thưa"), or 0. */
export function particleAt(tokens: readonly Token[], at: number, lexicon: Lexicon): number {
  return exactPhraseAt(tokens, at, lexicon.polite);
}
