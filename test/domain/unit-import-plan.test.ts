import { describe, expect, it } from "vitest";
import { parentProblem, UNIT_KINDS, type UnitKind } from "../../src/domain/org.ts";
import { parseUnitKind } from "../../src/domain/units/unit-kind-names.ts";
import { parseArchived, parseMemberCount, planUnitImport, type StoredUnit, type UnitSheet, type UnitSheetRow } from "../../src/domain/units/unit-import-plan.ts";

/** Stored: district D; grassroots committee G (cells G1, G2) and cell C1 under D; an archived cell OLD. */
const STORED: readonly StoredUnit[] = [
  { id: 1, code: "D", name: "Huyện ủy", kind: "committee", memberCount: 0, parentId: null, archived: false },
  { id: 2, code: "G", name: "Đảng bộ xã A", kind: "grassroots_committee", memberCount: 60, parentId: 1, archived: false },
  { id: 3, code: "G1", name: "Chi bộ thôn 1", kind: "cell", memberCount: 18, parentId: 2, archived: false },
  { id: 4, code: "G2", name: "Chi bộ thôn 2", kind: "cell", memberCount: 20, parentId: 2, archived: false },
  { id: 5, code: "C1", name: "Chi bộ trường", kind: "cell", memberCount: 12, parentId: 1, archived: false },
  { id: 6, code: "OLD", name: "Chi bộ cũ", kind: "cell", memberCount: 9, parentId: 1, archived: true },
];

type Cells = [code: string | null, name: string | null, kind: string | null, parent: string | null, members: string | number | null, status?: string | null];

/** Rows numbered from 2 (the header is row 1), every column present. */
function sheet(...cells: Cells[]): UnitSheet {
  const rows: UnitSheetRow[] = cells.map(([code, name, kind, parent, members, status], i) => ({ row: i + 2, code, name, kind, parent, members, status: status ?? null }));
  return { rows, columns: { parent: true, members: true, status: true } };
}

/** The stored tree as a sheet, as `units export` writes it. */
const AS_EXPORTED: Cells[] = [
  ["D", "Huyện ủy", "đảng ủy (cấp trên cơ sở)", "", ""],
  ["G", "Đảng bộ xã A", "đảng bộ cơ sở", "D", 60],
  ["G1", "Chi bộ thôn 1", "chi bộ", "G", 18],
  ["G2", "Chi bộ thôn 2", "chi bộ", "G", 20],
  ["C1", "Chi bộ trường", "chi bộ", "D", 12],
  ["OLD", "Chi bộ cũ", "chi bộ", "D", 9, "lưu trữ"],
];

const plan = (s: UnitSheet, stored: readonly StoredUnit[] = STORED) => {
  const result = planUnitImport(stored, s);
  if (!result.ok) throw new Error(`unexpected problems: ${JSON.stringify(result.problems)}`);
  return result.plan;
};
const problems = (s: UnitSheet, stored: readonly StoredUnit[] = STORED) => {
  const result = planUnitImport(stored, s);
  if (result.ok) throw new Error("expected problems");
  return result.problems.map((p) => [p.row, p.problem]);
};

