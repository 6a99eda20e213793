import type { Lexicon } from "../input/lexicon.ts";
import { words } from "../input/normalize.ts";
import { ITEM_WORDS } from "./assessment-event.ts";

/**
 * Which item a person names on the summary or the item picker: "sửa 5", "sửa câu 5", "câu 5",
 * "edit 5", "edit item 5", or the bare number when `bare` allows it. Anything more (or less)
 * is not a reference: "sửa 5 và 6" or "câu 5 sai" are refused, never half-read.
 */
export function itemReference(text: string, lexicon: Lexicon, options: { bare: boolean }): number | undefined {
  const tokens = words(text);
  const number = tokens.at(-1);
  if (number === undefined || !/^\d{1,3}$/.test(number)) return undefined;
  const lead = tokens.slice(0, -1);
  const isEdit = (w: string | undefined): boolean => w !== undefined && (lexicon.options.get("edit")?.has(w) ?? false);
  const isItem = (w: string | undefined): boolean => w !== undefined && (lexicon.options.get(ITEM_WORDS)?.has(w) ?? false);
  const named =
    (lead.length === 0 && options.bare) ||
    (lead.length === 1 && (isEdit(lead[0]) || isItem(lead[0]))) ||
    (lead.length === 2 && isEdit(lead[0]) && isItem(lead[1]));
  return named ? Number(number) : undefined;
}
