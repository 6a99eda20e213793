import { expect, it } from "vitest";
import { DEFAULT_MONTHLY_CELL } from "../../src/domain/questionnaire/default-monthly-cell.ts";
import { YEARLY_GRASSROOTS } from "../../src/domain/questionnaire/yearly-grassroots.ts";
import type { SqlExecutor } from "../../src/storage/kysely/sql-executor.ts";
import { createPeriodStore } from "../../src/storage/period-store.ts";
import { createQuestionnaireStore } from "../../src/storage/questionnaire-store.ts";
import { eachDatabase } from "../support/each-database.ts";

eachDatabase("the period store", (open) => {
  const at = new Date("2026-11-20T03:00:00.000Z");
  const later = new Date("2026-12-05T17:00:00.000Z");
  const versionOf = (exec: SqlExecutor) => createQuestionnaireStore(exec).ensure(DEFAULT_MONTHLY_CELL);

  it("opens a period once: a second open finds it and says it did not create it", async () => {
    const exec = await open();
    const store = createPeriodStore(exec);
    const versionId = await versionOf(exec);
    const first = await store.open("2026-11", versionId, at);
    expect(first).toEqual({
      created: true,
      period: { id: expect.any(Number), key: "2026-11", open: true, questionnaireVersionId: versionId, openedAt: "2026-11-20T03:00:00.000+00:00", closedAt: null },
    });
    const second = await store.open("2026-11", versionId, later);
    expect(second).toEqual({ created: false, period: first.period });
    expect(await store.list()).toHaveLength(1);
  });

  it("lets exactly one of two racing opens create the period", async () => {
    const exec = await open();
    const store = createPeriodStore(exec);
    const versionId = await versionOf(exec);
    const results = await Promise.all([store.open("2026-11", versionId, at), createPeriodStore(exec).open("2026-11", versionId, at)]);
    expect(results.map((r) => r.created).sort()).toEqual([false, true]);
    expect(results[0].period.id).toBe(results[1].period.id);
    expect(await store.list()).toHaveLength(1);
  });

  it("finds the current open period and the latest one by key, not by creation order", async () => {
    const exec = await open();
    const store = createPeriodStore(exec);
    expect(await store.currentOpen()).toBeNull();
    expect(await store.latest()).toBeNull();
    const versionId = await versionOf(exec);
    for (const key of ["2026-10", "2026-12", "2026-09", "2026-11"]) await store.open(key, versionId, at);
    await store.close("2026-12", later);

    expect((await store.currentOpen())?.key).toBe("2026-11");
    expect(await store.latest()).toMatchObject({ key: "2026-12", open: false });
    expect((await store.list()).map((p) => p.key)).toEqual(["2026-09", "2026-10", "2026-11", "2026-12"]);

    for (const key of ["2026-09", "2026-10", "2026-11"]) await store.close(key, later);
    expect(await store.currentOpen()).toBeNull();
    expect((await store.latest())?.key).toBe("2026-12");
  });

  it("finds a period by key and by id", async () => {
    const exec = await open();
    const store = createPeriodStore(exec);
    const { period } = await store.open("2026-11", await versionOf(exec), at);
    expect(await store.findByKey("2026-11")).toEqual(period);
    expect(await store.get(period.id)).toEqual(period);
    expect(await store.findByKey("2026-10")).toBeNull();
    expect(await store.get(period.id + 1)).toBeNull();
  });

  it("closes a period once, keeping its first closing time", async () => {
    const exec = await open();
    const store = createPeriodStore(exec);
    await store.open("2026-11", await versionOf(exec), at);
    const closed = await store.close("2026-11", later);
    expect(closed).toMatchObject({ closed: true, period: { key: "2026-11", open: false, closedAt: "2026-12-05T17:00:00.000+00:00" } });
    const again = await store.close("2026-11", new Date("2026-12-06T00:00:00.000Z"));
    expect(again).toEqual({ closed: false, period: closed?.period });
    expect(await store.close("2026-10", later)).toBeNull();
    // A closed period is not opened again by a late open.
    expect(await store.open("2026-11", await versionOf(exec), later)).toMatchObject({ created: false, period: { open: false } });
  });

  it("keeps a year's self-assessment (key YYYY) apart from the months: the monthly reads never see it", async () => {
    const exec = await open();
    const store = createPeriodStore(exec);
    const monthly = await versionOf(exec);
    const yearly = await createQuestionnaireStore(exec).ensure(YEARLY_GRASSROOTS);
    await store.open("2026-11", monthly, at);
    await store.open("2026-12", monthly, at);
    await store.close("2026-12", later);
    const { period: year } = await store.open("2026", yearly, at);
    expect(year).toMatchObject({ key: "2026", open: true, questionnaireVersionId: yearly });

    expect((await store.currentOpen())?.key).toBe("2026-11");
    expect((await store.latest())?.key).toBe("2026-12");
    expect((await store.ofYear(2026)).map((p) => p.key)).toEqual(["2026-11", "2026-12"]);
    expect((await store.currentOpen("yearly"))?.key).toBe("2026");
    expect((await store.latest("yearly"))?.key).toBe("2026");
    expect((await store.list()).map((p) => p.key)).toEqual(["2026", "2026-11", "2026-12"]);
    expect(await store.findByKey("2026")).toEqual(year);

    // The stored kind follows the key.
    const kinds = await exec.query(exec.builder.selectFrom("periods").select(["key", "kind"]).orderBy("key"));
    expect(kinds).toEqual([
      { key: "2026", kind: "yearly" },
      { key: "2026-11", kind: "monthly" },
      { key: "2026-12", kind: "monthly" },
    ]);
    await store.close("2026", later);
    expect(await store.currentOpen("yearly")).toBeNull();
    await expect(store.open("26", monthly, at)).rejects.toThrow(RangeError);
    await expect(store.open("2026-13", monthly, at)).rejects.toThrow(RangeError);
  });

  it("rolls back with the transaction it was part of", async () => {
    const exec = await open();
    const versionId = await versionOf(exec);
    await expect(
      exec.transaction(async (tx) => {
        await createPeriodStore(tx).open("2026-11", versionId, at);
        throw new Error("the job failed");
      }),
    ).rejects.toThrow();
    expect(await createPeriodStore(exec).findByKey("2026-11")).toBeNull();
  });
});
