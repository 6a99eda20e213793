import type { IdentityRecord, PeopleStore, PersonRecord, PlatformIdentity, ReachableIdentity } from "../ports/people-store.ts";
import { chunks } from "./chunks.ts";
import { prepare, type SqlExecutor } from "./kysely/sql-executor.ts";
import { statementsFor } from "./kysely/statements.ts";
import { sqlTime } from "./sql-time.ts";

type Key = { channel: string; externalId: string };

const statements = statementsFor((b) => {
  const identityIs = <Q extends { where: (column: "identities.channel" | "identities.external_id", op: "=", value: string) => Q }>(query: Q, key: Key): Q =>
    query.where("identities.channel", "=", key.channel).where("identities.external_id", "=", key.externalId);
  return {
    person: prepare<Key, PersonRecord>((p) =>
      identityIs(b.selectFrom("identities").innerJoin("people", "people.id", "identities.person_id").select(["people.id", "people.locale"]), {
        channel: p("channel"),
        externalId: p("externalId"),
      }),
    ),
    identity: prepare<Key, { personId: number; channel: string; externalId: string; reachable: number; unreachableAt: string | null }>((p) =>
      identityIs(
        b
          .selectFrom("identities")
          .select(["person_id as personId", "channel", "external_id as externalId", "reachable", "unreachable_at as unreachableAt"]),
        { channel: p("channel"), externalId: p("externalId") },
      ),
    ),
    personOf: prepare<Key, { personId: number }>((p) =>
      identityIs(b.selectFrom("identities").select("person_id as personId"), { channel: p("channel"), externalId: p("externalId") }),
    ),
    insertPerson: prepare<{ at: string }, { id: number }>((p) => b.insertInto("people").values({ created_at: p("at") }).returning("id")),
    insertIdentity: prepare<Key & { personId: number; at: string }, unknown>((p) =>
      b
        .insertInto("identities")
        .values({ person_id: p("personId"), channel: p("channel"), external_id: p("externalId"), reachable: 1, created_at: p("at") })
        .onConflict((c) => c.columns(["channel", "external_id"]).doNothing()),
    ),
    deletePerson: prepare<{ id: number }, unknown>((p) => b.deleteFrom("people").where("id", "=", p("id"))),
    setLocale: prepare<{ personId: number; locale: string }, unknown>((p) => b.updateTable("people").set({ locale: p("locale") }).where("id", "=", p("personId"))),
    unreachable: prepare<Key & { at: string }, unknown>((p) =>
      identityIs(b.updateTable("identities").set({ reachable: 0, unreachable_at: p("at") }).where("reachable", "=", 1), {
        channel: p("channel"),
        externalId: p("externalId"),
      }),
    ),
    reachable: prepare<Key, unknown>((p) =>
      identityIs(b.updateTable("identities").set({ reachable: 1, unreachable_at: null }).where("reachable", "=", 0), {
        channel: p("channel"),
        externalId: p("externalId"),
      }),
    ),
  };
});

export function createPeopleStore(exec: SqlExecutor): PeopleStore {
  const q = statements(exec);
  const key = (identity: PlatformIdentity): Key => ({ channel: identity.channel, externalId: identity.externalId });

  const reachableOf = async (personIds: readonly number[]): Promise<(ReachableIdentity & { id: number })[]> => {
    const rows = await Promise.all(
      chunks(personIds).map((ids) =>
        exec.query(
          exec.builder
            .selectFrom("identities")
            .innerJoin("people", "people.id", "identities.person_id")
            .select(["identities.id", "identities.person_id as personId", "identities.channel", "identities.external_id as externalId", "people.locale"])
            .where("identities.person_id", "in", ids)
            .where("identities.reachable", "=", 1),
        ),
      ),
    );
    return rows.flat();
  };

  return {
    findByIdentity: (identity) => exec.first(q.person, key(identity)),
    async identity(identity): Promise<IdentityRecord | undefined> {
      const row = await exec.first(q.identity, key(identity));
      return row && { ...row, reachable: row.reachable === 1, unreachableAt: row.unreachableAt === null ? null : new Date(row.unreachableAt) };
    },

    ensurePerson: (identity, at) =>
      // Its own transaction (or the caller's): a person row never stays behind without its identity.
      exec.transaction(async (tx) => {
        const known = await tx.first(q.personOf, key(identity));
        if (known) return { personId: known.personId, created: false };
        const person = await tx.first(q.insertPerson, { at: sqlTime(at) });
        if (!person) throw new Error("person was not created");
        if ((await tx.run(q.insertIdentity, { ...key(identity), personId: person.id, at: sqlTime(at) })) === 1) return { personId: person.id, created: true };
        // Another connection registered the identity meanwhile (PostgreSQL): theirs wins, ours goes.
        await tx.run(q.deletePerson, { id: person.id });
        const winner = await tx.first(q.personOf, key(identity));
        if (!winner) throw new Error(`identity ${identity.channel}:${identity.externalId} vanished while being registered`);
        return { personId: winner.personId, created: false };
      }),

    setLocale: async (personId, locale) => void (await exec.run(q.setLocale, { personId, locale })),
    markUnreachable: async (identity, at) => (await exec.run(q.unreachable, { ...key(identity), at: sqlTime(at) })) === 1,
    markReachable: async (identity) => (await exec.run(q.reachable, key(identity))) === 1,

    async identitiesOf(personIds) {
      const rows = await Promise.all(
        chunks(personIds).map((ids) =>
          exec.query(
            exec.builder
              .selectFrom("identities")
              .select(["id", "person_id as personId", "channel", "external_id as externalId", "reachable", "unreachable_at as unreachableAt"])
              .where("person_id", "in", ids),
          ),
        ),
      );
      return rows
        .flat()
        .sort((a, b) => a.id - b.id)
        .map((row): IdentityRecord => ({
          personId: row.personId,
          channel: row.channel,
          externalId: row.externalId,
          reachable: row.reachable === 1,
          unreachableAt: row.unreachableAt === null ? null : new Date(row.unreachableAt),
        }));
    },
    async reachableIdentities(personIds) {
      if (personIds.length === 0) return [];
      return (await reachableOf(personIds)).sort((a, b) => a.id - b.id).map(({ personId, channel, externalId, locale }) => ({ personId, channel, externalId, locale }));
    },
  };
}
