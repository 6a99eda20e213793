import type { Command } from "commander";
import { addUnit as addUnitUseCase } from "../app/add-unit.ts";
import { MAX_MEMBER_COUNT, parentProblem, UNIT_CODE_PATTERN, UNIT_KINDS, type UnitKind } from "../domain/org.ts";
import { choiceOption, CommandUsageError, examples, integerIn, matching, notBlank, withApp, type CliContext } from "./command-support.ts";
import { unitProblemText } from "../app/unit-change-text.ts";
import { formatUnitTree } from "./format-unit-tree.ts";
import { unitsEditCommands } from "./units-edit-command.ts";
import { unitsExportCommand } from "./units-export-command.ts";
import { unitsImportCommand } from "./units-import-command.ts";

interface ListOptions {
  readonly format: "text" | "json";
}

interface AddOptions {
  readonly code: string;
  readonly name: string;
  readonly kind: UnitKind;
  readonly parent?: string;
  readonly members?: number;
}

/**
 * `npx bontot units [--format text|json]` (the tree; reads only) and `units add`. Further
 * subcommands (import, export, …) are registered on `units` here, one line each at the end.
 */
export function unitsCommand(program: Command, context: CliContext): void {
  const { t } = context;
  const units = program.command("units").description(t("cli-units-description"));
  units.addOption(choiceOption(units, `--format <${t("cli-placeholder-format")}>`, t("cli-option-format"), ["text", "json"], "text"));
  examples(units, context, "cli-units-examples").action(async (options: ListOptions) => {
    context.exitCode = await listUnits(context, options);
  });

  const add = units
    .command("add")
    .description(t("cli-units-add-description"))
    .requiredOption(`--code <${t("cli-placeholder-code")}>`, t("cli-option-unit-code"), matching(t, "--code", (v) => UNIT_CODE_PATTERN.test(v), "cli-bad-unit-code"))
    .requiredOption(`--name <${t("cli-placeholder-name")}>`, t("cli-option-unit-name"), notBlank(t, "--name"));
  add.addOption(choiceOption(add, `--kind <${t("cli-placeholder-kind")}>`, t("cli-option-unit-kind"), UNIT_KINDS).makeOptionMandatory());
  add
    .option(`--parent <${t("cli-placeholder-code")}>`, t("cli-option-unit-parent"))
    .option(`--members <${t("cli-placeholder-number")}>`, t("cli-option-unit-members"), integerIn(t, "--members", 0, MAX_MEMBER_COUNT, "cli-bad-members"));
  examples(add, context, "cli-units-add-examples").action(async (options: AddOptions) => {
    context.exitCode = await addUnit(context, options);
  });

  unitsImportCommand(units, context);
  unitsExportCommand(units, context);
  unitsEditCommands(units, context);
}

async function listUnits(context: CliContext, options: ListOptions): Promise<number> {
  const { io, t } = context;
  return withApp(context, async (app) => {
    const rows = await app.stores.org.listUnits();
    io.stdout.write(
      options.format === "json"
        ? `${JSON.stringify({ units: rows.map((u) => ({ code: u.code, name: u.name, kind: u.kind, parent: u.parentCode })) }, null, 2)}\n`
        : rows.length === 0
          ? `${t("cli-units-empty")}\n`
          : formatUnitTree(rows, (kind) => t(`kind-${kind}`), t("units-archived-mark")),
    );
    return 0;
  });
}

async function addUnit(context: CliContext, options: AddOptions): Promise<number> {
  const { io, t } = context;
  const { code, kind, parent } = options;
  const name = options.name.trim();
  if (kind === "cell" && options.members === undefined) throw new CommandUsageError("cli-missing-members");
  if (kind === "cell" && options.members === 0) throw new CommandUsageError("cli-bad-members");
  // A cell always belongs to a committee; any other unit may be the top of the tree.
  if (!parent && parentProblem(kind, null) === "needs-parent") throw new CommandUsageError("cli-missing-parent", { kind });
  return withApp(context, async (app) => {
    const added = await addUnitUseCase(app, { code, name, kind, memberCount: options.members ?? 0, ...(parent ? { parentCode: parent } : {}), at: app.clock.now() });
    if (!added.ok) {
      if (added.reason === "exists") throw new CommandUsageError("cli-unit-exists", { code });
      if (added.reason === "unknown-parent") throw new CommandUsageError("cli-unknown-unit", { code: added.code });
      if (added.reason === "parent-is-cell") throw new CommandUsageError("cli-bad-parent", { parent: added.code });
      // The same words as the spreadsheet import's for the same rule.
      const problem = added.reason === "bad-place" ? added.problem : added.reason;
      throw new CommandUsageError("units-add-refused", { code, reason: unitProblemText(t, { row: 0, code, problem, args: { code, parent: added.code, kind } }) });
    }
    io.stdout.write(`${t("cli-unit-added", { code, name })}\n`);
    return 0;
  });
}
