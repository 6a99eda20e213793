import { expect, it } from "vitest";
import type { NewUnit } from "../../src/ports/org-store.ts";
import { createAssessmentStore } from "../../src/storage/assessment-store.ts";
import { createAuditStore } from "../../src/storage/audit-store.ts";
import { createInviteStore } from "../../src/storage/invite-store.ts";
import type { SqlExecutor } from "../../src/storage/kysely/sql-executor.ts";
import { createLateReportStore } from "../../src/storage/late-report-store.ts";
import { createOrgStore } from "../../src/storage/org-store.ts";
import { createPeopleStore } from "../../src/storage/people-store.ts";
import { createYearEndStore } from "../../src/storage/year-end-store.ts";
import { eachDatabase } from "../support/each-database.ts";
import { addPeriod } from "./assessment-fixtures.ts";

const at = new Date("2026-11-20T03:00:00.000Z");
const later = new Date("2026-11-25T08:00:00.000Z");

/** District D; grassroots committee G with cells G1, G2; cell C under D. */
const TREE: readonly NewUnit[] = [
  { code: "D", name: "Huyện ủy", kind: "committee", memberCount: 0 },
  { code: "G", name: "Đảng bộ xã", kind: "grassroots_committee", parentCode: "D", memberCount: 60 },
  { code: "G1", name: "Chi bộ 1", kind: "cell", parentCode: "G", memberCount: 18 },
  { code: "G2", name: "Chi bộ 2", kind: "cell", parentCode: "G", memberCount: 20 },
  { code: "C", name: "Chi bộ trường", kind: "cell", parentCode: "D", memberCount: 12 },
];

async function tree(exec: SqlExecutor) {
  const org = createOrgStore(exec);
  const ids = new Map((await org.createUnits(TREE, at)).map((u) => [u.code, u.id]));
  const id = (code: string): number => ids.get(code) ?? -1;
  return { org, id };
}

const codes = (units: readonly { code: string }[]): string[] => units.map((u) => u.code);

