import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { cliOnDemoDatabase } from "../support/cli-on-demo.ts";

/**
 * Issue 11, item 2 on the command line: `npx bontot yearend rating|missed|title|import|template`.
 * The CLI runs on the real clock, so the year is a past one (2025). The database holds the demo
 * org: MK with cells MK-PL1, MK-NC, MK-TT and the grassroots committee MK-THPT (cells MK-THPT-GV,
 * MK-THPT-HC).
 */
const YEAR = "2025";

async function setup() {
  const { dir, run, rows } = await cliOnDemoDatabase("bontot-yearend-");
  const ratings = () =>
    rows.all("SELECT units.code AS code, year, rating, share_good_percent AS share FROM year_end_ratings JOIN units ON units.id = unit_id ORDER BY units.code, year");
  const missed = () => rows.all("SELECT units.code AS code, period_key AS month, reason FROM approved_missed_meetings JOIN units ON units.id = unit_id ORDER BY units.code, period_key");
  const audits = () =>
    rows
      .all<{ action: string; subject: string; actor: number | null; details: string }>("SELECT action, subject, actor_id AS actor, details FROM audit_log WHERE action LIKE 'yearend.%' ORDER BY id")
      .map((a) => ({ ...a, details: JSON.parse(a.details) as unknown }));
  return { run, dir, ratings, missed, audits, file: (name: string) => path.join(dir, name) };
}

describe("npx bontot yearend rating | missed | title", () => {
  it("enters each input as the system, audited, and explains every mistake with exit code 2", async () => {
    const { run, ratings, missed, audits } = await setup();

    let r = await run("yearend", "rating", "--unit", "MK-PL1", "--year", YEAR, "--rating", "hoàn thành tốt", "--share", "95%");
    expect(r).toEqual({ code: 0, out: "✅ Đã ghi kết quả năm 2025 của Chi bộ thôn Pha Long 1 (MK-PL1): xếp loại Hoàn thành tốt nhiệm vụ; đảng viên hoàn thành tốt nhiệm vụ trở lên: 95%.\n", err: "" });
    r = await run("yearend", "rating", "--unit", "MK-THPT", "--year", YEAR, "--rating", "excellent", "--lang", "en");
    expect(r.out).toBe("✅ Recorded Đảng bộ Trường THPT số 1 Mường Khương (MK-THPT) for 2025: rating Completed tasks excellently; members rated good or better: not entered.\n");
    r = await run("yearend", "missed", "--unit", "MK-NC", "--period", `${YEAR}-08`, "--reason", "Bão lũ, cả thôn đi ứng cứu");
    expect(r.out).toBe("✅ Đã duyệt lý do vắng sinh hoạt tháng 08/2025 của Chi bộ thôn Na Chơ (MK-NC): Bão lũ, cả thôn đi ứng cứu\n");
    r = await run("yearend", "title", "--unit", "MK-PL1", "--year", YEAR, "--conferred", "yes", "--note", "QĐ số 12-QĐ/ĐU");
    expect(r.out).toContain("danh hiệu năm 2025 của Chi bộ thôn Pha Long 1 (MK-PL1): công nhận (QĐ số 12-QĐ/ĐU).");

    expect(ratings()).toEqual([
      { code: "MK-PL1", year: 2025, rating: "good", share: 95 },
      { code: "MK-THPT", year: 2025, rating: "excellent", share: null },
    ]);
    expect(missed()).toEqual([{ code: "MK-NC", month: "2025-08", reason: "Bão lũ, cả thôn đi ứng cứu" }]);
    expect(audits()).toEqual([
      { action: "yearend.rating", subject: "unit:MK-PL1", actor: null, details: { year: 2025, rating: "good", shareGoodPercent: 95, before: null } },
      { action: "yearend.rating", subject: "unit:MK-THPT", actor: null, details: { year: 2025, rating: "excellent", shareGoodPercent: null, before: null } },
      { action: "yearend.missed.approve", subject: "unit:MK-NC", actor: null, details: { period: "2025-08", reason: "Bão lũ, cả thôn đi ứng cứu", before: null } },
      { action: "yearend.title", subject: "unit:MK-PL1", actor: null, details: { year: 2025, conferred: true, note: "QĐ số 12-QĐ/ĐU", before: null } },
    ]);

    r = await run("yearend", "missed", "--unit", "MK-NC", "--period", `${YEAR}-08`, "--withdraw");
    expect(r.out).toBe("Đã bỏ lý do vắng sinh hoạt tháng 08/2025 của Chi bộ thôn Na Chơ (MK-NC) (trước đó: Bão lũ, cả thôn đi ứng cứu).\n");
    expect(missed()).toEqual([]);

    const mistakes: [string[], string][] = [
      [["yearend", "rating", "--unit", "MK-XX", "--year", YEAR, "--rating", "tot"], "Không có đơn vị mã MK-XX."],
      [["yearend", "rating", "--unit", "MK-PL1", "--year", YEAR, "--share", "120"], 'Tỷ lệ "120" không hợp lệ'],
      [["yearend", "rating", "--unit", "MK-PL1", "--year", YEAR, "--rating", "khá"], 'Chưa rõ xếp loại "khá"'],
      [["yearend", "rating", "--unit", "MK-PL1", "--rating", "tot"], "Thiếu --year YYYY."],
      [["yearend", "rating", "--unit", "MK-PL1", "--year", YEAR], "Cần --rating, --share, hoặc cả hai."],
      [["yearend", "rating", "--unit", "LC", "--year", YEAR, "--rating", "tot"], "Tỉnh ủy Lào Cai (LC) là tỉnh ủy: xếp loại cuối năm chỉ nhập cho chi bộ và đảng bộ cơ sở."],
      [["yearend", "missed", "--unit", "MK-PL1", "--period", `${YEAR}-08`], 'Thiếu --reason "<lý do>"'],
      [["yearend", "missed", "--unit", "MK-PL1", "--period", "2025-8x", "--reason", "Bão"], 'Tháng "2025-8x" không hợp lệ'],
      [["yearend", "missed", "--unit", "MK-PL1", "--period", `${YEAR}-09`, "--withdraw"], "không có lý do vắng sinh hoạt nào đã duyệt"],
      [["yearend", "title", "--unit", "MK-PL1", "--year", YEAR, "--conferred", "maybe"], 'Chưa rõ "maybe"'],
      [["yearend", "title", "--unit", "MK-PL1", "--year", YEAR, "--conferred", "no", "--note", "x".repeat(501)], "Ghi chú dài 501 ký tự, tối đa 500."],
      [["yearend", "frobnicate"], 'Không có lệnh "frobnicate".'],
      [["yearend", "rating", "--bogus"], "Không có tùy chọn --bogus cho lệnh này."],
    ];
    for (const [argv, message] of mistakes) {
      const result = await run(...argv);
      expect(result.code, argv.join(" ")).toBe(2);
      expect(result.err, argv.join(" ")).toContain(message);
    }
    expect(audits()).toHaveLength(5);
  });
});

