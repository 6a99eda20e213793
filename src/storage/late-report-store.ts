import type { LateReport, LateReportStore } from "../ports/late-report-store.ts";
import { chunks } from "./chunks.ts";
import { prepare, type SqlExecutor } from "./kysely/sql-executor.ts";
import { statementsFor } from "./kysely/statements.ts";
import { sqlTime } from "./sql-time.ts";

/** An allowance's reason, like the cells' free-text answers: short. */
const REASON_MAX = 500;

const statements = statementsFor((b) => {
  const lateReports = () =>
    b
      .selectFrom("late_reports")
      .select(["unit_id as unitId", "period_id as periodId", "reason", "allowed_by as allowedBy", "allowed_at as allowedAt", "until"]);
  return {
    allow: prepare<{ unitId: number; periodId: number; reason: string; by: number | null; at: string; until: string }, unknown>((p) =>
      b
        .insertInto("late_reports")
        .values({ unit_id: p("unitId"), period_id: p("periodId"), reason: p("reason"), allowed_by: p("by"), allowed_at: p("at"), until: p("until") })
        .onConflict((c) =>
          c.columns(["unit_id", "period_id"]).doUpdateSet((eb) => ({
            reason: eb.ref("excluded.reason"),
            allowed_by: eb.ref("excluded.allowed_by"),
            allowed_at: eb.ref("excluded.allowed_at"),
            until: eb.ref("excluded.until"),
          })),
        ),
    ),
    find: prepare<{ unitId: number; periodId: number }, LateReport>((p) => lateReports().where("unit_id", "=", p("unitId")).where("period_id", "=", p("periodId"))),
    forPeriod: prepare<{ periodId: number }, LateReport>((p) => lateReports().where("period_id", "=", p("periodId")).orderBy("unit_id")),
  };
});

function checkReason(reason: string): void {
  if (reason.trim().length === 0 || reason.length > REASON_MAX) throw new RangeError(`a late report's reason must be 1–${REASON_MAX} characters`);
}

export function createLateReportStore(exec: SqlExecutor): LateReportStore {
  const q = statements(exec);
  return {
    async countOfUnit(unitId) {
      const [row] = await exec.query(exec.builder.selectFrom("late_reports").select((eb) => eb.fn.countAll<number | string>().as("n")).where("unit_id", "=", unitId));
      return Number(row?.n ?? 0);
    },
    async allow(allowance) {
      checkReason(allowance.reason);
      await exec.run(q.allow, { unitId: allowance.unitId, periodId: allowance.periodId, reason: allowance.reason, by: allowance.by, at: sqlTime(allowance.at), until: sqlTime(allowance.until) });
    },
    async allowMany(allowances) {
      for (const a of allowances) checkReason(a.reason);
      // One statement may not change a row twice: of duplicates, the last counts.
      const rows = [...new Map(allowances.map((a) => [`${a.unitId}/${a.periodId}`, a])).values()].map((a) => ({
        unit_id: a.unitId,
        period_id: a.periodId,
        reason: a.reason,
        allowed_by: a.by,
        allowed_at: sqlTime(a.at),
        until: sqlTime(a.until),
      }));
      await exec.transaction(async (tx) => {
        for (const chunk of chunks(rows)) {
          await tx.query(
            tx.builder
              .insertInto("late_reports")
              .values(chunk)
              .onConflict((c) =>
                c.columns(["unit_id", "period_id"]).doUpdateSet((eb) => ({
                  reason: eb.ref("excluded.reason"),
                  allowed_by: eb.ref("excluded.allowed_by"),
                  allowed_at: eb.ref("excluded.allowed_at"),
                  until: eb.ref("excluded.until"),
                })),
              ),
          );
        }
      });
    },
    find: async (unitId, periodId) => (await exec.first(q.find, { unitId, periodId })) ?? null,
    forPeriod: (periodId) => exec.all(q.forPeriod, { periodId }),
    async running(unitIds, at) {
      const found: LateReport[] = [];
      for (const chunk of chunks([...new Set(unitIds)])) {
        found.push(
          ...(await exec.query(
            exec.builder
              .selectFrom("late_reports")
              .select(["unit_id as unitId", "period_id as periodId", "reason", "allowed_by as allowedBy", "allowed_at as allowedAt", "until"])
              .where("unit_id", "in", chunk)
              .where("until", ">", sqlTime(at)),
          )),
        );
      }
      return found.sort((x, y) => x.periodId - y.periodId || x.unitId - y.unitId);
    },
  };
}
