import { sql, type ExpressionBuilder, type ExpressionWrapper, type Kysely, type SqlBool } from "kysely";
import type { Role, UnitKind, UnitRef } from "../domain/org.ts";
import type { HeldRole, NewUnit, OrgStore, RoleHolder, UnitNode, UnitPatch } from "../ports/org-store.ts";
import type { DB } from "./generated/kysely/database.ts";
import { CHUNK, chunks } from "./chunks.ts";
import { prepare, type SqlExecutor } from "./kysely/sql-executor.ts";
import { statementsFor } from "./kysely/statements.ts";
import { toRole, toUnitRef } from "./map-rows.ts";
import { sqlTime } from "./sql-time.ts";

interface UnitRow {
  id: number;
  code: string;
  name: string;
  kind: string;
  memberCount: number;
}

const UNIT_COLUMNS = ["units.id", "units.code", "units.name", "units.kind", "units.member_count as memberCount"] as const;

/** Trees are a few levels deep; the bound only keeps a corrupt parent cycle from recursing forever. */
const MAX_DEPTH = 64;

/** `up`: the units from `start` to the root, with their distance from `start`. */
function withAncestors(b: Kysely<DB>, start: (eb: ExpressionBuilder<DB, "units">) => ExpressionWrapper<DB, "units", SqlBool>) {
  return b.withRecursive("up(id, parent_id, depth)", (db) =>
    db
      .selectFrom("units")
      .select(["id", "parent_id", sql<number>`0`.as("depth")])
      .where(start)
      .unionAll(
        db
          .selectFrom("units")
          .innerJoin("up", "up.parent_id", "units.id")
          .select(["units.id", "units.parent_id", sql<number>`up.depth + 1`.as("depth")])
          .where("up.depth", "<", MAX_DEPTH),
      ),
  );
}

/** `down`: the unit `rootId` and every unit below it. */
function withDescendants(b: Kysely<DB>, rootId: number) {
  return b.withRecursive("down(id, depth)", (db) =>
    db
      .selectFrom("units")
      .select(["id", sql<number>`0`.as("depth")])
      .where("id", "=", rootId)
      .unionAll(
        db
          .selectFrom("units")
          .innerJoin("down", "down.id", "units.parent_id")
          .select(["units.id", sql<number>`down.depth + 1`.as("depth")])
          .where("down.depth", "<", MAX_DEPTH),
      ),
  );
}

const statements = statementsFor((b) => ({
  anyUnit: prepare<Record<string, never>, { id: number }>(() => b.selectFrom("units").select("id").limit(1)),
  listUnits: prepare<Record<string, never>, UnitRow & { parentId: number | null; parentCode: string | null; archivedAt: string | null }>(() =>
    b
      .selectFrom("units")
      .leftJoin("units as parent", "parent.id", "units.parent_id")
      .select([...UNIT_COLUMNS, "units.parent_id as parentId", "parent.code as parentCode", "units.archived_at as archivedAt"])
      .orderBy("units.id"),
  ),
  byCode: prepare<{ code: string }, UnitRow>((p) => b.selectFrom("units").select(UNIT_COLUMNS).where("code", "=", p("code"))),
  // Codes are typed by hand ("mk-pl1" for MK-PL1): ASCII case aside, two rows mean the code is ambiguous.
  byCodeAnyCase: prepare<{ code: string }, UnitRow>((p) =>
    b.selectFrom("units").select(UNIT_COLUMNS).where(sql<string>`lower(code)`, "=", p("code")).limit(2),
  ),
  byId: prepare<{ id: number }, UnitRow>((p) => b.selectFrom("units").select(UNIT_COLUMNS).where("id", "=", p("id"))),
  tops: prepare<Record<string, never>, UnitRow>(() => b.selectFrom("units").select(UNIT_COLUMNS).where("parent_id", "is", null).where("archived_at", "is", null).orderBy("id")),
  ofKind: prepare<{ kind: string }, UnitRow>((p) => b.selectFrom("units").select(UNIT_COLUMNS).where("kind", "=", p("kind")).where("archived_at", "is", null).orderBy("id")),
  childCount: prepare<{ unitId: number }, { n: number | string }>((p) => b.selectFrom("units").select((eb) => eb.fn.countAll().as("n")).where("parent_id", "=", p("unitId"))),
  remove: prepare<{ unitId: number }, { id: number }>((p) => b.deleteFrom("units").where("id", "=", p("unitId")).returning("id")),
  isWithin: prepare<{ code: string; ancestorId: number }, { id: number }>((p) =>
    withAncestors(b, (eb) => eb("code", "=", p("code")))
      .selectFrom("up")
      .select("up.id")
      .where("up.id", "=", p("ancestorId"))
      .limit(1),
  ),
  ancestors: prepare<{ unitId: number }, UnitRow>((p) =>
    withAncestors(b, (eb) => eb("id", "=", p("unitId")))
      .selectFrom("up")
      .innerJoin("units", "units.id", "up.id")
      .select(UNIT_COLUMNS)
      .orderBy("up.depth"),
  ),
  subtree: prepare<{ unitId: number }, UnitRow>((p) =>
    withDescendants(b, p("unitId")).selectFrom("down").innerJoin("units", "units.id", "down.id").select(UNIT_COLUMNS).where("units.archived_at", "is", null).orderBy("units.id"),
  ),
  subtreeOfKind: prepare<{ unitId: number; kind: string }, UnitRow>((p) =>
    withDescendants(b, p("unitId"))
      .selectFrom("down")
      .innerJoin("units", "units.id", "down.id")
      .select(UNIT_COLUMNS)
      .where("units.kind", "=", p("kind"))
      .where("units.archived_at", "is", null)
      .orderBy("units.id"),
  ),
  grant: prepare<{ personId: number; unitId: number; role: string; at: string }, unknown>((p) =>
    b
      .insertInto("memberships")
      .values({ person_id: p("personId"), unit_id: p("unitId"), role: p("role"), created_at: p("at") })
      .onConflict((c) => c.columns(["person_id", "unit_id", "role"]).doNothing()),
  ),
  membershipsOf: prepare<{ personId: number }, UnitRow & { role: string }>((p) =>
    b
      .selectFrom("memberships")
      .innerJoin("units", "units.id", "memberships.unit_id")
      .select(["memberships.role", ...UNIT_COLUMNS])
      .where("memberships.person_id", "=", p("personId"))
      .where("units.archived_at", "is", null)
      .orderBy("memberships.id"),
  ),
}));

