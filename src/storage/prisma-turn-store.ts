import { VersionConflict, type AssessmentView, type PeriodView, type TurnSnapshot, type TurnStore, type TurnWrite } from "../engine/ports.ts";
import { isLocale } from "../i18n/locale.ts";
import type { Db } from "./open-database.ts";
import { parseAnswerValue, parseConversationState, parseStanding, toPeriodView, toRole, toUnitRef } from "./map-rows.ts";
import { outboxWrites } from "./outbox-rows.ts";
import { prismaCode } from "./prisma-errors.ts";

const assessmentInclude = { answers: true, period: true, unit: true } as const;

type AssessmentRow = {
  id: number;
  status: string;
  standing: string | null;
  questionnaireVersionId: number;
  unit: { id: number; code: string; name: string; kind: string; memberCount: number };
  period: { id: number; key: string; status: string; questionnaireVersionId: number };
  answers: { questionId: string; value: string }[];
};

function toAssessmentView(row: AssessmentRow): AssessmentView {
  const period: PeriodView = toPeriodView(row.period);
  return {
    id: row.id,
    unit: toUnitRef(row.unit),
    period,
    questionnaireVersionId: row.questionnaireVersionId,
    answers: new Map(row.answers.map((a) => [a.questionId, parseAnswerValue(a.value)])),
    ...(row.status === "submitted" && row.standing ? { submitted: parseStanding(row.standing) } : {}),
  };
}

export function createPrismaTurnStore(db: Db): TurnStore {
  return {
    async load(key, sender, inboundId): Promise<TurnSnapshot> {
      const [seen, identity, conversation] = await Promise.all([
        inboundId === undefined
          ? null
          : db.inboundMessage.findUnique({ where: { channel_externalId: { channel: sender.channel, externalId: inboundId } }, select: { id: true } }),
        db.identity.findUnique({
          where: { channel_externalId: { channel: sender.channel, externalId: sender.externalId } },
          include: { person: { include: { memberships: { include: { unit: true } } } } },
        }),
        db.conversation.findUnique({ where: { key }, include: { assessment: { include: assessmentInclude } } }),
      ]);
      const person = identity?.person;
      const locale = person?.locale ?? undefined;
      return {
        seen: seen !== null,
        person: person
          ? {
              id: person.id,
              ...(isLocale(locale) ? { locale } : {}),
              memberships: person.memberships.map((m) => ({ role: toRole(m.role), unit: toUnitRef(m.unit) })),
            }
          : null,
        conversation: conversation
          ? { version: conversation.version, state: parseConversationState(conversation.state), assessmentId: conversation.assessmentId }
          : null,
        assessment: conversation?.assessment ? toAssessmentView(conversation.assessment) : null,
      };
    },

    async save(write: TurnWrite): Promise<void> {
      const ops = [];
      if (write.inbound) ops.push(db.inboundMessage.create({ data: { ...write.inbound, at: write.at } }));
      const c = write.conversation;
      if (c) {
        const data = { state: JSON.stringify(c.state), assessmentId: c.assessmentId, personId: c.personId };
        ops.push(
          c.expectedVersion === null
            ? db.conversation.create({ data: { key: write.key, version: 1, ...data } })
            : db.conversation.update({ where: { key: write.key, version: c.expectedVersion }, data: { ...data, version: { increment: 1 } } }),
        );
      }
      const a = write.answers;
      if (a) {
        // Guards the whole batch: no answer lands on an assessment that was submitted meanwhile.
        ops.push(
          db.assessment.update({
            where: { id: a.assessmentId, status: "in_progress" },
            data: a.submit
              ? {
                  status: "submitted",
                  score: a.submit.score,
                  fourGood: a.submit.fourGood,
                  standing: JSON.stringify(a.submit),
                  submittedAt: write.at,
                  submittedBy: a.answeredBy,
                }
              : { updatedAt: write.at },
          }),
        );
        if (a.submit) {
          if (a.dropDedupePrefix) {
            ops.push(db.outboxMessage.updateMany({ where: { status: "pending", dedupeKey: { startsWith: a.dropDedupePrefix } }, data: { status: "dropped" } }));
          }
          ops.push(
            db.auditLog.create({
              data: { at: write.at, actorId: a.answeredBy, action: "assessment.submit", subject: `assessment:${a.assessmentId}`, details: JSON.stringify({ score: a.submit.score, fourGood: a.submit.fourGood }) },
            }),
          );
        }
        if (a.clear.length > 0) ops.push(db.answer.deleteMany({ where: { assessmentId: a.assessmentId, questionId: { in: [...a.clear] } } }));
        for (const { questionId, value } of a.save) {
          const json = JSON.stringify(value);
          ops.push(
            db.answer.upsert({
              where: { assessmentId_questionId: { assessmentId: a.assessmentId, questionId } },
              create: { assessmentId: a.assessmentId, questionId, value: json, answeredBy: a.answeredBy, answeredAt: write.at },
              update: { value: json, answeredBy: a.answeredBy, answeredAt: write.at },
            }),
          );
        }
      }
      if (write.locale) ops.push(db.person.update({ where: { id: write.locale.personId }, data: { locale: write.locale.locale } }));
      ops.push(...outboxWrites(db, write.outbox, write.at));
      try {
        await db.$transaction(ops);
      } catch (error) {
        const code = prismaCode(error);
        if (code === "P2025" || code === "P2002") throw new VersionConflict(write.key);
        throw error;
      }
    },

    async openAssessment(unitId, period) {
      const row = await db.assessment.upsert({
        where: { unitId_periodId: { unitId, periodId: period.id } },
        create: { unitId, periodId: period.id, questionnaireVersionId: period.questionnaireVersionId },
        update: {},
        include: assessmentInclude,
      });
      return toAssessmentView(row);
    },
  };
}