describe("npx bontot yearend template", () => {
  it("writes an XLSX with every cell and grassroots committee, Vietnamese headers and a frozen header; and a CSV with a BOM", async () => {
    const { run, file } = await setup();
    await run("yearend", "rating", "--unit", "MK-NC", "--year", YEAR, "--rating", "tot", "--share", "97");
    const xlsx = file("mau.xlsx");
    expect(await run("yearend", "template", "--out", xlsx, "--year", YEAR)).toEqual({ code: 0, out: `Đã tạo bảng tính mẫu ${xlsx} (6 đơn vị).\n`, err: "" });

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Xếp loại", "Lý do vắng họp", "Hướng dẫn"]);
    const sheet = workbook.getWorksheet("Xếp loại");
    if (!sheet) throw new Error("no ratings sheet");
    const values = (r: number) => (sheet.getRow(r).values as unknown[]).slice(1);
    expect(values(1)).toEqual(["Mã", "Tên đơn vị", "Loại", "Trực thuộc", "Năm", "Xếp loại", "Tỷ lệ HTT (%)"]);
    expect([2, 3, 4, 5, 6, 7].map((r) => values(r).slice(0, 4))).toEqual([
      ["MK-PL1", "Chi bộ thôn Pha Long 1", "chi bộ", "MK"],
      ["MK-NC", "Chi bộ thôn Na Chơ", "chi bộ", "MK"],
      ["MK-TT", "Chi bộ thôn Tả Thàng", "chi bộ", "MK"],
      ["MK-THPT", "Đảng bộ Trường THPT số 1 Mường Khương", "đảng bộ cơ sở", "MK"],
      ["MK-THPT-GV", "Chi bộ Giáo viên", "chi bộ", "MK-THPT"],
      ["MK-THPT-HC", "Chi bộ Hành chính", "chi bộ", "MK-THPT"],
    ]);
    // What is entered already is shown.
    expect(values(3).slice(4)).toEqual([2025, "Hoàn thành tốt nhiệm vụ", 97]);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.getColumn(2).width).toBe(40);
    expect(sheet.getCell("A1").font?.bold).toBe(true);
    expect(sheet.getCell("F2").dataValidation).toMatchObject({ type: "list" });
    expect((workbook.getWorksheet("Lý do vắng họp")?.getRow(1).values as unknown[]).slice(1)).toEqual(["Mã", "Tháng vắng họp (YYYY-MM)", "Lý do vắng họp"]);
    expect(String(workbook.getWorksheet("Hướng dẫn")?.getCell("A6").value)).toBe("Không ghi tên đảng viên, không ghi thông tin mật.");

    const csv = file("mau.csv");
    expect((await run("yearend", "template", "--out", csv, "--lang", "en")).out).toBe(`Wrote the template ${csv} (6 units).\n`);
    const text = readFileSync(csv, "utf8");
    expect(text.startsWith("\uFEFFCode,Unit name,Kind,Parent,Year,Rating,Share rated good (%),Missed meeting month (YYYY-MM),Reason for the missed meeting\r\n")).toBe(true);
    // Without --year, the year being rated (last year in January), so that the filled file imports as it is.
    const now = new Date();
    const local = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh", year: "numeric", month: "numeric" }).formatToParts(now);
    const [y, m] = ["year", "month"].map((type) => Number(local.find((p) => p.type === type)?.value));
    expect(text).toContain(`MK-THPT-GV,Chi bộ Giáo viên,cell,MK-THPT,${m === 1 ? (y ?? 0) - 1 : y},,,,\r\n`);

    expect(await run("yearend", "template", "--out", csv)).toMatchObject({ code: 2, err: expect.stringContaining("đã có") });
    expect(await run("yearend", "template", "--out", file("mau.ods"))).toMatchObject({ code: 2, err: expect.stringContaining("chỉ hỗ trợ .xlsx hoặc .csv") });
  });
});

