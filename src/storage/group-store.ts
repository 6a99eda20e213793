import type { ChatAddress } from "../ports/chat-address.ts";
import type { BoundGroup, GroupMove, GroupStore } from "../ports/group-store.ts";
import { prepare, type SqlExecutor } from "./kysely/sql-executor.ts";
import { statementsFor } from "./kysely/statements.ts";
import { sqlTime } from "./sql-time.ts";

const statements = statementsFor((b) => ({
  bind: prepare<{ channel: string; chatId: string; unitId: number; by: number | null; at: string }, unknown>((p) =>
    b
      .insertInto("group_bindings")
      .values({ channel: p("channel"), chat_id: p("chatId"), unit_id: p("unitId"), bound_by: p("by"), bound_at: p("at"), active: 1 })
      .onConflict((c) =>
        c.columns(["channel", "chat_id"]).doUpdateSet((eb) => ({
          unit_id: eb.ref("excluded.unit_id"),
          bound_by: eb.ref("excluded.bound_by"),
          bound_at: eb.ref("excluded.bound_at"),
          // Binding again is also how a group the bot was removed from becomes active again.
          active: 1,
          inactive_at: null,
          inactive_reason: null,
        })),
      ),
  ),
  unbind: prepare<{ channel: string; chatId: string }, { unitId: number }>((p) =>
    b.deleteFrom("group_bindings").where("channel", "=", p("channel")).where("chat_id", "=", p("chatId")).returning("unit_id as unitId"),
  ),
  unitOf: prepare<{ channel: string; chatId: string }, { unitId: number }>((p) =>
    b.selectFrom("group_bindings").select("unit_id as unitId").where("channel", "=", p("channel")).where("chat_id", "=", p("chatId")),
  ),
  // A group the bot was removed from gets nothing until someone binds it again.
  active: prepare<Record<string, never>, { channel: string; chatId: string; unitId: number }>(() =>
    b.selectFrom("group_bindings").select(["channel", "chat_id as chatId", "unit_id as unitId"]).where("active", "=", 1).orderBy("id"),
  ),
  move: prepare<{ channel: string; from: string; to: string }, unknown>((p) =>
    b.updateTable("group_bindings").set({ chat_id: p("to") }).where("channel", "=", p("channel")).where("chat_id", "=", p("from")),
  ),
  // Conditional on still being active, so two reports of the same removal change it once.
  deactivate: prepare<{ channel: string; chatId: string; reason: string; at: string }, { unitId: number }>((p) =>
    b
      .updateTable("group_bindings")
      .set({ active: 0, inactive_at: p("at"), inactive_reason: p("reason") })
      .where("channel", "=", p("channel"))
      .where("chat_id", "=", p("chatId"))
      .where("active", "=", 1)
      .returning("unit_id as unitId"),
  ),
}));

export function createGroupStore(exec: SqlExecutor): GroupStore {
  const q = statements(exec);
  const key = (address: ChatAddress) => ({ channel: address.channel, chatId: address.chatId });
  return {
    async bind(address, unitId, by, at) {
      await exec.run(q.bind, { ...key(address), unitId, by, at: sqlTime(at) });
    },
    unbind: async (address) => (await exec.first(q.unbind, key(address)))?.unitId ?? null,
    boundUnitId: async (address) => (await exec.first(q.unitOf, key(address)))?.unitId ?? null,
    isBound: async (address) => (await exec.first(q.unitOf, key(address))) !== undefined,
    async boundGroups(): Promise<BoundGroup[]> {
      return (await exec.all(q.active, {})).map((g) => ({ address: { channel: g.channel, chatId: g.chatId }, unitId: g.unitId }));
    },
    // Atomic on its own: the old binding must not be deleted while the new chat's is being checked.
    moveChat: (channel, from, to) =>
      exec.transaction(async (tx): Promise<GroupMove> => {
        if ((await tx.first(q.unitOf, { channel, chatId: from })) === undefined) return "none";
        // Someone may already have bound the new supergroup: that newer binding wins.
        if ((await tx.first(q.unitOf, { channel, chatId: to })) !== undefined) {
          await tx.run(q.unbind, { channel, chatId: from });
          return "replaced";
        }
        await tx.run(q.move, { channel, from, to });
        return "moved";
      }),
    deactivate: async (address, reason, at) => (await exec.first(q.deactivate, { ...key(address), reason, at: sqlTime(at) }))?.unitId ?? null,
  };
}
