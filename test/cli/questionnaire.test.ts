import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { cliOn } from "../support/cli-on-demo.ts";
import { dbRows } from "../support/db-rows.ts";
import { startTestBot } from "../support/test-bot.ts";

/**
 * Issue 13 on the command line: `npx bontot questionnaire check|preview|export|import|list|rescore`
 * against the demo organisation (LC > MK > MK-PL1, MK-NC, MK-TT and MK-THPT > MK-THPT-GV,
 * MK-THPT-HC), November 2026 open (the test bot's month).
 */
const KIEU_MAU = path.resolve("questionnaires/kieu-mau.yaml");
const YEARLY = path.resolve("questionnaires/yearly-grassroots.yaml");
const BUILT_IN_HASH = "07b17a189301";
const KIEU_MAU_HASH = "3ab2395cabae";

const FULL_MONTH = ["có", "5/11", "18 17 0", "120", "không", "1", "1", "5 5", "1", "2", "2", "18", "không", "100", "0", "2 1", "17", "/skip", "gửi"];
const WEAK_MONTH = ["có", "5/11", "12 10 1", "90", "không", "2", "2", "4 3", "2", "2", "2", "11", "không", "90", "0", "0 0", "6", "/skip", "gửi"];

async function setup(prefix: string) {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  const dbPath = path.join(dir, "bontot.db");
  const bot = await startTestBot({ dbPath });
  const answer = async (externalId: string, unit: string, answers: readonly string[]) => {
    const secretary = await bot.user(externalId, [{ unit, role: "secretary" }]);
    await secretary.says("/baocao");
    for (const text of answers) await secretary.says(text);
  };
  await answer("sec-pl", "MK-PL1", FULL_MONTH);
  await answer("sec-tt", "MK-TT", WEAK_MONTH);
  await answer("sec-nc", "MK-NC", ["có", "5/11"]);
  const app = bot.app;
  await bot.close();
  return { run: cliOn(dbPath), rows: dbRows(app), dir };
}