describe("npx bontot yearend import", () => {
  it("reads an office's CSV (BOM, ';', Vietnamese headers, diacritics or none, percent forms); a dry run writes nothing", async () => {
    const { run, file, ratings, missed, audits } = await setup();
    await run("yearend", "rating", "--unit", "MK-TT", "--year", YEAR, "--rating", "tot", "--share", "100");
    const csv = file("ket-qua-2025.csv");
    writeFileSync(
      csv,
      "\uFEFF" +
        [
          "Mã;Tên chi bộ;Xếp loại;Tỷ lệ HTT (%);Tháng vắng họp;Lý do",
          "MK-PL1;Chi bộ thôn Pha Long 1;Hoàn thành tốt nhiệm vụ;95%;;",
          'MK-NC;"Chi bộ thôn Na Chơ; xã Mường Khương";hoan thanh xuat sac;0,98;08/2025;"Bão lũ; ""cả thôn"" đi ứng cứu"',
          "MK-TT;Chi bộ thôn Tả Thàng;tốt;100;;",
          "MK-THPT;Đảng bộ Trường THPT;HTTNV;92;;",
          ";;;;;",
        ].join("\r\n") +
        "\r\n",
      "utf8",
    );
    const before = { ratings: ratings(), missed: missed(), audits: audits().length };
    const dry = await run("yearend", "import", csv, "--year", YEAR, "--dry-run");
    expect(dry.code).toBe(0);
    expect(dry.out).toBe(
      [
        "• MK-PL1 (Chi bộ thôn Pha Long 1), năm 2025: mới — xếp loại Hoàn thành tốt nhiệm vụ; đảng viên hoàn thành tốt nhiệm vụ trở lên: 95%",
        "• MK-NC (Chi bộ thôn Na Chơ), năm 2025: mới — xếp loại Hoàn thành xuất sắc nhiệm vụ; đảng viên hoàn thành tốt nhiệm vụ trở lên: 98%",
        "• MK-TT (Chi bộ thôn Tả Thàng), năm 2025: không đổi — xếp loại Hoàn thành tốt nhiệm vụ; đảng viên hoàn thành tốt nhiệm vụ trở lên: 100%",
        "• MK-THPT (Đảng bộ Trường THPT số 1 Mường Khương), năm 2025: mới — xếp loại Hoàn thành tốt nhiệm vụ; đảng viên hoàn thành tốt nhiệm vụ trở lên: 92%",
        '• MK-NC (Chi bộ thôn Na Chơ), tháng 08/2025: mới — lý do vắng sinh hoạt: Bão lũ; "cả thôn" đi ứng cứu',
        "Chạy thử (--dry-run): 4 mới, 0 thay đổi, 1 không đổi; chưa ghi gì.",
        "",
      ].join("\n"),
    );
    expect({ ratings: ratings(), missed: missed(), audits: audits().length }).toEqual(before);

    const real = await run("yearend", "import", csv, "--year", YEAR);
    expect(real.out).toContain("Đã ghi: 4 mới, 0 thay đổi, 1 không đổi.");
    expect(ratings()).toEqual([
      { code: "MK-NC", year: 2025, rating: "excellent", share: 98 },
      { code: "MK-PL1", year: 2025, rating: "good", share: 95 },
      { code: "MK-THPT", year: 2025, rating: "good", share: 92 },
      { code: "MK-TT", year: 2025, rating: "good", share: 100 },
    ]);
    expect(missed()).toEqual([{ code: "MK-NC", month: "2025-08", reason: 'Bão lũ; "cả thôn" đi ứng cứu' }]);
    expect(audits().map((a) => [a.action, a.subject, a.actor])).toEqual([
      ["yearend.rating", "unit:MK-TT", null],
      ["yearend.rating", "unit:MK-PL1", null],
      ["yearend.rating", "unit:MK-NC", null],
      ["yearend.rating", "unit:MK-THPT", null],
      ["yearend.missed.approve", "unit:MK-NC", null],
      ["yearend.import", "file:ket-qua-2025.csv", null],
    ]);
  });

  it("reads an XLSX written by exceljs: a title above the header, a percent-formatted share, a sheet of missed meetings with dates", async () => {
    const { run, file, ratings, missed } = await setup();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Kết quả năm");
    sheet.addRow(["KẾT QUẢ XẾP LOẠI TỔ CHỨC ĐẢNG NĂM 2025"]);
    sheet.addRow(["STT", "Mã đơn vị", "Năm", "Xếp loại", "Tỷ lệ đảng viên xếp loại HTT trở lên (%)"]);
    sheet.addRow([1, "MK-PL1", 2025, "Hoàn thành xuất sắc nhiệm vụ", 1]).getCell(5).numFmt = "0%";
    sheet.addRow([2, "MK-THPT-GV", 2025, { richText: [{ text: "Hoàn thành " }, { text: "tốt", font: { bold: true } }] }, 0.9]).getCell(5).numFmt = "0%";
    sheet.addRow([3, "MK-THPT-HC", 2025, "khong hoan thanh", 60]);
    const reasons = workbook.addWorksheet("Vắng họp");
    reasons.addRow(["Mã", "Tháng", "Lý do"]);
    reasons.addRow(["MK-THPT-HC", new Date(Date.UTC(2025, 1, 1)), "Nghỉ Tết Nguyên đán, họp ghép tháng 3"]);
    const xlsx = file("xep-loai.xlsx");
    await workbook.xlsx.writeFile(xlsx);

    const result = await run("yearend", "import", xlsx);
    expect(result).toMatchObject({ code: 0, out: expect.stringContaining("Đã ghi: 4 mới, 0 thay đổi, 0 không đổi.") });
    expect(ratings()).toEqual([
      { code: "MK-PL1", year: 2025, rating: "excellent", share: 100 },
      { code: "MK-THPT-GV", year: 2025, rating: "good", share: 90 },
      { code: "MK-THPT-HC", year: 2025, rating: "incomplete", share: 60 },
    ]);
    expect(missed()).toEqual([{ code: "MK-THPT-HC", month: "2025-02", reason: "Nghỉ Tết Nguyên đán, họp ghép tháng 3" }]);
  });

  it("reports every bad row with its sheet and row number and writes nothing", async () => {
    const { run, file, ratings, missed, audits } = await setup();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Xếp loại");
    sheet.addRow(["Mã", "Xếp loại", "Tỷ lệ HTT (%)"]);
    sheet.addRow(["MK-PL1", "tốt", 95]);
    sheet.addRow(["MK-XX", "tốt", 95]);
    sheet.addRow(["MK-NC", "khá", "95,5"]);
    sheet.addRow(["MK", "tốt", 90]);
    const reasons = workbook.addWorksheet("Lý do");
    reasons.addRow(["Mã", "Tháng (YYYY-MM)", "Lý do"]);
    reasons.addRow(["MK-TT", "2024-05", "Bão"]);
    const xlsx = file("loi.xlsx");
    await workbook.xlsx.writeFile(xlsx);

    const result = await run("yearend", "import", xlsx, "--year", YEAR);
    expect(result.code).toBe(2);
    expect(result.out).toBe("");
    expect(result.err).toBe(
      [
        `Tệp ${xlsx} có 5 lỗi; chưa ghi gì. Sửa các dòng dưới đây rồi chạy lại:`,
        '  trang "Xếp loại", dòng 3: Không có đơn vị mã MK-XX.',
        '  trang "Xếp loại", dòng 4: Chưa rõ xếp loại "khá". Dùng: xuất sắc, tốt, hoàn thành, không hoàn thành (có dấu hoặc không dấu).',
        '  trang "Xếp loại", dòng 4: Tỷ lệ "95,5" không hợp lệ: cần số phần trăm nguyên từ 0 đến 100, ví dụ 95 hoặc 95%.',
        '  trang "Xếp loại", dòng 5: Đảng ủy xã Mường Khương (MK) là đảng ủy (cấp trên cơ sở): xếp loại cuối năm chỉ nhập cho chi bộ và đảng bộ cơ sở.',
        '  trang "Lý do", dòng 2: Tháng 05/2024 không thuộc năm 2025.',
        "",
      ].join("\n"),
    );
    expect([ratings(), missed(), audits()]).toEqual([[], [], []]);

    const csv = file("loi.csv");
    writeFileSync(csv, "Code,Rating,Share rated good (%)\nMK-PL1,good,95\nMK-NC,good,\"95\n", "utf8");
    expect(await run("yearend", "import", csv, "--year", YEAR)).toMatchObject({ code: 2, err: "Tệp CSV có dấu ngoặc kép chưa đóng (bắt đầu ở dòng 3).\n" });
    writeFileSync(csv, "Đơn vị,Điểm\nMK-PL1,95\n", "utf8");
    expect(await run("yearend", "import", csv, "--year", YEAR)).toMatchObject({ code: 2, err: expect.stringContaining('Không tìm thấy dòng tiêu đề có cột "Mã"') });
    writeFileSync(csv, "Mã,Xếp loại,Tỷ lệ HTT (%)\nMK-PL1,tốt,95\n", "utf8");
    expect(await run("yearend", "import", csv)).toMatchObject({ code: 2, err: expect.stringContaining('dòng 2: Không rõ năm: thêm cột "Năm" hoặc chạy với --year YYYY.') });
    // "0,95" unquoted in a comma-separated file: a field more than the header — refused, not read as 0 %.
    writeFileSync(csv, "Mã,Năm,Xếp loại,Tỷ lệ HTT (%)\nMK-NC,2025,tốt,0,95\n", "utf8");
    expect(await run("yearend", "import", csv)).toMatchObject({ code: 2, err: expect.stringContaining("Dòng 2 có 5 ô nhưng dòng tiêu đề chỉ có 4 cột") });
    // Saved by Excel in the Windows code page (cp1258: "Mưa" has 0xF6 for "ư"): refused, nothing garbled stored.
    writeFileSync(csv, Buffer.concat([Buffer.from("Ma;Nam;Xep loai;Ty le\nMK-NC;2025;tot;95;M"), Buffer.from([0xf6]), Buffer.from("a\n")]));
    expect(await run("yearend", "import", csv)).toMatchObject({ code: 2, err: expect.stringContaining("không phải văn bản UTF-8") });
    expect(await run("yearend", "import", file("none.csv"))).toMatchObject({ code: 2, err: expect.stringContaining("Không có tệp") });
    expect(await run("yearend", "import")).toMatchObject({ code: 2, err: expect.stringContaining("Thiếu tệp cần nhập") });
    expect([ratings(), missed(), audits()]).toEqual([[], [], []]);
  });

  it("takes back the template the office filled in", async () => {
    const { run, file, ratings } = await setup();
    const xlsx = file("mau.xlsx");
    await run("yearend", "template", "--out", xlsx, "--year", YEAR, "--unit", "MK-THPT");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx);
    const sheet = workbook.getWorksheet("Xếp loại");
    if (!sheet) throw new Error("no ratings sheet");
    expect(sheet.getColumn(1).values.slice(2)).toEqual(["MK-THPT", "MK-THPT-GV", "MK-THPT-HC"]);
    sheet.getCell("F2").value = "Hoàn thành tốt nhiệm vụ";
    sheet.getCell("G2").value = 93;
    sheet.getCell("F3").value = "Hoàn thành xuất sắc nhiệm vụ";
    workbook.getWorksheet("Lý do vắng họp")?.addRow(["MK-THPT-HC", "2025-07", "Lũ"]);
    await workbook.xlsx.writeFile(xlsx);
    const result = await run("yearend", "import", xlsx, "--dry-run");
    expect(result.out).toContain("Chạy thử (--dry-run): 3 mới, 0 thay đổi, 0 không đổi; chưa ghi gì.");
    expect((await run("yearend", "import", xlsx)).out).toContain("Đã ghi: 3 mới");
    expect(ratings()).toEqual([
      { code: "MK-THPT", year: 2025, rating: "good", share: 93 },
      { code: "MK-THPT-GV", year: 2025, rating: "excellent", share: null },
    ]);
  });
});
