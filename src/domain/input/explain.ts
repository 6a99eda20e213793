import type { Reading, Token } from "./tokens.ts";

/** Reads what it recognizes at `at` (numbers, units, fillers...), giving zero or more values. */
export type Reader<T> = (tokens: readonly Token[], at: number) => Reading<readonly T[]> | undefined;

/**
 * The values of an answer in which every token is read by one of the readers, or undefined
 * when any token is left unexplained: "12 abc" or "khoảng 15" is refused, never half-read as
 * 12 or 15. The reader that reads the most wins ("không ai" is nobody, not the number 0 and
 * an unknown word); on a tie the earlier reader does.
 */
export function explain<T>(tokens: readonly Token[], readers: readonly Reader<T>[]): T[] | undefined {
  const values: T[] = [];
  let at = 0;
  while (at < tokens.length) {
    const step = readAt(tokens, at, readers);
    if (!step || step.next <= at) return undefined;
    values.push(...step.value);
    at = step.next;
  }
  return values;
}

function readAt<T>(tokens: readonly Token[], at: number, readers: readonly Reader<T>[]): Reading<readonly T[]> | undefined {
  let longest: Reading<readonly T[]> | undefined;
  for (const reader of readers) {
    const step = reader(tokens, at);
    if (step && step.next > (longest?.next ?? at)) longest = step;
  }
  return longest;
}
