import { isPeriodKey } from "../domain/period.ts";
import { questionnaireContentHash } from "../domain/questionnaire/content-hash.ts";
import { DEFAULT_MONTHLY_CELL } from "../domain/questionnaire/default-monthly-cell.ts";
import { YEARLY_GRASSROOTS } from "../domain/questionnaire/yearly-grassroots.ts";
import type { QuestionnaireDefinition } from "../domain/questionnaire/definition.ts";
import type { FileProblem } from "../domain/questionnaire/file/file-problem.ts";
import { QuestionnaireChanged } from "../domain/questionnaire/questionnaire-changed.ts";
import type { UnitRef } from "../domain/org.ts";
import type { QuestionnaireAssignment } from "../ports/questionnaire-assignment-store.ts";
import type { Stores } from "../ports/stores.ts";
import type { App } from "./open-app.ts";
import { assignmentResolver } from "./questionnaire-in-force.ts";
import { checkQuestionnaireFile, versionName } from "./questionnaire-file.ts";

export interface ImportQuestionnaireInput {
  /** The file's text (YAML). */
  readonly text: string;
  readonly unitCode: string;
  /** YYYY-MM: the first period the subtree answers with it. */
  readonly fromPeriod: string;
  /** Only say what would change. */
  readonly dryRun: boolean;
  /** The person importing; null for the CLI (the system). */
  readonly actorId: number | null;
}

export type ImportRefusal =
  | { readonly ok: false; readonly reason: "invalid-file"; readonly problems: readonly FileProblem[] }
  | { readonly ok: false; readonly reason: "unknown-unit"; readonly code: string }
  | { readonly ok: false; readonly reason: "bad-period"; readonly period: string }
  | { readonly ok: false; readonly reason: "unscored"; readonly name: string }
  /** The period (or a later one) has opened already: it keeps the version it opened with. */
  | { readonly ok: false; readonly reason: "period-begun"; readonly period: string; readonly latest: string; readonly open: boolean; readonly next: string }
  /** A built-in questionnaire's code with other content: a later release may publish that very version. */
  | { readonly ok: false; readonly reason: "built-in-code"; readonly code: string }
  /** The same code and version number is stored with other content: versions are immutable. */
  | { readonly ok: false; readonly reason: "version-taken"; readonly name: string; readonly storedHash: string; readonly fileHash: string };

export interface ImportPlan {
  readonly ok: true;
  readonly dryRun: boolean;
  readonly definition: QuestionnaireDefinition;
  readonly hash: string;
  /** Whether the version is new to the database or stored already (same content). */
  readonly version: "new" | "stored";
  readonly assignment: "new" | "unchanged" | "replaced";
  /** The version the same unit had been given from the same period, when replaced. */
  readonly replaced?: string;
  readonly unit: UnitRef;
  readonly fromPeriod: string;
  /** The cells of the subtree that will answer with it from that period (those under a unit with an assignment of its own keep theirs). */
  readonly cells: number;
  /** Cells of the subtree that keep another questionnaire, assigned nearer to them. */
  readonly keepOwn: readonly { readonly unit: UnitRef; readonly name: string; readonly cells: number }[];
  /** What those cells would have answered with instead. */
  readonly before: readonly { readonly name: string; readonly cells: number }[];
}

export type ImportOutcome = ImportPlan | ImportRefusal;

/** The questionnaires that come with bontot: their codes are theirs. */
const BUILT_IN: readonly QuestionnaireDefinition[] = [DEFAULT_MONTHLY_CELL, YEARLY_GRASSROOTS];

