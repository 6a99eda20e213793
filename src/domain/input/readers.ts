// The pieces number answers are made of; parse-answer puts them together per answer type.
import { durationAt, type DurationWords } from "./durations.ts";
import type { Reader } from "./explain.ts";
import { quantitiesAt, type Quantity } from "./numbers.ts";
import { phraseAt, type Phrase } from "./phrases.ts";

/** Punctuation that separates or ends numbers without changing them. */
const MARKS = new Set([",", ";", "/", "-", "−", "–", "—", ".", "!", ":", "(", ")", "=", "…", "\"", "“", "”"]);

export const marks: Reader<never> = (tokens, at) => {
  const token = tokens[at];
  return token?.kind === "mark" && MARKS.has(token.text) ? { value: [], next: at + 1 } : undefined;
};

/** "2 và 1", "2 and 1": between the numbers of a list, "and" joins like a comma. */
const CONNECTORS: readonly Phrase[] = [["va"], ["and"]];
export const connectors: Reader<never> = ignoring(CONNECTORS);

/** Words that change nothing: units of a count, fillers. */
export function ignoring(phrases: readonly Phrase[]): Reader<never> {
  return (tokens, at) => {
    const length = phraseAt(tokens, at, phrases);
    return length > 0 ? { value: [], next: at + length } : undefined;
  };
}

/** Words that stand for a value: "tất cả" for the member count, "ko" for 0. */
export function meaning<T>(phrases: readonly Phrase[], value: T): Reader<T> {
  return (tokens, at) => {
    const length = phraseAt(tokens, at, phrases);
    return length > 0 ? { value: [value], next: at + length } : undefined;
  };
}

/** One number (in digits or words); digits that form a list ("18,17,0") give several. */
export const quantity: Reader<Quantity> = (tokens, at) => quantitiesAt(tokens, at, "one");

/** Numbers of a list: commas and dots between digits separate ("2,1" is 2 and 1). */
export const listQuantities: Reader<Quantity> = (tokens, at) => quantitiesAt(tokens, at, "list");

/** A length of time, in minutes. */
export function duration(words: DurationWords): Reader<Quantity> {
  return (tokens, at) => {
    const read = durationAt(tokens, at, words);
    if (!read) return undefined;
    const whole = isWhole(read.value);
    return { value: [{ value: whole ? Math.round(read.value) : read.value, whole }], next: read.next };
  };
}

/** "17/18" as a percentage: 17 of 18. */
export const ratio: Reader<Quantity> = (tokens, at) => {
  const [part, slash, whole] = [tokens[at], tokens[at + 1], tokens[at + 2]];
  if (part?.kind !== "numeral" || slash?.text !== "/" || whole?.kind !== "numeral" || part.negative || whole.negative) return undefined;
  if (!/^\d+$/.test(part.text) || !/^\d+$/.test(whole.text)) return undefined;
  const [a, b] = [Number(part.text), Number(whole.text)];
  if (b <= 0 || a > b) return undefined;
  return { value: [{ value: Math.round((a / b) * 1000) / 10, whole: false }], next: at + 3 };
};

/** Minutes from fractional hours are whole when they are within float noise of it (1,1 h = 66). */
function isWhole(value: number): boolean {
  return Number.isFinite(value) && Math.abs(value - Math.round(value)) < 1e-9;
}
