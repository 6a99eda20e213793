import type { JobRunStore } from "../ports/job-run-store.ts";
import { prepare, type SqlExecutor } from "./kysely/sql-executor.ts";
import { statementsFor } from "./kysely/statements.ts";
import { sqlTime } from "./sql-time.ts";

const statements = statementsFor((b) => ({
  // The unique (job, slot) key decides: another run, here or in another process, got there first.
  claim: prepare<{ job: string; slot: string; at: string }, unknown>((p) =>
    b
      .insertInto("job_runs")
      .values({ job: p("job"), slot: p("slot"), status: "running", started_at: p("at") })
      .onConflict((c) => c.columns(["job", "slot"]).doNothing()),
  ),
  // Only a run still marked running: a finished or failed slot is never run again.
  takeOver: prepare<{ job: string; slot: string; at: string }, unknown>((p) =>
    b.updateTable("job_runs").set({ started_at: p("at") }).where("job", "=", p("job")).where("slot", "=", p("slot")).where("status", "=", "running"),
  ),
  done: prepare<{ job: string; slot: string; at: string }, unknown>((p) =>
    b.updateTable("job_runs").set({ finished_at: p("at"), status: "done" }).where("job", "=", p("job")).where("slot", "=", p("slot")),
  ),
  failed: prepare<{ job: string; slot: string; at: string; error: string }, unknown>((p) =>
    b.updateTable("job_runs").set({ finished_at: p("at"), status: "failed", error: p("error") }).where("job", "=", p("job")).where("slot", "=", p("slot")),
  ),
}));

export function createJobRunStore(exec: SqlExecutor): JobRunStore {
  const q = statements(exec);
  return {
    claim: async (job, slot, at) => (await exec.run(q.claim, { job, slot, at: sqlTime(at) })) === 1,
    takeOver: async (job, slot, at) => (await exec.run(q.takeOver, { job, slot, at: sqlTime(at) })) === 1,
    async finish(job, slot, at, error) {
      if (error === undefined) await exec.run(q.done, { job, slot, at: sqlTime(at) });
      else await exec.run(q.failed, { job, slot, at: sqlTime(at), error });
    },
  };
}