const nextMonth = (key: string): string => {
  const [year, month] = key.split("-").map(Number) as [number, number];
  return month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, "0")}`;
};

/** The latest monthly period already opened (open or closed), if any. */
async function latestMonth(stores: Pick<Stores, "periods">): Promise<{ key: string; open: boolean } | undefined> {
  const months = (await stores.periods.list()).filter((p) => isPeriodKey(p.key));
  // Keys are YYYY-MM: their text order is their time order.
  const latest = months.reduce<(typeof months)[number] | undefined>((best, p) => (best === undefined || p.key > best.key ? p : best), undefined);
  return latest ? { key: latest.key, open: latest.open } : undefined;
}

/** The effect of assigning `versionId` to `unit` from `fromPeriod`, on the cells of its subtree. */
async function effect(stores: Stores, unit: UnitRef, versionId: number | null, fromPeriod: string): Promise<Pick<ImportPlan, "cells" | "keepOwn" | "before">> {
  const units = await stores.org.listUnits();
  const parents = new Map(units.map((u) => [u.id, u.parentId]));
  const cells = (await stores.org.subtree(unit.id, "cell")).map((c) => c.id);
  const assignments = await stores.questionnaireAssignments.all();
  const others = assignments.filter((a) => !(a.unitId === unit.id && a.fromPeriod === fromPeriod));
  const planned: QuestionnaireAssignment = { unitId: unit.id, questionnaireVersionId: versionId ?? -1, fromPeriod, assignedBy: null, assignedAt: "" };
  const before = assignmentResolver((id) => parents.get(id), assignments);
  const after = assignmentResolver((id) => parents.get(id), [...others, planned]);
  const versions = new Map((await stores.questionnaires.list()).map((v) => [v.id, versionName(v)]));
  const nameOf = (a: QuestionnaireAssignment | null): string | null => (a ? (versions.get(a.questionnaireVersionId) ?? String(a.questionnaireVersionId)) : null);
  let covered = 0;
  const keepOwn = new Map<number, { unit: UnitRef; name: string; cells: number }>();
  const beforeCount = new Map<string, number>();
  for (const cell of cells) {
    const now = after(cell, fromPeriod);
    if (now === planned) {
      covered++;
      // No assignment: the built-in questionnaire, which every new period opens with.
      const was = nameOf(before(cell, fromPeriod)) ?? versionName(DEFAULT_MONTHLY_CELL);
      beforeCount.set(was, (beforeCount.get(was) ?? 0) + 1);
      continue;
    }
    if (now) {
      const owner = units.find((u) => u.id === now.unitId);
      const entry = keepOwn.get(now.unitId) ?? { unit: owner ?? unit, name: nameOf(now) ?? "", cells: 0 };
      entry.cells++;
      keepOwn.set(now.unitId, entry);
    }
  }
  return { cells: covered, keepOwn: [...keepOwn.values()], before: [...beforeCount].map(([name, count]) => ({ name, cells: count })) };
}

/**
 * Adopts a questionnaire file for a unit's subtree from a monthly period on (issue 13). The file
 * is checked whole first; the period must not have opened (a period keeps the version it opened
 * with); the version is identified by its content: the same content again is stored once, and the
 * same code and version number with other content is refused. The version and the assignment are
 * written in one transaction with the audit entry; the same import again changes nothing.
 * `dryRun` says all of this and writes nothing.
 */
export async function importQuestionnaire(app: Pick<App, "stores" | "inTransaction" | "clock" | "translator">, input: ImportQuestionnaireInput): Promise<ImportOutcome> {
  const checked = checkQuestionnaireFile(app.translator, input.text);
  if (!checked.ok) return { ok: false, reason: "invalid-file", problems: checked.problems };
  const { definition, hash } = checked;
  if (!isPeriodKey(input.fromPeriod)) return { ok: false, reason: "bad-period", period: input.fromPeriod };
  // Monthly assignments only: the yearly questionnaire (no criteria) is not scored per cell.
  if (definition.criteria.length === 0) return { ok: false, reason: "unscored", name: versionName(definition) };
  // An office's version under a built-in code could collide with the built-in's next version and stop the bot at start.
  const builtIn = BUILT_IN.find((b) => b.code === definition.code);
  if (builtIn && questionnaireContentHash(builtIn) !== hash) return { ok: false, reason: "built-in-code", code: definition.code };
  const at = app.clock.now();

  const plan = async (stores: Stores): Promise<ImportOutcome> => {
    const unit = await stores.org.findUnit(input.unitCode);
    if (!unit) return { ok: false, reason: "unknown-unit", code: input.unitCode };
    const latest = await latestMonth(stores);
    if (latest && input.fromPeriod <= latest.key) return { ok: false, reason: "period-begun", period: input.fromPeriod, latest: latest.key, open: latest.open, next: nextMonth(latest.key) };
    const stored = await stores.questionnaires.find(definition.code, definition.version);
    if (stored && stored.contentHash !== hash) return { ok: false, reason: "version-taken", name: versionName(definition), storedHash: stored.contentHash, fileHash: hash };
    const current = (await stores.questionnaireAssignments.ofUnits([unit.id])).find((a) => a.fromPeriod === input.fromPeriod);
    const versions = new Map((await stores.questionnaires.list()).map((v) => [v.id, versionName(v)]));
    const assignment = !current ? "new" : stored && current.questionnaireVersionId === stored.id ? "unchanged" : "replaced";
    return {
      ok: true,
      dryRun: input.dryRun,
      definition,
      hash,
      version: stored ? "stored" : "new",
      assignment,
      ...(assignment === "replaced" && current ? { replaced: versions.get(current.questionnaireVersionId) ?? String(current.questionnaireVersionId) } : {}),
      unit,
      fromPeriod: input.fromPeriod,
      ...(await effect(stores, unit, stored?.id ?? null, input.fromPeriod)),
    };
  };

  if (input.dryRun) return plan(app.stores);
  try {
    return await app.inTransaction(async (s) => {
      const planned = await plan(s);
      if (!planned.ok || planned.assignment === "unchanged") return planned;
      const versionId = await s.questionnaires.ensure(definition);
      await s.questionnaireAssignments.assign({ unitId: planned.unit.id, questionnaireVersionId: versionId, fromPeriod: input.fromPeriod, by: input.actorId, at });
      await s.audit.record({
        at,
        actorId: input.actorId,
        action: "questionnaire.assign",
        subject: `unit:${planned.unit.code}`,
        details: { questionnaire: definition.code, version: definition.version, contentHash: hash, from: input.fromPeriod, versionStored: planned.version === "new", ...(planned.replaced ? { replaced: planned.replaced } : {}) },
      });
      return planned;
    });
  } catch (error) {
    // Stored with other content by someone else meanwhile.
    if (error instanceof QuestionnaireChanged) {
      const stored = await app.stores.questionnaires.find(definition.code, definition.version);
      return { ok: false, reason: "version-taken", name: versionName(definition), storedHash: stored?.contentHash ?? "", fileHash: hash };
    }
    throw error;
  }
}
