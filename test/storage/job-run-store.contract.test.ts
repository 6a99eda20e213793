import { expect, it } from "vitest";
import { createJobRunStore } from "../../src/storage/job-run-store.ts";
import { eachDatabase } from "../support/each-database.ts";
import { eachSharedDatabase } from "../support/each-shared-database.ts";

const at = new Date("2026-11-20T03:00:00.000Z");

eachDatabase("the job run store", (open) => {
  it("gives a (job, slot) once, and records how it ended", async () => {
    const exec = await open();
    const store = createJobRunStore(exec);
    expect(await store.claim("digest", "2026-11-20", at)).toBe(true);
    expect(await store.claim("digest", "2026-11-20", at)).toBe(false);
    expect(await store.claim("digest", "2026-11-21", at)).toBe(true);
    expect(await store.claim("remind", "2026-11-20", at)).toBe(true);
    await store.finish("digest", "2026-11-20", new Date("2026-11-20T03:00:05.000Z"));
    await store.finish("remind", "2026-11-20", new Date("2026-11-20T03:00:06.000Z"), "chart failed");
    const runs = await exec.query(exec.builder.selectFrom("job_runs").select(["job", "slot", "status", "finished_at", "error"]).orderBy("id"));
    expect(runs).toEqual([
      { job: "digest", slot: "2026-11-20", status: "done", finished_at: "2026-11-20T03:00:05.000+00:00", error: null },
      { job: "digest", slot: "2026-11-21", status: "running", finished_at: null, error: null },
      { job: "remind", slot: "2026-11-20", status: "failed", finished_at: "2026-11-20T03:00:06.000+00:00", error: "chart failed" },
    ]);
    // Finished or not, the slot stays taken: a restart does not run it again.
    expect(await store.claim("digest", "2026-11-20", at)).toBe(false);
  });
});

eachSharedDatabase("the job run store shared by two instances", (open) => {
  it("gives a slot to one of many claims racing from two instances", async () => {
    const [one, two] = await open();
    const stores = [createJobRunStore(one), createJobRunStore(two)];
    const claims = await Promise.all(Array.from({ length: 10 }, (_, i) => stores[i % 2]?.claim("digest", "2026-11-20", at)));
    expect(claims.filter(Boolean)).toHaveLength(1);
  });
});
