import path from "node:path";
import type { Command } from "commander";
import { exportUnits } from "../app/export-units.ts";
import { calendarDateAt } from "../domain/period.ts";
import { UNIT_KINDS } from "../domain/org.ts";
import type { Translate } from "../i18n/translator.ts";
import { choiceOption, commandConfig, CommandUsageError, examples, notBlank, withApp, type CliContext } from "./command-support.ts";
import { fileNamePart, outputFile, outputOptions, toStdout, writeOutput } from "./output-file.ts";
import { unitSheetBytes, type SheetUnit, type UnitSheetWords } from "./units-sheet.ts";

const FORMATS = ["xlsx", "csv"] as const;
type Format = (typeof FORMATS)[number];

interface ExportOptions {
  readonly format?: Format;
  readonly unit?: string;
  readonly out?: string;
  readonly force?: boolean;
}

/**
 * `npx bontot units export [--format xlsx|csv] [--unit CODE] [--out FILE] [--lang en]`: the org
 * tree (or a subtree) as the spreadsheet `units import` reads — the same columns, Vietnamese
 * headers and kinds (English with --lang en), archived units marked — so that exporting and
 * importing again changes nothing. Written to --out or under data/exports/ (`--out -`: stdout). An --out name ending in .xlsx or .csv chooses the format.
 */
export function unitsExportCommand(units: Command, context: CliContext): void {
  const { t } = context;
  const command = units.command("export").description(t("cli-units-export-description")).option(`--unit <${t("cli-placeholder-code")}>`, t("cli-option-units-export-unit"), notBlank(t, "--unit"));
  command.addOption(choiceOption(command, `--format <${t("cli-placeholder-format")}>`, t("cli-option-units-export-format"), FORMATS));
  outputOptions(command, context);
  examples(command, context, "cli-units-export-examples").action(async (options: ExportOptions) => {
    context.exitCode = await exportTree(context, options);
  });
}

/** The sheet's words in the operator's language. */
export function unitSheetWords(t: Translate): UnitSheetWords {
  const header = (column: "code" | "name" | "kind" | "parent" | "members" | "status"): string => t(`units-header-${column}`);
  return {
    headers: { code: header("code"), name: header("name"), kind: header("kind"), parent: header("parent"), members: header("members"), status: header("status") },
    sheet: t("units-sheet-name"),
    guideSheet: t("units-sheet-guide-name"),
    guide: t("units-sheet-guide").split("\n"),
    kinds: [...UNIT_KINDS].reverse().map((kind) => t(`units-kind-${kind}`)),
    archived: t("units-status-archived"),
  };
}

async function exportTree(context: CliContext, options: ExportOptions): Promise<number> {
  const { io, t } = context;
  const format = formatOf(options);
  const config = commandConfig(io);
  const today = calendarDateAt(new Date(), config.timeZone);
  const date = `${today.year}-${String(today.month).padStart(2, "0")}-${String(today.day).padStart(2, "0")}`;
  const scope = options.unit === undefined ? "" : `-${fileNamePart(options.unit)}`;
  // Refused before anything is read: an existing file without --force, a folder that does not exist.
  const file = toStdout(options, false) ? undefined : outputFile(t, config, options, `don-vi${scope}-${date}.${format}`);
  return withApp(
    context,
    async (app) => {
      const outcome = await exportUnits(app, options.unit === undefined ? {} : { unitCode: options.unit });
      if (!outcome.ok) throw new CommandUsageError("cli-unknown-unit", { code: outcome.code });
      const rows: SheetUnit[] = outcome.units.map((u) => ({
        code: u.code,
        name: u.name,
        kind: t(`units-kind-${u.kind}`),
        parent: u.parentCode ?? "",
        members: u.memberCount,
        status: u.archived ? t("units-status-archived") : "",
      }));
      const bytes = await unitSheetBytes(format, rows, unitSheetWords(t));
      if (!file) {
        io.stdout.write(bytes);
        return 0;
      }
      writeOutput(t, file, bytes);
      io.stdout.write(`${t("units-export-written", { count: rows.length, file: file.shown })}\n`);
      return 0;
    },
    config,
  );
}

/** --format, else what the --out name ends in, else xlsx (what an office opens). */
function formatOf(options: ExportOptions): Format {
  const file = options.out === "-" ? undefined : options.out;
  const ext = file === undefined ? "" : path.extname(file).slice(1).toLowerCase();
  const named = FORMATS.find((f) => f === ext);
  if (file !== undefined && named === undefined) throw new CommandUsageError("units-sheet-file-type", { file });
  if (options.format !== undefined && named !== undefined && named !== options.format) throw new CommandUsageError("units-export-format-mismatch", { format: options.format, file: options.out ?? "" });
  return options.format ?? named ?? "xlsx";
}
