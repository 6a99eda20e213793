import { isPeriodKey } from "../domain/period.ts";
import type { QuestionnaireDefinition } from "../domain/questionnaire/definition.ts";
import type { QuestionnaireAssignment } from "../ports/questionnaire-assignment-store.ts";
import type { Stores } from "../ports/stores.ts";

/**
 * Which questionnaire a cell answers a period with (issue 13): the assignment of the nearest unit
 * (the cell itself, else its parent, and so on up) among those that have begun by the period —
 * at that unit, the latest one — else the period's own version (the built-in questionnaire). So a
 * province's "kiểu mẫu" questionnaire reaches every cell below it, and a district that adopted
 * another one keeps its own. It is read when the cell's assessment is created and kept with it:
 * a change of assignment never changes a period that has begun.
 *
 * Assignments are made for monthly periods only; a yearly period always uses its own version.
 */

interface PeriodOfVersion {
  readonly key: string;
  readonly questionnaireVersionId: number;
}

/** The assignment in force for a unit and a monthly period, or null: `parentOf` walks up the tree (null at the top, undefined off it). */
export function assignmentResolver(
  parentOf: (unitId: number) => number | null | undefined,
  assignments: readonly QuestionnaireAssignment[],
): (unitId: number, periodKey: string) => QuestionnaireAssignment | null {
  const byUnit = new Map<number, QuestionnaireAssignment[]>();
  for (const assignment of assignments) {
    const list = byUnit.get(assignment.unitId) ?? [];
    list.push(assignment);
    byUnit.set(assignment.unitId, list);
  }
  return (unitId, periodKey) => {
    if (byUnit.size === 0 || !isPeriodKey(periodKey)) return null;
    const seen = new Set<number>();
    for (let at: number | null | undefined = unitId; at !== null && at !== undefined && !seen.has(at); at = parentOf(at)) {
      seen.add(at);
      // Keys are YYYY-MM: their text order is their time order.
      const begun = (byUnit.get(at) ?? []).filter((a) => a.fromPeriod <= periodKey);
      const latest = begun.reduce<QuestionnaireAssignment | null>((best, a) => (best === null || a.fromPeriod > best.fromPeriod ? a : best), null);
      if (latest) return latest;
    }
    return null;
  };
}

/** The version one cell answers a period with: two small reads (the unit's ancestors and their assignments). */
export async function versionInForce(stores: Pick<Stores, "org" | "questionnaireAssignments">, unitId: number, period: PeriodOfVersion): Promise<number> {
  if (!isPeriodKey(period.key)) return period.questionnaireVersionId;
  const chain = await stores.org.ancestors(unitId);
  const assignments = await stores.questionnaireAssignments.ofUnits(chain.map((u) => u.id));
  if (assignments.length === 0) return period.questionnaireVersionId;
  const parents = new Map(chain.map((u, i) => [u.id, chain[i + 1]?.id ?? null]));
  return assignmentResolver((id) => parents.get(id), assignments)(unitId, period.key)?.questionnaireVersionId ?? period.questionnaireVersionId;
}

/** The version each cell answers a period with, for many cells at once: the tree and every assignment, read once. */
export async function versionsInForce(stores: Pick<Stores, "org" | "questionnaireAssignments">, cellIds: readonly number[], period: PeriodOfVersion): Promise<Map<number, number>> {
  const versions = new Map(cellIds.map((id) => [id, period.questionnaireVersionId]));
  if (!isPeriodKey(period.key) || cellIds.length === 0) return versions;
  const assignments = await stores.questionnaireAssignments.all();
  if (assignments.length === 0) return versions;
  const parents = new Map((await stores.org.listUnits()).map((u) => [u.id, u.parentId]));
  const resolve = assignmentResolver((id) => parents.get(id), assignments);
  for (const id of cellIds) {
    const found = resolve(id, period.key);
    if (found) versions.set(id, found.questionnaireVersionId);
  }
  return versions;
}

/** Cells grouped by the version they answer the period with: what recording "not reported" writes per version. */
export function byVersion(versions: ReadonlyMap<number, number>): Map<number, number[]> {
  const groups = new Map<number, number[]>();
  for (const [cellId, versionId] of versions) {
    const group = groups.get(versionId) ?? [];
    group.push(cellId);
    groups.set(versionId, group);
  }
  return groups;
}

/** The version each cell's assessment of the period uses, named ("kieu-mau v1") and with its definition (read once per version). */
export async function questionnairesOf(
  stores: Pick<Stores, "assessments" | "questionnaires">,
  periodId: number,
  cellIds: readonly number[],
): Promise<Map<number, { readonly name: string; readonly definition: QuestionnaireDefinition }>> {
  const versions = await stores.assessments.versionsOf(periodId, cellIds);
  return namedVersions(stores, [...versions].map(([unitId, versionId]) => ({ unitId, versionId })));
}

/** The versions cells use (as their states say: none without an assessment), named and with their definitions (read once per version). */
export async function namedVersions(
  stores: Pick<Stores, "questionnaires">,
  cells: readonly { readonly unitId: number; readonly versionId: number | null }[],
): Promise<Map<number, { readonly name: string; readonly definition: QuestionnaireDefinition }>> {
  const found = new Map<number, { name: string; definition: QuestionnaireDefinition }>();
  const byId = new Map<number, { name: string; definition: QuestionnaireDefinition }>();
  for (const { unitId: cellId, versionId } of cells) {
    if (versionId === null) continue;
    let known = byId.get(versionId);
    if (!known) {
      const definition = await stores.questionnaires.get(versionId);
      known = { name: `${definition.code} v${definition.version}`, definition };
      byId.set(versionId, known);
    }
    found.set(cellId, known);
  }
  return found;
}

/**
 * One definition for a table over cells that answered several versions (the office's monthly
 * report): the period's own questions and criteria, then each other version's questions it does
 * not ask (by id), and every version's own texts, so each answer has a column and each label its words.
 */
export function unionDefinition(base: QuestionnaireDefinition, others: readonly QuestionnaireDefinition[]): QuestionnaireDefinition {
  const questions = [...base.questions];
  const texts = { ...(base.texts ?? {}) };
  for (const other of others) {
    if (other === base) continue;
    for (const question of other.questions) if (!questions.some((q) => q.id === question.id)) questions.push(question);
    for (const [key, text] of Object.entries(other.texts ?? {})) if (!Object.hasOwn(texts, key)) texts[key] = text;
  }
  return { ...base, questions, ...(Object.keys(texts).length > 0 ? { texts } : {}) };
}
