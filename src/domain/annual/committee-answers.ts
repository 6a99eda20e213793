import type { Answers, AnswerValue } from "../questionnaire/answer-value.ts";
import { ORG_RATINGS, type OrgRating } from "./annual-types.ts";
import type { GrassrootsAnswers } from "./grassroots-criteria.ts";

/**
 * What a grassroots committee's submitted yearly self-assessment says about the nine criteria
 * (question and option ids of src/domain/questionnaire/yearly-grassroots.ts). A question not
 * answered leaves its field out, so the criterion stays "missing" rather than failed.
 *
 * - 1, 2: the yes/no answers as they are.
 * - 3: the targets assigned and met.
 * - 4: united unless a disunity case is not resolved (as the monthly veto reads item 9); a
 *   resolved case is shown, not failed. The follow-up counts only behind its gate.
 * - 7: the inspection plan is done when every planned inspection was carried out; a year with
 *   no planned inspection at all is not a plan done (every committee has a yearly programme).
 * - 9: the committee's own rating and share, used while the committee above has entered none.
 */
export function committeeAnswersOf(answers: Answers): GrassrootsAnswers {
  const implementsPromptly = yesNo(answers.get("y1_implements"));
  const innovatesLeadership = yesNo(answers.get("y2_leadership"));
  const targets = integers(answers.get("y3_targets"));
  const disunity = yesNo(answers.get("y4_disunity"));
  const resolved = disunity === true ? yesNo(answers.get("y4_resolved")) : undefined;
  const executiveDisunity = disunity === false ? "none" : disunity === true && resolved !== undefined ? (resolved ? "resolved" : "unresolved") : undefined;
  const inspections = integers(answers.get("y5_inspections"));
  const rating = answers.get("y6_rating");
  const selfRating = rating?.type === "choice" ? orgRatingOf(rating.option) : undefined;
  const share = answers.get("y7_share_good");
  return {
    ...(implementsPromptly === undefined ? {} : { implementsPromptly }),
    ...(innovatesLeadership === undefined ? {} : { innovatesLeadership }),
    ...(targets ? { targetsAssigned: targets[0], targetsMet: targets[1] } : {}),
    ...(executiveDisunity === undefined ? {} : { executiveUnited: executiveDisunity !== "unresolved", executiveDisunity }),
    ...(inspections
      ? { inspectionPlanDone: inspections[0] > 0 && inspections[1] >= inspections[0], inspectionsPlanned: inspections[0], inspectionsDone: inspections[1] }
      : {}),
    ...(selfRating === undefined ? {} : { selfRating }),
    ...(share?.type === "percent" ? { selfShareGoodPercent: share.value } : {}),
  };
}

function yesNo(value: AnswerValue | undefined): boolean | undefined {
  return value?.type === "yes_no" ? value.value === "yes" : undefined;
}

function integers(value: AnswerValue | undefined): readonly [number, number] | undefined {
  if (value?.type !== "integers") return undefined;
  const [first, second] = value.values;
  return first === undefined || second === undefined ? undefined : [first, second];
}

/** "org-good" -> "good". */
function orgRatingOf(option: string): OrgRating | undefined {
  const rating = option.replace(/^org-/, "");
  return (ORG_RATINGS as readonly string[]).includes(rating) ? (rating as OrgRating) : undefined;
}
