/** What the secretary did, already stripped of any platform detail. */
export type AssessmentEvent =
  /** Start or continue; `unitCode` picks the cell when the person answers for several. */
  | { readonly kind: "open"; readonly unitCode?: string }
  | { readonly kind: "text"; readonly text: string }
  /** A tapped button; `context` is the prompt (question id, summary, items) the button belonged to. */
  | { readonly kind: "option"; readonly option: string; readonly context?: string }
  | { readonly kind: "back" }
  | { readonly kind: "skip" }
  | { readonly kind: "summary" }
  | { readonly kind: "pause" };

/** Choices offered on the summary and the item picker. */
export const SUMMARY_OPTIONS = ["submit", "continue", "edit", "pause"] as const;
export type SummaryOption = (typeof SUMMARY_OPTIONS)[number];

/** Accepts the shortened text offered after an over-long note. */
export const SHORTEN_OPTION = "shorten";

/** Words that name an item ("câu 5"), looked up in the lexicon like an option's labels. */
export const ITEM_WORDS = "item";

export const itemOption = (item: number): string => `item-${item}`;
export const parseItemOption = (option: string): number | undefined => {
  const match = /^item-(\d+)$/.exec(option);
  return match ? Number(match[1]) : undefined;
};

/** The summary's buttons name the answers it showed, so a tap on an older summary is recognised. */
export const summaryContext = (token: string): string => `summary_${token}`;

/** The cell picker's buttons (for someone who answers for several cells). */
export const CELL_CONTEXT = "cells";
export const cellOption = (index: number): string => `cell-${index}`;
export const parseCellOption = (option: string): number | undefined => {
  const match = /^cell-(\d+)$/.exec(option);
  return match ? Number(match[1]) : undefined;
};
