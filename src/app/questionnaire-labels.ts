import { DEFAULT_MONTHLY_CELL } from "../domain/questionnaire/default-monthly-cell.ts";
import type { QuestionnaireDefinition, Rule } from "../domain/questionnaire/definition.ts";
import { questionnairesTranslator } from "../i18n/questionnaire-translator.ts";
import type { Translator } from "../i18n/translator.ts";
import type { Stores } from "../ports/stores.ts";

/**
 * The words of every questionnaire version stored, for what reads standings of many months and
 * cells at once (the annual report): a translator that also knows the texts offices' files
 * brought, and each veto rule's label by id (the built-in one's first, then the others', oldest
 * version first). A handful of versions, each read once (the store caches them).
 */
export async function questionnaireLabels(stores: Pick<Stores, "questionnaires">, translator: Translator): Promise<{ readonly translator: Translator; readonly vetoes: ReadonlyMap<string, string> }> {
  const definitions: QuestionnaireDefinition[] = [DEFAULT_MONTHLY_CELL];
  for (const version of await stores.questionnaires.list()) definitions.push(await stores.questionnaires.get(version.id));
  const vetoes = new Map<string, string>();
  const visit = (rule: Rule): void => {
    if (rule.kind === "veto" && !vetoes.has(rule.id)) vetoes.set(rule.id, rule.label);
    if (rule.kind === "best") rule.of.forEach(visit);
  };
  for (const definition of definitions) definition.rules.forEach(visit);
  return { translator: questionnairesTranslator(translator, definitions), vetoes };
}
