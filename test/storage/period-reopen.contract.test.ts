import { expect, it } from "vitest";
import { DEFAULT_MONTHLY_CELL } from "../../src/domain/questionnaire/default-monthly-cell.ts";
import type { SqlExecutor } from "../../src/storage/kysely/sql-executor.ts";
import { createPeriodStore } from "../../src/storage/period-store.ts";
import { createQuestionnaireStore } from "../../src/storage/questionnaire-store.ts";
import { eachDatabase } from "../support/each-database.ts";

eachDatabase("the period store's reopening and years", (open) => {
  const at = new Date("2026-11-01T00:00:00.000Z");
  const closing = new Date("2026-12-05T17:00:00.000Z");
  const reopening = new Date("2026-12-08T02:00:00.000Z");
  const versionOf = (exec: SqlExecutor) => createQuestionnaireStore(exec).ensure(DEFAULT_MONTHLY_CELL);

  it("reopens a closed period: open again, closing time cleared, first opening time kept", async () => {
    const exec = await open();
    const store = createPeriodStore(exec);
    const versionId = await versionOf(exec);
    const { period } = await store.open("2026-11", versionId, at);
    expect(await store.reopen("2026-11", reopening)).toBe(false);
    await store.close("2026-11", closing);

    expect(await store.reopen("2026-11", reopening)).toBe(true);
    expect(await store.findByKey("2026-11")).toEqual({ ...period, open: true, openedAt: "2026-11-01T00:00:00.000+00:00", closedAt: null });
    expect(await store.currentOpen()).toMatchObject({ key: "2026-11" });
    expect(await store.reopen("2026-11", reopening)).toBe(false);
    expect(await store.reopen("2030-01", reopening)).toBe(false);

    // Closed again later: a new closing time.
    expect(await store.close("2026-11", reopening)).toMatchObject({ closed: true, period: { open: false, closedAt: "2026-12-08T02:00:00.000+00:00" } });
  });

  it("lets only one of two racing reopens reopen the period", async () => {
    const exec = await open();
    const versionId = await versionOf(exec);
    await createPeriodStore(exec).open("2026-11", versionId, at);
    await createPeriodStore(exec).close("2026-11", closing);
    const results = await Promise.all([createPeriodStore(exec).reopen("2026-11", reopening), createPeriodStore(exec).reopen("2026-11", reopening)]);
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it("gives the periods of a year, oldest first", async () => {
    const exec = await open();
    const store = createPeriodStore(exec);
    const versionId = await versionOf(exec);
    for (const key of ["2026-12", "2027-01", "2026-01", "2025-12", "2026-02"]) await store.open(key, versionId, at);
    expect((await store.ofYear(2026)).map((p) => p.key)).toEqual(["2026-01", "2026-02", "2026-12"]);
    expect((await store.ofYear(2027)).map((p) => p.key)).toEqual(["2027-01"]);
    expect(await store.ofYear(2024)).toEqual([]);
    await expect(store.ofYear(26)).rejects.toThrow(RangeError);
  });
});
