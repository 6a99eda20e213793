import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main.ts";
import { captureIo } from "../support/capture-io.ts";
import { seedNovember } from "../support/month-seed.ts";

/**
 * Issue 12, parts 3 and 6: `npx bontot report` files the month's report as an office needs it.
 * The seed: test/support/month-seed.ts (the workbook's contents in detail: test/reports/period-sheet.test.ts).
 */
describe("npx bontot report --format xlsx|csv|text", () => {
  let dir: string;
  let env: Record<string, string>;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "bontot-report-"));
    const bot = await seedNovember(path.join(dir, "bontot.db"));
    await bot.close();
    env = { BONTOT_DB_PATH: path.join(dir, "bontot.db"), LOG_LEVEL: "silent" };
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const run = async (...argv: string[]) => {
    const { io, out, err } = captureIo(env);
    return { code: await runCli(argv, io), out: out(), err: err() };
  };
  const readBook = async (file: string): Promise<ExcelJS.Workbook> => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    return book;
  };

  it("writes the workbook under data/exports/ with a clear name, never over an earlier one", async () => {
    const first = await run("report", "--period", "2026-11", "--format", "xlsx");
    expect(first).toMatchObject({ code: 0, err: "" });
    const file = path.join(dir, "exports", "bao-cao-thang-2026-11.xlsx");
    expect(first.out).toBe(`Đã ghi báo cáo tháng 11/2026 (5 chi bộ): ${file}\n`);
    const book = await readBook(file);
    expect(book.worksheets.map((ws) => ws.name)).toEqual(["Tổng hợp", "Chi bộ", "Câu trả lời"]);
    expect(book.getWorksheet("Chi bộ")?.getRow(2).getCell(5).value).toBe("Đã gửi");

    const second = await run("report", "--period", "2026-11", "--format", "xlsx", "--unit", "MK-THPT");
    expect(second.out).toContain(path.join(dir, "exports", "bao-cao-thang-2026-11-MK-THPT.xlsx"));
    const third = await run("report", "--period", "2026-11", "--format", "xlsx");
    expect(third.out).toContain(path.join(dir, "exports", "bao-cao-thang-2026-11-2.xlsx"));
  });

  it("--out FILE.xlsx chooses the format, filters by --unit, and refuses to overwrite without --force", async () => {
    const file = path.join(dir, "truong.xlsx");
    expect(await run("report", "--period", "2026-11", "--unit", "MK-THPT", "--out", file)).toMatchObject({ code: 0, out: `Đã ghi báo cáo tháng 11/2026 (2 chi bộ): ${file}\n` });
    const cells = (await readBook(file)).getWorksheet("Chi bộ") as ExcelJS.Worksheet;
    expect([2, 3, 4, 5].map((n) => cells.getRow(n).getCell(3).value)).toEqual(["MK-THPT-GV", "MK-THPT-HC", null, null]);
    expect(cells.getRow(4).getCell(4).value).toBe("Cộng Đảng bộ Trường THPT số 1 Mường Khương: 2 chi bộ");

    const again = await run("report", "--period", "2026-11", "--out", file);
    expect(again.code).toBe(2);
    expect(again.err).toContain(`Tệp ${file} đã có; thêm --force để ghi đè`);
    expect(await run("report", "--period", "2026-11", "--out", file, "--force")).toMatchObject({ code: 0, out: expect.stringContaining("(5 chi bộ)") });
  });

  it("refuses a wrong or unknown file type, an unknown unit or period, a missing folder, writing nothing", async () => {
    const cases: [string[], string][] = [
      [["--format", "xlsx", "--out", path.join(dir, "x.csv")], `--format xlsx không khớp với tên tệp ${path.join(dir, "x.csv")}: tệp xlsx cần đuôi .xlsx.`],
      [["--out", path.join(dir, "x.xls")], `Không biết ghi ${path.join(dir, "x.xls")} theo định dạng nào`],
      [["--format", "xlsx", "--unit", "MX"], "Không có đơn vị mã MX."],
      [["--format", "xlsx", "--out", path.join(dir, "no-such-folder", "x.xlsx")], "thư mục"],
    ];
    for (const [args, message] of cases) {
      const result = await run("report", "--period", "2026-11", ...args);
      expect(result.code, args.join(" ")).toBe(2);
      expect(result.err, args.join(" ")).toContain(message);
      expect(result.out).toBe("");
    }
    const unknown = await run("report", "--period", "2026-05", "--format", "xlsx", "--out", path.join(dir, "may.xlsx"));
    expect(unknown).toMatchObject({ code: 2, err: expect.stringContaining("Không có kỳ báo cáo 2026-05.") });
    expect(existsSync(path.join(dir, "x.csv")) || existsSync(path.join(dir, "x.xls")) || existsSync(path.join(dir, "may.xlsx"))).toBe(false);
  });

  it("CSV in Vietnamese by default: BOM, \";\" and Vietnamese headers and values", async () => {
    const { code, out } = await run("report", "--period", "2026-11", "--format", "csv", "--out", "-");
    expect(code).toBe(0);
    expect(out.startsWith("\ufeffCấp ủy cấp trên;Đảng bộ (trực thuộc);Mã;Chi bộ;Trạng thái;Gửi lúc;Điểm;Tối đa;\"Chi bộ \"\"4 tốt\"\"\";TC I: Hoàn thành tốt nhiệm vụ chính trị;")).toBe(true);
    const lines = out.slice(1).trimEnd().split("\n");
    expect(lines[0]).toContain(";1. Sinh hoạt thường kỳ;1. Ngày sinh hoạt;2. Dự họp — phải dự;");
    // Five cells, no subtotal rows (a CSV sorts and filters as it is).
    expect(lines).toHaveLength(6);
    expect(lines[1]?.startsWith("Tỉnh ủy Lào Cai;Đảng ủy xã Mường Khương;MK-PL1;Chi bộ thôn Pha Long 1;Đã gửi;20/11/2026 10:00;100;100;Đạt;Đạt 25/25;Đạt 25/25;Đạt 25/25;Đạt 25/25;;;;Bí thư;Có;05/11/2026;18;17;0;120;Không;Cả hai;")).toBe(true);
    expect(lines[1]).toContain(";100%;");
    expect(lines[3]).toContain(";Trả lại để sửa;");
    expect(lines[4]).toContain(";Không đạt;Đạt 25/25;Đạt 25/25;Không đạt 15/25;Đạt 20/25;TC III: Có đảng viên vi phạm do cấp trên phát hiện;Có đảng viên vi phạm, suy thoái trong tháng;Làm xong đường bê tông; kiến nghị hỗ trợ xi măng;".replace("Làm xong đường bê tông; kiến nghị hỗ trợ xi măng", '"Làm xong đường bê tông; kiến nghị hỗ trợ xi măng"'));
    expect(lines[5]).toContain(";Chưa bắt đầu;");
    expect(lines[5]).toContain(";Chưa có bí thư đăng ký;");
  });

  it("CSV is a file like the workbook (issue 12: files out): without --out, under data/exports/; --out - prints it", async () => {
    const { code, out } = await run("report", "--period", "2026-11", "--format", "csv");
    const file = path.join(dir, "exports", "bao-cao-thang-2026-11.csv");
    expect({ code, out }).toEqual({ code: 0, out: `Đã ghi báo cáo tháng 11/2026 (5 chi bộ): ${file}\n` });
    expect(readFileSync(file, "utf8")).toBe((await run("report", "--period", "2026-11", "--format", "csv", "--out", "-")).out);
  });

  it("CSV in English with --lang en: \",\" and English headers and values, to a file with --out", async () => {
    const file = path.join(dir, "report-en.csv");
    expect(await run("report", "--period", "2026-11", "--lang", "en", "--out", file)).toMatchObject({ code: 0, out: `Wrote the 11/2026 report (5 cells): ${file}\n` });
    const text = readFileSync(file, "utf8");
    expect(text.startsWith("\ufeffCommittee above,Committee (cell belongs to),Code,Cell,Status,Submitted at,Score,Max,")).toBe(true);
    const lines = text.slice(1).trimEnd().split("\n");
    expect(lines[1]?.startsWith("Tỉnh ủy Lào Cai,Đảng ủy xã Mường Khương,MK-PL1,Chi bộ thôn Pha Long 1,Submitted,20/11/2026 10:00,100,100,Yes,Met 25/25,Met 25/25,Met 25/25,Met 25/25,,,,Secretary,Yes,05/11/2026,18,17,0,120,No,Both,")).toBe(true);
    expect(lines[2]).toContain(",In progress,");
    expect(lines[3]).toContain(",Returned for correction,");
    expect(lines[5]).toContain(",No secretary registered,");
  });

  it("text for the terminal, grouped, naming the cells without a secretary", async () => {
    const { code, out } = await run("report", "--period", "2026-11", "--format", "text", "--unit", "MK-THPT");
    expect(code).toBe(0);
    expect(out).toBe(
      [
        "Báo cáo tháng 11/2026 — Đảng bộ Trường THPT số 1 Mường Khương (MK-THPT) (hạn gửi 05/12/2026)",
        "",
        'Đảng bộ Trường THPT số 1 Mường Khương (thuộc Đảng ủy xã Mường Khương): đã gửi 1/2, đạt "4 tốt" 0',
        '  • MK-THPT-GV Chi bộ Giáo viên — Đã gửi · 85/100 điểm · Chi bộ "4 tốt": Không đạt · I ✓ 25/25, II ✓ 25/25, III ✗ 15/25, IV ✓ 20/25',
        "      ⛔ TC III: Có đảng viên vi phạm do cấp trên phát hiện",
        "      ⚠️ Có đảng viên vi phạm, suy thoái trong tháng",
        "  • MK-THPT-HC Chi bộ Hành chính — Chưa bắt đầu · Chưa có bí thư đăng ký",
        "",
        'Tổng cộng: đã gửi 1/2, đạt "4 tốt" 0; đang làm 0, chưa bắt đầu 1, chưa báo cáo 0.',
        "Chưa có bí thư, phó bí thư đăng ký (1): Chi bộ Hành chính (MK-THPT-HC)",
        "",
      ].join("\n"),
    );
  });

  it("JSON, the machine format, is unchanged and takes --unit", async () => {
    const { code, out } = await run("report", "--period", "2026-11", "--unit", "MK-THPT");
    expect(code).toBe(0);
    expect(JSON.parse(out).cells.map((c: { code: string; status: string }) => [c.code, c.status])).toEqual([
      ["MK-THPT-GV", "submitted"],
      ["MK-THPT-HC", "not_started"],
    ]);
  });

  it("never writes over an existing file without --force", async () => {
    const file = path.join(dir, "existing.xlsx");
    writeFileSync(file, "not a workbook");
    expect((await run("report", "--period", "2026-11", "--out", file)).code).toBe(2);
    expect(readFileSync(file, "utf8")).toBe("not a workbook");
  });
});
