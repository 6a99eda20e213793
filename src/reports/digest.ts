import type { UnitRef } from "../domain/org.ts";
import type { CriterionId } from "../domain/questionnaire/definition.ts";
import type { CellPeriodState } from "../engine/ports.ts";

/** What a committee's group reads each week about its cells: counts, problems, trend, highlights. */
export interface Digest {
  readonly unit: UnitRef;
  readonly periodKey: string;
  readonly cells: number;
  readonly submitted: number;
  readonly missing: readonly string[];
  readonly fourGood: number;
  readonly averageScore: number | null;
  readonly criteria: readonly { readonly id: CriterionId; readonly met: number }[];
  readonly vetoes: readonly { readonly cell: string; readonly labels: readonly string[] }[];
  readonly warnings: readonly { readonly cell: string; readonly labels: readonly string[] }[];
  readonly highlights: readonly { readonly cell: string; readonly text: string }[];
  readonly scores: readonly { readonly cell: string; readonly score: number; readonly fourGood: boolean }[];
  /** The questionnaire versions the cells' assessments use, most used first, with how many cells each. */
  readonly questionnaires: readonly { readonly name: string; readonly cells: number }[];
  readonly previous: { readonly periodKey: string; readonly submitted: number; readonly cells: number; readonly fourGood: number; readonly averageScore: number | null } | null;
}

const HIGHLIGHTS = 3;
const HIGHLIGHT_LENGTH = 160;

/** Pure: the digest of one unit's cells for a period, compared with the previous period. */
export function buildDigest(
  unit: UnitRef,
  periodKey: string,
  states: readonly CellPeriodState[],
  previous: { periodKey: string; states: readonly CellPeriodState[] } | null,
): Digest {
  const submitted = states.filter((s) => s.status === "submitted" && s.standing);
  const criterionIds: CriterionId[] = ["I", "II", "III", "IV"];
  return {
    unit,
    periodKey,
    cells: states.length,
    submitted: submitted.length,
    missing: states.filter((s) => s.status !== "submitted").map((s) => s.unit.name),
    fourGood: submitted.filter((s) => s.standing?.fourGood).length,
    averageScore: average(submitted.map((s) => s.standing?.score ?? 0)),
    criteria: criterionIds.map((id) => ({ id, met: submitted.filter((s) => s.standing?.criteria.find((c) => c.id === id)?.met).length })),
    vetoes: submitted
      .map((s) => ({ cell: s.unit.name, labels: s.standing?.criteria.flatMap((c) => c.vetoes.map((v) => v.label)) ?? [] }))
      .filter((v) => v.labels.length > 0),
    warnings: submitted.map((s) => ({ cell: s.unit.name, labels: s.standing?.flags ?? [] })).filter((w) => w.labels.length > 0),
    highlights: submitted
      .filter((s) => s.notes)
      .slice(0, HIGHLIGHTS)
      .map((s) => ({ cell: s.unit.name, text: shorten((s.notes ?? "").replace(/\s+/g, " "), HIGHLIGHT_LENGTH) })),
    questionnaires: questionnaireCounts(states),
    scores: submitted.map((s) => ({ cell: s.unit.name, score: s.standing?.score ?? 0, fourGood: s.standing?.fourGood ?? false })).sort((a, b) => a.score - b.score),
    previous: previous
      ? {
          periodKey: previous.periodKey,
          cells: previous.states.length,
          submitted: previous.states.filter((s) => s.status === "submitted").length,
          fourGood: previous.states.filter((s) => s.standing?.fourGood).length,
          averageScore: average(previous.states.filter((s) => s.standing).map((s) => s.standing?.score ?? 0)),
        }
      : null,
  };
}

function questionnaireCounts(states: readonly CellPeriodState[]): Digest["questionnaires"] {
  const counts = new Map<string, number>();
  for (const state of states) if (state.questionnaire) counts.set(state.questionnaire.name, (counts.get(state.questionnaire.name) ?? 0) + 1);
  return [...counts].map(([name, cells]) => ({ name, cells })).sort((a, b) => b.cells - a.cells || (a.name < b.name ? -1 : 1));
}

function average(values: readonly number[]): number | null {
  return values.length === 0 ? null : Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
