import type { UnitRef } from "../domain/org.ts";
import { answeringUnitKind, periodKindOf, type PeriodKind } from "../domain/period.ts";
import type { CellPeriodState, CellRecipients, PeriodView, Recipient, ScheduleStore } from "../engine/ports.ts";
import { toLocale } from "../i18n/locale.ts";
import type { InTransaction, Stores } from "../ports/stores.ts";
import { endLateReports, endRunningLateReports, periodExtension } from "./late-reports.ts";
import { byVersion, namedVersions, versionsInForce } from "./questionnaire-in-force.ts";

/** The free-text item whose answer digests quote. */
export const NOTES_QUESTION = "q16_notes";

const periodView = (p: PeriodView): PeriodView => ({ id: p.id, key: p.key, open: p.open, questionnaireVersionId: p.questionnaireVersionId });

/** Where each of these people can be written to, in their language. */
export async function recipientsOf(stores: Stores, personIds: readonly number[]): Promise<Map<number, Recipient[]>> {
  const byPerson = new Map<number, Recipient[]>();
  for (const identity of await stores.people.reachableIdentities([...new Set(personIds)])) {
    const locale = toLocale(identity.locale ?? undefined);
    const list = byPerson.get(identity.personId) ?? [];
    list.push({ personId: identity.personId, channel: identity.channel, chatId: identity.externalId, ...(locale ? { locale } : {}) });
    byPerson.set(identity.personId, list);
  }
  return byPerson;
}

/**
 * Who the scheduled jobs write to and what they report on: cells with their secretaries and
 * deputies, bound groups, admins, each cell's state in a period. Reads a province's thousands
 * of cells in a handful of statements; the period's opening and closing are written here too.
 */
export function createCellDirectory(stores: Stores, inTransaction: InTransaction): ScheduleStore {
  // The subtree is read once, the periods' states (with the version each used) in one statement.
  async function cellStatesIn(unitId: number, periodIds: readonly number[], kind: PeriodKind = "monthly"): Promise<CellPeriodState[][]> {
    const cells = await stores.org.subtree(unitId, answeringUnitKind(kind));
    const byPeriod = await stores.assessments.cellStatesIn(periodIds, cells.map((c) => c.id), NOTES_QUESTION);
    return Promise.all(
      byPeriod.map(async (states) => {
        const questionnaires = await namedVersions(stores, states);
        return cells.map((unit, i) => {
          const state = states[i];
          const questionnaire = questionnaires.get(unit.id);
          return { unit, status: state?.status ?? "not_started", standing: state?.standing ?? null, notes: state?.notes ?? null, ...(questionnaire ? { questionnaire } : {}) };
        });
      }),
    );
  }

  async function withRecipients(cells: readonly UnitRef[]): Promise<CellRecipients[]> {
    if (cells.length === 0) return [];
    // Answering roles are held in cells and grassroots committees only: one read of them all beats thousands of ids in a query.
    const wanted = new Set(cells.map((c) => c.id));
    const holders = (await stores.org.holders(["secretary", "deputy"])).filter((h) => wanted.has(h.unitId));
    const reach = await recipientsOf(stores, holders.map((h) => h.personId));
    const byUnit = new Map<number, Recipient[]>();
    for (const h of holders) byUnit.set(h.unitId, [...(byUnit.get(h.unitId) ?? []), ...(reach.get(h.personId) ?? [])]);
    return cells.map((unit) => ({ unit, recipients: byUnit.get(unit.id) ?? [] }));
  }

  return {
    async openPeriod(key, questionnaireVersionId, at) {
      return inTransaction(async (s) => {
        const opened = await s.periods.open(key, questionnaireVersionId, at);
        if (opened.created) await s.audit.record({ at, action: "period.open", subject: `period:${key}` });
        return { period: periodView(opened.period), created: opened.created };
      });
    },

    async closePeriod(key, at) {
      return inTransaction(async (s) => {
        const closed = await s.periods.close(key, at);
        if (!closed) return null;
        if (!closed.closed) return { notReported: 0 };
        const cells = await s.org.unitsOfKind(answeringUnitKind(periodKindOf(key) ?? "monthly"));
        // Each cell without an assessment is recorded with the questionnaire it would have answered.
        let notReported = 0;
        for (const [versionId, cellIds] of byVersion(await versionsInForce(s, cells.map((c) => c.id), closed.period))) {
          notReported += await s.assessments.recordNotReported(closed.period.id, versionId, cellIds, at);
        }
        // A reopened period closed before its deadline: nobody answers it any more.
        await endRunningLateReports(s, closed.period.id, at);
        await s.audit.record({ at, action: "period.close", subject: `period:${key}`, details: { notReported } });
        return { notReported };
      });
    },

    lateReportsOf: (periodId) => periodExtension(stores, periodId),

    endLateReports: (at) => endLateReports(stores, inTransaction, at),

    async listPeriods(kind: PeriodKind = "monthly") {
      return (await stores.periods.list()).filter((p) => periodKindOf(p.key) === kind).map(periodView);
    },

    async cells(kind: PeriodKind = "monthly") {
      return withRecipients(await stores.org.unitsOfKind(answeringUnitKind(kind)));
    },

    async cellsAwaiting(periodId, kind: PeriodKind = "monthly") {
      const submitted = new Set(await stores.assessments.submittedUnitIds(periodId));
      return withRecipients((await stores.org.unitsOfKind(answeringUnitKind(kind))).filter((c) => !submitted.has(c.id)));
    },

    async boundGroups() {
      const groups = await stores.groups.boundGroups();
      if (groups.length === 0) return [];
      const units = new Map((await stores.org.listUnits()).map((u) => [u.id, u]));
      return groups.flatMap((g) => {
        const unit = units.get(g.unitId);
        // An archived unit's group keeps its binding but gets no digest, reminder or yearly post.
        return unit && !unit.archived ? [{ address: g.address, unit: { id: unit.id, code: unit.code, name: unit.name, kind: unit.kind, memberCount: unit.memberCount } }] : [];
      });
    },

    unitOf: (unitId) => stores.org.unitById(unitId),

    async adminRecipients() {
      const holders = await stores.org.holders(["admin"]);
      const reach = await recipientsOf(stores, holders.map((h) => h.personId));
      return [...reach.values()].flat();
    },

    async isKnownChat(channel, chatId) {
      if (await stores.people.identity({ channel, externalId: chatId })) return true;
      return stores.groups.isBound({ channel, chatId });
    },

    async cellStates(unitId, periodId, kind?: PeriodKind) {
      const [only] = await cellStatesIn(unitId, [periodId], kind);
      return only ?? [];
    },

    cellStatesIn,
  };
}
