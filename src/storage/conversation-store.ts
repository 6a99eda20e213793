import { encodeState } from "../domain/conversation/conversation-state.ts";
import type { ConversationStore, StoredConversation } from "../ports/conversation-store.ts";
import { prepare, type SqlExecutor } from "./kysely/sql-executor.ts";
import { statementsFor } from "./kysely/statements.ts";

const statements = statementsFor((b) => ({
  get: prepare<{ key: string }, StoredConversation>((p) =>
    b
      .selectFrom("conversations")
      .select(["key", "version", "state", "person_id as personId", "assessment_id as assessmentId", "updated_at as updatedAt"])
      .where("key", "=", p("key")),
  ),
  insert: prepare<{ key: string; state: string; personId: number; assessmentId: number | null; at: string }, unknown>((p) =>
    b
      .insertInto("conversations")
      .values({ key: p("key"), state: p("state"), person_id: p("personId"), assessment_id: p("assessmentId"), version: 1, updated_at: p("at") })
      .onConflict((c) => c.column("key").doNothing()),
  ),
  update: prepare<{ key: string; version: number; state: string; personId: number; assessmentId: number | null; at: string }, unknown>((p) =>
    b
      .updateTable("conversations")
      .set({ state: p("state"), person_id: p("personId"), assessment_id: p("assessmentId"), updated_at: p("at") })
      .set((eb) => ({ version: eb("version", "+", 1) }))
      .where("key", "=", p("key"))
      .where("version", "=", p("version")),
  ),
}));

export function createConversationStore(exec: SqlExecutor): ConversationStore {
  const q = statements(exec);
  return {
    get: (key) => exec.first(q.get, { key }),
    async put(change) {
      const common = { key: change.key, state: encodeState(change.state), personId: change.personId, assessmentId: change.assessmentId, at: change.at.toISOString().replace("Z", "+00:00") };
      const changed =
        change.expectedVersion === null ? await exec.run(q.insert, common) : await exec.run(q.update, { ...common, version: change.expectedVersion });
      return changed === 1;
    },
  };
}
