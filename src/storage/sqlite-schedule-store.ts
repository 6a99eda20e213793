import { answerValueSchema } from "../domain/questionnaire/answer-value.ts";
import type { CellPeriodState, CellRecipients, Recipient, ScheduleStore } from "../engine/ports.ts";
import { toLocale } from "../i18n/locale.ts";
import { parseStanding, toPeriodView, toUnitRef } from "./map-rows.ts";
import type { Sql } from "./open-database.ts";
import { sqlTime, withBusyRetry } from "./sql-time.ts";

const NOTES_QUESTION = "q16_notes";

interface CellRow {
  id: number;
  code: string;
  name: string;
  kind: string;
  memberCount: number;
}

type PeriodRow = { id: number; key: string; status: string; questionnaireVersionId: number };

/**
 * What the scheduled jobs read and write, in plain SQL: they walk every cell of a province
 * (thousands) and must stay well under a second.
 */
export function createSqliteScheduleStore(sql: Sql): ScheduleStore {
  const unitColumns = `u.id, u.code, u.name, u.kind, u.member_count AS memberCount`;
  const q = {
    period: sql.prepare<[string], PeriodRow>(`SELECT id, key, status, questionnaire_version_id AS questionnaireVersionId FROM periods WHERE key = ?`),
    periods: sql.prepare<[], PeriodRow>(`SELECT id, key, status, questionnaire_version_id AS questionnaireVersionId FROM periods ORDER BY key`),
    createPeriod: sql.prepare(`INSERT INTO periods (key, status, questionnaire_version_id, opened_at) VALUES (?, 'open', ?, ?) ON CONFLICT (key) DO NOTHING`),
    closePeriod: sql.prepare(`UPDATE periods SET status = 'closed', closed_at = ? WHERE id = ?`),
    missingCells: sql.prepare<[number], { id: number }>(
      `SELECT u.id FROM units u WHERE u.kind = 'cell' AND NOT EXISTS (SELECT 1 FROM assessments a WHERE a.unit_id = u.id AND a.period_id = ? AND a.status = 'submitted')`,
    ),
    notReported: sql.prepare(
      `INSERT INTO assessments (unit_id, period_id, questionnaire_version_id, status, created_at, updated_at) VALUES (?, ?, ?, 'not_reported', ?, ?)
       ON CONFLICT (unit_id, period_id) DO UPDATE SET status = 'not_reported', updated_at = excluded.updated_at`,
    ),
    audit: sql.prepare(`INSERT INTO audit_log (at, action, subject, details) VALUES (?, ?, ?, ?)`),
    cells: sql.prepare<[], CellRow>(`SELECT ${unitColumns} FROM units u WHERE u.kind = 'cell' ORDER BY u.id`),
    awaiting: sql.prepare<[number], CellRow>(
      `SELECT ${unitColumns} FROM units u WHERE u.kind = 'cell'
          AND NOT EXISTS (SELECT 1 FROM assessments a WHERE a.unit_id = u.id AND a.period_id = ? AND a.status = 'submitted') ORDER BY u.id`,
    ),
    recipients: sql.prepare<[], { unitId: number; personId: number; channel: string; chatId: string; locale: string | null }>(
      `SELECT m.unit_id AS unitId, m.person_id AS personId, i.channel, i.external_id AS chatId, p.locale
         FROM memberships m JOIN people p ON p.id = m.person_id JOIN identities i ON i.person_id = p.id
        WHERE m.role IN ('secretary', 'deputy') AND i.reachable = 1 ORDER BY m.id, i.id`,
    ),
    groups: sql.prepare<[], CellRow & { channel: string; chatId: string }>(
      // A group the bot was removed from gets nothing until someone binds it again.
      `SELECT g.channel, g.chat_id AS chatId, ${unitColumns} FROM group_bindings g JOIN units u ON u.id = g.unit_id WHERE g.active = 1 ORDER BY g.id`,
    ),
    unit: sql.prepare<[number], CellRow>(`SELECT ${unitColumns} FROM units u WHERE u.id = ?`),
    admins: sql.prepare<[], { personId: number; channel: string; chatId: string; locale: string | null }>(
      `SELECT DISTINCT m.person_id AS personId, i.channel, i.external_id AS chatId, p.locale
         FROM memberships m JOIN people p ON p.id = m.person_id JOIN identities i ON i.person_id = p.id
        WHERE m.role = 'admin' AND i.reachable = 1`,
    ),
    knownPerson: sql.prepare<[string, string], { one: number }>(`SELECT 1 AS one FROM identities WHERE channel = ? AND external_id = ?`),
    knownGroup: sql.prepare<[string, string], { one: number }>(`SELECT 1 AS one FROM group_bindings WHERE channel = ? AND chat_id = ?`),
    states: sql.prepare<[number, string, number], CellRow & { status: string | null; standing: string | null; notes: string | null; answered: number }>(
      `WITH RECURSIVE tree(id) AS (SELECT ? UNION ALL SELECT u.id FROM units u JOIN tree t ON u.parent_id = t.id)
       SELECT ${unitColumns}, a.status, a.standing,
              (SELECT value FROM answers n WHERE n.assessment_id = a.id AND n.question_id = ?) AS notes,
              (SELECT COUNT(*) FROM answers c WHERE c.assessment_id = a.id) AS answered
         FROM tree t JOIN units u ON u.id = t.id
         LEFT JOIN assessments a ON a.unit_id = u.id AND a.period_id = ?
        WHERE u.kind = 'cell' ORDER BY u.id`,
    ),
  };

  /** Answering people of every cell, grouped once per call. */
  function recipientsByUnit(): Map<number, Recipient[]> {
    const byUnit = new Map<number, Recipient[]>();
    for (const r of q.recipients.all()) {
      const locale = toLocale(r.locale ?? undefined);
      const list = byUnit.get(r.unitId) ?? [];
      list.push({ personId: r.personId, channel: r.channel, chatId: r.chatId, ...(locale ? { locale } : {}) });
      byUnit.set(r.unitId, list);
    }
    return byUnit;
  }

  const withRecipients = (cells: CellRow[]): CellRecipients[] => {
    const byUnit = recipientsByUnit();
    return cells.map((cell) => ({ unit: toUnitRef(cell), recipients: byUnit.get(cell.id) ?? [] }));
  };

  return {
    async openPeriod(key, questionnaireVersionId, at) {
      const created = await withBusyRetry(() => q.createPeriod.run(key, questionnaireVersionId, sqlTime(at)).changes === 1);
      if (created) await withBusyRetry(() => q.audit.run(sqlTime(at), "period.open", `period:${key}`, null));
      const row = q.period.get(key);
      if (!row) throw new Error(`period ${key} not created`);
      return { period: toPeriodView(row), created };
    },

    async closePeriod(key, at) {
      const period = q.period.get(key);
      if (!period) return null;
      const stamp = sqlTime(at);
      return withBusyRetry(() =>
        sql.transaction(() => {
          const missing = q.missingCells.all(period.id);
          for (const cell of missing) q.notReported.run(cell.id, period.id, period.questionnaireVersionId, stamp, stamp);
          q.closePeriod.run(stamp, period.id);
          q.audit.run(stamp, "period.close", `period:${key}`, JSON.stringify({ notReported: missing.length }));
          return { notReported: missing.length };
        }).immediate(),
      );
    },

    async listPeriods() {
      return q.periods.all().map(toPeriodView);
    },
    async cells() {
      return withRecipients(q.cells.all());
    },
    async cellsAwaiting(periodId) {
      return withRecipients(q.awaiting.all(periodId));
    },
    async boundGroups() {
      return q.groups.all().map((g) => ({ address: { channel: g.channel, chatId: g.chatId }, unit: toUnitRef(g) }));
    },
    async adminRecipients() {
      return q.admins.all().map((r) => {
        const locale = toLocale(r.locale ?? undefined);
        return { personId: r.personId, channel: r.channel, chatId: r.chatId, ...(locale ? { locale } : {}) };
      });
    },
    async isKnownChat(channel, chatId) {
      return q.knownPerson.get(channel, chatId) !== undefined || q.knownGroup.get(channel, chatId) !== undefined;
    },
    async unitOf(unitId) {
      const row = q.unit.get(unitId);
      return row ? toUnitRef(row) : null;
    },
    async cellStates(unitId, periodId): Promise<CellPeriodState[]> {
      return q.states.all(unitId, NOTES_QUESTION, periodId).map((row) => {
        const status = row.status === "submitted" || row.status === "not_reported" ? row.status : row.status && row.answered > 0 ? "in_progress" : "not_started";
        const note = row.notes ? answerValueSchema.parse(JSON.parse(row.notes)) : undefined;
        return {
          unit: toUnitRef(row),
          status,
          standing: status === "submitted" && row.standing ? parseStanding(row.standing) : null,
          notes: note?.type === "text" ? note.value : null,
        };
      });
    },
  };
}
