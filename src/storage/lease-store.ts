import type { LeaseStore } from "../ports/lease-store.ts";
import { prepare, type SqlExecutor } from "./kysely/sql-executor.ts";
import { statementsFor } from "./kysely/statements.ts";
import { sqlTime } from "./sql-time.ts";

const statements = statementsFor((b) => ({
  /**
   * One statement decides: a new lease is inserted; an existing one changes hands only when its
   * holder renews it or it has expired. On PostgreSQL a racing second instance waits for the
   * first's row, then finds it held and changes nothing.
   */
  acquire: prepare<{ name: string; holder: string; now: string; expiresAt: string }, unknown>((p) =>
    b
      .insertInto("instance_leases")
      .values({ name: p("name"), holder: p("holder"), expires_at: p("expiresAt"), acquired_at: p("now") })
      .onConflict((c) =>
        c
          .column("name")
          .doUpdateSet((eb) => ({
            holder: eb.ref("excluded.holder"),
            expires_at: eb.ref("excluded.expires_at"),
            // A renewal keeps the time the holder first took it.
            acquired_at: eb.case().when("instance_leases.holder", "=", eb.ref("excluded.holder")).then(eb.ref("instance_leases.acquired_at")).else(eb.ref("excluded.acquired_at")).end(),
          }))
          .where((eb) => eb.or([eb("instance_leases.holder", "=", eb.ref("excluded.holder")), eb("instance_leases.expires_at", "<=", p("now"))])),
      ),
  ),
  release: prepare<{ name: string; holder: string }, unknown>((p) => b.deleteFrom("instance_leases").where("name", "=", p("name")).where("holder", "=", p("holder"))),
  holder: prepare<{ name: string; now: string }, { holder: string }>((p) =>
    b.selectFrom("instance_leases").select("holder").where("name", "=", p("name")).where("expires_at", ">", p("now")),
  ),
}));

/** Instances compare expiry times written with their own clocks: keep the clocks in sync (NTP) and the ttl well above their skew. */
export function createLeaseStore(exec: SqlExecutor): LeaseStore {
  const q = statements(exec);
  return {
    tryAcquire: async (name, holder, ttlMs, now) =>
      (await exec.run(q.acquire, { name, holder, now: sqlTime(now), expiresAt: sqlTime(new Date(now.getTime() + ttlMs)) })) === 1,
    release: async (name, holder) => (await exec.run(q.release, { name, holder })) === 1,
    holderOf: async (name, now) => (await exec.first(q.holder, { name, now: sqlTime(now) }))?.holder ?? null,
  };
}
