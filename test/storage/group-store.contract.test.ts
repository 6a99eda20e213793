import { expect, it } from "vitest";
import type { SqlExecutor } from "../../src/storage/kysely/sql-executor.ts";
import { createGroupStore } from "../../src/storage/group-store.ts";
import { eachDatabase } from "../support/each-database.ts";
import { eachSharedDatabase } from "../support/each-shared-database.ts";

const at = new Date("2026-11-20T03:00:00.000Z");
const group = (chatId: string) => ({ channel: "telegram", chatId });

/** Units to bind to (their table is another store's; here they are only fixtures). */
async function units(exec: SqlExecutor, ...codes: string[]): Promise<number[]> {
  const ids: number[] = [];
  for (const code of codes) {
    const [row] = await exec.query(exec.builder.insertInto("units").values({ code, name: code, kind: "cell", created_at: "2026-11-01T00:00:00.000+00:00" }).returning("id"));
    ids.push(row?.id ?? 0);
  }
  return ids;
}

eachDatabase("the group store", (open) => {
  it("binds, rebinds to another unit, tells the unit and unbinds", async () => {
    const exec = await open();
    const [a = 0, b = 0] = await units(exec, "A", "B");
    const store = createGroupStore(exec);
    expect(await store.boundUnitId(group("-1"))).toBeNull();
    expect(await store.isBound(group("-1"))).toBe(false);
    await store.bind(group("-1"), a, 7, at);
    await store.bind(group("-1"), b, null, at);
    expect(await store.boundUnitId(group("-1"))).toBe(b);
    expect(await store.isBound(group("-1"))).toBe(true);
    expect(await store.boundUnitId({ channel: "zalo", chatId: "-1" })).toBeNull();
    expect(await store.unbind(group("-1"))).toBe(b);
    expect(await store.unbind(group("-1"))).toBeNull();
    expect(await store.isBound(group("-1"))).toBe(false);
  });

  it("lists the active groups in binding order; an inactive one comes back only when bound again", async () => {
    const exec = await open();
    const [a = 0, b = 0] = await units(exec, "A", "B");
    const store = createGroupStore(exec);
    await store.bind(group("-1"), a, null, at);
    await store.bind(group("-2"), b, null, at);
    await store.bind(group("-3"), a, null, at);
    expect(await store.deactivate(group("-2"), "kicked", at)).toBe(b);
    expect(await store.deactivate(group("-2"), "kicked", at)).toBeNull();
    expect(await store.deactivate(group("-9"), "kicked", at)).toBeNull();
    expect(await store.boundGroups()).toEqual([
      { address: group("-1"), unitId: a },
      { address: group("-3"), unitId: a },
    ]);
    // Still bound (an operator sees it, a message there is from a known chat), just not posted to.
    expect(await store.boundUnitId(group("-2"))).toBe(b);
    expect(await store.isBound(group("-2"))).toBe(true);
    await store.bind(group("-2"), b, 3, at);
    expect((await store.boundGroups()).map((g) => g.address.chatId)).toEqual(["-1", "-2", "-3"]);
  });

  it("follows a group to its new id, unless the new id was bound meanwhile", async () => {
    const exec = await open();
    const [a = 0, b = 0] = await units(exec, "A", "B");
    const store = createGroupStore(exec);
    await store.bind(group("-1"), a, null, at);
    expect(await store.moveChat("telegram", "-1", "-1001")).toBe("moved");
    expect(await store.boundUnitId(group("-1"))).toBeNull();
    expect(await store.boundUnitId(group("-1001"))).toBe(a);
    expect(await store.moveChat("telegram", "-1", "-1001")).toBe("none");

    await store.bind(group("-2"), a, null, at);
    await store.bind(group("-1002"), b, null, at);
    expect(await store.moveChat("telegram", "-2", "-1002")).toBe("replaced");
    expect(await store.boundUnitId(group("-2"))).toBeNull();
    expect(await store.boundUnitId(group("-1002"))).toBe(b);
  });
});

eachSharedDatabase("the group store shared by two instances", (open) => {
  it("reports a group gone once when both instances find it gone", async () => {
    const [one, two] = await open();
    const [a = 0] = await units(one, "A");
    await createGroupStore(one).bind(group("-1"), a, null, at);
    const results = await Promise.all([createGroupStore(one).deactivate(group("-1"), "kicked", at), createGroupStore(two).deactivate(group("-1"), "kicked", at)]);
    expect(results.filter((unit) => unit !== null)).toEqual([a]);
  });
});
