import { ANSWERING_ROLES } from "../domain/org.ts";
import { answerValueSchema } from "../domain/questionnaire/answer-value.ts";
import type { CellPeriodState, CellRecipients, ScheduleStore } from "../engine/ports.ts";
import { toLocale } from "../i18n/locale.ts";
import { parseStanding, toPeriodView, toUnitRef } from "./map-rows.ts";
import type { Db } from "./open-database.ts";

const NOTES_QUESTION = "q16_notes";

const localeOf = (value: string | null) => {
  const locale = toLocale(value ?? undefined);
  return locale ? { locale } : {};
};

export function createPrismaScheduleStore(db: Db): ScheduleStore {
  const answering = { role: { in: [...ANSWERING_ROLES] } };
  const recipientsInclude = {
    memberships: { where: answering, include: { person: { include: { identities: { where: { reachable: true } } } } } },
  } as const;

  type CellRow = Awaited<ReturnType<typeof db.unit.findMany<{ include: typeof recipientsInclude }>>>[number];
  const toCellRecipients = (cell: CellRow): CellRecipients => ({
    unit: toUnitRef(cell),
    recipients: cell.memberships.flatMap((m) =>
      m.person.identities.map((identity) => ({
        personId: m.personId,
        channel: identity.channel,
        chatId: identity.externalId,
        ...localeOf(m.person.locale),
      })),
    ),
  });

  async function subtree(rootId: number): Promise<number[]> {
    const ids = [rootId];
    for (let level = [rootId]; level.length > 0; ) {
      level = (await db.unit.findMany({ where: { parentId: { in: level } }, select: { id: true } })).map((u) => u.id);
      ids.push(...level);
    }
    return ids;
  }

  return {
    async openPeriod(key, questionnaireVersionId, at) {
      const existing = await db.period.findUnique({ where: { key } });
      if (existing) return { period: toPeriodView(existing), created: false };
      const row = await db.period.create({ data: { key, questionnaireVersionId, status: "open", openedAt: at } });
      await db.auditLog.create({ data: { at, action: "period.open", subject: `period:${key}` } });
      return { period: toPeriodView(row), created: true };
    },

    async closePeriod(key, at) {
      const period = await db.period.findUnique({ where: { key } });
      if (!period) return null;
      const cells = await db.unit.findMany({ where: { kind: "cell" }, select: { id: true, assessments: { where: { periodId: period.id }, select: { id: true, status: true } } } });
      const missing = cells.filter((c) => c.assessments[0]?.status !== "submitted");
      await db.$transaction([
        db.period.update({ where: { id: period.id }, data: { status: "closed", closedAt: at } }),
        ...missing.map((cell) =>
          db.assessment.upsert({
            where: { unitId_periodId: { unitId: cell.id, periodId: period.id } },
            create: { unitId: cell.id, periodId: period.id, questionnaireVersionId: period.questionnaireVersionId, status: "not_reported" },
            update: { status: "not_reported" },
          }),
        ),
        db.auditLog.create({ data: { at, action: "period.close", subject: `period:${key}`, details: JSON.stringify({ notReported: missing.length }) } }),
      ]);
      return { notReported: missing.length };
    },

    async listPeriods() {
      return (await db.period.findMany({ orderBy: { key: "asc" } })).map(toPeriodView);
    },

    async cells() {
      return (await db.unit.findMany({ where: { kind: "cell" }, orderBy: { id: "asc" }, include: recipientsInclude })).map(toCellRecipients);
    },

    async cellsAwaiting(periodId) {
      const cells = await db.unit.findMany({
        where: { kind: "cell", NOT: { assessments: { some: { periodId, status: "submitted" } } } },
        orderBy: { id: "asc" },
        include: recipientsInclude,
      });
      return cells.map(toCellRecipients);
    },

    async boundGroups() {
      const rows = await db.groupBinding.findMany({ include: { unit: true }, orderBy: { id: "asc" } });
      return rows.map((row) => ({ address: { channel: row.channel, chatId: row.chatId }, unit: toUnitRef(row.unit) }));
    },

    async unitOf(unitId) {
      const row = await db.unit.findUnique({ where: { id: unitId } });
      return row ? toUnitRef(row) : null;
    },

    async cellStates(unitId, periodId): Promise<CellPeriodState[]> {
      const cells = await db.unit.findMany({
        where: { id: { in: await subtree(unitId) }, kind: "cell" },
        orderBy: { id: "asc" },
        include: {
          assessments: {
            where: { periodId },
            select: { status: true, standing: true, answers: { where: { questionId: NOTES_QUESTION }, select: { value: true } }, _count: { select: { answers: true } } },
          },
        },
      });
      return cells.map((cell) => {
        const a = cell.assessments[0];
        const status = a?.status === "submitted" || a?.status === "not_reported" ? a.status : a && a._count.answers > 0 ? "in_progress" : "not_started";
        const note = a?.answers[0] ? answerValueSchema.parse(JSON.parse(a.answers[0].value)) : undefined;
        return {
          unit: toUnitRef(cell),
          status,
          standing: status === "submitted" && a?.standing ? parseStanding(a.standing) : null,
          notes: note?.type === "text" ? note.value : null,
        };
      });
    },
  };
}
