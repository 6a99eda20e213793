import type { RowProblem, UnitUpdate } from "../domain/units/unit-import-plan.ts";
import type { Translate } from "../i18n/translator.ts";

/** Arguments naming a kind (`cell`, …) are shown with the kind's label ("chi bộ"). */
const KIND_ARGS = new Set(["kind", "parentKind", "stored", "given"]);

/** Why a row or an edit is refused, in the reader's words (without the row). */
export function unitProblemText(t: Translate, problem: RowProblem): string {
  const args: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(problem.args)) args[key] = KIND_ARGS.has(key) && typeof value === "string" && value !== "" ? t(`kind-${value}`) : value;
  return t(`units-problem-${problem.problem}`, args);
}

/** The row and code a problem is about: "Dòng 7 (MK-PL1)". */
export function unitRowLabel(t: Translate, problem: Pick<RowProblem, "row" | "code">): string {
  return problem.code === "" ? t("units-row-no-code", { row: problem.row }) : t("units-row", { row: problem.row, code: problem.code });
}

/** Each change of a unit, one line each: "tên: A → B", "cấp trên: MK → MK-THPT", "số đảng viên: 18 → 20". */
export function unitUpdateLines(t: Translate, update: UnitUpdate): string[] {
  const top = t("units-top");
  return [
    ...(update.name ? [t("units-change-name", { from: update.name.from, to: update.name.to })] : []),
    ...(update.parent ? [t("units-change-parent", { from: update.parent.from ?? top, to: update.parent.to ?? top })] : []),
    ...(update.members ? [t("units-change-members", { from: update.members.from, to: update.members.to })] : []),
    ...(update.archived ? [t(update.archived.to ? "units-change-archived" : "units-change-unarchived")] : []),
  ];
}
