import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main.ts";
import { periodKeyAt } from "../../src/domain/period.ts";
import { startBot } from "../../src/main.ts";
import { captureIo } from "../support/capture-io.ts";
import { tempDbPath } from "../support/temp-db.ts";
import { startTestBot } from "../support/test-bot.ts";

const FULL_MONTH = ["có", "5/11", "18 17 0", "120", "không", "1", "1", "5 5", "1", "2", "2", "18", "không", "100", "0", "2 1", "17", "/skip", "gửi"];

describe("npx bontot report", () => {
  const dbPath = tempDbPath();
  const env = { BONTOT_DB_PATH: dbPath, LOG_LEVEL: "silent" };

  async function seedNovember(): Promise<void> {
    const bot = await startTestBot({ dbPath });
    const submitted = await bot.user("sec-1", [{ unit: "MK-PL1", role: "secretary" }]);
    await submitted.says("/baocao");
    for (const answer of FULL_MONTH) await submitted.says(answer);
    const started = await bot.user("sec-2", [{ unit: "MK-NC", role: "secretary" }]);
    await started.says("/baocao");
    await started.says("có");
    await bot.close();
  }

  it("prints every cell's standing for the period as JSON", async () => {
    await seedNovember();
    const { io, out } = captureIo(env);
    expect(await runCli(["report", "--period", "2026-11", "--format", "json"], io)).toBe(0);
    const report = JSON.parse(out());
    expect(report.period).toBe("2026-11");
    expect(report.cells.map((c: { code: string; status: string }) => [c.code, c.status])).toEqual([
      ["MK-PL1", "submitted"],
      ["MK-NC", "in_progress"],
      ["MK-TT", "not_started"],
      ["MK-THPT-GV", "not_started"],
      ["MK-THPT-HC", "not_started"],
    ]);
    expect(report.cells[0]).toEqual({
      code: "MK-PL1",
      name: "Chi bộ thôn Pha Long 1",
      status: "submitted",
      score: 100,
      fourGood: true,
      criteria: [
        { id: "I", points: 25, max: 25, met: true },
        { id: "II", points: 25, max: 25, met: true },
        { id: "III", points: 25, max: 25, met: true },
        { id: "IV", points: 25, max: 25, met: true },
      ],
      questionnaire: "monthly-cell v2",
    });
    expect(report.cells[1]).toMatchObject({ status: "in_progress", score: null, fourGood: null, criteria: [], questionnaire: "monthly-cell v2" });
    expect(report.cells[2]).toMatchObject({ status: "not_started", questionnaire: null });
  });

  it("prints CSV with a header and one row per cell, in Vietnamese (issue 12: more in report-exports.test.ts)", async () => {
    await seedNovember();
    const { io, out } = captureIo(env);
    expect(await runCli(["report", "--period", "2026-11", "--format", "csv", "--out", "-"], io)).toBe(0);
    expect(out().startsWith("\ufeff")).toBe(true);
    const lines = out().replace("\ufeff", "").trim().split("\n");
    expect(lines[0]).toMatch(/^Cấp ủy cấp trên;Đảng bộ \(trực thuộc\);Mã;Chi bộ;Trạng thái;Gửi lúc;Điểm;Tối đa;/);
    expect(lines[1]).toMatch(/^Tỉnh ủy Lào Cai;Đảng ủy xã Mường Khương;MK-PL1;Chi bộ thôn Pha Long 1;Đã gửi;20\/11\/2026 10:00;100;100;Đạt;Đạt 25\/25;/);
    expect(lines).toHaveLength(6);
  });

  it.each([
    [["report", "--period", "2026-05"], "Không có kỳ báo cáo 2026-05."],
    [["report", "--period", "11/2026"], 'Kỳ "11/2026" không đúng dạng YYYY-MM'],
    [["report"], "Thiếu --period YYYY-MM."],
    [["report", "--period", "2026-11", "--format", "xml"], 'Tùy chọn --format không nhận "xml"; chọn một trong: json, csv, text, xlsx.'],
    [["report", "--perod", "2026-11"], "Không có tùy chọn --perod cho lệnh này."],
    [["frobnicate"], 'Không có lệnh "frobnicate".'],
  ])("%j exits with code 2 and a clear message", async (argv, message) => {
    await seedNovember();
    const { io, out, err } = captureIo(env);
    expect(await runCli(argv, io)).toBe(2);
    expect(err()).toContain(message);
    expect(out()).toBe("");
  });

  it("lists the org tree with kinds and parents", async () => {
    await seedNovember();
    const { io, out } = captureIo(env);
    expect(await runCli(["units", "--format", "json"], io)).toBe(0);
    const { units } = JSON.parse(out());
    expect(units).toContainEqual({ code: "MK", name: "Đảng ủy xã Mường Khương", kind: "committee", parent: "LC" });
    expect(units).toContainEqual({ code: "MK-THPT-GV", name: "Chi bộ Giáo viên", kind: "cell", parent: "MK-THPT" });
    expect(units[0]).toMatchObject({ code: "LC", kind: "province", parent: null });
  });

  it("refuses a bad configuration with a readable list and exit code 1", async () => {
    const { io, err } = captureIo({ BONTOT_DB_PATH: dbPath, BONTOT_LANG: "fr", BONTOT_TIMEZONE: "Mars/Olympus", LOG_LEVEL: "loud" });
    expect(await runCli(["units"], io)).toBe(1);
    expect(err()).toContain("Cấu hình không hợp lệ:");
    expect(err()).toContain("BONTOT_LANG");
    expect(err()).toContain("BONTOT_TIMEZONE=Mars/Olympus: không phải múi giờ IANA (ví dụ Asia/Ho_Chi_Minh).");
    expect(err()).toContain("LOG_LEVEL");
    expect(err()).not.toContain("at ");
  });

  it("runs the console demo with piped input and exits at end of input", async () => {
    const { io, out } = captureIo(env, "1\ncó\nhôm nay\n/cancel\n");
    expect(await runCli(["start"], io, { start: startBot })).toBe(0);
    const transcript = out();
    expect(transcript).toContain("Đã tạo tổ chức mẫu: 8 đơn vị.");
    expect(transcript).toContain("> hôm nay");
    expect(transcript).toContain("Câu 2/16");
    expect(transcript).toContain("⏸ Đã lưu 1/16 câu.");
    expect(transcript.trim().endsWith("Tạm biệt! Câu trả lời đã được lưu.")).toBe(true);
  });
});

