import { mkdtempSync, readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main.ts";
import { YEAR_2026, openDemoApp, seedYear } from "../app/annual-seed.ts";
import { captureIo } from "../support/capture-io.ts";
import { tempDbPath } from "../support/temp-db.ts";

/** Issue 11, item 5: `npx bontot annual` on a seeded year, in every format. */
describe("npx bontot annual", () => {
  const dbPath = tempDbPath();
  const env = { BONTOT_DB_PATH: dbPath, LOG_LEVEL: "silent" };

  async function seeded(): Promise<void> {
    const app = await openDemoApp(dbPath, "2027-01-15T03:00:00Z");
    await seedYear(app, YEAR_2026);
    await app.close();
  }

  const outFile = (name: string): string => path.join(mkdtempSync(path.join(path.dirname(dbPath), "out-")), name);

  it("prints every cell and grassroots committee with reasons as JSON", async () => {
    await seeded();
    const { io, out, err } = captureIo(env);
    expect(await runCli(["annual", "--year", "2026", "--format", "json"], io)).toBe(0);
    expect(err()).toBe("");
    const report = JSON.parse(out());
    expect(report.year).toBe(2026);
    expect(report.cells.map((c: { code: string; eligible: boolean | null }) => [c.code, c.eligible])).toEqual([
      ["MK-PL1", true],
      ["MK-NC", false],
      ["MK-TT", true],
      ["MK-THPT-GV", false],
      ["MK-THPT-HC", null],
    ]);
    expect(report.cells[1]).toMatchObject({ code: "MK-NC", name: "Chi bộ thôn Na Chơ", parent: "MK", monthsReported: 12, monthsFourGood: 9, criteriaMonthsMet: { I: 9, II: 12, III: 12, IV: 12 } });
    expect(report.cells[1].reasons[2]).toMatchObject({ rule: "four_good_months", met: false, detail: 'Đạt "4 tốt" 9/12 tháng (cần ít nhất 10); chưa đạt: 02/2026, 05/2026, 08/2026' });
    expect(report.committees).toHaveLength(1);
    expect(report.committees[0]).toMatchObject({ code: "MK-THPT", name: "Đảng bộ Trường THPT số 1 Mường Khương", eligible: false });
    expect(report.committees[0].criteria[8]).toMatchObject({ id: 9, met: true, source: "answered" });
  });

  it("explains in English with --lang en, and limits to a subtree with --unit", async () => {
    await seeded();
    const { io, out } = captureIo(env);
    expect(await runCli(["annual", "--year", "2026", "--unit", "MK-THPT", "--format", "json", "--lang", "en"], io)).toBe(0);
    const report = JSON.parse(out());
    expect(report.cells.map((c: { code: string }) => c.code)).toEqual(["MK-THPT-GV", "MK-THPT-HC"]);
    expect(report.cells[0].reasons[4].detail).toBe("Vetoed in 06/2026 (A member's violation found by a higher level)");
  });

  it("prints a readable summary per committee as text", async () => {
    await seeded();
    const { io, out } = captureIo(env);
    expect(await runCli(["annual", "--year", "2026"], io)).toBe(0);
    const lines = out().split("\n");
    expect(lines.slice(0, 2)).toEqual(["Kết quả năm 2026 — toàn bộ tổ chức", expect.stringContaining("Tạm tính đến nay")]);
    expect(lines).toContain("Tổng: 5 chi bộ — 2 đủ điều kiện đề nghị công nhận · 2 chưa đủ · 1 còn chờ");
    expect(lines).toContain("Đảng ủy xã Mường Khương (MK) — 3 chi bộ");
    expect(lines).toContain('  ✓ Chi bộ thôn Pha Long 1 (MK-PL1): đủ điều kiện đề nghị công nhận — đã báo cáo 12/12 tháng, đạt "4 tốt" 12 tháng');
    expect(lines).toContain("      Quyết định của cấp ủy: đã công nhận danh hiệu (15/01/2027): Quyết định số 12-QĐ/ĐU");
    expect(lines).toContain('  ✗ Chi bộ thôn Na Chơ (MK-NC): chưa đủ — đã báo cáo 12/12 tháng, đạt "4 tốt" 9 tháng');
    expect(lines).toContain('      ✗ Đạt "4 tốt" 9/12 tháng (cần ít nhất 10); chưa đạt: 02/2026, 05/2026, 08/2026');
    expect(lines).toContain('  … Chi bộ Hành chính (MK-THPT-HC): còn chờ — đã báo cáo 11/12 tháng, đạt "4 tốt" 11 tháng');
    expect(lines).toContain("      … còn chờ: Sinh hoạt thường kỳ, Xếp loại cuối năm, Tỷ lệ đảng viên HTT");
    expect(lines).toContain("  9 tiêu chí đảng bộ cơ sở: ✗ chưa đủ");
    expect(lines).toContain("    ✓ 8. Kết nạp đảng viên đạt chỉ tiêu: Kết nạp 2 đảng viên (chỉ tiêu 2: 3% của 41 đảng viên)");
    expect(lines).toContain("    ? 2. Đổi mới phương thức lãnh đạo; cán bộ lãnh đạo gương mẫu: Phiếu tự đánh giá năm của đảng bộ chưa mở (mở trong tháng 12)");
  });

  it("prints CSV with a byte-order mark, one row per cell and the rules as columns", async () => {
    await seeded();
    const { io, out } = captureIo(env);
    expect(await runCli(["annual", "--year", "2026", "--format", "csv", "--out", "-"], io)).toBe(0);
    expect(out().startsWith("\ufeff")).toBe(true);
    const lines = out().replace("\ufeff", "").trim().split("\n");
    expect(lines).toHaveLength(6);
    expect(lines[0]).toBe(
      "year,code,name,parent,eligible,final,months_reported,months_four_good,I_months,II_months,III_months,IV_months," +
        "meetings_met,meetings_detail,thematic_quarters_met,thematic_quarters_detail,four_good_months_met,four_good_months_detail," +
        "criterion_months_met,criterion_months_detail,no_veto_met,no_veto_detail,rating_met,rating_detail,share_good_met,share_good_detail," +
        "title_conferred,title_decided_at",
    );
    expect(lines[2]?.startsWith('2026,MK-NC,Chi bộ thôn Na Chơ,MK,false,true,12,9,9,12,12,12,true,"Sinh hoạt thường kỳ 12/12 tháng')).toBe(true);
    expect(lines[2]).toContain(',false,"Đạt ""4 tốt"" 9/12 tháng (cần ít nhất 10); chưa đạt: 02/2026, 05/2026, 08/2026",');
    // Still open: an empty field, like the period report's.
    expect(lines[5]?.startsWith("2026,MK-THPT-HC,Chi bộ Hành chính,MK-THPT,,false,11,11,")).toBe(true);
  });

  it("writes CSV to a file with --out", async () => {
    await seeded();
    const file = outFile("nam-2026.csv");
    const { io, out } = captureIo(env);
    expect(await runCli(["annual", "--year", "2026", "--format", "csv", "--out", file], io)).toBe(0);
    expect(out()).toBe(`Đã ghi ${file} (5 chi bộ, 1 đảng bộ cơ sở).\n`);
    expect(readFileSync(file, "utf8").split("\n")[1]).toContain("MK-PL1");
  });

  it("writes the XLSX an office files: a summary, a sheet per committee, the nine criteria; frozen headers, widths, colours", async () => {
    await seeded();
    const file = outFile("nam-2026.xlsx");
    const { io } = captureIo(env);
    expect(await runCli(["annual", "--year", "2026", "--format", "xlsx", "--out", file], io)).toBe(0);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(["Tổng hợp", "MK", "MK-THPT", "9 tiêu chí ĐBCS"]);

    const summary = workbook.getWorksheet("Tổng hợp") as ExcelJS.Worksheet;
    expect(summary.getRow(1).values).toEqual([undefined, "Đơn vị", "Mã", "Số chi bộ", "Đủ điều kiện", "Chưa đủ", "Còn chờ", "9 tiêu chí (đảng bộ cơ sở)", "Quyết định công nhận"]);
    expect(summary.getRow(2).values).toEqual([undefined, "Đảng ủy xã Mường Khương", "MK", 3, 2, 1, 0]);
    expect(summary.getRow(3).values).toEqual([undefined, "Đảng bộ Trường THPT số 1 Mường Khương", "MK-THPT", 2, 0, 1, 1, "✗ chưa đủ"]);
    expect(summary.getRow(4).values).toEqual([undefined, "Tổng cộng", undefined, 5, 2, 2, 1]);

    const mk = workbook.getWorksheet("MK") as ExcelJS.Worksheet;
    expect(mk.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect((mk.getRow(1).values as unknown[]).slice(1, 6)).toEqual(["Mã", "Chi bộ", "Kết quả", "Tháng đã báo cáo", 'Tháng đạt "4 tốt"']);
    expect(mk.getColumn(2).width).toBe(36);
    const pl1 = mk.getRow(2);
    expect(pl1.getCell(1).value).toBe("MK-PL1");
    expect(pl1.getCell(3).value).toBe("✓ đủ điều kiện đề nghị công nhận");
    expect(pl1.getCell(3).fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFC6EFCE" } });
    const nc = mk.getRow(3);
    expect(nc.getCell(3).value).toBe("✗ chưa đủ");
    expect(nc.getCell(3).fill).toMatchObject({ fgColor: { argb: "FFFFC7CE" } });
    // The four-good-months rule column: ✗ on red.
    expect(mk.getRow(1).getCell(12).value).toBe('Đủ tháng "4 tốt"');
    expect(nc.getCell(12).value).toBe("✗");
    expect(nc.getCell(12).fill).toMatchObject({ fgColor: { argb: "FFFFC7CE" } });
    expect(String(nc.getCell(17).value)).toBe('✗ Đạt "4 tốt" 9/12 tháng (cần ít nhất 10); chưa đạt: 02/2026, 05/2026, 08/2026\n✗ Số tháng đạt: tiêu chí I 9, II 12, III 12, IV 12 (mỗi tiêu chí cần ít nhất 10); không đủ: tiêu chí I');

    const criteria = workbook.getWorksheet("9 tiêu chí ĐBCS") as ExcelJS.Worksheet;
    expect(criteria.rowCount).toBe(10);
    expect(criteria.getRow(9).values).toEqual([
      undefined,
      "MK-THPT",
      "Đảng bộ Trường THPT số 1 Mường Khương",
      8,
      "Kết nạp đảng viên đạt chỉ tiêu",
      "✓ đạt",
      "tính từ các chi bộ",
      "Kết nạp 2 đảng viên (chỉ tiêu 2: 3% của 41 đảng viên)",
    ]);
    expect(criteria.getRow(9).getCell(5).fill).toMatchObject({ fgColor: { argb: "FFC6EFCE" } });
    expect(criteria.getRow(3).getCell(5).value).toBe("? chưa có dữ liệu");
  });

  it("writes English headers with --lang en", async () => {
    await seeded();
    const file = outFile("year-2026.xlsx");
    const { io } = captureIo(env);
    expect(await runCli(["annual", "--year", "2026", "--format", "xlsx", "--out", file, "--lang", "en"], io)).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(["Summary", "MK", "MK-THPT", "Grassroots criteria"]);
    expect((workbook.getWorksheet("MK")?.getRow(1).values as unknown[]).slice(1, 4)).toEqual(["Code", "Cell", "Result"]);
  });

  it.each([
    [["annual"], "Thiếu --year YYYY"],
    [["annual", "--year", "26"], 'Năm "26" không đúng dạng YYYY'],
    [["annual", "--year", "2026", "--format", "pdf"], 'Tùy chọn --format không nhận "pdf"; chọn một trong: text, json, csv, xlsx.'],
    [["annual", "--year", "2026", "--unit", "NOPE"], "Không có đơn vị mã NOPE."],
    [["annual", "--year", "2026", "--lang", "fr"], 'Tùy chọn --lang không nhận "fr"; chọn một trong: vi, en.'],
    [["annual", "--yaer", "2026"], "Không có tùy chọn --yaer cho lệnh này."],
    [["annual", "--year", "--unit", "MK"], "Tùy chọn --year cần một giá trị"],
    [["annual", "--year", "2999"], "Năm 2999 chưa tới"],
  ])("%j exits with code 2 and a clear message", async (argv, message) => {
    await seeded();
    const { io, out, err } = captureIo(env);
    expect(await runCli(argv, io)).toBe(2);
    expect(err()).toContain(message);
    expect(err()).toContain('Gõ "npx bontot annual --help" để xem hướng dẫn.');
    expect(out()).toBe("");
  });

  it("is listed in the help", async () => {
    const { io, out } = captureIo(env);
    expect(await runCli(["help"], io)).toBe(0);
    expect(out()).toMatch(/^ {2}annual +kết quả năm/m);
    const annual = captureIo(env);
    expect(await runCli(["annual", "--help"], annual.io)).toBe(0);
    expect(annual.out()).toContain("npx bontot annual --year YYYY [--unit MÃ] [--format text|json|csv|xlsx] [--out TỆP]");
  });
});
