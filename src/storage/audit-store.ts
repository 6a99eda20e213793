import type { AuditRecord, AuditStore } from "../ports/audit-store.ts";
import { chunks } from "./chunks.ts";
import { prepare, type SqlExecutor } from "./kysely/sql-executor.ts";
import { statementsFor } from "./kysely/statements.ts";
import { sqlTime } from "./sql-time.ts";

interface AuditRow {
  id: number;
  at: string;
  actorId: number | null;
  action: string;
  subject: string;
  details: string | null;
}

const statements = statementsFor((b) => ({
  insert: prepare<{ at: string; actorId: number | null; action: string; subject: string; details: string | null }, unknown>((p) =>
    b.insertInto("audit_log").values({ at: p("at"), actor_id: p("actorId"), action: p("action"), subject: p("subject"), details: p("details") }),
  ),
}));

/** Details are free-form JSON written by this store; a row written by hand shows as its text rather than failing the listing. */
function parseDetails(details: string | null): unknown {
  if (details === null) return null;
  try {
    return JSON.parse(details) as unknown;
  } catch {
    return details;
  }
}

const toRecord = (row: AuditRow): AuditRecord => ({ ...row, at: new Date(row.at), details: parseDetails(row.details) });

export function createAuditStore(exec: SqlExecutor): AuditStore {
  const q = statements(exec);
  return {
    record: async (entry) =>
      void (await exec.run(q.insert, {
        at: sqlTime(entry.at),
        actorId: entry.actorId ?? null,
        action: entry.action,
        subject: entry.subject,
        details: entry.details === undefined ? null : JSON.stringify(entry.details),
      })),

    async recordMany(entries) {
      const rows = entries.map((entry) => ({
        at: sqlTime(entry.at),
        actor_id: entry.actorId ?? null,
        action: entry.action,
        subject: entry.subject,
        details: entry.details === undefined ? null : JSON.stringify(entry.details),
      }));
      // 5 parameters a row: 500 rows a statement stay under both databases' limits.
      for (const batch of chunks(rows)) await exec.query(exec.builder.insertInto("audit_log").values(batch));
    },

    async list(options = {}) {
      let query = exec.builder
        .selectFrom("audit_log")
        .select(["id", "at", "actor_id as actorId", "action", "subject", "details"])
        // Same-millisecond entries keep the order they were written in.
        .orderBy("at")
        .orderBy("id");
      if (options.since !== undefined) query = query.where("at", ">=", sqlTime(options.since));
      if (options.limit !== undefined) query = query.limit(options.limit);
      return (await exec.query(query)).map(toRecord);
    },
  };
}
