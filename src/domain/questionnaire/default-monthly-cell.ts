import { builtInQuestionnaire } from "./built-in-questionnaire.ts";
import type { QuestionnaireDefinition } from "./definition.ts";

/**
 * The default monthly self-assessment of a cell (DOMAIN.md, research/domain.md §5): 16 items,
 * 25 points per criterion, version 2 — questionnaires/monthly-cell.yaml. Committees may use
 * their own versions (`npx bontot questionnaire import`); this one is the version in force
 * wherever none was assigned. Questions about the meeting itself are asked only when a meeting
 * was held (the gate).
 *
 * One convention for every yes/no-like item: it is a yes/no question (1 = Có, 2 = Không), and
 * what a "Có" needs to say more (who found a violation, whether a case was resolved) is asked
 * next. So the same number never means yes on one question and no on the next. Version 1 asked
 * items 8 and 9 as three-way choices whose first option was "Không".
 */
export const DEFAULT_MONTHLY_CELL: QuestionnaireDefinition = builtInQuestionnaire("monthly-cell.yaml");
