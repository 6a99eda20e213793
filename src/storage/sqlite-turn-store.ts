import type { Standing } from "../domain/scoring/standing.ts";
import { encodeState } from "../domain/conversation/conversation-state.ts";
import { conversationKey } from "../engine/messages.ts";
import { VersionConflict, type AssessmentView, type PeriodView, type TurnSnapshot, type TurnStore, type TurnWrite } from "../engine/ports.ts";
import { toLocale } from "../i18n/locale.ts";
import { parseAnswerValue, parseConversationState, parseStanding, toPeriodView, toRole, toUnitRef } from "./map-rows.ts";
import type { Sql } from "./open-database.ts";
import { sqlTime, withBusyRetry } from "./sql-time.ts";
import { prepareEnqueue } from "./sqlite-outbox-store.ts";

interface UnitRow {
  id: number;
  code: string;
  name: string;
  kind: string;
  memberCount: number;
}

interface AssessmentRow {
  id: number;
  status: string;
  standing: string | null;
  questionnaireVersionId: number;
  unitId: number;
  unitCode: string;
  unitName: string;
  unitKind: string;
  unitMembers: number;
  periodId: number;
  periodKey: string;
  periodStatus: string;
  periodVersionId: number;
}

/**
 * The conversation turn's reads and its one write transaction, in plain SQL on the same SQLite
 * file (the schema is Prisma's, from prisma/migrations). Statements are prepared once; the write
 * is one synchronous transaction, so it can never interleave with other work in this process.
 */
