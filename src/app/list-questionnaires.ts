import type { UnitRef } from "../domain/org.ts";
import { isPeriodKey } from "../domain/period.ts";
import { DEFAULT_MONTHLY_CELL } from "../domain/questionnaire/default-monthly-cell.ts";
import { questionnaireContentHash } from "../domain/questionnaire/content-hash.ts";
import type { StoredQuestionnaireVersion } from "../ports/questionnaire-store.ts";
import type { App } from "./open-app.ts";
import { assignmentResolver } from "./questionnaire-in-force.ts";
import { versionName } from "./questionnaire-file.ts";
import { childrenOf, treeOrder } from "./unit-tree.ts";

export interface AssignmentView {
  readonly unit: UnitRef;
  readonly name: string;
  readonly hash: string;
  /** YYYY-MM: the first period answered with it. */
  readonly fromPeriod: string;
  /** Whether that period (or a later one) has opened: cells have answered with it. */
  readonly begun: boolean;
  /** Cells of the unit's subtree that answer with it from that period (not those under a nearer assignment). */
  readonly cells: number;
  readonly assignedAt: string;
}

export interface QuestionnaireList {
  /** What every cell without an assignment answers with. */
  readonly builtIn: { readonly name: string; readonly hash: string };
  /** Assignments in tree order (a unit before the units below it), each unit's oldest first. */
  readonly assignments: readonly AssignmentView[];
  readonly versions: readonly (StoredQuestionnaireVersion & { readonly name: string })[];
}

/**
 * Which questionnaire each subtree uses and since when (`npx bontot questionnaire list`): every
 * assignment with the cells it reaches, the built-in one for the rest, and the versions stored.
 */
export async function listQuestionnaires(app: Pick<App, "stores">): Promise<QuestionnaireList> {
  const { stores } = app;
  const [units, assignments, versions, periods] = await Promise.all([stores.org.listUnits(), stores.questionnaireAssignments.all(), stores.questionnaires.list(), stores.periods.list()]);
  // Keys are YYYY-MM: their text order is their time order.
  const latest = periods.map((p) => p.key).filter(isPeriodKey).reduce<string>((max, key) => (key > max ? key : max), "");
  const parents = new Map(units.map((u) => [u.id, u.parentId]));
  const resolve = assignmentResolver((id) => parents.get(id), assignments);
  const named = new Map(versions.map((v) => [v.id, v]));
  const cells = units.filter((u) => u.kind === "cell" && !u.archived);
  const inTree = treeOrder(childrenOf(units));
  // A unit whose parent is missing (never, in a sound tree) still gets a place.
  const order = new Map([...inTree, ...units.filter((u) => !inTree.includes(u))].map((u, i) => [u.id, i]));
  const views = assignments.flatMap((a): AssignmentView[] => {
    const unit = units.find((u) => u.id === a.unitId);
    const version = named.get(a.questionnaireVersionId);
    if (!unit || !version) return [];
    return [
      {
        unit,
        name: versionName(version),
        hash: version.contentHash,
        fromPeriod: a.fromPeriod,
        begun: a.fromPeriod <= latest,
        cells: cells.filter((c) => resolve(c.id, a.fromPeriod) === a).length,
        assignedAt: a.assignedAt,
      },
    ];
  });
  views.sort((x, y) => (order.get(x.unit.id) ?? 0) - (order.get(y.unit.id) ?? 0) || (x.fromPeriod < y.fromPeriod ? -1 : 1));
  return {
    builtIn: { name: versionName(DEFAULT_MONTHLY_CELL), hash: questionnaireContentHash(DEFAULT_MONTHLY_CELL) },
    assignments: views,
    versions: versions.map((v) => ({ ...v, name: versionName(v) })),
  };
}
