import path from "node:path";
import { Presets, SingleBar } from "cli-progress";
import type { Command } from "commander";
import { importUnits } from "../app/import-units.ts";
import { unitProblemText, unitRowLabel } from "../app/unit-change-text.ts";
import type { UnitImportPlan } from "../domain/units/unit-import-plan.ts";
import type { Translate } from "../i18n/translator.ts";
import { CommandUsageError, examples, withApp, type CliContext } from "./command-support.ts";
import { CsvError } from "./parse-csv.ts";
import { readUnitSheet, UnitSheetError, type ReadUnitSheet } from "./units-sheet.ts";

interface ImportOptions {
  readonly apply?: boolean;
  readonly all?: boolean;
}

/** Lines of one kind of change shown without --all: enough to review, short enough to read. */
const SHOWN = 100;

/**
 * `npx bontot units import FILE [--apply] [--all]`: the org tree from the office's spreadsheet
 * (src/app/import-units.ts). A dry run by default: what would be created, renamed, moved,
 * re-counted, archived or left alone, grouped, with the counts; `--apply` writes it in one
 * transaction. Rows with problems are listed with their row numbers, exit code 1, nothing written;
 * a file that cannot be read at all is exit code 2. On a terminal a progress bar shows the writing.
 */
export function unitsImportCommand(units: Command, context: CliContext): void {
  const { t } = context;
  const command = units
    .command("import")
    .description(t("cli-units-import-description"))
    .argument(`<${t("cli-placeholder-file")}>`, t("cli-units-import-file"))
    .option("--apply", t("cli-option-units-apply"))
    .option("--all", t("cli-option-units-all"));
  examples(command, context, "cli-units-import-examples").action(async (file: string, options: ImportOptions) => {
    context.exitCode = await importFile(context, file, options);
  });
}

/** The sheet, or a usage error saying why the file cannot be read as one. */
export async function readSheetOrRefuse(t: Translate, file: string): Promise<ReadUnitSheet> {
  try {
    return await readUnitSheet(file);
  } catch (error) {
    if (error instanceof CsvError) throw new CommandUsageError("units-sheet-csv-quote", { file, row: error.record });
    if (!(error instanceof UnitSheetError)) throw error;
    // Missing columns are named as the sheet's header would name them.
    const columns = typeof error.args["columns"] === "string" ? error.args["columns"].split(", ").map((c) => `"${t(`units-header-${c}`)}"`).join(", ") : undefined;
    throw new CommandUsageError(error.key, { file, ...error.args, ...(columns === undefined ? {} : { columns }) });
  }
}

async function importFile(context: CliContext, file: string, options: ImportOptions): Promise<number> {
  const { io, t } = context;
  const sheet = await readSheetOrRefuse(t, file);
  const source = path.basename(file);
  if (sheet.ignored.length > 0) io.stdout.write(`${t("units-sheet-ignored", { columns: sheet.ignored.map((h) => `"${h}"`).join(", ") })}\n`);
  if (sheet.rows.length === 0) {
    io.stdout.write(`${t("units-import-no-rows", { file })}\n`);
    return 0;
  }
  const apply = options.apply === true;
  const bar = apply && isTerminal(io.stderr) ? new SingleBar({ stream: io.stderr, format: `${t("units-import-progress")} [{bar}] {value}/{total}`, hideCursor: true, clearOnComplete: true }, Presets.shades_classic) : undefined;
  let started = false;
  const outcome = await withApp(context, async (app) => {
    try {
      return await importUnits(app, {
        sheet,
        apply,
        source,
        onProgress: (done, total) => {
          if (!bar) return;
          if (!started) bar.start(total, 0);
          started = true;
          bar.update(done);
        },
      });
    } finally {
      if (started) bar?.stop();
    }
  });
  if (!outcome.ok) {
    const lines = outcome.problems.map((p) => `  ${unitRowLabel(t, p)}: ${unitProblemText(t, p)}`);
    io.stderr.write(`${[t("units-import-problems", { file, count: outcome.problems.length, rows: new Set(outcome.problems.map((p) => p.row)).size }), ...lines].join("\n")}\n`);
    return 1;
  }
  const counts = planCounts(outcome.plan);
  const changed = outcome.plan.creates.length + outcome.plan.updates.length > 0;
  if (changed) io.stdout.write(planText(t, outcome.plan, options.all === true));
  const summary = !changed ? "units-import-nothing" : !apply ? "units-import-dry-run" : "units-import-applied";
  io.stdout.write(`${t(summary, { file, ...counts })}\n`);
  return 0;
}

function isTerminal(stream: NodeJS.WritableStream): boolean {
  return "isTTY" in stream && stream.isTTY === true;
}

function planCounts(plan: UnitImportPlan): Record<string, number> {
  const count = (test: (u: UnitImportPlan["updates"][number]) => boolean): number => plan.updates.filter(test).length;
  return {
    created: plan.creates.length,
    renamed: count((u) => u.name !== undefined),
    moved: count((u) => u.parent !== undefined),
    recounted: count((u) => u.members !== undefined),
    archived: count((u) => u.archived?.to === true),
    unarchived: count((u) => u.archived?.to === false),
    unchanged: plan.unchanged.length,
    notInFile: plan.notInFile,
  };
}

/** Columns padded to their widest cell, two spaces apart. */
function table(rows: readonly (readonly string[])[]): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows.map((row) => `    ${row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join("  ")}`.trimEnd());
}

/** The planned changes grouped by kind of change, each group a small table. */
function planText(t: Translate, plan: UnitImportPlan, all: boolean): string {
  const top = t("units-top");
  const out: string[] = [];
  const group = (titleKey: string, header: readonly string[], rows: readonly (readonly string[])[]): void => {
    if (rows.length === 0) return;
    const shown = all ? rows : rows.slice(0, SHOWN);
    out.push(t(titleKey, { count: rows.length }), ...table([header, ...shown]));
    if (shown.length < rows.length) out.push(`    ${t("units-import-more", { count: rows.length - shown.length })}`);
  };
  const h = (column: string): string => t(`units-header-${column}`);
  group(
    "units-import-group-created",
    [h("code"), h("name"), h("kind"), h("parent"), h("members")],
    plan.creates.map((c) => [c.code, c.name, t(`kind-${c.kind}`), c.parentCode ?? top, c.memberCount > 0 ? String(c.memberCount) : "—"]),
  );
  const arrow = (from: string, to: string): string => `${from} → ${to}`;
  group("units-import-group-renamed", [h("code"), t("units-import-column-change")], plan.updates.flatMap((u) => (u.name ? [[u.code, arrow(u.name.from, u.name.to)]] : [])));
  group("units-import-group-moved", [h("code"), h("parent")], plan.updates.flatMap((u) => (u.parent ? [[u.code, arrow(u.parent.from ?? top, u.parent.to ?? top)]] : [])));
  group("units-import-group-recounted", [h("code"), h("members")], plan.updates.flatMap((u) => (u.members ? [[u.code, arrow(String(u.members.from), String(u.members.to))]] : [])));
  group("units-import-group-archived", [h("code")], plan.updates.flatMap((u) => (u.archived?.to === true ? [[u.code]] : [])));
  group("units-import-group-unarchived", [h("code")], plan.updates.flatMap((u) => (u.archived?.to === false ? [[u.code]] : [])));
  if (plan.notInFile > 0) out.push(t("units-import-not-in-file", { count: plan.notInFile }));
  return out.length > 0 ? `${out.join("\n")}\n` : "";
}