describe("the unit import plan", () => {
  it("changes nothing when the file is the stored tree (an export read back)", () => {
    const p = plan(sheet(...AS_EXPORTED));
    expect(p).toEqual({ creates: [], updates: [], unchanged: AS_EXPORTED.map(([code], i) => ({ row: i + 2, code })), notInFile: 0 });
  });

  it("creates, renames, moves, re-counts and archives, each on its own row", () => {
    const p = plan(
      sheet(
        ["g1", "Chi bộ thôn Một", "chi bộ", "G", 18],
        ["G2", "Chi bộ thôn 2", "chi bộ", "C-NEW", 20],
        ["C1", "Chi bộ trường", "chi bộ", "D", 14],
        ["OLD", "Chi bộ cũ", "chi bộ", "D", 9, "hoạt động"],
        ["G", "Đảng bộ xã A", "đảng bộ cơ sở", "D", "", ""],
        ["C-NEW", "Đảng bộ xã B", "Đảng bộ cơ sở", "D", 35],
      ),
    );
    expect(p.creates).toEqual([{ row: 7, code: "C-NEW", name: "Đảng bộ xã B", kind: "grassroots_committee", parentCode: "D", memberCount: 35, archived: false }]);
    expect(p.updates).toEqual([
      { row: 2, unitId: 3, code: "G1", kind: "cell", name: { from: "Chi bộ thôn 1", to: "Chi bộ thôn Một" } },
      { row: 3, unitId: 4, code: "G2", kind: "cell", parent: { from: "G", to: "C-NEW" } },
      { row: 4, unitId: 5, code: "C1", kind: "cell", members: { from: 12, to: 14 } },
      { row: 5, unitId: 6, code: "OLD", kind: "cell", archived: { from: true, to: false } },
    ]);
    // An empty members cell keeps the stored count.
    expect(p.unchanged).toEqual([{ row: 6, code: "G" }]);
    expect(p.notInFile).toBe(1);
  });

  it("creates parents before children, whatever the file's order (a parent may come later)", () => {
    const p = plan(
      sheet(["X1", "Chi bộ 1", "chi bộ", "X", 10], ["X", "Đảng bộ X", "đảng bộ cơ sở", "NEWD", ""], ["NEWD", "Huyện ủy mới", "huyện ủy", "", ""], ["X2", "Chi bộ 2", "chi bộ", "x", 11]),
      [],
    );
    expect(p.creates.map((c) => [c.code, c.parentCode])).toEqual([
      ["NEWD", null],
      ["X", "NEWD"],
      ["X1", "X"],
      ["X2", "X"],
    ]);
    expect(p.creates.find((c) => c.code === "X")?.memberCount).toBe(0);
  });

  it("finds codes ignoring letter case, keeping the stored spelling, unless that names two units", () => {
    expect(plan(sheet(["c1", "Chi bộ trường", "chi bộ", "d", 12])).unchanged).toEqual([{ row: 2, code: "C1" }]);
    const twins: StoredUnit[] = [...STORED, { id: 7, code: "Xy", name: "A", kind: "cell", memberCount: 1, parentId: 1, archived: false }, { id: 8, code: "XY", name: "B", kind: "cell", memberCount: 1, parentId: 1, archived: false }];
    // Exactly as stored: each is found.
    expect(plan(sheet(["Xy", "A", "chi bộ", "D", 1], ["XY", "B", "chi bộ", "D", 1]), twins).unchanged).toHaveLength(2);
    expect(problems(sheet(["xy", "A", "chi bộ", "D", 1], ["C9", "C", "chi bộ", "xY", 1]), twins)).toEqual([
      [2, "code-ambiguous"],
      [3, "parent-ambiguous"],
    ]);
  });

  it.each<[string, Cells[], [number, string][]]>([
    ["an unknown parent", [["N1", "Chi bộ", "chi bộ", "NOPE", 5]], [[2, "parent-unknown"]]],
    ["a cell under a cell", [["N1", "Chi bộ", "chi bộ", "C1", 5]], [[2, "under-cell"]]],
    ["a committee moved under its own cell", [["G", "Đảng bộ xã A", "đảng bộ cơ sở", "G1", ""]], [[2, "under-cell"], [2, "parent-cycle"]]],
    ["a cell without a parent", [["N1", "Chi bộ", "chi bộ", "", 5]], [[2, "needs-parent"]]],
    ["a province under a committee", [["P", "Tỉnh ủy", "tỉnh ủy", "D", ""]], [[2, "province-on-top"]]],
    ["a grassroots committee under a grassroots committee", [["N1", "Đảng bộ", "đảng bộ cơ sở", "G", ""]], [[2, "under-grassroots"]]],
    [
      "a duplicate code (in another letter case too)",
      [
        ["N1", "Chi bộ", "chi bộ", "D", 5],
        ["n1", "Chi bộ", "chi bộ", "D", 5],
        ["C1", "Chi bộ trường", "chi bộ", "D", 12],
        ["c1", "Chi bộ trường", "chi bộ", "D", 12],
      ],
      [
        [3, "code-duplicate"],
        [5, "code-duplicate"],
      ],
    ],
    ["a bad kind", [["N1", "Chi bộ", "tổ đảng", "D", 5]], [[2, "kind-unknown"]]],
    ["no kind", [["N1", "Chi bộ", "", "D", 5]], [[2, "kind-missing"]]],
    ["another kind for a stored unit", [["C1", "Chi bộ trường", "đảng bộ cơ sở", "D", 12]], [[2, "kind-changed"]]],
    ["zero members", [["N1", "Chi bộ", "chi bộ", "D", 0]], [[2, "members-invalid"]]],
    ["negative members", [["N1", "Chi bộ", "chi bộ", "D", "-3"]], [[2, "members-invalid"]]],
    ["a fraction of members", [["N1", "Chi bộ", "chi bộ", "D", 12.5]], [[2, "members-invalid"]]],
    ["members as words", [["N1", "Chi bộ", "chi bộ", "D", "mười"]], [[2, "members-invalid"]]],
    ["a new cell without members", [["N1", "Chi bộ", "chi bộ", "D", ""]], [[2, "members-missing"]]],
    ["an empty name", [["N1", "  ", "chi bộ", "D", 5]], [[2, "name-missing"]]],
    ["a name too long", [["N1", "x".repeat(201), "chi bộ", "D", 5]], [[2, "name-too-long"]]],
    ["no code", [["", "Chi bộ", "chi bộ", "D", 5]], [[2, "code-missing"]]],
    ["a code with spaces", [["MK PL1", "Chi bộ", "chi bộ", "D", 5]], [[2, "code-invalid"]]],
    ["an unknown status", [["N1", "Chi bộ", "chi bộ", "D", 5, "tạm dừng"]], [[2, "status-unknown"]]],
    ["a unit its own parent", [["G", "Đảng bộ xã A", "đảng bộ cơ sở", "g", ""]], [[2, "parent-self"]]],
    ["a unit moved under its own descendant", [["D", "Huyện ủy", "huyện ủy", "G", ""]], [[2, "under-grassroots"], [2, "parent-cycle"]]],
    [
      "two units moved under each other",
      [
        ["D", "Huyện ủy", "huyện ủy", "D2", ""],
        ["D2", "Huyện ủy 2", "huyện ủy", "D", ""],
      ],
      [
        [2, "parent-cycle"],
        [3, "parent-cycle"],
      ],
    ],
    ["a new unit under an archived one", [["N1", "Chi bộ", "đảng bộ cơ sở", "OLD", ""]], [[2, "under-cell"], [2, "parent-archived"]]],
    ["archiving a unit with active units below", [["G", "Đảng bộ xã A", "đảng bộ cơ sở", "D", 60, "lưu trữ"]], [[2, "archived-with-active-units"]]],
  ])("refuses %s, naming the row", (_, cells, expected) => {
    expect(problems(sheet(...cells))).toEqual(expected);
  });

  it("reports every bad row of a file at once, in row order, and plans nothing", () => {
    const result = planUnitImport(
      STORED,
      sheet(["OK1", "Chi bộ tốt", "chi bộ", "G", 10], ["B1", "Chi bộ", "chi bộ", "NOPE", 5], ["B2", "Chi bộ", "loại lạ", "G", 5], ["OK1", "Chi bộ tốt", "chi bộ", "G", 10], ["B3", "Chi bộ", "chi bộ", "G", -1]),
    );
    expect(result).toEqual({
      ok: false,
      problems: [
        { row: 3, code: "B1", problem: "parent-unknown", args: { code: "B1", parent: "NOPE" } },
        { row: 4, code: "B2", problem: "kind-unknown", args: { code: "B2", value: "loại lạ" } },
        { row: 5, code: "OK1", problem: "code-duplicate", args: { code: "OK1", other: 2 } },
        { row: 6, code: "B3", problem: "members-invalid", args: { code: "B3", value: "-1", max: 100_000 } },
      ],
    });
  });

  it("archives a unit together with the units below it, and takes a sheet without optional columns", () => {
    const p = plan(sheet(["G", "Đảng bộ xã A", "đảng bộ cơ sở", "D", "", "lưu trữ"], ["G1", "Chi bộ thôn 1", "chi bộ", "G", "", "archived"], ["G2", "Chi bộ thôn 2", "chi bộ", "G", "", "đã lưu trữ"]));
    expect(p.updates.map((u) => [u.code, u.archived])).toEqual([
      ["G", { from: false, to: true }],
      ["G1", { from: false, to: true }],
      ["G2", { from: false, to: true }],
    ]);
    // Code, name and kind only: stored units keep their parent, count and state.
    const bare: UnitSheet = { rows: [{ row: 4, code: "OLD", name: "Chi bộ cũ (đã sáp nhập)", kind: "chi bộ", parent: null, members: null, status: null }], columns: { parent: false, members: false, status: false } };
    expect(plan(bare).updates).toEqual([{ row: 4, unitId: 6, code: "OLD", kind: "cell", name: { from: "Chi bộ cũ", to: "Chi bộ cũ (đã sáp nhập)" } }]);
  });

  it("cleans names as typed: NFC, one space, no line breaks", () => {
    const p = plan(sheet(["C1", " Chi  bo\u0302\u0323 \n trường ", "chi bộ", "D", 12]));
    // The same name as stored, once cleaned.
    expect(p.unchanged).toEqual([{ row: 2, code: "C1" }]);
  });
});

