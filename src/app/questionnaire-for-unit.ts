import { DEFAULT_MONTHLY_CELL } from "../domain/questionnaire/default-monthly-cell.ts";
import { questionnaireContentHash } from "../domain/questionnaire/content-hash.ts";
import type { QuestionnaireDefinition } from "../domain/questionnaire/definition.ts";
import type { UnitRef } from "../domain/org.ts";
import type { App } from "./open-app.ts";
import { assignmentResolver } from "./questionnaire-in-force.ts";

export type QuestionnaireForUnit =
  | {
      readonly ok: true;
      readonly definition: QuestionnaireDefinition;
      readonly hash: string;
      /** Where it comes from: the unit (itself or above) that adopted it and from when; absent for the built-in one. */
      readonly source?: { readonly unit: UnitRef; readonly fromPeriod: string };
    }
  | { readonly ok: false; readonly reason: "unknown-unit"; readonly code: string };

/**
 * The questionnaire a unit's cells answer a monthly period with (`questionnaire export --unit`):
 * the nearest assignment that has begun by then, else the built-in one. Without a unit, the
 * built-in one.
 */
export async function questionnaireForUnit(app: Pick<App, "stores">, unitCode: string | undefined, periodKey: string): Promise<QuestionnaireForUnit> {
  const builtIn = { ok: true as const, definition: DEFAULT_MONTHLY_CELL, hash: questionnaireContentHash(DEFAULT_MONTHLY_CELL) };
  if (unitCode === undefined) return builtIn;
  const { stores } = app;
  const unit = await stores.org.findUnit(unitCode);
  if (!unit) return { ok: false, reason: "unknown-unit", code: unitCode };
  const chain = await stores.org.ancestors(unit.id);
  const parents = new Map(chain.map((u, i) => [u.id, chain[i + 1]?.id ?? null]));
  const found = assignmentResolver((id) => parents.get(id), await stores.questionnaireAssignments.ofUnits(chain.map((u) => u.id)))(unit.id, periodKey);
  if (!found) return builtIn;
  const definition = await stores.questionnaires.get(found.questionnaireVersionId);
  const owner = chain.find((u) => u.id === found.unitId) ?? unit;
  return { ok: true, definition, hash: questionnaireContentHash(definition), source: { unit: owner, fromPeriod: found.fromPeriod } };
}
