import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it, onTestFinished } from "vitest";
import { runCli } from "../../src/cli/main.ts";
import { captureIo } from "../support/capture-io.ts";
import { cliOnDemoDatabase } from "../support/cli-on-demo.ts";
import { cp1258 } from "../support/cp1258.ts";
import { dbRows } from "../support/db-rows.ts";
import { exampleUnits } from "../../examples/make-don-vi-muong-khuong.ts";
import { readUnitSheet } from "../../src/cli/units-sheet.ts";

const EXAMPLE_XLSX = path.resolve("examples/don-vi-muong-khuong.xlsx");
const EXAMPLE_CSV = path.resolve("examples/don-vi-muong-khuong.csv");

/** `npx bontot …` on a database that does not exist yet (the admin's first day). */
function cliOnEmptyDatabase() {
  const dir = mkdtempSync(path.join(tmpdir(), "bontot-units-"));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  const env = { BONTOT_DB_PATH: path.join(dir, "bontot.db"), LOG_LEVEL: "silent" };
  const run = async (...argv: string[]) => {
    const io = captureIo(env);
    const code = await runCli(argv, io.io);
    return { code, out: io.out(), err: io.err() };
  };
  return { dir, run, rows: () => dbRows({ config: { dbPath: env.BONTOT_DB_PATH } }) };
}

type Units = { code: string; name: string; kind: string; parent: string | null; members: number; archived: string | null }[];
const UNITS_SQL = "SELECT u.code, u.name, u.kind, p.code AS parent, u.member_count AS members, u.archived_at AS archived FROM units u LEFT JOIN units p ON p.id = u.parent_id ORDER BY u.id";

