import { periodKindOf, type PeriodKind } from "../domain/period.ts";
import type { PeriodStore, StoredPeriod } from "../ports/period-store.ts";
import { prepare, type SqlExecutor } from "./kysely/sql-executor.ts";
import { statementsFor } from "./kysely/statements.ts";
import { sqlTime } from "./sql-time.ts";

interface PeriodRow {
  id: number;
  key: string;
  status: string;
  questionnaireVersionId: number;
  openedAt: string;
  closedAt: string | null;
}

const statements = statementsFor((b) => {
  const periods = () => b.selectFrom("periods").select(["id", "key", "status", "questionnaire_version_id as questionnaireVersionId", "opened_at as openedAt", "closed_at as closedAt"]);
  return {
    // Keys of one kind (YYYY-MM, or YYYY) have one length, so their text order is their time order.
    currentOpen: prepare<{ kind: string }, PeriodRow>((p) => periods().where("kind", "=", p("kind")).where("status", "=", "open").orderBy("key", "desc").limit(1)),
    latest: prepare<{ kind: string }, PeriodRow>((p) => periods().where("kind", "=", p("kind")).orderBy("key", "desc").limit(1)),
    byKey: prepare<{ key: string }, PeriodRow>((p) => periods().where("key", "=", p("key"))),
    byId: prepare<{ id: number }, PeriodRow>((p) => periods().where("id", "=", p("id"))),
    list: prepare<Record<string, never>, PeriodRow>(() => periods().orderBy("key", "asc")),
    create: prepare<{ key: string; kind: string; questionnaireVersionId: number; at: string }, unknown>((p) =>
      b
        .insertInto("periods")
        .values({ key: p("key"), kind: p("kind"), status: "open", questionnaire_version_id: p("questionnaireVersionId"), opened_at: p("at") })
        .onConflict((c) => c.column("key").doNothing()),
    ),
    close: prepare<{ key: string; at: string }, unknown>((p) =>
      b.updateTable("periods").set({ status: "closed", closed_at: p("at") }).where("key", "=", p("key")).where("status", "=", "open"),
    ),
    reopen: prepare<{ key: string }, unknown>((p) =>
      b.updateTable("periods").set({ status: "open", closed_at: null }).where("key", "=", p("key")).where("status", "=", "closed"),
    ),
    ofYear: prepare<{ pattern: string }, PeriodRow>((p) => periods().where("kind", "=", "monthly").where("key", "like", p("pattern")).orderBy("key", "asc")),
  };
});

const toPeriod = (row: PeriodRow): StoredPeriod => ({
  id: row.id,
  key: row.key,
  open: row.status === "open",
  questionnaireVersionId: row.questionnaireVersionId,
  openedAt: row.openedAt,
  closedAt: row.closedAt,
});

const orNull = (row: PeriodRow | undefined): StoredPeriod | null => (row ? toPeriod(row) : null);

export function createPeriodStore(exec: SqlExecutor): PeriodStore {
  const q = statements(exec);
  const byKey = async (key: string): Promise<StoredPeriod> => {
    const row = await exec.first(q.byKey, { key });
    if (!row) throw new Error(`period ${key} is missing`);
    return toPeriod(row);
  };
  return {
    currentOpen: async (kind: PeriodKind = "monthly") => orNull(await exec.first(q.currentOpen, { kind })),
    latest: async (kind: PeriodKind = "monthly") => orNull(await exec.first(q.latest, { kind })),
    findByKey: async (key) => orNull(await exec.first(q.byKey, { key })),
    get: async (id) => orNull(await exec.first(q.byId, { id })),
    list: async () => (await exec.all(q.list, {})).map(toPeriod),
    async open(key, questionnaireVersionId, at) {
      // The kind follows from the key, so the two never disagree.
      const kind = periodKindOf(key);
      if (!kind) throw new RangeError(`period key ${key} is neither YYYY-MM nor YYYY`);
      // A racing open of the same key does nothing: exactly one caller sees `created`.
      const created = (await exec.run(q.create, { key, kind, questionnaireVersionId, at: sqlTime(at) })) === 1;
      return { period: await byKey(key), created };
    },
    async close(key, at) {
      const closed = (await exec.run(q.close, { key, at: sqlTime(at) })) === 1;
      const period = await exec.first(q.byKey, { key });
      return period ? { period: toPeriod(period), closed } : null;
    },
    // `at` is the caller's (audit): the period keeps its first opening time.
    reopen: async (key) => (await exec.run(q.reopen, { key })) === 1,
    async ofYear(year) {
      if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`year ${year} is not a four-digit year`);
      return (await exec.all(q.ofYear, { pattern: `${year}-%` })).map(toPeriod);
    },
  };
}
