/** Rows or ids per multi-row statement: well under the bound-parameter limits of both databases. */
export const CHUNK = 500;

/** `items` in slices of at most `size`, in order. */
export function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}