describe("npx bontot report after the period closed", () => {
  const dbPath = tempDbPath();

  it("shows cells that never submitted as not_reported, not four-good", async () => {
    const bot = await startTestBot({ dbPath });
    const secretary = await bot.user("sec-1", [{ unit: "MK-PL1", role: "secretary" }]);
    await secretary.says("/baocao");
    for (const answer of FULL_MONTH) await secretary.says(answer);
    await bot.close();
    const { io: closeIo } = captureIo({ BONTOT_DB_PATH: dbPath, LOG_LEVEL: "silent" });
    expect(await runCli(["period", "close", "2026-11", "--yes"], closeIo)).toBe(0);
    const { io, out } = captureIo({ BONTOT_DB_PATH: dbPath, LOG_LEVEL: "silent" });
    expect(await runCli(["report", "--period", "2026-11"], io)).toBe(0);
    const cells = JSON.parse(out()).cells as { code: string; status: string; fourGood: boolean | null }[];
    expect(cells.map((c) => [c.code, c.status, c.fourGood])).toEqual([
      ["MK-PL1", "submitted", true],
      ["MK-NC", "not_reported", false],
      ["MK-TT", "not_reported", false],
      ["MK-THPT-GV", "not_reported", false],
      ["MK-THPT-HC", "not_reported", false],
    ]);
  });
});

describe("admin commands refuse what would hurt", () => {
  const dbPath = tempDbPath();
  const env = { BONTOT_DB_PATH: dbPath, LOG_LEVEL: "silent" };
  const run = async (argv: string[]) => {
    const { io, out, err } = captureIo(env);
    return { code: await runCli(argv, io), out: out(), err: err() };
  };

  it("does not open a month that has not come, nor one long gone, nor reopen a closed one", async () => {
    await run(["demo"]);
    const future = await run(["period", "open", "2099-01"]);
    expect(future.code).toBe(2);
    expect(future.err).toContain("chưa tới tháng đó");
    const gone = await run(["period", "open", "2020-05"]);
    expect(gone.code).toBe(2);
    expect(gone.err).toContain("Không mở được kỳ 05/2020: kỳ này đã kết thúc ngày 10/06/2020, không mở lại được.");
    const current = periodKeyAt(new Date());
    expect((await run(["period", "open", current])).code).toBe(0);
    // Before its due date, closing must be confirmed (issue 11).
    expect((await run(["period", "close", current, "--yes"])).code).toBe(0);
    const reopen = await run(["period", "open", current]);
    expect(reopen.code).toBe(2);
    expect(reopen.err).toContain("đã đóng");
  });

  it("needs a member count and a parent for a cell, and no cell under a cell", async () => {
    await run(["demo"]);
    expect((await run(["units", "add", "--code", "X1", "--name", "Chi bộ X", "--kind", "cell", "--parent", "MK"])).err).toContain("--members");
    expect((await run(["units", "add", "--code", "X2", "--name", "Chi bộ X", "--kind", "cell", "--members", "9"])).err).toContain("--parent");
    expect((await run(["units", "add", "--code", "X3", "--name", "Chi bộ X", "--kind", "cell", "--members", "9", "--parent", "MK-PL1"])).err).toContain("là chi bộ");
    expect((await run(["units", "add", "--code", "X4", "--name", "Chi bộ X", "--kind", "cell", "--members", "9", "--parent", "MK"])).code).toBe(0);
    const invite = await run(["invite", "--unit", "MK", "--role", "secretary"]);
    expect(invite.code).toBe(2);
    expect(invite.err).toContain("chỉ dành cho chi bộ");
  });

  it("reports a file it cannot write without a stack trace", async () => {
    await run(["demo"]);
    await run(["period", "open", periodKeyAt(new Date())]);
    const result = await run(["digest", "--unit", "MK", "--chart", "/nonexistent-dir/x.png"]);
    expect(result.code).toBe(2);
    expect(result.err).toContain("Không ghi được tệp /nonexistent-dir/x.png");
    expect(result.err).not.toMatch(/\n\s+at /);
  });
});
