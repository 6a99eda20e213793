import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { fileNamePart } from "../../src/cli/output-file.ts";
import { runCli } from "../../src/cli/main.ts";
import { YEAR_2026, openDemoApp, seedYear } from "../app/annual-seed.ts";
import { captureIo } from "../support/capture-io.ts";
import { cliOnDemoDatabase } from "../support/cli-on-demo.ts";
import { tempDbPath } from "../support/temp-db.ts";

/**
 * Issue 12, item 6: every command that writes a file takes --out FILE and prints the path it
 * wrote; without --out it picks a clear name under exports/ beside the database (data/exports/
 * by default), never over an earlier export. An existing --out file is refused unless --force;
 * a folder that does not exist is refused (a mistyped path is not silently created).
 */
describe("files out", () => {
  const dbPath = tempDbPath();
  const exportsDir = path.join(path.dirname(dbPath), "exports");
  const run = async (...argv: string[]) => {
    const io = captureIo({ BONTOT_DB_PATH: dbPath, LOG_LEVEL: "silent" });
    const code = await runCli(argv, io.io);
    return { code, out: io.out(), err: io.err() };
  };

  async function seeded(): Promise<void> {
    const app = await openDemoApp(dbPath, "2027-01-15T03:00:00Z");
    await seedYear(app, YEAR_2026);
    await app.close();
  }

  it("writes the annual workbook under exports/ with a clear name when --out is not given, never over an earlier one", async () => {
    await seeded();
    const first = await run("annual", "--year", "2026", "--format", "xlsx");
    const file = path.join(exportsDir, "ket-qua-nam-2026.xlsx");
    expect(first).toEqual({ code: 0, out: `Đã ghi ${file} (5 chi bộ, 1 đảng bộ cơ sở).\n`, err: "" });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.worksheets[0]?.name).toBe("Tổng hợp");

    const second = await run("annual", "--year", "2026", "--format", "xlsx", "--unit", "MK");
    expect(second.out).toBe(`Đã ghi ${path.join(exportsDir, "ket-qua-nam-2026-MK.xlsx")} (5 chi bộ, 1 đảng bộ cơ sở).\n`);
    const third = await run("annual", "--year", "2026", "--format", "xlsx");
    expect(third.out).toContain(path.join(exportsDir, "ket-qua-nam-2026-2.xlsx"));
    expect(readdirSync(exportsDir).sort()).toEqual(["ket-qua-nam-2026-2.xlsx", "ket-qua-nam-2026-MK.xlsx", "ket-qua-nam-2026.xlsx"]);
  });

  it("draws the chart under exports/ when --chart names no file", async () => {
    await seeded();
    const r = await run("annual", "--year", "2026", "--unit", "MK", "--chart");
    const file = path.join(exportsDir, "bieu-do-nam-2026-MK.png");
    expect(r).toEqual({ code: 0, out: `Đã ghi biểu đồ: ${file}\n`, err: "" });
    expect(PNG.sync.read(readFileSync(file)).width).toBeGreaterThan(100);
  });

  it("refuses an existing --out file unless --force, and a folder that does not exist", async () => {
    await seeded();
    const target = path.join(path.dirname(dbPath), "nam.csv");
    writeFileSync(target, "the office's own notes");
    const refused = await run("annual", "--year", "2026", "--format", "csv", "--out", target);
    expect(refused.code).toBe(2);
    expect(refused.err).toBe(`Tệp ${target} đã có; thêm --force để ghi đè, hoặc chọn tên khác.\nGõ "npx bontot annual --help" để xem hướng dẫn.\n`);
    expect(readFileSync(target, "utf8")).toBe("the office's own notes");

    const forced = await run("annual", "--year", "2026", "--format", "csv", "--out", target, "--force");
    expect(forced.code).toBe(0);
    expect(readFileSync(target, "utf8")).toContain("MK-PL1");

    const typo = path.join(path.dirname(dbPath), "bao-cao-typo", "nam.xlsx");
    const missing = await run("annual", "--year", "2026", "--format", "xlsx", "--out", typo);
    expect(missing.code).toBe(2);
    expect(missing.err.split("\n")[0]).toBe(`Không ghi được tệp ${typo}: thư mục ${path.dirname(typo)} không có (kiểm tra lại đường dẫn; bontot không tự tạo thư mục cho --out).`);
    expect(existsSync(path.dirname(typo))).toBe(false);

    const database = await run("annual", "--year", "2026", "--format", "csv", "--out", dbPath, "--force");
    expect(database.code).toBe(2);
    expect(database.err).toContain(`${dbPath} là tệp cơ sở dữ liệu của bontot: không ghi đè lên nó (kể cả với --force).`);
    expect(readdirSync(path.dirname(dbPath)).filter((f) => f.endsWith(".part"))).toEqual([]);

    const dir = path.join(path.dirname(dbPath), "a-folder");
    mkdirSync(dir);
    expect((await run("annual", "--year", "2026", "--format", "csv", "--out", dir)).err).toContain(`${dir} là một thư mục: --out cần tên tệp`);
  });
});

describe("files out, on the demo organisation", () => {
  it("writes the report with --out, the digest's chart and the year-end template under exports/, and backs up to backups/", async () => {
    const { dir, run } = await cliOnDemoDatabase("bontot-files-out-");
    const exportsDir = path.join(dir, "exports");

    const csv = path.join(dir, "bao-cao.csv");
    const report = await run("report", "--period", "2026-11", "--format", "csv", "--out", csv);
    expect(report).toMatchObject({ code: 0, err: "" });
    expect(report.out).toContain(csv);
    expect(readFileSync(csv, "utf8").length).toBeGreaterThan(100);

    const digest = await run("digest", "--unit", "MK", "--period", "2026-11", "--chart");
    expect(digest.code).toBe(0);
    expect(digest.out).toContain(`Đã ghi biểu đồ vào ${path.join(exportsDir, "ban-tin-2026-11-MK.png")}.`);

    const template = await run("yearend", "template", "--year", "2026", "--unit", "MK-THPT");
    expect(template).toEqual({ code: 0, out: `Đã tạo bảng tính mẫu ${path.join(exportsDir, "mau-cuoi-nam-2026-MK-THPT.xlsx")} (3 đơn vị).\n`, err: "" });

    const backup = await run("db", "backup");
    expect(backup.code).toBe(0);
    const [copy] = readdirSync(path.join(dir, "backups"));
    expect(copy).toMatch(/^bontot-\d{4}-\d{2}-\d{2}-\d{4}\.db$/);
    expect(backup.out).toContain(`Đã sao lưu cơ sở dữ liệu vào ${path.join(dir, "backups", copy ?? "")}`);
    expect((await run("db", "backup")).code).toBe(0);
    expect(readdirSync(path.join(dir, "backups"))).toHaveLength(2);
  });

  it("names files without diacritics or spaces", () => {
    expect(fileNamePart("Đảng ủy xã Mường Khương")).toBe("Dang-uy-xa-Muong-Khuong");
    expect(fileNamePart("MK-PL1")).toBe("MK-PL1");
    expect(fileNamePart("../../etc")).toBe("etc");
  });
});