eachDatabase("the org store's edits (import, edit, archive, remove)", (open) => {
  it("creates a batch in the order given, parents found in the batch or already stored", async () => {
    const exec = await open();
    const org = createOrgStore(exec);
    await org.createUnits([TREE[0] as NewUnit], at);
    const created = await org.createUnits(
      [
        { code: "G", name: "Đảng bộ xã", kind: "grassroots_committee", parentCode: "D", memberCount: 60 },
        { code: "G1", name: "Chi bộ 1", kind: "cell", parentCode: "G", memberCount: 18 },
        { code: "C", name: "Chi bộ trường", kind: "cell", parentCode: "D", memberCount: 12, archived: true },
      ],
      at,
    );
    expect(codes(created)).toEqual(["G", "G1", "C"]);
    const listed = await org.listUnits();
    expect(listed.map((u) => [u.code, u.parentCode, u.archived])).toEqual([
      ["D", null, false],
      ["G", "D", false],
      ["G1", "G", false],
      ["C", "D", true],
    ]);
    expect(listed.find((u) => u.code === "G1")?.id).toBe(created[1]?.id);
  });

  it("creates 5,000 units in one batch, and a batch with an unknown parent not at all", async () => {
    const exec = await open();
    const org = createOrgStore(exec);
    const batch: NewUnit[] = [{ code: "P", name: "Tỉnh ủy", kind: "province", memberCount: 0 }];
    for (let c = 0; c < 100; c += 1) {
      batch.push({ code: `K${c}`, name: `Đảng ủy ${c}`, kind: "committee", parentCode: "P", memberCount: 0 });
      for (let i = 0; i < 49; i += 1) batch.push({ code: `K${c}-${i}`, name: `Chi bộ ${c}.${i}`, kind: "cell", parentCode: `K${c}`, memberCount: 10 + i });
    }
    const created = await org.createUnits(batch, at);
    expect(created).toHaveLength(5_001);
    expect(await org.unitsOfKind("cell")).toHaveLength(4_900);
    expect(codes(await org.ancestors(created.at(-1)?.id ?? 0))).toEqual(["K99-48", "K99", "P"]);
    await expect(org.createUnits([{ code: "X", name: "X", kind: "cell", parentCode: "K1", memberCount: 1 }, { code: "Y", name: "Y", kind: "cell", parentCode: "NOPE", memberCount: 1 }], at)).rejects.toThrow(/NOPE/);
    expect(await org.findUnit("X")).toBeNull();
  });

  it("renames, moves, re-counts, archives and restores a unit, each field alone", async () => {
    const { org, id } = await tree(await open());
    expect(await org.updateUnit(id("G1"), { name: "Chi bộ thôn Một" })).toBe(true);
    expect(await org.updateUnit(id("C"), { parentId: id("G"), memberCount: 14 })).toBe(true);
    expect(await org.updateUnit(id("G2"), { archivedAt: later })).toBe(true);
    expect(await org.updateUnit(id("G2"), {})).toBe(true);
    expect(await org.updateUnit(999_999, { name: "x" })).toBe(false);
    expect(await org.updateUnit(999_999, {})).toBe(false);
    const listed = await org.listUnits();
    expect(listed.map((u) => [u.code, u.name, u.parentCode, u.memberCount, u.archived])).toEqual([
      ["D", "Huyện ủy", null, 0, false],
      ["G", "Đảng bộ xã", "D", 60, false],
      ["G1", "Chi bộ thôn Một", "G", 18, false],
      ["G2", "Chi bộ 2", "G", 20, true],
      ["C", "Chi bộ trường", "G", 14, false],
    ]);
    expect(await org.updateUnit(id("G2"), { archivedAt: null })).toBe(true);
    expect(await org.updateUnit(id("C"), { parentId: null })).toBe(true);
    expect(codes(await org.topUnits())).toEqual(["D", "C"]);
  });

  it("changes many units at once, each field on its own, unknown ids passed over", async () => {
    const { org, id } = await tree(await open());
    await org.updateUnits([
      { unitId: id("G1"), name: "Chi bộ thôn Một", memberCount: 19 },
      { unitId: id("C"), parentId: id("G") },
      { unitId: id("G2"), archivedAt: later, name: "Chi bộ 2 (cũ)" },
      { unitId: id("G"), parentId: null },
      { unitId: 999_999, name: "nobody" },
    ]);
    await org.updateUnits([]);
    expect((await org.listUnits()).map((u) => [u.code, u.name, u.parentCode, u.memberCount, u.archived])).toEqual([
      ["D", "Huyện ủy", null, 0, false],
      ["G", "Đảng bộ xã", null, 60, false],
      ["G1", "Chi bộ thôn Một", "G", 19, false],
      ["G2", "Chi bộ 2 (cũ)", "G", 20, true],
      ["C", "Chi bộ trường", "G", 12, false],
    ]);
    await org.updateUnits([{ unitId: id("G2"), archivedAt: null }]);
    expect((await org.listUnits()).find((u) => u.code === "G2")?.archived).toBe(false);
    // 1,200 at once: several statements.
    const many = await org.createUnits(Array.from({ length: 1_200 }, (_, i) => ({ code: `X${i}`, name: `X ${i}`, kind: "cell" as const, parentCode: "G", memberCount: 5 })), at);
    await org.updateUnits(many.map((u, i) => ({ unitId: u.id, memberCount: 6 + (i % 3), name: `Y ${i}` })));
    const listed = (await org.listUnits()).filter((u) => u.code.startsWith("X"));
    expect(listed.map((u) => u.name)).toEqual(many.map((_, i) => `Y ${i}`));
    expect(listed.at(-1)?.memberCount).toBe(6 + (1_199 % 3));
  });

  it("leaves archived units out of the active listings, and finds them by code, id and ancestry", async () => {
    const exec = await open();
    const { org, id } = await tree(exec);
    const { personId: person } = await createPeopleStore(exec).ensurePerson({ channel: "telegram", externalId: "1" }, at);
    await org.grant(person, id("G2"), "secretary", at);
    await org.grant(person, id("G1"), "secretary", at);
    await org.updateUnit(id("G2"), { archivedAt: later });
    expect(codes(await org.unitsOfKind("cell"))).toEqual(["G1", "C"]);
    expect(codes(await org.subtree(id("D")))).toEqual(["D", "G", "G1", "C"]);
    expect(codes(await org.subtree(id("G"), "cell"))).toEqual(["G1"]);
    expect((await org.membershipsOf(person)).map((m) => m.unit.code)).toEqual(["G1"]);
    // History stays reachable.
    expect(await org.findUnit("g2")).toMatchObject({ code: "G2", memberCount: 20 });
    expect(await org.unitById(id("G2"))).toMatchObject({ code: "G2" });
    expect(codes(await org.ancestors(id("G2")))).toEqual(["G2", "G", "D"]);
    expect(await org.holders(["secretary"], [id("G2")])).toEqual([{ personId: person, unitId: id("G2"), role: "secretary" }]);
    await org.updateUnit(id("D"), { archivedAt: later });
    expect(await org.topUnits()).toEqual([]);
    expect(await org.isEmpty()).toBe(false);
  });

  it("counts a unit's children, archived ones too", async () => {
    const { org, id } = await tree(await open());
    await org.updateUnit(id("G2"), { archivedAt: later });
    expect([await org.childCount(id("D")), await org.childCount(id("G")), await org.childCount(id("G1"))]).toEqual([2, 2, 0]);
  });

  it("removes a unit with its roles and invites, never one with units below it", async () => {
    const exec = await open();
    const { org, id } = await tree(exec);
    const { personId: person } = await createPeopleStore(exec).ensurePerson({ channel: "telegram", externalId: "1" }, at);
    await org.grant(person, id("C"), "secretary", at);
    await createInviteStore(exec).create({ codeHash: "h", unitId: id("C"), role: "deputy", expiresAt: later, at });
    expect(await org.removeUnit(id("C"))).toBe(true);
    expect(await org.findUnit("C")).toBeNull();
    expect(await org.membershipsOf(person)).toEqual([]);
    expect(await org.removeUnit(id("C"))).toBe(false);
    await expect(exec.transaction((tx) => createOrgStore(tx).removeUnit(id("G")))).rejects.toThrow();
    expect(await org.findUnit("G")).not.toBeNull();
  });

  it("counts the history removing a unit would lose: assessments, late reports, year-end records", async () => {
    const exec = await open();
    const { id } = await tree(exec);
    const period = await addPeriod(exec, "2026-11");
    const assessments = createAssessmentStore(exec);
    const lateReports = createLateReportStore(exec);
    const yearEnd = createYearEndStore(exec);
    expect([await assessments.countOfUnit(id("G1")), await lateReports.countOfUnit(id("G1")), await yearEnd.countOfUnit(id("G1"))]).toEqual([0, 0, 0]);
    await assessments.open(id("G1"), period.id, period.questionnaireVersionId, at);
    await lateReports.allow({ unitId: id("G1"), periodId: period.id, reason: "Mất điện", by: null, at, until: later });
    await yearEnd.enterRatings([{ unitId: id("G1"), year: 2026, rating: "good", shareGoodPercent: 95, by: null, at }]);
    await yearEnd.approveMissedMeeting({ unitId: id("G1"), periodKey: "2026-08", reason: "Bão lũ", by: null, at });
    await yearEnd.decideTitles([{ unitId: id("G1"), year: 2026, conferred: true, note: null, by: null, at }]);
    expect([await assessments.countOfUnit(id("G1")), await lateReports.countOfUnit(id("G1")), await yearEnd.countOfUnit(id("G1"))]).toEqual([1, 1, 3]);
    expect([await assessments.countOfUnit(id("G2")), await lateReports.countOfUnit(id("G2")), await yearEnd.countOfUnit(id("G2"))]).toEqual([0, 0, 0]);
  });

  it("records many audit entries at once, in order", async () => {
    const audit = createAuditStore(await open());
    const entries = Array.from({ length: 1_203 }, (_, i) => ({ at, action: "unit.create", subject: `unit:U${i}`, details: { row: i + 2 } }));
    await audit.recordMany([...entries, { at: later, actorId: 7, action: "units.import", subject: "units" }]);
    await audit.recordMany([]);
    const listed = await audit.list();
    expect(listed).toHaveLength(1_204);
    expect(listed[1_202]).toMatchObject({ action: "unit.create", subject: "unit:U1202", actorId: null, details: { row: 1_204 } });
    expect(listed[1_203]).toMatchObject({ action: "units.import", actorId: 7, details: null });
  });
});
