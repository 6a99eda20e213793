import { expect, it } from "vitest";
import type { NewUnit } from "../../src/ports/org-store.ts";
import { createOrgStore } from "../../src/storage/org-store.ts";
import { createPeopleStore } from "../../src/storage/people-store.ts";
import type { SqlExecutor } from "../../src/storage/kysely/sql-executor.ts";
import { eachDatabase } from "../support/each-database.ts";

const at = new Date("2026-11-20T03:00:00.000Z");

/** Province P; committees C1 (cells A, B) and C2 (cell C). */
const TREE: readonly NewUnit[] = [
  { code: "P", name: "Province", kind: "province", memberCount: 0 },
  { code: "C1", name: "Committee 1", kind: "committee", parentCode: "P", memberCount: 0 },
  { code: "C2", name: "Committee 2", kind: "committee", parentCode: "P", memberCount: 0 },
  { code: "A", name: "Cell A", kind: "cell", parentCode: "C1", memberCount: 18 },
  { code: "B", name: "Cell B", kind: "cell", parentCode: "C1", memberCount: 23 },
  { code: "C", name: "Cell C", kind: "cell", parentCode: "C2", memberCount: 12 },
];

async function withTree(exec: SqlExecutor): Promise<Map<string, number>> {
  const created = await createOrgStore(exec).createUnits(TREE, at);
  return new Map(created.map((u) => [u.code, u.id]));
}

const idOf = (ids: Map<string, number>, code: string): number => {
  const id = ids.get(code);
  if (id === undefined) throw new Error(`no unit ${code}`);
  return id;
};

const codes = (units: readonly { code: string }[]): string[] => units.map((u) => u.code);

