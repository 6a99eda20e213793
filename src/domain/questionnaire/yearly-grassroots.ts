import { builtInQuestionnaire } from "./built-in-questionnaire.ts";
import type { QuestionnaireDefinition } from "./definition.ts";

/**
 * The grassroots committee's yearly self-assessment (DOMAIN.md, "Grassroots committee: nine
 * criteria"): what only the committee itself can say about its year — criteria 1–4, the
 * inspection plan of criterion 7, and its own rating and its members' ratings (criterion 9). The
 * other criteria are computed from its cells' months. Answered in December by the committee's
 * secretary or deputy, through the same dialogue as the monthly one.
 *
 * Not scored on its own (no criteria, no rules): the annual computation reads the answers
 * (src/domain/annual/committee-answers.ts) beside the cells' months, and a rating entered by the
 * committee above takes precedence over the committee's own. Each prompt names the criterion it
 * feeds. Yes/no items follow the monthly convention: what a "Có" needs to say more is asked next.
 *
 * The content is questionnaires/yearly-grassroots.yaml (issue 13: built-in questionnaires are
 * files an office can read and copy), version 1; test/domain/questionnaire-built-in.test.ts pins
 * its content hash.
 */
export const YEARLY_GRASSROOTS: QuestionnaireDefinition = builtInQuestionnaire("yearly-grassroots.yaml");
