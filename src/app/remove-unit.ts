import { ROLES, type UnitRef } from "../domain/org.ts";
import type { App } from "./open-app.ts";

/** What keeps a unit from being removed, counted. */
export interface UnitUses {
  /** Units right below it (archived ones too). */
  readonly children: number;
  /** Roles people hold in it (secretaries, deputies, leaders, admins). */
  readonly roles: number;
  /** Group chats bound to it and still served. */
  readonly groups: number;
  /** Its history: monthly reports (any state), late-report allowances, year-end records. */
  readonly reports: number;
  readonly lateReports: number;
  readonly yearEnd: number;
  /** Questionnaires adopted for its subtree (which version its cells answered). */
  readonly questionnaires: number;
}

export type RemoveOutcome =
  | { readonly ok: true; readonly unit: UnitRef }
  | { readonly ok: false; readonly reason: "unknown-unit"; readonly code: string }
  | { readonly ok: false; readonly reason: "in-use"; readonly unit: UnitRef; readonly uses: UnitUses };

const inUse = (uses: UnitUses): boolean => Object.values(uses).some((n) => n > 0);

/**
 * Removes a unit entered by mistake (a typo, a duplicate): only while nothing depends on it —
 * no units below it, nobody holding a role in it, no bound group and no history. Otherwise
 * refused with what it has, counted: such a unit is archived instead (src/app/archive-unit.ts),
 * which keeps its history. Its unused invites, ended group bindings and annual thresholds go
 * with it. Audited as `unit.remove` with what the unit was, so it can be entered again.
 */
export function removeUnit(app: Pick<App, "inTransaction" | "clock">, request: { readonly code: string; readonly by?: number | null }): Promise<RemoveOutcome> {
  const at = app.clock.now();
  return app.inTransaction(async (s): Promise<RemoveOutcome> => {
    const unit = await s.org.findUnit(request.code);
    if (!unit) return { ok: false, reason: "unknown-unit", code: request.code };
    const uses: UnitUses = {
      children: await s.org.childCount(unit.id),
      roles: (await s.org.holders(ROLES, [unit.id])).length,
      groups: (await s.groups.boundGroups()).filter((g) => g.unitId === unit.id).length,
      reports: await s.assessments.countOfUnit(unit.id),
      lateReports: await s.lateReports.countOfUnit(unit.id),
      yearEnd: await s.yearEnd.countOfUnit(unit.id),
      questionnaires: (await s.questionnaireAssignments.ofUnits([unit.id])).length,
    };
    if (inUse(uses)) return { ok: false, reason: "in-use", unit, uses };
    const parent = (await s.org.ancestors(unit.id))[1];
    await s.annualThresholds.clear(unit.id);
    if (!(await s.org.removeUnit(unit.id))) return { ok: false, reason: "unknown-unit", code: request.code };
    await s.audit.record({
      at,
      actorId: request.by ?? null,
      action: "unit.remove",
      subject: `unit:${unit.code}`,
      details: { name: unit.name, kind: unit.kind, parent: parent?.code ?? null, members: unit.memberCount },
    });
    return { ok: true, unit };
  });
}