describe("what a sheet's cells mean", () => {
  it.each<[string, UnitKind]>([
    ["Chi bộ", "cell"],
    ["chi bo co so", "cell"],
    ["Chi bộ trực thuộc", "cell"],
    ["CHI BỘ CƠ SỞ", "cell"],
    ["cell", "cell"],
    ["Đảng bộ cơ sở", "grassroots_committee"],
    ["đảng ủy cơ sở", "grassroots_committee"],
    ["grassroots_committee", "grassroots_committee"],
    ["Grassroots committee", "grassroots_committee"],
    ["Huyện ủy", "committee"],
    ["Đảng ủy xã", "committee"],
    ["đảng ủy (cấp trên cơ sở)", "committee"],
    ["committee", "committee"],
    ["Tỉnh ủy", "province"],
    ["province", "province"],
  ])("%j is a %s", (text, kind) => {
    expect(parseUnitKind(text)).toBe(kind);
  });

  it("reads no kind into names or typos", () => {
    expect([parseUnitKind("Chi bộ thôn Pha Long"), parseUnitKind("chibo"), parseUnitKind("")]).toEqual([undefined, undefined, undefined]);
    for (const kind of UNIT_KINDS) expect(parseUnitKind(kind)).toBe(kind);
  });

  it.each<[string | number | null, number | undefined]>([
    [18, 18],
    ["18", 18],
    [" 18 ", 18],
    ["1.250", 1250],
    ["1,250", 1250],
    ["1 250", 1250],
    [18.0, 18],
    [0, undefined],
    ["0", undefined],
    [-2, undefined],
    [12.5, undefined],
    ["12,5", undefined],
    ["1.25", undefined],
    ["mười", undefined],
    [100_001, undefined],
    [null, undefined],
  ])("members %j read as %j", (cell, count) => {
    expect(parseMemberCount(cell)).toBe(count);
  });

  it("reads a status: empty or active, archived, else unknown", () => {
    expect(["", "Hoạt động", "active", "lưu trữ", "Đã lưu trữ", "ARCHIVED", "tạm dừng"].map((s) => parseArchived(s))).toEqual([false, false, false, true, true, true, undefined]);
  });

  it.each<[UnitKind, UnitKind | null, string | undefined]>([
    ["cell", null, "needs-parent"],
    ["cell", "grassroots_committee", undefined],
    ["cell", "committee", undefined],
    ["cell", "cell", "under-cell"],
    ["grassroots_committee", "cell", "under-cell"],
    ["grassroots_committee", "grassroots_committee", "under-grassroots"],
    ["committee", "grassroots_committee", "under-grassroots"],
    ["grassroots_committee", "committee", undefined],
    ["committee", "committee", undefined],
    ["committee", null, undefined],
    ["province", null, undefined],
    ["province", "committee", "province-on-top"],
  ])("a %s under a %s: %s", (kind, parent, problem) => {
    expect(parentProblem(kind, parent)).toBe(problem);
  });
});