describe("npx bontot questionnaire", () => {
  it("check: a valid file in one line; a broken one with every problem and its line, exit code 2; in English with --lang en", async () => {
    const { run, dir } = await setup("bontot-q-check-");
    expect(await run("questionnaire", "check", KIEU_MAU)).toEqual({
      code: 0,
      out: `✅ ${KIEU_MAU}: bộ câu hỏi kieu-mau v1 hợp lệ — 16 mục, 20 câu hỏi, tối đa 100 điểm (mã nội dung ${KIEU_MAU_HASH}).\n`,
      err: "",
    });
    const broken = path.join(dir, "broken.yaml");
    writeFileSync(broken, readFileSync(KIEU_MAU, "utf8").replace("metAt: 23\n  - id: III", "metAt: 26\n  - id: III").replace("points: { no: 10, yes: 0 }", "points: { no: -1, yes: 0 }"));
    let r = await run("questionnaire", "check", broken);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err.split("\n")).toEqual([
      `❌ ${broken}: 2 lỗi cần sửa:`,
      "  dòng 35, cột 12: ngưỡng đạt (26) lớn hơn điểm tối đa (25)",
      "  dòng 311, cột 118: điểm cho «no» (points) phải là số ≥ 0",
      "",
    ]);
    r = await run("questionnaire", "check", broken, "--lang", "en");
    expect(r.err).toContain("  line 35, column 12: the threshold metAt (26) is above the maximum (25)\n");
    for (const [file, message] of [
      [path.join(dir, "missing.yaml"), `Không đọc được ${path.join(dir, "missing.yaml")}:`],
      [dir, `Không đọc được ${dir}:`],
    ] as const) {
      r = await run("questionnaire", "check", file);
      expect(r.code).toBe(2);
      expect(r.err).toContain(message);
    }
    const binary = path.join(dir, "binary.yaml");
    writeFileSync(binary, Buffer.from([0xff, 0xfe, 0x00, 0x80, 0x81]));
    expect((await run("questionnaire", "check", binary)).err).toContain(`${binary} không phải tệp văn bản UTF-8 (YAML).`);
  });

  it("preview: each question as the bot asks it, then the maximum per criterion — for both example files", async () => {
    const { run } = await setup("bontot-q-preview-");
    const kieuMau = await run("questionnaire", "preview", KIEU_MAU);
    expect(kieuMau.code).toBe(0);
    const lines = kieuMau.out.split("\n");
    expect(lines[0]).toBe(`Xem trước bộ câu hỏi kieu-mau v1 (mã nội dung ${KIEU_MAU_HASH})`);
    expect(kieuMau.out).toContain(
      [
        "(6) q4_criticism — chỉ hỏi khi «Sinh hoạt thường kỳ» là Có",
        "📋 Câu 4/16 · Tiêu chí II: Sinh hoạt chi bộ mẫu mực",
        "Buổi sinh hoạt có dành thời gian tự phê bình và phê bình, ghi vào biên bản không?",
        "Chọn một phương án (gõ số từ 1 đến 3).",
        "   1. Có, ghi biên bản đầy đủ",
        "   2. Có nhưng sơ sài",
        "   3. Không",
      ].join("\n"),
    );
    expect(kieuMau.out).toContain("  Tiêu chí II (Sinh hoạt chi bộ mẫu mực): tối đa 25 điểm, đạt từ 23 điểm\n");
    expect(kieuMau.out).toContain("    • Sinh hoạt chuyên đề quý (tháng cuối quý): tối đa 3 điểm, khi tháng thứ 3 của quý\n");
    expect(kieuMau.out).toContain("    ⛔ Có đảng viên vi phạm, suy thoái: tiêu chí không đạt, khi «Vi phạm, suy thoái» ≥ 1\n");
    expect(kieuMau.out).toContain("Tổng tối đa: 100 điểm.\nXếp loại tham khảo: Mẫu mực từ 95% · Tốt từ 85% · Cần cố gắng từ 70% · Yếu từ 0%\n");

    const exported = await run("questionnaire", "export");
    const builtIn = path.join(path.dirname(KIEU_MAU), "monthly-cell.yaml");
    const preview = await run("questionnaire", "preview", builtIn, "--lang", "en");
    expect(preview.out.split("\n")[0]).toBe(`Preview of questionnaire monthly-cell v2 (content id ${BUILT_IN_HASH})`);
    expect(preview.out).toContain("  Criterion II (Good-quality party meetings): at most 25 points, met from 20\n");
    expect(preview.out).toContain("(2) q1_date — asked only when «Regular meeting» is Yes\n");
    expect(exported.out).toContain(`# Bộ câu hỏi monthly-cell v2 (mã nội dung ${BUILT_IN_HASH}): bộ có sẵn`);
  });

  it("export → import → the same version (by its content): stored once, assigned, listed; the same again is a no-op", async () => {
    const { run, rows, dir } = await setup("bontot-q-import-");
    const file = path.join(dir, "exported.yaml");
    expect(await run("questionnaire", "export", "--out", file)).toEqual({ code: 0, out: `Đã ghi ${file}.\n`, err: "" });
    expect((await run("questionnaire", "check", file)).out).toContain(`(mã nội dung ${BUILT_IN_HASH})`);
    expect((await run("questionnaire", "export", "--out", file)).err).toContain(file);

    // The exported built-in one, adopted by MK from December: nothing new is stored, its hash is the built-in's.
    let r = await run("questionnaire", "import", file, "--unit", "MK", "--from", "2026-12");
    expect(r.code).toBe(0);
    expect(r.out.split("\n")[1]).toBe("Phiên bản monthly-cell v2 đã có trong cơ sở dữ liệu, đúng nội dung này: dùng lại, không lưu thêm.");
    expect(rows.count("SELECT COUNT(*) AS n FROM questionnaire_versions WHERE code = 'monthly-cell'")).toBe(1);

    // A dry run says what would change and writes nothing.
    const before = rows.all("SELECT * FROM questionnaire_assignments");
    r = await run("questionnaire", "import", KIEU_MAU, "--unit", "MK-THPT", "--from", "2027-01", "--dry-run");
    expect(r.out.split("\n")).toEqual([
      `Từ kỳ 01/2027, Đảng bộ Trường THPT số 1 Mường Khương (MK-THPT) và các đơn vị trực thuộc sẽ dùng bộ câu hỏi kieu-mau v1 (mã nội dung ${KIEU_MAU_HASH}): 2 chi bộ.`,
      "Phiên bản kieu-mau v1 là phiên bản mới: sẽ được lưu.",
      "Trước đó các chi bộ này dùng: monthly-cell v2 (2 chi bộ).",
      "Chạy thử: chưa ghi gì. Bỏ --dry-run để áp dụng.",
      "",
    ]);
    expect(rows.all("SELECT * FROM questionnaire_assignments")).toEqual(before);
    expect(rows.count("SELECT COUNT(*) AS n FROM questionnaire_versions WHERE code = 'kieu-mau'")).toBe(0);

    r = await run("questionnaire", "import", KIEU_MAU, "--unit", "MK-THPT", "--from", "2027-01");
    expect(r.code).toBe(0);
    expect(r.out.split("\n")[0]).toBe(
      `✅ Đã áp dụng: từ kỳ 01/2027, Đảng bộ Trường THPT số 1 Mường Khương (MK-THPT) và các đơn vị trực thuộc dùng bộ câu hỏi kieu-mau v1 (mã nội dung ${KIEU_MAU_HASH}): 2 chi bộ.`,
    );
    // The same content again changes nothing, and writes no audit entry.
    const audits = rows.count("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'questionnaire.assign'");
    r = await run("questionnaire", "import", KIEU_MAU, "--unit", "MK-THPT", "--from", "2027-01");
    expect(r.out).toBe(`Không có gì thay đổi: từ kỳ 01/2027, Đảng bộ Trường THPT số 1 Mường Khương (MK-THPT) đã dùng kieu-mau v1 (mã nội dung ${KIEU_MAU_HASH}).\n`);
    expect(rows.count("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'questionnaire.assign'")).toBe(audits);
    expect(rows.all<{ subject: string; details: string }>("SELECT subject, details FROM audit_log WHERE action = 'questionnaire.assign' ORDER BY id").map((a) => [a.subject, JSON.parse(a.details)])).toEqual([
      ["unit:MK", { questionnaire: "monthly-cell", version: 2, contentHash: expect.stringMatching(new RegExp(`^${BUILT_IN_HASH}`)), from: "2026-12", versionStored: false }],
      ["unit:MK-THPT", { questionnaire: "kieu-mau", version: 1, contentHash: expect.stringMatching(new RegExp(`^${KIEU_MAU_HASH}`)), from: "2027-01", versionStored: true }],
    ]);

    // The version in force, per unit and period, exports with the same content id.
    expect((await run("questionnaire", "export", "--unit", "MK-THPT-GV", "--period", "2027-01")).out).toContain(`# Bộ câu hỏi kieu-mau v1 (mã nội dung ${KIEU_MAU_HASH}): các chi bộ của Đảng bộ Trường THPT số 1 Mường Khương (MK-THPT) dùng cho kỳ 01/2027`);
    expect((await run("questionnaire", "export", "--unit", "MK-THPT-GV", "--period", "2026-12")).out).toContain(`# Bộ câu hỏi monthly-cell v2 (mã nội dung ${BUILT_IN_HASH}): các chi bộ của Đảng ủy xã Mường Khương (MK)`);
    const reexported = path.join(dir, "kieu-mau-again.yaml");
    await run("questionnaire", "export", "--unit", "MK-THPT", "--period", "2027-02", "--out", reexported);
    expect((await run("questionnaire", "check", reexported)).out).toContain(`(mã nội dung ${KIEU_MAU_HASH})`);

    expect((await run("questionnaire", "list")).out.split("\n")).toEqual([
      "Bộ câu hỏi theo nhánh đơn vị:",
      "  Đảng ủy xã Mường Khương (MK): monthly-cell v2 sẽ dùng từ kỳ 12/2026 — 5 chi bộ",
      "  Đảng bộ Trường THPT số 1 Mường Khương (MK-THPT): kieu-mau v1 sẽ dùng từ kỳ 01/2027 — 2 chi bộ",
      `  Mọi chi bộ khác: monthly-cell v2 (bộ có sẵn, mã nội dung ${BUILT_IN_HASH})`,
      "Các phiên bản đã lưu:",
      expect.stringMatching(new RegExp(`^  monthly-cell v2 — mã nội dung ${BUILT_IN_HASH}, lưu ngày \\d\\d/\\d\\d/\\d{4}$`)),
      expect.stringMatching(new RegExp(`^  kieu-mau v1 — mã nội dung ${KIEU_MAU_HASH}, lưu ngày \\d\\d/\\d\\d/\\d{4}$`)),
      "",
    ]);
  });

  it("import refuses, saying why: a period already open, a changed version under the same number, an unknown unit, a file with problems, the yearly questionnaire", async () => {
    const { run, rows, dir } = await setup("bontot-q-refuse-");
    let r = await run("questionnaire", "import", KIEU_MAU, "--unit", "MK", "--from", "2026-11");
    expect(r).toEqual({
      code: 2,
      out: "",
      err: "Không áp dụng từ kỳ 11/2026 được: kỳ 11/2026 đã mở (đang mở), và một kỳ đã mở giữ nguyên bộ câu hỏi của nó. Hãy dùng --from 2026-12 hoặc muộn hơn.\n",
    });
    r = await run("questionnaire", "import", KIEU_MAU, "--unit", "MK", "--from", "2026-10");
    expect(r.err).toContain("Hãy dùng --from 2026-12 hoặc muộn hơn.");

    expect((await run("questionnaire", "import", KIEU_MAU, "--unit", "MK", "--from", "2027-01")).code).toBe(0);
    const changed = path.join(dir, "changed.yaml");
    writeFileSync(changed, readFileSync(KIEU_MAU, "utf8").replace("{ atLeast: 120, points: 5 }", "{ atLeast: 100, points: 5 }"));
    r = await run("questionnaire", "import", changed, "--unit", "MK", "--from", "2027-02");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      new RegExp(`^Phiên bản kieu-mau v1 đã được lưu với nội dung khác \\(mã nội dung đã lưu ${KIEU_MAU_HASH}, của tệp này [0-9a-f]{12}\\)\\. Một phiên bản không bao giờ thay đổi: hãy tăng version trong tệp \\(hoặc đổi code\\) rồi kiểm tra lại\\.\\n$`),
    );
    writeFileSync(changed, readFileSync(changed, "utf8").replace("version: 1", "version: 2"));
    expect((await run("questionnaire", "import", changed, "--unit", "MK", "--from", "2027-02")).code).toBe(0);

    const ownBuiltIn = path.join(dir, "own-built-in.yaml");
    await run("questionnaire", "export", "--out", ownBuiltIn);
    writeFileSync(ownBuiltIn, readFileSync(ownBuiltIn, "utf8").replace("version: 2", "version: 3").replace("prep-one: 2,", "prep-one: 3,"));
    expect((await run("questionnaire", "check", ownBuiltIn)).code).toBe(0);
    expect((await run("questionnaire", "import", ownBuiltIn, "--unit", "MK", "--from", "2027-03")).err).toBe(
      "Mã monthly-cell là của bộ câu hỏi có sẵn: một bản sửa cần code riêng (ví dụ monthly-cell-mk, version: 1), để không trùng với phiên bản sau của bộ có sẵn.\n",
    );
    expect(await run("questionnaire", "import", KIEU_MAU, "--unit", "NOPE", "--from", "2027-03")).toMatchObject({ code: 2, err: "Không có đơn vị mã NOPE. Xem danh sách: npx bontot units\n" });
    r = await run("questionnaire", "import", YEARLY, "--unit", "MK", "--from", "2027-03");
    expect(r.err).toBe("yearly-grassroots v1 không chấm điểm (không có tiêu chí): chỉ bộ câu hỏi hằng tháng của chi bộ mới áp dụng theo nhánh đơn vị được.\n");
    const broken = path.join(dir, "broken.yaml");
    writeFileSync(broken, readFileSync(KIEU_MAU, "utf8").replace("q: q4_criticism", "q: q4_critcism"));
    r = await run("questionnaire", "import", broken, "--unit", "MK", "--from", "2027-03");
    expect(r.err.split("\n")).toEqual(["❌ Tệp bộ câu hỏi có lỗi, chưa áp dụng gì:", "  dòng 255, cột 8: không có câu hỏi nào mã «q4_critcism» — có phải «q4_criticism»?", ""]);
    r = await run("questionnaire", "import", KIEU_MAU, "--unit", "MK", "--from", "2027-13");
    expect(r.code).toBe(2);
    expect(r.err).toContain('Kỳ "2027-13" không đúng dạng YYYY-MM');
    expect(rows.all("SELECT from_period AS fromPeriod FROM questionnaire_assignments ORDER BY id")).toEqual([{ fromPeriod: "2027-01" }, { fromPeriod: "2027-02" }]);
  });

  it("rescore: last month's cells under the new file, old and new, missing questions named, nothing stored", async () => {
    const { run, rows } = await setup("bontot-q-rescore-");
    const snapshot = () => ({
      assessments: rows.all("SELECT * FROM assessments ORDER BY id"),
      answers: rows.all("SELECT * FROM answers ORDER BY id"),
      versions: rows.all("SELECT * FROM questionnaire_versions ORDER BY id"),
      assignments: rows.all("SELECT * FROM questionnaire_assignments ORDER BY id"),
      audit: rows.all("SELECT * FROM audit_log ORDER BY id"),
    });
    const before = snapshot();
    const r = await run("questionnaire", "rescore", KIEU_MAU, "--period", "2026-11", "--unit", "MK");
    expect(r.code).toBe(0);
    expect(r.out.split("\n")).toEqual([
      "Chấm thử kỳ 11/2026 theo bộ câu hỏi kieu-mau v1, các chi bộ của Đảng ủy xã Mường Khương (MK) — cũ → mới:",
      '  MK-PL1 Chi bộ thôn Pha Long 1: 100/100, đạt "4 tốt" (monthly-cell v2) → 77/100, chưa đạt "4 tốt"',
      "    tiêu chí chưa đạt theo bộ mới: II, III, IV",
      "    thiếu 4 câu mà câu trả lời cũ không có: câu 4 «Đảng viên phát biểu»; câu 4 «Tự phê bình và phê bình»; câu 10 «Đóng đảng phí»; câu 15 «Dùng Sổ tay đảng viên điện tử»",
      expect.stringMatching(/^ {2}MK-NC Chi bộ thôn Na Chơ: chưa gửi \(đang làm dở\) \(monthly-cell v2\) → \d+\/100, chưa đạt "4 tốt"$/),
      "    tiêu chí chưa đạt theo bộ mới: I, II, III, IV",
      expect.stringMatching(/^ {4}thiếu \d+ câu mà câu trả lời cũ không có: câu 2 «Dự họp»; /),
      expect.stringMatching(/^ {2}MK-TT Chi bộ thôn Tả Thàng: \d+\/100, chưa đạt "4 tốt" \(monthly-cell v2\) → \d+\/100, chưa đạt "4 tốt"$/),
      "    tiêu chí chưa đạt theo bộ mới: I, II, III, IV",
      expect.stringMatching(/^ {4}thiếu 4 câu/),
      "  MK-THPT-GV Chi bộ Giáo viên: chưa trả lời câu nào (chưa bắt đầu), không chấm được",
      "  MK-THPT-HC Chi bộ Hành chính: chưa trả lời câu nào (chưa bắt đầu), không chấm được",
      expect.stringMatching(/^Đạt "4 tốt": cũ 1\/2 chi bộ đã gửi, mới 0\/3 chi bộ có câu trả lời\. Điểm trung bình: cũ [\d,]+, mới [\d,]+\.$/),
      "Câu thiếu được tính 0 điểm, không đoán.",
      "Không lưu gì: đây chỉ là chấm thử.",
      "",
    ]);
    const json = await run("questionnaire", "rescore", KIEU_MAU, "--period", "2026-11", "--format", "json");
    const parsed = JSON.parse(json.out) as { questionnaire: string; cells: { code: string; old: { score: number } | null; new: { score: number } | null; missing: string[] }[] };
    expect(parsed.questionnaire).toBe("kieu-mau v1");
    expect(parsed.cells.find((c) => c.code === "MK-PL1")).toMatchObject({ old: { score: 100, fourGood: true }, new: { score: 77, fourGood: false }, missing: ["q4_speakers", "q4_criticism", "q10_dues", "q15_handbook"] });
    expect(snapshot()).toEqual(before);

    expect(await run("questionnaire", "rescore", KIEU_MAU, "--period", "2026-05")).toMatchObject({ code: 2, err: expect.stringContaining("Không có kỳ báo cáo 2026-05.") });
    expect(await run("questionnaire", "rescore", KIEU_MAU, "--period", "2026-11", "--unit", "XX")).toMatchObject({ code: 2, err: expect.stringContaining("Không có đơn vị mã XX.") });
    expect(await run("questionnaire", "rescore", YEARLY, "--period", "2026-11")).toMatchObject({
      code: 2,
      err: expect.stringContaining("yearly-grassroots v1 không chấm điểm (không có tiêu chí): không có điểm nào để chấm thử."),
    });
    expect(snapshot()).toEqual(before);
  });
});
