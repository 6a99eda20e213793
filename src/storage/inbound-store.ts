import type { InboundStore } from "../ports/inbound-store.ts";
import { prepare, type SqlExecutor } from "./kysely/sql-executor.ts";
import { statementsFor } from "./kysely/statements.ts";
import { sqlTime } from "./sql-time.ts";

const statements = statementsFor((b) => ({
  seen: prepare<{ channel: string; externalId: string }, { one: number }>((p) =>
    b
      .selectFrom("inbound_messages")
      .select((eb) => eb.lit(1).as("one"))
      .where("channel", "=", p("channel"))
      .where("external_id", "=", p("externalId")),
  ),
  // DO NOTHING rather than a unique violation: on PostgreSQL a violation would spoil the caller's transaction.
  record: prepare<{ channel: string; externalId: string; at: string }, unknown>((p) =>
    b
      .insertInto("inbound_messages")
      .values({ channel: p("channel"), external_id: p("externalId"), at: p("at") })
      .onConflict((c) => c.columns(["channel", "external_id"]).doNothing()),
  ),
  prune: prepare<{ before: string }, unknown>((p) => b.deleteFrom("inbound_messages").where("at", "<", p("before"))),
}));

export function createInboundStore(exec: SqlExecutor): InboundStore {
  const q = statements(exec);
  return {
    seen: async (channel, externalId) => (await exec.first(q.seen, { channel, externalId })) !== undefined,
    record: async (channel, externalId, at) => (await exec.run(q.record, { channel, externalId, at: sqlTime(at) })) === 1,
    prune: (before) => exec.run(q.prune, { before: sqlTime(before) }),
  };
}
