import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, it, onTestFinished } from "vitest";
import { runCli } from "../../src/cli/main.ts";
import { unitSheetWords } from "../../src/cli/units-export-command.ts";
import { unitSheetBytes, type SheetUnit } from "../../src/cli/units-sheet.ts";
import { loadTranslator } from "../../src/i18n/translator.ts";
import { captureIo } from "../support/capture-io.ts";
import { tempPostgresUrl } from "../support/temp-postgres.ts";

/**
 * Issue 12: a province's 5,000 units from one workbook, on SQLite and on PostgreSQL, through the
 * CLI as an operator runs it. Correctness only; how long it takes is `npm run bench:import`'s.
 */

const translator = loadTranslator();
const t = (key: string): string => translator.t("vi", key);

/** A province, 20 committees, 100 grassroots committees and 4,879 cells (in the office's words). */
function province(): SheetUnit[] {
  const unit = (code: string, name: string, kind: string, parent: string, members: number): SheetUnit => ({ code, name, kind: t(`units-kind-${kind}`), parent, members, status: "" });
  const units = [unit("P", "Tỉnh ủy", "province", "", 0)];
  for (let c = 0; c < 20; c += 1) {
    units.push(unit(`K${c}`, `Đảng ủy xã số ${c}`, "committee", "P", 0));
    for (let g = 0; g < 5; g += 1) units.push(unit(`K${c}-G${g}`, `Đảng bộ cơ sở ${c}.${g}`, "grassroots_committee", `K${c}`, 60));
  }
  for (let i = 0; units.length < 5_000; i += 1) units.push(unit(`C${i}`, `Chi bộ thôn số ${i}`, "cell", `K${i % 20}-G${i % 5}`, 10 + (i % 25)));
  return units;
}

describe.each(["sqlite", "postgres"] as const)("a 5,000-unit import on %s", (dialect) => {
  const postgresUrl = tempPostgresUrl();

  it("creates the whole tree in one go, then finds nothing to change in the same file", { timeout: 120_000 }, async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "bontot-5000-"));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const env = dialect === "sqlite" ? { BONTOT_DB_PATH: path.join(dir, "bontot.db"), LOG_LEVEL: "silent" } : { DATABASE_URL: await postgresUrl(), LOG_LEVEL: "silent" };
    const file = path.join(dir, "tinh.xlsx");
    writeFileSync(file, await unitSheetBytes("xlsx", province(), unitSheetWords(t)));
    const run = async (...argv: string[]) => {
      const io = captureIo(env);
      const code = await runCli(argv, io.io);
      return { code, out: io.out(), err: io.err() };
    };

    const applied = await run("units", "import", file, "--apply");
    expect(applied.err).toBe("");
    expect(applied.code).toBe(0);
    expect(applied.out).toContain("Tạo mới (5.000):");
    expect(applied.out).toContain("… và 4.900 đơn vị nữa (thêm --all để xem hết).");
    expect(applied.out).toContain(`Đã nhập ${file}: 5.000 tạo mới, 0 đổi tên`);

    const exported = await run("units", "export", "--format", "csv", "--out", "-");
    const lines = exported.out.trim().split("\r\n");
    expect(lines).toHaveLength(5_001);
    // Tree order: each unit under its parent.
    expect(lines.slice(1, 4)).toEqual(["P,Tỉnh ủy,Tỉnh ủy,,,", "K0,Đảng ủy xã số 0,Đảng ủy (cấp trên cơ sở),P,,", "K0-G0,Đảng bộ cơ sở 0.0,Đảng bộ cơ sở,K0,60,"]);
    expect(lines.filter((l) => l.includes(",Chi bộ,"))).toHaveLength(4_879);
    expect(lines).toContain("C4878,Chi bộ thôn số 4878,Chi bộ,K18-G3,13,");

    const again = await run("units", "import", file, "--apply");
    expect(again.out).toBe(`${file} khớp với cây tổ chức hiện có (5.000 đơn vị): không có gì để ghi.\n`);

    if (dialect === "postgres") {
      const client = new pg.Client({ connectionString: env.DATABASE_URL });
      await client.connect();
      const audit = await client.query<{ action: string; n: string }>("SELECT action, count(*) AS n FROM audit_log GROUP BY action ORDER BY action");
      await client.end();
      expect(audit.rows).toEqual([
        { action: "unit.create", n: "5000" },
        { action: "units.import", n: "1" },
      ]);
    }
  });
});