/**
 * Inserts a batch in the order given (ids follow it) with multi-row statements, a statement
 * ending where a unit's parent is in it, so that every parent's id is known when its child is
 * written: a file listing each committee before its cells takes two statements a committee.
 */
async function insertUnits(tx: SqlExecutor, batch: readonly NewUnit[], at: Date): Promise<UnitRef[]> {
  const inBatch = new Set<string>();
  const outside = new Set<string>();
  for (const u of batch) {
    if (u.parentCode !== undefined && !inBatch.has(u.parentCode)) outside.add(u.parentCode);
    inBatch.add(u.code);
  }
  const ids = new Map<string, number>();
  for (const codes of chunks([...outside])) {
    for (const row of await tx.query(tx.builder.selectFrom("units").select(["id", "code"]).where("code", "in", codes))) ids.set(row.code, row.id);
  }
  for (const code of outside) if (!ids.has(code)) throw new Error(`unit ${batch.find((u) => u.parentCode === code)?.code ?? "?"}: no parent unit ${code}`);
  const createdAt = sqlTime(at);
  let pending: NewUnit[] = [];
  const pendingCodes = new Set<string>();
  const flush = async (): Promise<void> => {
    if (pending.length === 0) return;
    const values = pending.map((u) => ({
      code: u.code,
      name: u.name,
      kind: u.kind,
      parent_id: u.parentCode === undefined ? null : (ids.get(u.parentCode) ?? null),
      member_count: u.memberCount,
      created_at: createdAt,
      archived_at: u.archived ? createdAt : null,
    }));
    const rows = await tx.query(tx.builder.insertInto("units").values(values).returning(["id", "code"]));
    for (const row of rows) ids.set(row.code, row.id);
    pending = [];
    pendingCodes.clear();
  };
  for (const u of batch) {
    if ((u.parentCode !== undefined && pendingCodes.has(u.parentCode)) || pending.length >= CHUNK) await flush();
    pending.push(u);
    pendingCodes.add(u.code);
  }
  await flush();
  return batch.map((u) => {
    const id = ids.get(u.code);
    if (id === undefined) throw new Error(`unit ${u.code} was not created`);
    return toUnitRef({ id, code: u.code, name: u.name, kind: u.kind, memberCount: u.memberCount });
  });
}

/**
 * Sets one column of many units, 500 a statement: `WITH v(id, val) AS (VALUES …) UPDATE units
 * SET col = v.val FROM v WHERE units.id = v.id`, the same on SQLite (3.33+) and PostgreSQL. The
 * casts type the parameters for PostgreSQL, which cannot infer them inside VALUES.
 */
async function setMany(exec: SqlExecutor, column: "name" | "parent_id" | "member_count" | "archived_at", type: string, rows: readonly { id: number; value: string | number | null }[]): Promise<void> {
  for (const part of chunks(rows)) {
    const values = sql.join(part.map((r) => sql`(CAST(${r.id} AS INTEGER), CAST(${r.value} AS ${sql.raw(type)}))`));
    const statement = sql`WITH v(id, val) AS (VALUES ${values}) UPDATE units SET ${sql.ref(column)} = v.val FROM v WHERE units.id = v.id`;
    await exec.query({ compile: () => statement.compile(exec.builder) });
  }
}