eachDatabase("the org store", (open) => {
  it("finds a unit by its code typed in another letter case, unless that names two units", async () => {
    const org = createOrgStore(await open());
    await org.createUnits([...TREE, { code: "c1", name: "Lower case", kind: "cell", parentCode: "C2", memberCount: 5 }], at);
    expect(await org.findUnit("b")).toMatchObject({ code: "B" });
    expect(await org.findUnit("c2")).toMatchObject({ code: "C2" });
    // Exact first: both C1 and c1 exist, and each is found as typed.
    expect(await org.findUnit("C1")).toMatchObject({ code: "C1" });
    expect(await org.findUnit("c1")).toMatchObject({ name: "Lower case" });
    // Otherwise ambiguous: no guess.
    await org.createUnits([{ code: "Xy", name: "One", kind: "cell", parentCode: "C2", memberCount: 5 }, { code: "XY", name: "Two", kind: "cell", parentCode: "C2", memberCount: 5 }], at);
    expect(await org.findUnit("xy")).toBeNull();
  });

  it("creates a tree and lists it parents first, with each parent's code", async () => {
    const org = createOrgStore(await open());
    expect(await org.isEmpty()).toBe(true);
    const created = await org.createUnits(TREE, at);
    expect(created[3]).toEqual({ id: expect.any(Number), code: "A", name: "Cell A", kind: "cell", memberCount: 18 });
    expect(await org.isEmpty()).toBe(false);
    const listed = await org.listUnits();
    expect(listed.map((u) => [u.code, u.parentCode])).toEqual([
      ["P", null],
      ["C1", "P"],
      ["C2", "P"],
      ["A", "C1"],
      ["B", "C1"],
      ["C", "C2"],
    ]);
    expect(listed[3]?.parentId).toBe(listed[1]?.id);
    expect(await org.findUnit("B")).toMatchObject({ code: "B", kind: "cell", memberCount: 23 });
    expect(await org.findUnit("nope")).toBeNull();
    // Typed in lower case by hand: found, unless the code then names two units.
    expect(await org.findUnit("c1")).toMatchObject({ code: "C1" });
    expect(await org.findUnit("p")).toMatchObject({ code: "P", kind: "province" });
    expect(await org.unitById(created[0]?.id ?? 0)).toMatchObject({ code: "P", kind: "province" });
    expect(await org.unitById(999_999)).toBeNull();
    expect(codes(await org.topUnits())).toEqual(["P"]);
    expect(codes(await org.unitsOfKind("cell"))).toEqual(["A", "B", "C"]);
  });

  it("creates a batch whole or not at all", async () => {
    const org = createOrgStore(await open());
    await expect(
      org.createUnits(
        [
          { code: "P", name: "Province", kind: "province", memberCount: 0 },
          { code: "X", name: "Orphan", kind: "cell", parentCode: "MISSING", memberCount: 1 },
        ],
        at,
      ),
    ).rejects.toThrow(/MISSING/);
    expect(await org.isEmpty()).toBe(true);
    await org.createUnits(TREE, at);
    // A taken code is refused, and nothing of its batch stays.
    await expect(org.createUnits([{ code: "D", name: "Cell D", kind: "cell", parentCode: "C2", memberCount: 5 }, TREE[3] as NewUnit], at)).rejects.toThrow();
    expect(await org.findUnit("D")).toBeNull();
  });

  it("walks a three-level tree down (subtree) and up (ancestors)", async () => {
    const exec = await open();
    const ids = await withTree(exec);
    const org = createOrgStore(exec);
    expect(codes(await org.subtree(idOf(ids, "P")))).toEqual(["P", "C1", "C2", "A", "B", "C"]);
    expect(codes(await org.subtree(idOf(ids, "C1")))).toEqual(["C1", "A", "B"]);
    expect(codes(await org.subtree(idOf(ids, "P"), "cell"))).toEqual(["A", "B", "C"]);
    expect(codes(await org.subtree(idOf(ids, "C2"), "cell"))).toEqual(["C"]);
    expect(codes(await org.subtree(idOf(ids, "C")))).toEqual(["C"]);
    expect(await org.subtree(999_999)).toEqual([]);
    expect(codes(await org.ancestors(idOf(ids, "A")))).toEqual(["A", "C1", "P"]);
    expect(codes(await org.ancestors(idOf(ids, "P")))).toEqual(["P"]);
    expect(await org.ancestors(999_999)).toEqual([]);
  });

  it("tells whether a unit lies within another", async () => {
    const exec = await open();
    const ids = await withTree(exec);
    const org = createOrgStore(exec);
    expect(await org.isWithin("A", idOf(ids, "P"))).toBe(true);
    expect(await org.isWithin("A", idOf(ids, "C1"))).toBe(true);
    expect(await org.isWithin("A", idOf(ids, "A"))).toBe(true);
    expect(await org.isWithin("A", idOf(ids, "C2"))).toBe(false);
    expect(await org.isWithin("C1", idOf(ids, "A"))).toBe(false);
    expect(await org.isWithin("P", idOf(ids, "C1"))).toBe(false);
    expect(await org.isWithin("nope", idOf(ids, "P"))).toBe(false);
  });

  it("grants a role once, however often it is granted", async () => {
    const exec = await open();
    const ids = await withTree(exec);
    const org = createOrgStore(exec);
    const { personId } = await createPeopleStore(exec).ensurePerson({ channel: "telegram", externalId: "1" }, at);
    expect(await org.grant(personId, idOf(ids, "A"), "secretary", at)).toBe(true);
    expect(await org.grant(personId, idOf(ids, "A"), "secretary", at)).toBe(false);
    // The same person may hold another role in the same unit.
    expect(await org.grant(personId, idOf(ids, "A"), "deputy", at)).toBe(true);
    expect((await org.membershipsOf(personId)).map((m) => [m.role, m.unit.code])).toEqual([
      ["secretary", "A"],
      ["deputy", "A"],
    ]);
  });

  it("finds a person by identity together with their roles and units", async () => {
    const exec = await open();
    const ids = await withTree(exec);
    const org = createOrgStore(exec);
    const people = createPeopleStore(exec);
    const { personId } = await people.ensurePerson({ channel: "zalo", externalId: "u-7" }, at);
    await org.grant(personId, idOf(ids, "C1"), "admin", at);
    await org.grant(personId, idOf(ids, "B"), "secretary", at);

    const person = await people.findByIdentity({ channel: "zalo", externalId: "u-7" });
    expect(person).toEqual({ id: personId, locale: null });
    expect(await org.membershipsOf(person?.id ?? 0)).toEqual([
      { role: "admin", unit: { id: idOf(ids, "C1"), code: "C1", name: "Committee 1", kind: "committee", memberCount: 0 } },
      { role: "secretary", unit: { id: idOf(ids, "B"), code: "B", name: "Cell B", kind: "cell", memberCount: 23 } },
    ]);
    expect(await org.membershipsOf(999_999)).toEqual([]);
  });

  it("lists who holds which roles, in the order they were granted", async () => {
    const exec = await open();
    const ids = await withTree(exec);
    const org = createOrgStore(exec);
    const people = createPeopleStore(exec);
    const alice = (await people.ensurePerson({ channel: "telegram", externalId: "a" }, at)).personId;
    const bob = (await people.ensurePerson({ channel: "telegram", externalId: "b" }, at)).personId;
    await org.grant(bob, idOf(ids, "C"), "deputy", at);
    await org.grant(alice, idOf(ids, "A"), "secretary", at);
    await org.grant(alice, idOf(ids, "P"), "admin", at);
    await org.grant(bob, idOf(ids, "C1"), "admin", at);

    expect(await org.holders(["secretary", "deputy"])).toEqual([
      { personId: bob, unitId: idOf(ids, "C"), role: "deputy" },
      { personId: alice, unitId: idOf(ids, "A"), role: "secretary" },
    ]);
    expect(await org.holders(["admin"], [idOf(ids, "A"), idOf(ids, "C1")])).toEqual([{ personId: bob, unitId: idOf(ids, "C1"), role: "admin" }]);
    // Long lists are split across statements and come back in one order.
    const many = [...Array.from({ length: 1_200 }, (_, i) => 100_000 + i), idOf(ids, "P"), idOf(ids, "C1")];
    expect((await org.holders(["admin"], many)).map((h) => h.personId)).toEqual([alice, bob]);
    expect(await org.holders(["admin"], [])).toEqual([]);
    expect(await org.holders([])).toEqual([]);
  });

  it("rolls back with the transaction it was part of", async () => {
    const exec = await open();
    const ids = await withTree(exec);
    const { personId } = await createPeopleStore(exec).ensurePerson({ channel: "telegram", externalId: "1" }, at);
    await expect(
      exec.transaction(async (tx) => {
        await createOrgStore(tx).grant(personId, idOf(ids, "A"), "secretary", at);
        await createOrgStore(tx).createUnits([{ code: "D", name: "Cell D", kind: "cell", parentCode: "C2", memberCount: 5 }], at);
        throw new Error("the command failed");
      }),
    ).rejects.toThrow();
    const org = createOrgStore(exec);
    expect(await org.membershipsOf(personId)).toEqual([]);
    expect(await org.findUnit("D")).toBeNull();
  });
});
