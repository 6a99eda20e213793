/** What the secretary did, already stripped of any platform detail. */
export type AssessmentEvent =
  /** Start or continue; `unitCode` picks the cell when the person answers for several. */
  | { readonly kind: "open"; readonly unitCode?: string }
  | { readonly kind: "text"; readonly text: string }
  /** A tapped button; `context` is the question (or "summary", "items") the button belonged to. */
  | { readonly kind: "option"; readonly option: string; readonly context?: string }
  | { readonly kind: "back" }
  | { readonly kind: "skip" }
  | { readonly kind: "summary" }
  | { readonly kind: "pause" };

/** Choices offered on the summary and the item picker. */
export const SUMMARY_OPTIONS = ["submit", "continue", "edit", "pause"] as const;
export type SummaryOption = (typeof SUMMARY_OPTIONS)[number];

export const itemOption = (item: number): string => `item-${item}`;
export const parseItemOption = (option: string): number | undefined => {
  const match = /^item-(\d+)$/.exec(option);
  return match ? Number(match[1]) : undefined;
};