function csv(dir: string, name: string, text: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe("npx bontot units import: the admin's first day", () => {
  it("sets up the example district committee (50 units) on an empty database: a dry run first, then --apply, then nothing more", async () => {
    const { run, rows } = cliOnEmptyDatabase();
    const dry = await run("units", "import", EXAMPLE_XLSX);
    expect(dry.code).toBe(0);
    expect(dry.err).toBe("");
    expect(dry.out).toContain("Tạo mới (50):");
    expect(dry.out).toMatch(/HMK\s+Huyện ủy Mường Khương\s+đảng ủy \(cấp trên cơ sở\)\s+\(cấp cao nhất\)/);
    expect(dry.out).toMatch(/HMK-PL-PL1\s+Chi bộ thôn Pha Long 1\s+chi bộ\s+HMK-PL\s+18/);
    expect(dry.out).toContain(`Chạy thử ${EXAMPLE_XLSX}: 50 tạo mới, 0 đổi tên, 0 đổi cấp trên, 0 sửa số đảng viên, 0 lưu trữ, 0 hoạt động lại, 0 không đổi. Chưa ghi gì; để ghi: thêm --apply.`);
    expect(rows().count("SELECT count(*) AS n FROM units")).toBe(0);

    const applied = await run("units", "import", EXAMPLE_XLSX, "--apply");
    expect(applied.code).toBe(0);
    expect(applied.out).toContain(`Đã nhập ${EXAMPLE_XLSX}: 50 tạo mới`);
    const units = rows().all<Units[number]>(UNITS_SQL);
    expect(units).toHaveLength(50);
    expect(units.filter((u) => u.kind === "cell")).toHaveLength(41);
    expect(units.filter((u) => u.kind === "grassroots_committee")).toHaveLength(8);
    expect(units[0]).toEqual({ code: "HMK", name: "Huyện ủy Mường Khương", kind: "committee", parent: null, members: 0, archived: null });
    expect(units).toContainEqual({ code: "HMK-LV-NP", name: "Chi bộ thôn Na Pên", kind: "cell", parent: "HMK-LV", members: 13, archived: null });
    // One audit entry per unit, one for the import.
    expect(rows().count("SELECT count(*) AS n FROM audit_log WHERE action = 'unit.create'")).toBe(50);
    expect(rows().get<{ subject: string; details: string }>("SELECT subject, details FROM audit_log WHERE action = 'units.import'")).toEqual({
      subject: "file:don-vi-muong-khuong.xlsx",
      details: JSON.stringify({ created: 50, renamed: 0, moved: 0, recounted: 0, archived: 0, unchanged: 0 }),
    });

    // Idempotent: the same file (and its CSV twin) again changes nothing and writes nothing.
    const audit = rows().count("SELECT count(*) AS n FROM audit_log");
    for (const file of [EXAMPLE_XLSX, EXAMPLE_CSV]) {
      const again = await run("units", "import", file, "--apply");
      expect(again.code).toBe(0);
      expect(again.out).toBe(`${file} khớp với cây tổ chức hiện có (50 đơn vị): không có gì để ghi.\n`);
    }
    expect(rows().count("SELECT count(*) AS n FROM audit_log")).toBe(audit);
    expect(rows().all(UNITS_SQL)).toEqual(units);

    const tree = await run("units");
    expect(tree.out).toContain("  HMK-PL  Đảng bộ xã Pha Long (đảng bộ cơ sở · 64)\n    HMK-PL-PL1  Chi bộ thôn Pha Long 1 (chi bộ · 18)\n");
  });

  it("ships example files that say what their generator says, the top unit first with no parent", async () => {
    const expected = exampleUnits().map((u) => [u.code, u.name, u.parent]);
    for (const file of [EXAMPLE_XLSX, EXAMPLE_CSV]) {
      const sheet = await readUnitSheet(file);
      expect(sheet.rows.map((r) => [r.code, r.name, r.parent ?? ""])).toEqual(expected);
      expect(sheet.rows[0]).toMatchObject({ row: 2, code: "HMK" });
      expect(sheet.rows[0]?.parent ?? "").toBe("");
    }
  });

  it("draws a progress bar while writing, on a terminal only", async () => {
    const { dir } = cliOnEmptyDatabase();
    const io = captureIo({ BONTOT_DB_PATH: path.join(dir, "bontot.db"), LOG_LEVEL: "silent" });
    Object.assign(io.io.stderr, { isTTY: true, columns: 80 });
    expect(await runCli(["units", "import", EXAMPLE_CSV, "--apply"], io.io)).toBe(0);
    expect(io.err()).toContain("Đang ghi [");
    expect(io.out()).not.toContain("Đang ghi");
  });

  it("creates, renames, moves and re-counts from one file, each change listed by kind and audited", async () => {
    const { dir, run, rows } = await cliOnDemoDatabase("bontot-units-");
    const file = csv(
      dir,
      "sua-don-vi.csv",
      [
        "Mã;Tên đơn vị;Loại;Cấp trên;Số đảng viên",
        "MK-PL1;Chi bộ thôn Pha Long Một;Chi bộ;MK;18",
        "MK-TT;Chi bộ thôn Tả Thàng;Chi bộ;MK-THPT;12",
        "MK-NC;Chi bộ thôn Na Chơ;Chi bộ;MK;25",
        "MK-LV;Chi bộ thôn Lùng Vai;chi bộ trực thuộc;MK-THPT;9",
        "MK-THPT-GV;Chi bộ Giáo viên;Chi bộ;MK-THPT;26",
      ].join("\r\n"),
    );
    const dry = await run("units", "import", file);
    expect(dry.code).toBe(0);
    expect(dry.out).toBe(
      [
        "Tạo mới (1):",
        "    Mã     Tên đơn vị            Loại    Cấp trên  Số đảng viên",
        "    MK-LV  Chi bộ thôn Lùng Vai  chi bộ  MK-THPT   9",
        "Đổi tên (1):",
        "    Mã      Thay đổi",
        "    MK-PL1  Chi bộ thôn Pha Long 1 → Chi bộ thôn Pha Long Một",
        "Đổi cấp trên (1):",
        "    Mã     Cấp trên",
        "    MK-TT  MK → MK-THPT",
        "Sửa số đảng viên (1):",
        "    Mã     Số đảng viên",
        "    MK-NC  23 → 25",
        "4 đơn vị đã có không nằm trong tệp: giữ nguyên.",
        `Chạy thử ${file}: 1 tạo mới, 1 đổi tên, 1 đổi cấp trên, 1 sửa số đảng viên, 0 lưu trữ, 0 hoạt động lại, 1 không đổi. Chưa ghi gì; để ghi: thêm --apply.`,
        "",
      ].join("\n"),
    );
    const before = rows.all(UNITS_SQL);
    expect(rows.count("SELECT count(*) AS n FROM units WHERE code = 'MK-LV'")).toBe(0);

    expect((await run("units", "import", file, "--apply")).code).toBe(0);
    const after = rows.all<Units[number]>(UNITS_SQL);
    expect(after).toHaveLength(before.length + 1);
    expect(after).toContainEqual({ code: "MK-PL1", name: "Chi bộ thôn Pha Long Một", kind: "cell", parent: "MK", members: 18, archived: null });
    expect(after).toContainEqual({ code: "MK-TT", name: "Chi bộ thôn Tả Thàng", kind: "cell", parent: "MK-THPT", members: 12, archived: null });
    expect(after).toContainEqual({ code: "MK-NC", name: "Chi bộ thôn Na Chơ", kind: "cell", parent: "MK", members: 25, archived: null });
    expect(after).toContainEqual({ code: "MK-LV", name: "Chi bộ thôn Lùng Vai", kind: "cell", parent: "MK-THPT", members: 9, archived: null });
    const audit = rows.all<{ action: string; subject: string; details: string }>("SELECT action, subject, details FROM audit_log WHERE subject LIKE 'unit:%' ORDER BY id");
    expect(audit.map((a) => [a.action, a.subject])).toEqual([
      ["unit.create", "unit:MK-LV"],
      ["unit.rename", "unit:MK-PL1"],
      ["unit.move", "unit:MK-TT"],
      ["unit.members", "unit:MK-NC"],
    ]);
    expect(JSON.parse(audit[2]?.details ?? "{}")).toEqual({ from: "MK", to: "MK-THPT", via: "import sua-don-vi.csv" });

    const again = await run("units", "import", file, "--apply");
    expect(again.out).toBe(`${file} khớp với cây tổ chức hiện có (5 đơn vị): không có gì để ghi.\n`);
  });

  it("lists every bad row with its row number, exits 1 and writes nothing", async () => {
    const { dir, run, rows } = await cliOnDemoDatabase("bontot-units-");
    const file = csv(
      dir,
      "loi.csv",
      [
        "Mã,Tên,Loại,Trực thuộc,Số đảng viên",
        "MK-A,Chi bộ thôn A,chi bộ,MK,10",
        "MK-B,Chi bộ thôn B,chi bộ,MK-XYZ,10",
        "MK-C,Chi bộ thôn C,chi bộ,MK-PL1,10",
        "MK-A,Chi bộ thôn A lần hai,chi bộ,MK,10",
        "MK-D,Chi bộ thôn D,tổ đảng,MK,10",
        "MK-E,Chi bộ thôn E,chi bộ,MK,0",
        "MK-F,Chi bộ thôn F,chi bộ,MK,-4",
        "MK-G,,chi bộ,MK,4",
      ].join("\n"),
    );
    const before = { units: rows.all(UNITS_SQL), audit: rows.count("SELECT count(*) AS n FROM audit_log") };
    for (const apply of [[], ["--apply"]]) {
      const r = await run("units", "import", file, ...apply);
      expect(r.code).toBe(1);
      expect(r.out).toBe("");
      expect(r.err).toBe(
        [
          `${file}: 7 lỗi ở 7 dòng — không ghi gì. Sửa các dòng này rồi nhập lại:`,
          '  Dòng 3 (MK-B): không có đơn vị cấp trên "MK-XYZ", cả trong hệ thống lẫn trong tệp.',
          "  Dòng 4 (MK-C): MK-PL1 là chi bộ; dưới chi bộ không có đơn vị nào.",
          "  Dòng 5 (MK-A): mã MK-A đã có ở dòng 2; mỗi đơn vị một dòng.",
          '  Dòng 6 (MK-D): loại "tổ đảng" không rõ; dùng: Chi bộ (chi bộ cơ sở, chi bộ trực thuộc), Đảng bộ cơ sở, Đảng ủy (đảng ủy xã/phường, huyện ủy, thành ủy…), Tỉnh ủy — hoặc cell, grassroots_committee, committee, province.',
          '  Dòng 7 (MK-E): số đảng viên "0" phải là số nguyên từ 1 đến 100.000.',
          '  Dòng 8 (MK-F): số đảng viên "-4" phải là số nguyên từ 1 đến 100.000.',
          "  Dòng 9 (MK-G): thiếu tên đơn vị.",
          "",
        ].join("\n"),
      );
    }
    expect(rows.all(UNITS_SQL)).toEqual(before.units);
    expect(rows.count("SELECT count(*) AS n FROM audit_log")).toBe(before.audit);

    const en = await run("units", "import", file, "--lang", "en");
    expect(en.err).toContain(`${file}: 7 problems on 7 rows — nothing written.`);
    expect(en.err).toContain("  Row 4 (MK-C): MK-PL1 is a cell; no unit sits under a cell.");
  });

  it("reads an office's workbook: a title above the header, a merged heading, English headers without diacritics, numbers as text, extra columns", async () => {
    const { dir, run, rows } = await cliOnDemoDatabase("bontot-units-");
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Danh sach");
    sheet.addRow(["DANH SÁCH TỔ CHỨC ĐẢNG TRỰC THUỘC"]);
    sheet.mergeCells("A1:F1");
    sheet.addRow([]);
    sheet.addRow(["No.", "CODE", "Unit name", "Type", "parent code", "Number of members"]);
    sheet.addRow(["I. Các chi bộ thôn"]);
    sheet.mergeCells("A4:F4");
    sheet.addRow([1, "MK-SC", "Chi bộ thôn Sín Chải", "Chi bo", "MK", "14"]);
    sheet.addRow([2, "MK-TD", { richText: [{ text: "Chi bộ thôn " }, { text: "Tả Gia Khâu", font: { bold: true } }] }, "cell", "mk", 11]);
    sheet.addRow([]);
    sheet.addRow([3, "mk-nc", "Chi bộ thôn Na Chơ", "chi bộ", "MK", "23"]);
    workbook.addWorksheet("Ghi chú").addRow(["Mã", "Tên", "Loại"]);
    const file = path.join(dir, "to-chuc.xlsx");
    await workbook.xlsx.writeFile(file);

    const r = await run("units", "import", file, "--apply");
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toContain('Bỏ qua các cột không dùng: "No.".');
    expect(r.out).toContain(`Đã nhập ${file}: 2 tạo mới, 0 đổi tên, 0 đổi cấp trên, 0 sửa số đảng viên, 0 lưu trữ, 0 hoạt động lại, 1 không đổi.`);
    expect(rows.all(UNITS_SQL)).toContainEqual({ code: "MK-TD", name: "Chi bộ thôn Tả Gia Khâu", kind: "cell", parent: "MK", members: 11, archived: null });
    expect(rows.all(UNITS_SQL)).toContainEqual({ code: "MK-SC", name: "Chi bộ thôn Sín Chải", kind: "cell", parent: "MK", members: 14, archived: null });
  });

  it("reads a CSV saved by Vietnamese Excel: windows-1258, ';', no BOM", async () => {
    const { dir, run, rows } = await cliOnDemoDatabase("bontot-units-");
    const file = path.join(dir, "don-vi.csv");
    writeFileSync(file, cp1258("Mã;Tên đơn vị;Loại;Cấp trên;Số đảng viên\r\nMK-TGK;Chi bộ thôn Tả Gia Khâu;Chi bộ;MK;11\r\n"));
    expect((await run("units", "import", file, "--apply")).code).toBe(0);
    expect(rows.all(UNITS_SQL)).toContainEqual({ code: "MK-TGK", name: "Chi bộ thôn Tả Gia Khâu", kind: "cell", parent: "MK", members: 11, archived: null });
  });

  it.each([
    ["a file that is not there", (dir: string) => path.join(dir, "khong-co.xlsx"), /Không có tệp ".*khong-co\.xlsx"\./],
    ["an old .xls file", (dir: string) => csv(dir, "cu.xls", "x"), /phải là \.xlsx hoặc \.csv/],
    ["a text file named .xlsx", (dir: string) => csv(dir, "gia.xlsx", "Mã,Tên,Loại\n"), /không phải bảng tính \.xlsx hoặc đã hỏng/],
    ["a sheet without a header", (dir: string) => csv(dir, "trong.csv", "a,b\n1,2\n"), /không thấy dòng tiêu đề/],
    ["a header without the kind", (dir: string) => csv(dir, "thieu.csv", "Mã,Tên\nMK-X,Chi bộ X\n"), /dòng tiêu đề \(dòng 1\) thiếu cột "Loại"/],
    ["a column twice", (dir: string) => csv(dir, "hai.csv", "Mã,Tên,Loại,Trực thuộc,Cấp trên\n"), /cột "Cấp trên" \(dòng 1\) trùng nghĩa/],
    ["an unquoted separator in a name", (dir: string) => csv(dir, "phay.csv", "Mã,Tên,Loại,Cấp trên,Số đảng viên\nMK-X,Chi bộ thôn X, xã Y,chi bộ,MK,5\n"), /dòng 2 có 6 ô nhưng tiêu đề chỉ có 5 cột/],
    ["a quote never closed", (dir: string) => csv(dir, "ngoac.csv", 'Mã,Tên,Loại\nMK-X,"Chi bộ X,chi bộ\n'), /dòng 2 mở ngoặc kép mà không đóng/],
  ])("refuses %s in one clear line, exit 2", async (_, make, message) => {
    const { dir, run } = await cliOnDemoDatabase("bontot-units-");
    const r = await run("units", "import", make(dir));
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toMatch(message);
    expect(r.err).toContain('Gõ "npx bontot units import --help" để xem hướng dẫn.');
  });
});

describe("npx bontot units export", () => {
  it("writes the tree as the import reads it: exported and imported again, nothing changes (xlsx, csv, English)", async () => {
    const { dir, run } = await cliOnDemoDatabase("bontot-units-");
    expect((await run("units", "archive", "MK-TT")).code).toBe(0);
    const xlsx = await run("units", "export", "--out", path.join(dir, "cay.xlsx"));
    expect(xlsx.code).toBe(0);
    expect(xlsx.out).toContain("Đã ghi 8 đơn vị vào");
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path.join(dir, "cay.xlsx"));
    const sheet = book.worksheets[0];
    expect(sheet?.name).toBe("Đơn vị");
    expect(sheet?.getRow(1).values).toEqual([undefined, "Mã", "Tên đơn vị", "Loại", "Cấp trên", "Số đảng viên", "Trạng thái"]);
    expect(sheet?.getRow(2).values).toEqual([undefined, "LC", "Tỉnh ủy Lào Cai", "Tỉnh ủy"]);
    expect(sheet?.getRow(3).values).toEqual([undefined, "MK", "Đảng ủy xã Mường Khương", "Đảng ủy (cấp trên cơ sở)", "LC"]);
    expect(sheet?.getRow(6).values).toEqual([undefined, "MK-TT", "Chi bộ thôn Tả Thàng", "Chi bộ", "MK", 12, "Lưu trữ"]);
    expect(book.worksheets[1]?.name).toBe("Hướng dẫn");

    const csvOut = await run("units", "export", "--format", "csv", "--out", "-");
    expect(csvOut.out.startsWith("\uFEFFMã,Tên đơn vị,Loại,Cấp trên,Số đảng viên,Trạng thái\r\nLC,Tỉnh ủy Lào Cai,Tỉnh ủy,,,\r\n")).toBe(true);
    writeFileSync(path.join(dir, "cay.csv"), csvOut.out);
    expect((await run("units", "export", "--lang", "en", "--out", path.join(dir, "tree.xlsx"))).code).toBe(0);

    for (const file of ["cay.xlsx", "cay.csv", "tree.xlsx"]) {
      const back = await run("units", "import", path.join(dir, file));
      expect(back.code).toBe(0);
      expect(back.out).toBe(`${path.join(dir, file)} khớp với cây tổ chức hiện có (8 đơn vị): không có gì để ghi.\n`);
    }
  });

  it("exports one subtree under data/exports/ by default, never over an existing file", async () => {
    const { dir, run } = await cliOnDemoDatabase("bontot-units-");
    const first = await run("units", "export", "--unit", "mk-thpt");
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/Đã ghi 3 đơn vị vào .*exports\/don-vi-mk-thpt-\d{4}-\d\d-\d\d\.xlsx/);
    const second = await run("units", "export", "--unit", "MK-THPT");
    expect(second.out).toMatch(/don-vi-MK-THPT-\d{4}-\d\d-\d\d\.xlsx|-2\.xlsx/);
    const out = path.join(dir, "a.xlsx");
    writeFileSync(out, "keep me");
    const refused = await run("units", "export", "--out", out);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain("--force");
    expect((await run("units", "export", "--unit", "NOPE")).err).toContain("Không có đơn vị mã NOPE");
    expect((await run("units", "export", "--out", path.join(dir, "x.pdf"))).err).toContain("phải là .xlsx hoặc .csv");
  });
});