export function createSqliteTurnStore(sql: Sql): TurnStore {
  const enqueue = prepareEnqueue(sql);
  const q = {
    seen: sql.prepare<[string, string], { one: number }>(`SELECT 1 AS one FROM inbound_messages WHERE channel = ? AND external_id = ?`),
    person: sql.prepare<[string, string], { id: number; locale: string | null }>(
      `SELECT p.id, p.locale FROM identities i JOIN people p ON p.id = i.person_id WHERE i.channel = ? AND i.external_id = ?`,
    ),
    memberships: sql.prepare<[number], UnitRow & { role: string }>(
      `SELECT m.role, u.id, u.code, u.name, u.kind, u.member_count AS memberCount FROM memberships m JOIN units u ON u.id = m.unit_id WHERE m.person_id = ? ORDER BY m.id`,
    ),
    conversation: sql.prepare<[string], { version: number; state: string; assessmentId: number | null }>(
      `SELECT version, state, assessment_id AS assessmentId FROM conversations WHERE key = ?`,
    ),
    assessment: sql.prepare<[number], AssessmentRow>(
      `SELECT a.id, a.status, a.standing, a.questionnaire_version_id AS questionnaireVersionId,
              u.id AS unitId, u.code AS unitCode, u.name AS unitName, u.kind AS unitKind, u.member_count AS unitMembers,
              p.id AS periodId, p.key AS periodKey, p.status AS periodStatus, p.questionnaire_version_id AS periodVersionId
         FROM assessments a JOIN units u ON u.id = a.unit_id JOIN periods p ON p.id = a.period_id WHERE a.id = ?`,
    ),
    assessmentFor: sql.prepare<[number, number], { id: number }>(`SELECT id FROM assessments WHERE unit_id = ? AND period_id = ?`),
    // What the person saw last: the bot's latest message of its own (it has a dedupe key) against its latest reply.
    lastProactive: sql.prepare<[string, string], { id: number; at: string }>(
      `SELECT id, sent_at AS at FROM outbox_messages
        WHERE channel = ? AND chat_id = ? AND status = 'sent' AND dedupe_key IS NOT NULL ORDER BY sent_at DESC, id DESC LIMIT 1`,
    ),
    lastReply: sql.prepare<[string, string], { id: number; at: string; sentAt: string | null }>(
      `SELECT id, COALESCE(sent_at, created_at) AS at, sent_at AS sentAt FROM outbox_messages
        WHERE channel = ? AND chat_id = ? AND dedupe_key IS NULL ORDER BY id DESC LIMIT 1`,
    ),
    answers: sql.prepare<[number], { questionId: string; value: string }>(`SELECT question_id AS questionId, value FROM answers WHERE assessment_id = ?`),
    insertInbound: sql.prepare(`INSERT INTO inbound_messages (channel, external_id, at) VALUES (?, ?, ?)`),
    insertConversation: sql.prepare(`INSERT INTO conversations (key, person_id, assessment_id, state, version, updated_at) VALUES (?, ?, ?, ?, 1, ?)`),
    updateConversation: sql.prepare(
      `UPDATE conversations SET person_id = ?, assessment_id = ?, state = ?, version = version + 1, updated_at = ? WHERE key = ? AND version = ?`,
    ),
    touchAssessment: sql.prepare(`UPDATE assessments SET updated_at = ? WHERE id = ? AND status = 'in_progress'`),
    submitAssessment: sql.prepare(
      `UPDATE assessments SET status = 'submitted', score = ?, four_good = ?, standing = ?, submitted_at = ?, submitted_by = ?, updated_at = ?
        WHERE id = ? AND status = 'in_progress'`,
    ),
    audit: sql.prepare(`INSERT INTO audit_log (at, actor_id, action, subject, details) VALUES (?, ?, ?, ?, ?)`),
    dropReminders: sql.prepare(`UPDATE outbox_messages SET status = 'dropped' WHERE status = 'pending' AND substr(dedupe_key, 1, length(?)) = ?`),
    deleteAnswer: sql.prepare(`DELETE FROM answers WHERE assessment_id = ? AND question_id = ?`),
    upsertAnswer: sql.prepare(
      `INSERT INTO answers (assessment_id, question_id, value, answered_by, answered_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (assessment_id, question_id) DO UPDATE SET value = excluded.value, answered_by = excluded.answered_by, answered_at = excluded.answered_at`,
    ),
    setLocale: sql.prepare(`UPDATE people SET locale = ? WHERE id = ?`),
    identityPerson: sql.prepare<[string, string], { personId: number }>(`SELECT person_id AS personId FROM identities WHERE channel = ? AND external_id = ?`),
    insertPerson: sql.prepare(`INSERT INTO people (created_at) VALUES (?)`),
    insertIdentity: sql.prepare(`INSERT INTO identities (person_id, channel, external_id, reachable, created_at) VALUES (?, ?, ?, 1, ?)`),
    useInvite: sql.prepare(`UPDATE invites SET used_at = ?, used_by = ? WHERE id = ? AND used_at IS NULL`),
    grant: sql.prepare(`INSERT INTO memberships (person_id, unit_id, role, created_at) VALUES (?, ?, ?, ?) ON CONFLICT (person_id, unit_id, role) DO NOTHING`),
    failedInvite: sql.prepare(`INSERT INTO invite_attempts (channel, external_id, at) VALUES (?, ?, ?)`),
    reachableAgain: sql.prepare(`UPDATE identities SET reachable = 1, unreachable_at = NULL WHERE channel = ? AND external_id = ? AND reachable = 0`),
    createAssessment: sql.prepare(
      `INSERT INTO assessments (unit_id, period_id, questionnaire_version_id, status, created_at, updated_at) VALUES (?, ?, ?, 'in_progress', ?, ?)
       ON CONFLICT (unit_id, period_id) DO NOTHING`,
    ),
  };

  const loadAssessment = (id: number): AssessmentView | null => {
    const row = q.assessment.get(id);
    if (!row) return null;
    const period: PeriodView = toPeriodView({ id: row.periodId, key: row.periodKey, status: row.periodStatus, questionnaireVersionId: row.periodVersionId });
    const submitted: Standing | undefined = row.status === "submitted" && row.standing ? parseStanding(row.standing) : undefined;
    return {
      id: row.id,
      unit: toUnitRef({ id: row.unitId, code: row.unitCode, name: row.unitName, kind: row.unitKind, memberCount: row.unitMembers }),
      period,
      questionnaireVersionId: row.questionnaireVersionId,
      answers: new Map(q.answers.all(row.id).map((a) => [a.questionId, parseAnswerValue(a.value)])),
      ...(submitted ? { submitted } : {}),
    };
  };

  const interruptedChat = (channel: string, chatId: string, sentAt: Date | undefined): boolean => {
    const reply = q.lastReply.get(channel, chatId);
    // The last reply (the question now waiting) reached the person only after they wrote: what they
    // typed answers an older prompt. A reply never delivered was never seen either.
    if (reply && sentAt && (reply.sentAt === null || reply.sentAt > sqlTime(sentAt))) return true;
    const proactive = q.lastProactive.get(channel, chatId);
    if (!proactive) return false;
    return !reply || proactive.at > reply.at || (proactive.at === reply.at && proactive.id > reply.id);
  };

  const redeemInvite = (invite: NonNullable<TurnWrite["invite"]>, sender: NonNullable<TurnWrite["sender"]>, at: string): void => {
    if (invite.kind === "failed") {
      q.failedInvite.run(sender.channel, sender.externalId, at);
      return;
    }
    let personId = q.identityPerson.get(sender.channel, sender.externalId)?.personId;
    if (personId === undefined) {
      personId = Number(q.insertPerson.run(at).lastInsertRowid);
      q.insertIdentity.run(personId, sender.channel, sender.externalId, at);
    }
    // Single use even under a race: only one turn can flip used_at from null; the other conflicts and is told "used".
    if (q.useInvite.run(at, personId, invite.inviteId).changes !== 1) throw new VersionConflict(`invite:${invite.inviteId}`);
    q.grant.run(personId, invite.unitId, invite.role, at);
    q.audit.run(at, personId, "invite.redeem", `unit:${invite.unitCode}`, JSON.stringify({ role: invite.role }));
  };

  const write = sql.transaction((w: TurnWrite) => {
    const at = sqlTime(w.at);
    if (w.inbound) q.insertInbound.run(w.inbound.channel, w.inbound.externalId, at);
    if (w.sender) q.reachableAgain.run(w.sender.channel, w.sender.externalId);
    if (w.invite && w.sender) redeemInvite(w.invite, w.sender, at);
    const c = w.conversation;
    if (c) {
      const state = encodeState(c.state);
      if (c.expectedVersion === null) q.insertConversation.run(w.key, c.personId, c.assessmentId, state, at);
      else if (q.updateConversation.run(c.personId, c.assessmentId, state, at, w.key, c.expectedVersion).changes !== 1) throw new VersionConflict(w.key);
    }
    const a = w.answers;
    if (a) {
      const guarded = a.submit
        ? q.submitAssessment.run(a.submit.score, a.submit.fourGood ? 1 : 0, JSON.stringify(a.submit), at, a.answeredBy, at, a.assessmentId)
        : q.touchAssessment.run(at, a.assessmentId);
      // No answer lands on an assessment that was submitted meanwhile.
      if (guarded.changes !== 1) throw new VersionConflict(w.key);
      if (a.submit) {
        q.audit.run(at, a.answeredBy, "assessment.submit", `assessment:${a.assessmentId}`, JSON.stringify({ score: a.submit.score, fourGood: a.submit.fourGood }));
        if (a.dropDedupePrefix) q.dropReminders.run(a.dropDedupePrefix, a.dropDedupePrefix);
      }
      for (const questionId of a.clear) q.deleteAnswer.run(a.assessmentId, questionId);
      for (const { questionId, value } of a.save) q.upsertAnswer.run(a.assessmentId, questionId, JSON.stringify(value), a.answeredBy, at);
    }
    if (w.locale) q.setLocale.run(w.locale.locale, w.locale.personId);
    for (const d of w.outbox) enqueue(d, w.at);
  });

  return {
    async load(chat, sender, inboundId, sentAt): Promise<TurnSnapshot> {
      const person = q.person.get(sender.channel, sender.externalId);
      const conversation = q.conversation.get(conversationKey(chat));
      const decoded = conversation ? parseConversationState(conversation.state) : undefined;
      const locale = toLocale(person?.locale ?? undefined);
      return {
        seen: inboundId !== undefined && q.seen.get(sender.channel, inboundId) !== undefined,
        person: person
          ? { id: person.id, ...(locale ? { locale } : {}), memberships: q.memberships.all(person.id).map((m) => ({ role: toRole(m.role), unit: toUnitRef(m) })) }
          : null,
        conversation:
          conversation && decoded
            ? {
                version: conversation.version,
                state: decoded.state,
                assessmentId: conversation.assessmentId,
                ...(decoded.outcome === "current" ? {} : { restored: decoded.outcome }),
                interrupted: interruptedChat(chat.channel, chat.chatId, sentAt),
              }
            : null,
        assessment: conversation?.assessmentId ? loadAssessment(conversation.assessmentId) : null,
      };
    },

    async save(turn) {
      try {
        await withBusyRetry(() => write.immediate(turn));
      } catch (error) {
        // A unique key taken meanwhile (the same update handled twice, a conversation created twice).
        if (typeof error === "object" && error !== null && "code" in error && String(error.code).startsWith("SQLITE_CONSTRAINT")) throw new VersionConflict(turn.key);
        throw error;
      }
    },

    async assessmentsOf(unitIds, periodId) {
      return unitIds.flatMap((unitId) => {
        const id = q.assessmentFor.get(unitId, periodId)?.id;
        const view = id === undefined ? null : loadAssessment(id);
        return view ? [view] : [];
      });
    },

    async openAssessment(unitId, period) {
      const now = sqlTime(new Date());
      await withBusyRetry(() => q.createAssessment.run(unitId, period.id, period.questionnaireVersionId, now, now));
      const id = q.assessmentFor.get(unitId, period.id)?.id;
      const view = id === undefined ? null : loadAssessment(id);
      if (!view) throw new Error(`assessment for unit ${unitId} and period ${period.key} was not created`);
      return view;
    },
  };
}
