import type { InviteRecord, InviteStore } from "../ports/invite-store.ts";
import { prepare, type SqlExecutor } from "./kysely/sql-executor.ts";
import { statementsFor } from "./kysely/statements.ts";
import { chunks } from "./chunks.ts";
import { toRole } from "./map-rows.ts";
import { sqlTime } from "./sql-time.ts";

interface InviteRow {
  id: number;
  unitId: number;
  role: string;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
  usedBy: number | null;
  revokedAt: string | null;
}

type Key = { channel: string; externalId: string };

const COLUMNS = [
  "id",
  "unit_id as unitId",
  "role",
  "created_at as createdAt",
  "expires_at as expiresAt",
  "used_at as usedAt",
  "used_by as usedBy",
  "revoked_at as revokedAt",
] as const;

const statements = statementsFor((b) => ({
  insert: prepare<{ codeHash: string; unitId: number; role: string; expiresAt: string; at: string }, { id: number }>((p) =>
    b
      .insertInto("invites")
      .values({ code_hash: p("codeHash"), unit_id: p("unitId"), role: p("role"), expires_at: p("expiresAt"), created_at: p("at") })
      .returning("id"),
  ),
  byHash: prepare<{ codeHash: string }, InviteRow>((p) =>
    b
      .selectFrom("invites")
      .select(COLUMNS)
      .where("code_hash", "=", p("codeHash")),
  ),
  // Only one writer can flip used_at from null: a racing second one changes nothing.
  use: prepare<{ id: number; personId: number; at: string }, unknown>((p) =>
    b.updateTable("invites").set({ used_at: p("at"), used_by: p("personId") }).where("id", "=", p("id")).where("used_at", "is", null).where("revoked_at", "is", null),
  ),
  revoke: prepare<{ id: number; by: number | null; at: string }, unknown>((p) =>
    b.updateTable("invites").set({ revoked_at: p("at"), revoked_by: p("by") }).where("id", "=", p("id")).where("used_at", "is", null).where("revoked_at", "is", null),
  ),
  failed: prepare<Key & { at: string }, unknown>((p) => b.insertInto("invite_attempts").values({ channel: p("channel"), external_id: p("externalId"), at: p("at") })),
  failures: prepare<Key & { since: string }, { n: number }>((p) =>
    b
      .selectFrom("invite_attempts")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("channel", "=", p("channel"))
      .where("external_id", "=", p("externalId"))
      .where("at", ">=", p("since")),
  ),
}));

const toInvite = (row: InviteRow): InviteRecord => ({
  id: row.id,
  unitId: row.unitId,
  role: toRole(row.role),
  createdAt: new Date(row.createdAt),
  expiresAt: new Date(row.expiresAt),
  usedAt: row.usedAt === null ? null : new Date(row.usedAt),
  usedBy: row.usedBy,
  revokedAt: row.revokedAt === null ? null : new Date(row.revokedAt),
});

export function createInviteStore(exec: SqlExecutor): InviteStore {
  const q = statements(exec);
  const key = (identity: Key): Key => ({ channel: identity.channel, externalId: identity.externalId });
  return {
    async create(invite) {
      const row = await exec.first(q.insert, { codeHash: invite.codeHash, unitId: invite.unitId, role: invite.role, expiresAt: sqlTime(invite.expiresAt), at: sqlTime(invite.at) });
      if (!row) throw new Error("invite was not created");
      return row.id;
    },
    findByCodeHash: async (codeHash) => {
      const row = await exec.first(q.byHash, { codeHash });
      return row && toInvite(row);
    },
    async ofUnits(unitIds) {
      const batches = chunks(unitIds).map((ids) => exec.query(exec.builder.selectFrom("invites").select(COLUMNS).where("unit_id", "in", ids)));
      // Batches come back each in its own order: put them back in the order of making.
      return (await Promise.all(batches)).flat().sort((a, b) => a.id - b.id).map(toInvite);
    },
    revoke: async (inviteId, by, at) => (await exec.run(q.revoke, { id: inviteId, by, at: sqlTime(at) })) === 1,
    markUsed: async (inviteId, personId, at) => (await exec.run(q.use, { id: inviteId, personId, at: sqlTime(at) })) === 1,
    recordFailedAttempt: async (identity, at) => void (await exec.run(q.failed, { ...key(identity), at: sqlTime(at) })),
    failedAttemptsSince: async (identity, since) => (await exec.first(q.failures, { ...key(identity), since: sqlTime(since) }))?.n ?? 0,
  };
}
