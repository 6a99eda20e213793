import type { Reader } from "./explain.ts";
import type { Quantity } from "./numbers.ts";
import { phraseAt, type Phrase } from "./phrases.ts";
import { listQuantities } from "./readers.ts";

/**
 * What a list answer is made of, once fillers are set aside: numbers, and the names of the
 * parts they belong to ("có mặt 17"). `part` is undefined for a name that two parts share.
 */
export type ListPiece = { readonly kind: "number"; readonly value: Quantity } | { readonly kind: "name"; readonly part: string | undefined };

/** The numbers of a list: commas and dots between digits separate ("18,17,0"). */
export const listNumbers: Reader<ListPiece> = (tokens, at) => {
  const read = listQuantities(tokens, at);
  return read && { value: read.value.map((value) => ({ kind: "number", value })), next: read.next };
};

/**
 * The whole name of one of `parts` (its label or an alias, from the locales): "có mặt",
 * "vắng không lý do", "vắng", "present". Only whole names count, so "vắng có lý do" (excused)
 * names no part of "vắng không lý do": its "lý do" is left unexplained and the answer refused.
 * The longest name wins, so in "vắng không lý do 0" the "không" is part of the name, while in
 * "vắng không" it is the number 0.
 */
export function partNames(parts: readonly string[], names: ReadonlyMap<string, readonly Phrase[]>): Reader<ListPiece> {
  return (tokens, at) => {
    let longest = 0;
    let named: string[] = [];
    for (const part of parts) {
      const length = phraseAt(tokens, at, names.get(part) ?? []);
      if (length > longest) [longest, named] = [length, [part]];
      else if (length > 0 && length === longest) named.push(part);
    }
    if (longest === 0) return undefined;
    return { value: [{ kind: "name", part: named.length === 1 ? named[0] : undefined }], next: at + longest };
  };
}

export type Assignment = { readonly ok: true; readonly values: Quantity[] } | { readonly ok: false; readonly reason: "unclear" | "count" };

/**
 * The numbers of a list in the order of `parts`. Unnamed numbers keep the order they were
 * typed in ("18 17 0"). Once any part is named, every number must be, each part once, and
 * each name must stand next to one number, on the side the answer starts with: before it when
 * the answer starts with a name ("có mặt 17, phải dự 18, vắng 0"), after it when the answer
 * starts with a number ("17 có mặt, 18 phải dự, 0 vắng"). Anything else is unclear, never guessed.
 */
export function assignParts(pieces: readonly ListPiece[], parts: readonly string[]): Assignment {
  const numbers = pieces.flatMap((p) => (p.kind === "number" ? [p.value] : []));
  if (numbers.length === pieces.length) return numbers.length === parts.length ? { ok: true, values: numbers } : { ok: false, reason: "count" };
  const nameFirst = pieces[0]?.kind === "name";
  if (pieces.length % 2 !== 0) return { ok: false, reason: "unclear" };
  const byPart = new Map<string, Quantity>();
  for (let at = 0; at < pieces.length; at += 2) {
    const [name, number] = nameFirst ? [pieces[at], pieces[at + 1]] : [pieces[at + 1], pieces[at]];
    if (name?.kind !== "name" || number?.kind !== "number" || name.part === undefined || byPart.has(name.part)) return { ok: false, reason: "unclear" };
    byPart.set(name.part, number.value);
  }
  const values = parts.flatMap((part) => {
    const value = byPart.get(part);
    return value === undefined ? [] : [value];
  });
  return values.length === parts.length ? { ok: true, values } : { ok: false, reason: "count" };
}
