import type { Command } from "commander";
import { setUnitArchived } from "../app/archive-unit.ts";
import { editUnit } from "../app/edit-unit.ts";
import { removeUnit, type UnitUses } from "../app/remove-unit.ts";
import { unitProblemText, unitUpdateLines } from "../app/unit-change-text.ts";
import type { RowProblem } from "../domain/units/unit-import-plan.ts";
import type { Translate } from "../i18n/translator.ts";
import { CommandUsageError, examples, notBlank, withApp, type CliContext } from "./command-support.ts";

interface EditOptions {
  readonly name?: string;
  readonly members?: string;
  readonly parent?: string;
}

/**
 * `npx bontot units edit CODE [--name …] [--members N] [--parent CODE|--top]`, `units remove CODE`,
 * `units archive CODE` and `units unarchive CODE`: one unit at a time, by the rules of the
 * spreadsheet import (src/app/edit-unit.ts, remove-unit.ts, archive-unit.ts), audited. A refusal
 * says why and what to do instead (exit code 1); an unknown unit or a mistyped call is exit code 2.
 */
export function unitsEditCommands(units: Command, context: CliContext): void {
  const { t } = context;
  const code = `<${t("cli-placeholder-code")}>`;
  const edit = units
    .command("edit")
    .description(t("cli-units-edit-description"))
    .argument(code, t("cli-units-code-argument"))
    .option(`--name <${t("cli-placeholder-name")}>`, t("cli-option-unit-name"), notBlank(t, "--name"))
    .option(`--members <${t("cli-placeholder-number")}>`, t("cli-option-units-edit-members"))
    .option(`--parent <${t("cli-placeholder-code")}>`, t("cli-option-units-edit-parent"))
    .option("--top", t("cli-option-units-edit-top"));
  examples(edit, context, "cli-units-edit-examples").action(async (unit: string, options: EditOptions & { readonly top?: boolean }) => {
    context.exitCode = await editOne(context, unit, options);
  });

  const remove = units.command("remove").description(t("cli-units-remove-description")).argument(code, t("cli-units-code-argument"));
  examples(remove, context, "cli-units-remove-examples").action(async (unit: string) => {
    context.exitCode = await removeOne(context, unit);
  });

  for (const archived of [true, false]) {
    const name = archived ? "archive" : "unarchive";
    const command = units.command(name).description(t(`cli-units-${name}-description`)).argument(code, t("cli-units-code-argument"));
    examples(command, context, `cli-units-${name}-examples`).action(async (unit: string) => {
      context.exitCode = await archiveOne(context, unit, archived);
    });
  }
}

function refused(context: CliContext, key: string, args: Record<string, string | number>, problems: readonly RowProblem[]): number {
  const { io, t } = context;
  io.stderr.write(`${[t(key, args), ...problems.map((p) => `  - ${unitProblemText(t, p)}`)].join("\n")}\n`);
  return 1;
}

async function editOne(context: CliContext, code: string, options: EditOptions & { readonly top?: boolean }): Promise<number> {
  const { io, t } = context;
  if (options.top && options.parent !== undefined) throw new CommandUsageError("cli-units-edit-parent-or-top");
  if (options.name === undefined && options.members === undefined && options.parent === undefined && !options.top) throw new CommandUsageError("cli-units-edit-nothing-given");
  const parentCode = options.top ? "" : options.parent;
  return withApp(context, async (app) => {
    const outcome = await editUnit(app, {
      code,
      ...(options.name === undefined ? {} : { name: options.name }),
      ...(options.members === undefined ? {} : { members: options.members }),
      ...(parentCode === undefined ? {} : { parentCode }),
    });
    if (!outcome.ok && outcome.reason === "unknown-unit") throw new CommandUsageError("cli-unknown-unit", { code });
    if (!outcome.ok) return refused(context, "units-edit-refused", { code: outcome.unit.code, name: outcome.unit.name }, outcome.problems);
    if (!outcome.update) {
      io.stdout.write(`${t("units-edit-unchanged", { code: outcome.unit.code, name: outcome.unit.name })}\n`);
      return 0;
    }
    const lines = unitUpdateLines(t, outcome.update).map((line) => `  ${line}`);
    io.stdout.write(`${[t("units-edit-done", { code: outcome.unit.code, name: outcome.update.name?.to ?? outcome.unit.name }), ...lines].join("\n")}\n`);
    return 0;
  });
}

function usesLines(t: Translate, uses: UnitUses): string[] {
  return (Object.entries(uses) as [keyof UnitUses, number][]).filter(([, n]) => n > 0).map(([what, count]) => `  - ${t(`units-remove-uses-${what}`, { count })}`);
}

async function removeOne(context: CliContext, code: string): Promise<number> {
  const { io, t } = context;
  return withApp(context, async (app) => {
    const outcome = await removeUnit(app, { code });
    if (!outcome.ok && outcome.reason === "unknown-unit") throw new CommandUsageError("cli-unknown-unit", { code });
    if (!outcome.ok) {
      const args = { code: outcome.unit.code, name: outcome.unit.name };
      io.stderr.write(`${[t("units-remove-refused", args), ...usesLines(t, outcome.uses), t("units-remove-archive-instead", args)].join("\n")}\n`);
      return 1;
    }
    io.stdout.write(`${t("units-removed", { code: outcome.unit.code, name: outcome.unit.name })}\n`);
    return 0;
  });
}

async function archiveOne(context: CliContext, code: string, archived: boolean): Promise<number> {
  const { io, t } = context;
  return withApp(context, async (app) => {
    const outcome = await setUnitArchived(app, { code, archived });
    if (!outcome.ok && outcome.reason === "unknown-unit") throw new CommandUsageError("cli-unknown-unit", { code });
    const name = archived ? "archive" : "unarchive";
    if (!outcome.ok) return refused(context, `units-${name}-refused`, { code: outcome.unit.code, name: outcome.unit.name }, outcome.problems);
    const key = outcome.changed ? (archived ? "units-archived" : "units-unarchived") : archived ? "units-already-archived" : "units-already-active";
    io.stdout.write(`${t(key, { code: outcome.unit.code, name: outcome.unit.name })}\n`);
    return 0;
  });
}
