/** A step into a questionnaire file: a field name, a map key, or a list position (0-based). */
export type PathSegment = string | number;
export type FilePath = readonly PathSegment[];

/**
 * One thing wrong in a questionnaire file, as meaning: `code` names what is wrong (the locale key
 * `qfile-<code>` words it), `path` where, `args` the figures. `line` and `column` (1-based) are
 * filled in from the file once it is known which text the path points at; `onKey` points at a
 * map key rather than its value (a field that should not be there). `related` points at another
 * place worth reading (the first of two duplicates), `relatedLine` is its line.
 */
export interface FileProblem {
  readonly code: string;
  readonly path: FilePath;
  readonly args: Readonly<Record<string, string | number>>;
  readonly onKey?: boolean;
  readonly related?: FilePath;
  readonly line?: number;
  readonly column?: number;
  readonly relatedLine?: number;
}

export const problem = (code: string, path: FilePath, args: Record<string, string | number> = {}, extra: Pick<FileProblem, "onKey" | "related"> = {}): FileProblem => ({
  code,
  path,
  args,
  ...extra,
});

/** The known word nearest to a mistyped one (at most two edits and fewer than half its letters, or a known word with a tail added), if any. */
export function nearest(word: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.min(3, Math.ceil(word.length / 2));
  for (const candidate of known) {
    // "percentage" for "percent", "memberCounts" for "memberCount": a known word with a tail added.
    const extended = candidate.length >= 4 && word.toLowerCase().startsWith(candidate.toLowerCase());
    const d = extended ? 1 : distance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** Edits between two words: insertions, deletions, substitutions and swaps of neighbours ("itme" → "item") count one each. */
function distance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const at = (i: number, j: number): number => rows[i]?.[j] ?? 0;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      const row = rows[i];
      if (row) row[j] = best;
    }
  }
  return at(a.length, b.length);
}
