/**
 * Numbers as people type them: "10 người", "1.000", "15/13/1", "15, 13, 1", "95,5%".
 * Vietnamese writes thousands with dots and decimals with commas.
 */
const THOUSANDS = /^\d{1,3}(?:[.]\d{3})+$/;

export interface NumberToken {
  readonly value: number;
  readonly whole: boolean;
}

/** One number in the text, decimals allowed ("95,5" or "95.5"). */
export function numberTokens(text: string): NumberToken[] {
  const tokens = text.match(/-?\d+(?:[.,]\d+)*/g) ?? [];
  return tokens.map((token) => {
    if (THOUSANDS.test(token.replace(/^-/, "")) || /^-?\d{1,3}(?:,\d{3}){2,}$/.test(token)) {
      return { value: Number(token.replace(/[.,]/g, "")), whole: true };
    }
    const decimal = /^(-?\d+)[.,](\d+)$/.exec(token);
    if (decimal) return { value: Number(`${decimal[1]}.${decimal[2]}`), whole: false };
    if (/^-?\d+$/.test(token)) return { value: Number(token), whole: true };
    return { value: Number.NaN, whole: false };
  });
}

/**
 * Several whole numbers in a list: commas, slashes, semicolons, dashes and spaces separate;
 * a dot between digit groups of three is a thousands separator.
 */
export function integerList(text: string): number[] {
  // "18-17-0" and "18 - 17 - 0" separate; "17 -1" is a negative number (and so out of range).
  const spaced = text.replace(/(\d)[-–](?=\d)/g, "$1 ").replace(/(\d)\s+[-–]\s+(?=\d)/g, "$1 ");
  return (spaced.match(/-?\d{1,3}(?:\.\d{3})+(?!\d)|-?\d+/g) ?? []).map((token) => Number(token.replace(/\./g, "")));
}
