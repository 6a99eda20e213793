import { spokenNumberAt } from "./spoken-numbers.ts";
import type { Reading, Token } from "./tokens.ts";

/**
 * Numbers as people type them: "10", "1.000", "95,5", "mười lăm", "twenty-one".
 * Vietnamese writes thousands with dots and decimals with commas.
 */
export interface Quantity {
  readonly value: number;
  readonly whole: boolean;
}

const THOUSANDS = /^\d{1,3}(?:[.]\d{3})+$/;
const THOUSANDS_EN = /^\d{1,3}(?:,\d{3}){2,}$/;
const DECIMAL = /^(\d+)[.,](\d+)$/;

/** One number in digits: "1.000" -> 1000, "95,5" -> 95.5; undefined for "18,17,0". */
export function numeralValue(text: string): Quantity | undefined {
  if (/^\d+$/.test(text)) return { value: Number(text), whole: true };
  if (THOUSANDS.test(text) || THOUSANDS_EN.test(text)) return { value: Number(text.replace(/[.,]/g, "")), whole: true };
  const decimal = DECIMAL.exec(text);
  return decimal ? { value: Number(`${decimal[1]}.${decimal[2]}`), whole: false } : undefined;
}

/**
 * Digits as a list of whole numbers: commas and dots separate, except a dot between digit
 * groups of three, which is a thousands separator: "18,17,0" -> [18, 17, 0], "1.000" -> [1000].
 */
export function numeralList(text: string): number[] {
  if (THOUSANDS.test(text)) return [Number(text.replace(/\./g, ""))];
  return text.split(/[.,]/).map(Number);
}

/** One number at `at`, in digits or in words; digits that form a list give several. */
export function quantitiesAt(tokens: readonly Token[], at: number, read: "one" | "list"): Reading<Quantity[]> | undefined {
  const token = tokens[at];
  if (token?.kind === "numeral") {
    const sign = token.negative ? -1 : 1;
    const one = read === "one" ? numeralValue(token.text) : undefined;
    const values = one ? [one] : numeralList(token.text).map((value) => ({ value, whole: true }));
    // A minus sign belongs to the number it touches: "-18,17,0" is -18, 17 and 0.
    return { value: values.map((q, i) => (i === 0 ? { ...q, value: sign * q.value } : q)), next: at + 1 };
  }
  const spoken = spokenNumberAt(tokens, at);
  return spoken ? { value: [{ value: spoken.value, whole: true }], next: spoken.next } : undefined;
}

/** A single number at `at` (no lists): what hours and minutes are counted in. */
export function quantityAt(tokens: readonly Token[], at: number): Reading<Quantity> | undefined {
  const read = quantitiesAt(tokens, at, "one");
  const [first, ...more] = read?.value ?? [];
  return read && first && more.length === 0 ? { value: first, next: read.next } : undefined;
}
