import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { periodSheet } from "../../src/app/period-sheet.ts";
import type { Locale } from "../../src/i18n/locale.ts";
import { buildPeriodSheet } from "../../src/reports/period-sheet.ts";
import { periodSheetXlsx } from "../../src/reports/period-xlsx.ts";
import { seedNovember } from "../support/month-seed.ts";
import { tempDbPath } from "../support/temp-db.ts";
import type { TestBot } from "../support/test-bot.ts";

/**
 * Issue 12, part 3: the month's workbook, read back with exceljs as an office's Excel would open
 * it. The seed (test/support/month-seed.ts): Pha Long 1 submitted 100/100, Na Chơ in progress,
 * Tả Thàng returned for correction, the school's Giáo viên submitted with a veto, a warning and
 * a note, Hành chính with nobody registered.
 */
describe("the monthly report workbook", () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await seedNovember(tempDbPath());
  });
  afterAll(async () => bot.close());

  async function workbook(locale: Locale, unitCode?: string): Promise<ExcelJS.Workbook> {
    const sheet = await periodSheet(bot.app, { periodKey: "2026-11", ...(unitCode ? { unitCode } : {}) });
    if (!sheet.ok) throw new Error(sheet.reason);
    const bytes = await periodSheetXlsx(buildPeriodSheet(sheet.input, (key, args) => bot.app.translator.t(locale, key, args)));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    return book;
  }
  const values = (ws: ExcelJS.Worksheet, row: number): unknown[] => (ws.getRow(row).values as unknown[]).slice(1);
  const rowOf = (ws: ExcelJS.Worksheet, code: string): number => {
    let found = 0;
    ws.eachRow((row, n) => {
      if (row.getCell(3).value === code || row.getCell(2).value === code) found = n;
    });
    return found;
  };

  it("has a summary, the cells grouped with subtotals and the answers, headed in Vietnamese", async () => {
    const book = await workbook("vi");
    expect(book.worksheets.map((ws) => ws.name)).toEqual(["Tổng hợp", "Chi bộ", "Câu trả lời"]);
    expect(book.title).toBe("Báo cáo tháng 11/2026 — toàn bộ đơn vị (hạn gửi 05/12/2026)");

    const summary = book.getWorksheet("Tổng hợp") as ExcelJS.Worksheet;
    expect(values(summary, 1)).toEqual(["Cấp ủy cấp trên", "Đảng bộ (trực thuộc)", "Mã", "Số chi bộ", "Đã gửi", "Đang làm / trả lại sửa", "Chưa bắt đầu", "Chưa báo cáo", 'Đạt "4 tốt"', "Chưa có bí thư đăng ký"]);
    expect(values(summary, 2)).toEqual(["Tỉnh ủy Lào Cai", "Đảng ủy xã Mường Khương", "MK", 3, 1, 2, 0, 0, 1, 0]);
    expect(values(summary, 3)).toEqual(["Đảng ủy xã Mường Khương", "Đảng bộ Trường THPT số 1 Mường Khương", "MK-THPT", 2, 1, 0, 1, 0, 0, 1]);
    expect(values(summary, 4)).toEqual(["Tổng cộng", undefined, undefined, 5, 2, 2, 1, 0, 1, 1]);
    expect(summary.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });

    const cells = book.getWorksheet("Chi bộ") as ExcelJS.Worksheet;
    expect(values(cells, 1)).toEqual([
      "Cấp ủy cấp trên",
      "Đảng bộ (trực thuộc)",
      "Mã",
      "Chi bộ",
      "Trạng thái",
      "Gửi lúc",
      "Điểm",
      "Tối đa",
      'Chi bộ "4 tốt"',
      "TC I: Hoàn thành tốt nhiệm vụ chính trị",
      "TC II: Chất lượng sinh hoạt tốt",
      "TC III: Đoàn kết, kỷ luật tốt",
      "TC IV: Cán bộ, đảng viên tốt",
      "Điều kiện phủ quyết (tiêu chí không đạt)",
      "Cảnh báo sớm",
      "Kết quả nổi bật, kiến nghị",
      "Bí thư / phó bí thư đăng ký",
    ]);
    expect(cells.autoFilter).toBeDefined();
    // The commune's own cells, its subtotal, the school's cells, its subtotal, the total.
    expect([2, 3, 4, 5, 6, 7, 8, 9].map((n) => cells.getRow(n).getCell(4).value)).toEqual([
      "Chi bộ thôn Pha Long 1",
      "Chi bộ thôn Na Chơ",
      "Chi bộ thôn Tả Thàng",
      "Cộng Đảng ủy xã Mường Khương: 3 chi bộ",
      "Chi bộ Giáo viên",
      "Chi bộ Hành chính",
      "Cộng Đảng bộ Trường THPT số 1 Mường Khương: 2 chi bộ",
      "Tổng cộng: 5 chi bộ",
    ]);
    expect(values(cells, 2)).toEqual([
      "Tỉnh ủy Lào Cai",
      "Đảng ủy xã Mường Khương",
      "MK-PL1",
      "Chi bộ thôn Pha Long 1",
      "Đã gửi",
      // 10:00 in Hà Nội, as Excel shows it (it has no time zones).
      new Date("2026-11-20T10:00:00.000Z"),
      100,
      100,
      "Đạt",
      "Đạt 25/25",
      "Đạt 25/25",
      "Đạt 25/25",
      "Đạt 25/25",
      undefined,
      undefined,
      undefined,
      "Bí thư",
    ]);
    expect(cells.getRow(2).getCell(6).numFmt).toBe("dd/mm/yyyy hh:mm");
    const green = (n: number, c: number) => (cells.getRow(n).getCell(c).fill as ExcelJS.FillPattern).fgColor?.argb;
    expect(green(2, 5)).toBe("FFC6EFCE");
    expect(values(cells, 3).slice(2, 6)).toEqual(["MK-NC", "Chi bộ thôn Na Chơ", "Đang làm", undefined]);
    expect(values(cells, 3)[16]).toBe("Phó bí thư");
    expect(values(cells, 4).slice(4, 5)).toEqual(["Trả lại để sửa"]);
    expect(values(cells, 5).slice(3, 9)).toEqual(["Cộng Đảng ủy xã Mường Khương: 3 chi bộ", "Đã gửi 1/3", undefined, undefined, undefined, "Đạt: 1"]);
    expect(cells.getRow(5).font?.bold).toBe(true);

    const gv = values(cells, 6);
    expect(gv.slice(2, 17)).toEqual([
      "MK-THPT-GV",
      "Chi bộ Giáo viên",
      "Đã gửi",
      new Date("2026-11-20T10:00:00.000Z"),
      85,
      100,
      "Không đạt",
      "Đạt 25/25",
      "Đạt 25/25",
      "Không đạt 15/25",
      "Đạt 20/25",
      "TC III: Có đảng viên vi phạm do cấp trên phát hiện",
      "Có đảng viên vi phạm, suy thoái trong tháng",
      "Làm xong đường bê tông; kiến nghị hỗ trợ xi măng",
      "Bí thư",
    ]);
    expect((cells.getRow(6).getCell(12).fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFFFC7CE");
    expect(values(cells, 7)[16]).toBe("Chưa có bí thư đăng ký");
    expect(values(cells, 8)[16]).toBe("Chưa có bí thư: 1");
  });

  it("has a column per question in the answers sheet, answers as a person reads them", async () => {
    const book = await workbook("vi");
    const answers = book.getWorksheet("Câu trả lời") as ExcelJS.Worksheet;
    const header = values(answers, 1);
    expect(header.slice(0, 10)).toEqual([
      "Đảng bộ (trực thuộc)",
      "Mã",
      "Chi bộ",
      "Trạng thái",
      "1. Sinh hoạt thường kỳ",
      "1. Ngày sinh hoạt",
      "2. Dự họp — phải dự",
      "2. Dự họp — có mặt",
      "2. Dự họp — vắng không lý do",
      "3. Thời lượng (phút)",
    ]);
    expect(header).toHaveLength(4 + 25);
    const pl1 = values(answers, rowOf(answers, "MK-PL1"));
    const at = (label: string): unknown => pl1[header.indexOf(label)];
    expect([at("1. Sinh hoạt thường kỳ"), at("1. Ngày sinh hoạt"), at("2. Dự họp — phải dự"), at("2. Dự họp — có mặt"), at("3. Thời lượng (phút)")]).toEqual(["Có", new Date("2026-11-05T00:00:00.000Z"), 18, 17, 120]);
    expect([at("4. Công tác chuẩn bị"), at("7. Quán triệt văn bản cấp trên"), at("12. Hoàn thành nhiệm vụ được giao"), at("16. Kết quả nổi bật, kiến nghị")]).toEqual(["Cả hai", "Đầy đủ", 100, "(bỏ qua)"]);
    const row = answers.getRow(rowOf(answers, "MK-PL1"));
    expect(row.getCell(header.indexOf("1. Ngày sinh hoạt") + 1).numFmt).toBe("dd/mm/yyyy");
    expect(row.getCell(header.indexOf("12. Hoàn thành nhiệm vụ được giao") + 1).numFmt).toBe('0"%"');
    // A question not asked (no violation, so nobody found one) stays empty; so does a cell that has not started.
    expect(at("8. Ai phát hiện")).toBeUndefined();
    const gv = values(answers, rowOf(answers, "MK-THPT-GV"));
    expect(gv[header.indexOf("8. Ai phát hiện")]).toBe("Do cấp trên phát hiện");
    expect(values(answers, rowOf(answers, "MK-THPT-HC")).slice(4).every((v) => v === undefined)).toBe(true);
    const nc = values(answers, rowOf(answers, "MK-NC"));
    expect([nc[3], nc[4], nc[5]]).toEqual(["Đang làm", "Có", undefined]);
  });

  it("--unit keeps one subtree; --lang en heads it in English", async () => {
    const book = await workbook("en", "MK-THPT");
    expect(book.worksheets.map((ws) => ws.name)).toEqual(["Summary", "Cells", "Answers"]);
    expect(book.title).toBe("Monthly report 11/2026 — Đảng bộ Trường THPT số 1 Mường Khương (MK-THPT) (due 05/12/2026)");
    const cells = book.getWorksheet("Cells") as ExcelJS.Worksheet;
    expect(values(cells, 1).slice(0, 9)).toEqual(["Committee above", "Committee (cell belongs to)", "Code", "Cell", "Status", "Submitted at", "Score", "Max", '"Four-good" cell']);
    expect([2, 3, 4, 5].map((n) => cells.getRow(n).getCell(4).value)).toEqual(["Chi bộ Giáo viên", "Chi bộ Hành chính", "Subtotal Đảng bộ Trường THPT số 1 Mường Khương: 2 cells", "Total: 2 cells"]);
    expect(values(cells, 2).slice(4, 13)).toEqual(["Submitted", new Date("2026-11-20T10:00:00.000Z"), 85, 100, "No", "Met 25/25", "Met 25/25", "Not met 15/25", "Met 20/25"]);
    expect(values(cells, 3)[16]).toBe("No secretary registered");
    expect(cells.rowCount).toBe(5);
  });
});