export function createOrgStore(exec: SqlExecutor): OrgStore {
  const q = statements(exec);
  const units = async (rows: Promise<UnitRow[]>): Promise<UnitRef[]> => (await rows).map(toUnitRef);
  const unit = async (row: Promise<UnitRow | undefined>): Promise<UnitRef | null> => {
    const found = await row;
    return found ? toUnitRef(found) : null;
  };

  const holdersIn = async (roles: readonly Role[], unitIds: readonly number[] | undefined): Promise<{ id: number; holder: RoleHolder }[]> => {
    const base = exec.builder
      .selectFrom("memberships")
      .select(["id", "person_id as personId", "unit_id as unitId", "role"])
      .where("role", "in", [...roles]);
    const batches = unitIds === undefined ? [base] : chunks(unitIds).map((ids) => base.where("unit_id", "in", ids));
    const rows = (await Promise.all(batches.map((query) => exec.query(query)))).flat();
    return rows.map((row) => ({ id: row.id, holder: { personId: row.personId, unitId: row.unitId, role: toRole(row.role) } }));
  };

  return {
    isEmpty: async () => (await exec.first(q.anyUnit, {})) === undefined,
    listUnits: async (): Promise<UnitNode[]> =>
      (await exec.all(q.listUnits, {})).map((row) => ({ ...toUnitRef(row), parentId: row.parentId, parentCode: row.parentCode, archived: row.archivedAt !== null })),
    async findUnit(code) {
      const exact = await exec.first(q.byCode, { code });
      if (exact) return toUnitRef(exact);
      const folded = await exec.all(q.byCodeAnyCase, { code: code.toLowerCase() });
      return folded.length === 1 && folded[0] ? toUnitRef(folded[0]) : null;
    },
    unitById: (id) => unit(exec.first(q.byId, { id })),
    topUnits: () => units(exec.all(q.tops, {})),
    unitsOfKind: (kind) => units(exec.all(q.ofKind, { kind })),

    createUnits: (batch, at) => exec.transaction((tx) => insertUnits(tx, batch, at)),

    async updateUnit(unitId, patch) {
      const set = {
        ...(patch.name === undefined ? {} : { name: patch.name }),
        ...(patch.parentId === undefined ? {} : { parent_id: patch.parentId }),
        ...(patch.memberCount === undefined ? {} : { member_count: patch.memberCount }),
        ...(patch.archivedAt === undefined ? {} : { archived_at: patch.archivedAt === null ? null : sqlTime(patch.archivedAt) }),
      };
      if (Object.keys(set).length === 0) return (await exec.first(q.byId, { id: unitId })) !== undefined;
      return (await exec.query(exec.builder.updateTable("units").set(set).where("id", "=", unitId).returning("id"))).length === 1;
    },
    async updateUnits(patches) {
      const column = <T>(pick: (patch: UnitPatch) => T | undefined) =>
        patches.flatMap((p) => {
          const value = pick(p);
          return value === undefined ? [] : [{ id: p.unitId, value }];
        });
      await setMany(exec, "name", "TEXT", column((p) => p.name));
      await setMany(exec, "parent_id", "INTEGER", column((p) => p.parentId));
      await setMany(exec, "member_count", "INTEGER", column((p) => p.memberCount));
      await setMany(exec, "archived_at", exec.dialect === "postgres" ? "TIMESTAMP(3)" : "TEXT", column((p) => (p.archivedAt === undefined ? undefined : p.archivedAt === null ? null : sqlTime(p.archivedAt))));
    },
    async removeUnit(unitId) {
      // The tree's foreign key would orphan the children (ON DELETE SET NULL): never silently.
      if (Number((await exec.first(q.childCount, { unitId }))?.n ?? 0) > 0) throw new Error(`unit ${unitId} has units below it`);
      return (await exec.all(q.remove, { unitId })).length === 1;
    },
    childCount: async (unitId) => Number((await exec.first(q.childCount, { unitId }))?.n ?? 0),

    isWithin: async (unitCode, ancestorId) => (await exec.first(q.isWithin, { code: unitCode, ancestorId })) !== undefined,
    ancestors: (unitId) => units(exec.all(q.ancestors, { unitId })),
    subtree: (unitId, kind?: UnitKind) => units(kind === undefined ? exec.all(q.subtree, { unitId }) : exec.all(q.subtreeOfKind, { unitId, kind })),

    grant: async (personId, unitId, role, at) => (await exec.run(q.grant, { personId, unitId, role, at: sqlTime(at) })) === 1,
    membershipsOf: async (personId): Promise<HeldRole[]> =>
      (await exec.all(q.membershipsOf, { personId })).map((row) => ({ role: toRole(row.role), unit: toUnitRef(row) })),
    async holders(roles, unitIds) {
      if (roles.length === 0 || unitIds?.length === 0) return [];
      // Batches come back each in its own order: put them back in the order of granting.
      return (await holdersIn(roles, unitIds)).sort((a, b) => a.id - b.id).map((row) => row.holder);
    },
  };
}
