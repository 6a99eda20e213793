import { isWord, type Reading, type Token } from "./tokens.ts";

/**
 * Numbers written in words, Vietnamese ("mười lăm", "hai mốt", "một trăm lẻ năm", with or
 * without diacritics) and English ("twenty-one", "a hundred and five"), up to 999 999.
 * Number words are grammar, not text shown to anyone, so they live here rather than in the
 * locales. Forms that could be read two ways ("một trăm năm": 105 or 150?) stop the number
 * early, so the rest of the answer is left unexplained and the answer is refused, not guessed.
 */
export function spokenNumberAt(tokens: readonly Token[], at: number): Reading | undefined {
  const vi = vietnameseAt(tokens, at);
  const en = englishAt(tokens, at);
  if (!vi || !en) return vi ?? en;
  return en.next > vi.next ? en : vi;
}

interface ViWord {
  /** Standalone, after "mươi"/"mười", and before "mươi"/"trăm". */
  readonly digit?: number;
  /** Only after tens: "hai mươi mốt", "mười lăm", and colloquially "hai mốt", "ba lăm". */
  readonly tail?: number;
  /** "mười": ten, or ten and a unit. */
  readonly ten?: true;
  /** "mươi": tens of the digit before it. */
  readonly tens?: true;
  readonly hundred?: true;
  readonly thousand?: true;
  /** "linh", "lẻ": no tens, as in "một trăm lẻ năm" (105). */
  readonly gap?: true;
  /** "rưỡi": and a half of the hundred or thousand before it. */
  readonly half?: true;
}

// Without diacritics "mot" may be "một" or "mốt", and "muoi" "mười" or "mươi".
const VI = new Map<string, ViWord>([
  ["không", { digit: 0 }], ["khong", { digit: 0 }],
  ["một", { digit: 1 }], ["mốt", { tail: 1 }], ["mot", { digit: 1, tail: 1 }],
  ["hai", { digit: 2 }], ["ba", { digit: 3 }],
  ["bốn", { digit: 4 }], ["bon", { digit: 4 }], ["tư", { tail: 4 }], ["tu", { tail: 4 }],
  ["năm", { digit: 5 }], ["nam", { digit: 5 }],
  ["lăm", { tail: 5 }], ["lam", { tail: 5 }], ["nhăm", { tail: 5 }], ["nham", { tail: 5 }],
  ["sáu", { digit: 6 }], ["sau", { digit: 6 }],
  ["bảy", { digit: 7 }], ["bẩy", { digit: 7 }], ["bay", { digit: 7 }],
  ["tám", { digit: 8 }], ["tam", { digit: 8 }],
  ["chín", { digit: 9 }], ["chin", { digit: 9 }],
  ["mười", { ten: true }], ["mươi", { tens: true }], ["muoi", { ten: true, tens: true }],
  ["trăm", { hundred: true }], ["tram", { hundred: true }],
  ["nghìn", { thousand: true }], ["nghin", { thousand: true }], ["ngàn", { thousand: true }], ["ngan", { thousand: true }],
  ["linh", { gap: true }], ["lẻ", { gap: true }], ["le", { gap: true }],
  ["rưỡi", { half: true }], ["ruoi", { half: true }],
]);

/** A word typed with diacritics must match them; one typed without may match any tone. */
function viAt(tokens: readonly Token[], at: number): ViWord | undefined {
  const token = tokens[at];
  if (token?.kind !== "word") return undefined;
  return VI.get(token.exact) ?? (token.exact === token.text ? VI.get(token.text) : undefined);
}

function vietnameseAt(tokens: readonly Token[], at: number): Reading | undefined {
  const head = viBelowThousand(tokens, at, false);
  const scaleAt = head?.next ?? at;
  if (!viAt(tokens, scaleAt)?.thousand) return head;
  const thousands = (head?.value ?? 1) * 1000;
  if (viAt(tokens, scaleAt + 1)?.half) return { value: thousands + 500, next: scaleAt + 2 };
  // "một nghìn hai" is 1200 to some and 1002 to others: only "một nghìn không trăm linh hai" is read.
  const rest = viBelowThousand(tokens, scaleAt + 1, true);
  return { value: thousands + (rest?.value ?? 0), next: rest?.next ?? scaleAt + 1 };
}

