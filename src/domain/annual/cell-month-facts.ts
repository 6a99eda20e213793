import type { Answers, AnswerValue } from "../questionnaire/answer-value.ts";

/**
 * The facts the yearly rules read from a cell's monthly answers (question and option ids of the
 * default questionnaire, default-monthly-cell.ts). Each returns undefined when the month does not
 * tell, so that a rule never reads a missing answer as "no".
 *
 * Follow-up questions count only behind their gate (q8_found_by after q8_discipline = yes,
 * q9_resolved after q9_unity = yes): stored answers may keep a follow-up the secretary later made
 * irrelevant by changing the gate.
 *
 * Items 8 and 9 also accept version 1's shape (one three-way choice, e.g. "discipline-higher",
 * "unity-unresolved"): a year may span both versions, since each month is kept as it was answered.
 */

function answer(answers: Answers | null, id: string): AnswerValue | undefined {
  return answers?.get(id);
}

function yesNo(answers: Answers | null, id: string): boolean | undefined {
  const value = answer(answers, id);
  return value?.type === "yes_no" ? value.value === "yes" : undefined;
}

function choice(answers: Answers | null, id: string): string | undefined {
  const value = answer(answers, id);
  return value?.type === "choice" ? value.option : undefined;
}

/** Item 1: the regular meeting was held this month. */
export function meetingHeld(answers: Answers | null): boolean | undefined {
  return yesNo(answers, "q1_held");
}

/** Item 5: a thematic meeting was held this quarter. "thematic-scheduled" is not held. */
export function thematicHeld(answers: Answers | null): boolean | undefined {
  const option = choice(answers, "q5_thematic");
  return option === undefined ? undefined : option === "thematic-held";
}

export type DocumentsOption = "docs-full" | "docs-partial" | "docs-not" | "docs-none-issued";
const DOCUMENTS_OPTIONS: readonly string[] = ["docs-full", "docs-partial", "docs-not", "docs-none-issued"] satisfies readonly DocumentsOption[];

/** Item 7: how the month's higher-level documents were disseminated and implemented. */
export function documentsOption(answers: Answers | null): DocumentsOption | undefined {
  const option = choice(answers, "q7_documents");
  return option !== undefined && DOCUMENTS_OPTIONS.includes(option) ? (option as DocumentsOption) : undefined;
}

/** Item 8: a member's violation found by a higher level (the monthly veto "discipline-higher"). */
export function disciplineFoundByHigher(answers: Answers | null): boolean | undefined {
  const legacy = choice(answers, "q8_discipline");
  if (legacy !== undefined) return legacy === "discipline-higher";
  const discipline = yesNo(answers, "q8_discipline");
  if (discipline !== true) return discipline;
  const foundBy = choice(answers, "q8_found_by");
  return foundBy === undefined ? undefined : foundBy === "found-by-higher";
}

/** Item 9: disunity, complaints or denunciations not resolved (the monthly veto "unity-unresolved"). */
export function unresolvedDisunity(answers: Answers | null): boolean | undefined {
  const legacy = choice(answers, "q9_unity");
  if (legacy !== undefined) return legacy === "unity-unresolved";
  const disunity = yesNo(answers, "q9_unity");
  if (disunity !== true) return disunity;
  const resolved = yesNo(answers, "q9_resolved");
  return resolved === undefined ? undefined : !resolved;
}

/** Item 14: members admitted this month (part 1 of [candidates, admitted]; "no candidates left" admits none). */
export function admittedCount(answers: Answers | null): number | undefined {
  const value = answer(answers, "q14_development");
  if (value?.type === "integers") return value.values[1];
  if (value?.type === "choice" && value.option === "dev-none-left") return 0;
  return undefined;
}
