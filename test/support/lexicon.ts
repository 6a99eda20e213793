import { optionsOf, partsOf } from "../../src/domain/input/parse-answer.ts";
import { SUMMARY_OPTIONS } from "../../src/domain/conversation/assessment-event.ts";
import { DEFAULT_MONTHLY_CELL } from "../../src/domain/questionnaire/default-monthly-cell.ts";
import { lexiconFrom } from "../../src/i18n/build-lexicon.ts";
import { loadTranslator } from "../../src/i18n/translator.ts";

/** The lexicon the engine builds from locales/*.ftl for the default questionnaire. */
export const LEXICON = lexiconFrom(
  loadTranslator(),
  new Set([...SUMMARY_OPTIONS, ...DEFAULT_MONTHLY_CELL.questions.flatMap((q) => optionsOf(q.answer))]),
  DEFAULT_MONTHLY_CELL.questions.flatMap((q) => partsOf(q.answer)),
);