function viBelowThousand(tokens: readonly Token[], at: number, hundredsOnly: boolean): Reading | undefined {
  const hundreds = viHundredsAt(tokens, at);
  if (!hundreds) return hundredsOnly ? undefined : viTensAt(tokens, at) ?? viDigitAt(tokens, at);
  const next = viAt(tokens, hundreds.next);
  if (next?.half) return { value: hundreds.value + 50, next: hundreds.next + 1 };
  if (next?.gap) {
    const unit = viAt(tokens, hundreds.next + 1)?.digit;
    return unit !== undefined && unit > 0 ? { value: hundreds.value + unit, next: hundreds.next + 2 } : hundreds;
  }
  // A bare digit after "trăm" ("một trăm hai") is ambiguous, so only tens forms continue it.
  const tens = viTensAt(tokens, hundreds.next);
  return tens ? { value: hundreds.value + tens.value, next: tens.next } : hundreds;
}

function viHundredsAt(tokens: readonly Token[], at: number): Reading | undefined {
  const first = viAt(tokens, at);
  if (first?.hundred) return { value: 100, next: at + 1 };
  if (first?.digit !== undefined && viAt(tokens, at + 1)?.hundred) return { value: first.digit * 100, next: at + 2 };
  return undefined;
}

/** 10..99 in two or three words: "mười", "mười lăm", "hai mươi", "hai mươi mốt", "hai mốt". */
function viTensAt(tokens: readonly Token[], at: number): Reading | undefined {
  const first = viAt(tokens, at);
  if (first?.ten) return viWithUnit(tokens, 10, at + 1);
  const digit = first?.digit;
  if (digit === undefined || digit < 2) return undefined;
  const second = viAt(tokens, at + 1);
  if (second?.tens) return viWithUnit(tokens, digit * 10, at + 2);
  if (second?.tail !== undefined) return { value: digit * 10 + second.tail, next: at + 2 };
  return undefined;
}

function viWithUnit(tokens: readonly Token[], tens: number, at: number): Reading {
  const word = viAt(tokens, at);
  const unit = word?.tail ?? (word?.digit !== undefined && word.digit > 0 ? word.digit : undefined);
  return unit === undefined ? { value: tens, next: at } : { value: tens + unit, next: at + 1 };
}

function viDigitAt(tokens: readonly Token[], at: number): Reading | undefined {
  const digit = viAt(tokens, at)?.digit;
  return digit === undefined ? undefined : { value: digit, next: at + 1 };
}

const EN_UNITS = [
  "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
  "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
];
const EN_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

function englishAt(tokens: readonly Token[], at: number): Reading | undefined {
  return enScaled(tokens, at, "thousand", 1000, enBelowThousand);
}

function enBelowThousand(tokens: readonly Token[], at: number): Reading | undefined {
  return enScaled(tokens, at, "hundred", 100, enBelowHundred);
}

/** "[count|a] <scale> [and] [rest]", or just the count: "a hundred and five", "two thousand". */
function enScaled(tokens: readonly Token[], at: number, scaleWord: string, scale: number, below: typeof enBelowHundred): Reading | undefined {
  const count = below(tokens, at);
  const article = !count && isWord(tokens[at], "a", "an") ? at + 1 : undefined;
  const scaleAt = count?.next ?? article ?? at;
  if (!isWord(tokens[scaleAt], scaleWord)) return count;
  const head = (count?.value ?? 1) * scale;
  const restAt = isWord(tokens[scaleAt + 1], "and") ? scaleAt + 2 : scaleAt + 1;
  const rest = below(tokens, restAt);
  return rest ? { value: head + rest.value, next: rest.next } : { value: head, next: scaleAt + 1 };
}

/** "seven", "fifteen", "twenty", "twenty-one", "twenty one". */
function enBelowHundred(tokens: readonly Token[], at: number): Reading | undefined {
  const token = tokens[at];
  if (token?.kind !== "word") return undefined;
  const unit = EN_UNITS.indexOf(token.text);
  if (unit >= 0) return { value: unit, next: at + 1 };
  const tens = EN_TENS.indexOf(token.text);
  if (tens < 2) return undefined;
  const unitAt = tokens[at + 1]?.text === "-" ? at + 2 : at + 1;
  const ones = tokens[unitAt]?.kind === "word" ? EN_UNITS.indexOf(tokens[unitAt]?.text ?? "") : -1;
  return ones >= 1 && ones <= 9 ? { value: tens * 10 + ones, next: unitAt + 1 } : { value: tens * 10, next: at + 1 };
}