describe("npx bontot units edit, remove, archive, unarchive", () => {
  it("edits a unit's name, members and parent by the import's rules, audited", async () => {
    const { run, rows } = await cliOnDemoDatabase("bontot-units-");
    const edited = await run("units", "edit", "mk-pl1", "--members", "20", "--name", "Chi bộ thôn Pha Long Một");
    expect(edited).toEqual({ code: 0, err: "", out: "Đã sửa MK-PL1 (Chi bộ thôn Pha Long Một):\n  tên: Chi bộ thôn Pha Long 1 → Chi bộ thôn Pha Long Một\n  số đảng viên: 18 → 20\n" });
    expect((await run("units", "edit", "MK-PL1", "--members", "20")).out).toBe("MK-PL1 (Chi bộ thôn Pha Long Một) đã đúng như vậy: không có gì thay đổi.\n");
    expect((await run("units", "edit", "MK-TT", "--parent", "MK-THPT")).out).toContain("cấp trên: MK → MK-THPT");

    const cycle = await run("units", "edit", "MK", "--parent", "MK-THPT");
    expect(cycle.code).toBe(1);
    expect(cycle.err).toBe("Không sửa được MK (Đảng ủy xã Mường Khương):\n  - dưới đảng bộ cơ sở MK-THPT chỉ có chi bộ, không có đảng ủy (cấp trên cơ sở).\n  - MK-THPT nằm dưới MK: đặt MK dưới MK-THPT sẽ tạo thành vòng.\n");
    expect((await run("units", "edit", "MK-NC", "--members", "0")).err).toContain('số đảng viên "0" phải là số nguyên từ 1 đến 100.000.');
    expect((await run("units", "edit", "MK-NC", "--top")).err).toContain("chi bộ phải có đơn vị cấp trên.");
    expect((await run("units", "edit", "MK-NC")).code).toBe(2);
    expect((await run("units", "edit", "NOPE", "--members", "3")).err).toContain("Không có đơn vị mã NOPE");
    expect(rows.all<{ action: string; subject: string }>("SELECT action, subject FROM audit_log WHERE subject LIKE 'unit:%' ORDER BY id")).toEqual([
      { action: "unit.rename", subject: "unit:MK-PL1" },
      { action: "unit.members", subject: "unit:MK-PL1" },
      { action: "unit.move", subject: "unit:MK-TT" },
    ]);
  });

  it("keeps `units add` to the same rules: a parent typed in lower case, no committee under a grassroots committee, none under an archived unit", async () => {
    const { run, rows } = await cliOnDemoDatabase("bontot-units-");
    expect((await run("units", "add", "--code", "MK-SC", "--name", "Chi bộ thôn Sín Chải", "--kind", "cell", "--parent", "mk", "--members", "9")).code).toBe(0);
    expect(rows.get("SELECT p.code AS parent FROM units u JOIN units p ON p.id = u.parent_id WHERE u.code = 'MK-SC'")).toEqual({ parent: "MK" });
    const nested = await run("units", "add", "--code", "MK-X", "--name", "Đảng bộ X", "--kind", "grassroots_committee", "--parent", "MK-THPT");
    expect(nested.code).toBe(2);
    expect(nested.err).toContain("Không thêm được MK-X: dưới đảng bộ cơ sở MK-THPT chỉ có chi bộ, không có đảng bộ cơ sở.");
    await run("units", "archive", "MK-SC");
    await run("units", "archive", "MK-THPT-GV");
    await run("units", "archive", "MK-THPT-HC");
    await run("units", "archive", "MK-THPT");
    expect((await run("units", "add", "--code", "MK-Y", "--name", "Chi bộ Y", "--kind", "cell", "--parent", "MK-THPT", "--members", "5")).err).toContain("cấp trên MK-THPT đã lưu trữ");
  });

  it("removes a unit entered by mistake, and refuses one in use, offering to archive it", async () => {
    const { dir, run, rows } = await cliOnDemoDatabase("bontot-units-");
    await run("units", "import", csv(dir, "typo.csv", "Mã,Tên,Loại,Cấp trên,Số đảng viên\nMK-TYPO,Chi bộ thôn Nậm Chảy (nhập nhầm),chi bộ,MK,7\n"), "--apply");
    expect(await run("units", "remove", "MK-TYPO")).toEqual({ code: 0, err: "", out: "Đã xóa MK-TYPO (Chi bộ thôn Nậm Chảy (nhập nhầm)).\n" });
    expect(rows.count("SELECT count(*) AS n FROM units WHERE code = 'MK-TYPO'")).toBe(0);
    expect(rows.get<{ details: string }>("SELECT details FROM audit_log WHERE action = 'unit.remove'")?.details).toBe(JSON.stringify({ name: "Chi bộ thôn Nậm Chảy (nhập nhầm)", kind: "cell", parent: "MK", members: 7 }));

    // A cell with its secretary and this month's report begun (rows as the bot writes them).
    const cellId = rows.get<{ id: number }>("SELECT id FROM units WHERE code = 'MK-PL1'")?.id;
    const period = rows.get<{ id: number; questionnaire_version_id: number }>("SELECT id, questionnaire_version_id FROM periods LIMIT 1");
    rows.run("INSERT INTO people (id, created_at) VALUES (900, '2026-11-20T03:00:00.000+00:00')");
    rows.run("INSERT INTO memberships (person_id, unit_id, role, created_at) VALUES (900, ?, 'secretary', '2026-11-20T03:00:00.000+00:00')", cellId);
    rows.run("INSERT INTO assessments (unit_id, period_id, questionnaire_version_id, updated_at) VALUES (?, ?, ?, '2026-11-20T03:00:00.000+00:00')", cellId, period?.id, period?.questionnaire_version_id);
    const cell = await run("units", "remove", "MK-PL1");
    expect(cell.code).toBe(1);
    expect(cell.err).toContain("Không xóa được MK-PL1 (Chi bộ thôn Pha Long 1) vì đơn vị còn:\n  - 1 vai trò (bí thư, phó bí thư, lãnh đạo, quản trị)\n  - 1 báo cáo tháng\n");
    expect(cell.err).toContain("Đơn vị đã có hoạt động thì lưu trữ thay vì xóa (giữ lịch sử): npx bontot units archive MK-PL1");
    const committee = await run("units", "remove", "MK-THPT");
    expect(committee.err).toContain("  - 2 đơn vị trực thuộc\n");
    expect(rows.count("SELECT count(*) AS n FROM units WHERE code IN ('MK-PL1', 'MK-THPT')")).toBe(2);
  });

  it("archives a unit (marked in the tree, refused while active units sit below it) and makes it active again", async () => {
    const { run, rows } = await cliOnDemoDatabase("bontot-units-");
    const refused = await run("units", "archive", "MK-THPT");
    expect(refused.code).toBe(1);
    expect(refused.err).toContain("còn 2 đơn vị đang hoạt động trực thuộc MK-THPT");
    expect((await run("units", "archive", "MK-THPT-GV")).out).toContain("Đã lưu trữ MK-THPT-GV (Chi bộ Giáo viên)");
    expect((await run("units", "archive", "MK-THPT-GV")).out).toBe("MK-THPT-GV (Chi bộ Giáo viên) đã lưu trữ từ trước.\n");
    expect((await run("units")).out).toContain("    MK-THPT-GV  Chi bộ Giáo viên (chi bộ · 26) [lưu trữ]\n");
    expect((await run("units", "--lang", "en")).out).toContain("Chi bộ Giáo viên (cell · 26) [archived]\n");
    expect((await run("units", "unarchive", "MK-THPT-GV")).out).toBe("MK-THPT-GV (Chi bộ Giáo viên) hoạt động trở lại.\n");
    expect(rows.all<{ action: string }>("SELECT action FROM audit_log WHERE subject = 'unit:MK-THPT-GV' ORDER BY id").map((r) => r.action)).toEqual(["unit.archive", "unit.unarchive"]);
  });
});
