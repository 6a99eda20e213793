import { decodeState } from "../domain/conversation/conversation-state.ts";
import { conversationKey } from "../engine/messages.ts";
import { VersionConflict, type AssessmentView, type LateAllowanceView, type PeriodView, type TurnSnapshot, type TurnStore, type TurnWrite } from "../engine/ports.ts";
import { toLocale } from "../i18n/locale.ts";
import type { StoredAssessment } from "../ports/assessment-store.ts";
import { TransactionConflict, type InSession, type InTransaction, type Stores } from "../ports/stores.ts";
import { NOTES_QUESTION } from "./cell-directory.ts";
import { toOutboxRow } from "./outbox-queue.ts";
import type { OnRedeemed } from "./registration-notice.ts";
import { versionInForce } from "./questionnaire-in-force.ts";

const periodView = (p: PeriodView): PeriodView => ({ id: p.id, key: p.key, open: p.open, questionnaireVersionId: p.questionnaireVersionId });

/**
 * A conversation turn's reads and its one write transaction, composed of the tables' owners.
 * Two turns of one conversation are serialised by the database: the conversation's version is
 * checked in the write, and the loser (in this process or another instance) is retried whole.
 */
export function createTurnStorage(stores: Stores, inTransaction: InTransaction, inSession: InSession, onRedeemed?: OnRedeemed): TurnStore {
  async function view(assessment: StoredAssessment, s: Stores = stores): Promise<AssessmentView | null> {
    const [unit, period] = await Promise.all([s.org.unitById(assessment.unitId), s.periods.get(assessment.periodId)]);
    if (!unit || !period) return null;
    return {
      id: assessment.id,
      unit,
      period: periodView(period),
      questionnaireVersionId: assessment.questionnaireVersionId,
      answers: assessment.answers,
      ...(assessment.standing ? { submitted: assessment.standing } : {}),
    };
  }

  async function redeemInvite(s: Stores, invite: NonNullable<TurnWrite["invite"]>, sender: NonNullable<TurnWrite["sender"]>, at: Date): Promise<void> {
    if (invite.kind === "failed") {
      await s.invites.recordFailedAttempt(sender, at);
      return;
    }
    const { personId } = await s.people.ensurePerson(sender, at);
    // Single use even under a race: of two turns redeeming one code, one conflicts and is told "used".
    if (!(await s.invites.markUsed(invite.inviteId, personId, at))) throw new VersionConflict(`invite:${invite.inviteId}`);
    await s.org.grant(personId, invite.unitId, invite.role, at);
    await s.audit.record({ at, actorId: personId, action: "invite.redeem", subject: `unit:${invite.unitCode}`, details: { role: invite.role } });
    await onRedeemed?.(s, { inviteId: invite.inviteId, personId, unitId: invite.unitId, role: invite.role, channel: sender.channel, at });
  }

  /** `done` resolves true when its write went through as expected; false means another turn got there first. */
  const expected = async (key: string, done: Promise<boolean>): Promise<void> => {
    if (!(await done)) throw new VersionConflict(key);
  };

  async function answer(s: Stores, w: TurnWrite, a: NonNullable<TurnWrite["answers"]>): Promise<void> {
    // No answer lands on an assessment submitted (or closed) meanwhile.
    await expected(w.key, s.assessments.answer({ assessmentId: a.assessmentId, answeredBy: a.answeredBy, save: a.save, clear: a.clear, at: w.at }));
    if (!a.submit) return;
    await expected(w.key, s.assessments.submit({ assessmentId: a.assessmentId, standing: a.submit, submittedBy: a.answeredBy, at: w.at }));
    await s.audit.record({ at: w.at, actorId: a.answeredBy, action: "assessment.submit", subject: `assessment:${a.assessmentId}`, details: { score: a.submit.score, fourGood: a.submit.fourGood } });
    if (a.dropDedupePrefix) await s.outbox.dropPendingByKeyPrefix(a.dropDedupePrefix);
  }

  /** Returns the ids of the outbox rows added. */
  async function write(s: Stores, w: TurnWrite): Promise<readonly number[]> {
    const c = w.conversation;
    const a = w.answers;
    // The parts touch different rows and are issued together (on PostgreSQL one round trip for
    // all). The platform message's id is among them: the same message handled twice (a
    // re-delivery, two instances) conflicts, whichever part notices first.
    const enqueued = w.outbox.length > 0 ? s.outbox.enqueue(w.outbox.map(toOutboxRow), w.at) : Promise.resolve([]);
    const parts: Promise<unknown>[] = [
      ...(w.inbound ? [expected(w.key, s.inbound.record(w.inbound.channel, w.inbound.externalId, w.at))] : []),
      ...(w.sender ? [s.people.markReachable(w.sender)] : []),
      ...(w.invite && w.sender ? [redeemInvite(s, w.invite, w.sender, w.at)] : []),
      ...(c ? [expected(w.key, s.conversations.put({ key: w.key, expectedVersion: c.expectedVersion, state: c.state, personId: c.personId, assessmentId: c.assessmentId, at: w.at }))] : []),
      ...(a ? [answer(s, w, a)] : []),
      ...(w.locale ? [s.people.setLocale(w.locale.personId, w.locale.locale)] : []),
      enqueued,
    ];
    // Every part settles before the transaction is undone: none may still be writing after it.
    const settled = await Promise.allSettled(parts);
    const failed = settled.find((r): r is PromiseRejectedResult => r.status === "rejected");
    if (failed) throw failed.reason;
    return enqueued;
  }

  return {
    // The turn's reads, a few at a time, on one connection: on PostgreSQL each few leave together.
    load: (chat, sender, inboundId, sentAt) =>
      inSession(async (s): Promise<TurnSnapshot> => {
        const [person, stored, seen] = await Promise.all([
          s.people.findByIdentity(sender),
          s.conversations.get(conversationKey(chat)),
          inboundId === undefined ? false : s.inbound.seen(sender.channel, inboundId),
        ]);
        const decoded = stored ? decodeState(stored.state) : undefined;
        const locale = toLocale(person?.locale ?? undefined);
        const [memberships, interrupted, assessment] = await Promise.all([
          person ? s.org.membershipsOf(person.id) : [],
          stored ? s.outbox.interrupted(chat, sentAt) : false,
          stored?.assessmentId ? s.assessments.get(stored.assessmentId) : null,
        ]);
        return {
          seen,
          person: person ? { id: person.id, ...(locale ? { locale } : {}), memberships } : null,
          conversation:
            stored && decoded
              ? {
                  version: stored.version,
                  state: decoded.state,
                  assessmentId: stored.assessmentId,
                  ...(decoded.outcome === "current" ? {} : { restored: decoded.outcome }),
                  interrupted,
                }
              : null,
          assessment: assessment ? await view(assessment, s) : null,
        };
      }),

    async save(turn) {
      try {
        return await inTransaction((s) => write(s, turn));
      } catch (error) {
        // Another turn or instance got there first: the engine runs the turn again on fresh data.
        if (error instanceof TransactionConflict) throw new VersionConflict(turn.key);
        throw error;
      }
    },

    async assessmentsOf(unitIds, periodId) {
      const found = await stores.assessments.assessmentsOf(unitIds, periodId);
      const views = await Promise.all(found.map((a) => view(a)));
      return views.filter((v): v is AssessmentView => v !== null);
    },

    async lateAllowances(unitIds, at) {
      if (unitIds.length === 0) return [];
      const running = await stores.lateReports.running(unitIds, at);
      const found: LateAllowanceView[] = [];
      for (const allowance of running) {
        const period = await stores.periods.get(allowance.periodId);
        if (!period) continue;
        // A cell that submitted meanwhile has nothing left to answer for that period.
        const [state] = await stores.assessments.cellStates(period.id, [allowance.unitId], NOTES_QUESTION);
        if (state?.status === "submitted") continue;
        found.push({ unitId: allowance.unitId, period: periodView(period), until: new Date(allowance.until) });
      }
      // Keys are YYYY-MM: their text order is their time order.
      return found.sort((a, b) => (a.period.key < b.period.key ? -1 : a.period.key > b.period.key ? 1 : 0));
    },

    async openAssessment(unitId, period) {
      // The questionnaire the cell's subtree adopted for this period, fixed with the assessment.
      const opened = await stores.assessments.open(unitId, period.id, await versionInForce(stores, unitId, period), new Date());
      const found = await view(opened);
      if (!found) throw new Error(`assessment for unit ${unitId} and period ${period.key} has no unit or period`);
      return found;
    },
  };
}
