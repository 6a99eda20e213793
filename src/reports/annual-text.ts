import { dayFirst } from "../domain/period.ts";
import type { Locale } from "../i18n/locale.ts";
import type { MessageArgs, Translator } from "../i18n/translator.ts";
import { annualGroups, criterionMark, mark, verdictCounts, verdictKey, type AnnualCellRow, type AnnualReport, type AnnualTitle } from "./annual-report.ts";

/**
 * `bontot annual --format text`: per parent unit, each cell ✓ eligible / ✗ not yet / … still
 * open, with the rules that failed (or, while open, the rules still waiting), and each grassroots
 * committee's nine criteria with their explanations.
 */
export function annualReportText(report: AnnualReport, translator: Translator, locale: Locale): string {
  const t = (key: string, args?: MessageArgs): string => translator.t(locale, key, args);
  const counts = verdictCounts(report.cells);
  const lines: string[] = [
    report.unit ? t("annual-text-title", { year: String(report.year), unit: report.unit.name, code: report.unit.code }) : t("annual-text-title-all", { year: String(report.year) }),
  ];
  if (report.cells.some((c) => !c.final) || report.committees.some((c) => c.eligible === null)) lines.push(t("annual-so-far"));
  lines.push(t("annual-text-total", { cells: report.cells.length, eligible: counts.eligible, notEligible: counts.notEligible, open: counts.open }));
  lines.push(t("annual-text-legend"));
  for (const group of annualGroups(report)) {
    lines.push("", t("annual-text-group", { unit: group.name, code: group.code, cells: group.cells.length }));
    for (const cell of group.cells) lines.push(...cellLines(cell, t));
    if (group.committee) {
      const committee = group.committee;
      lines.push(`  ${t("annual-text-criteria", { verdict: `${mark(committee.eligible)} ${t(verdictKey(committee.eligible))}` })}`);
      for (const c of committee.criteria) lines.push(`    ${t("annual-text-criterion", { mark: criterionMark(c), id: c.id, name: t(`annual-criterion-${c.id}`), detail: c.detail })}`);
      if (committee.title) lines.push(`    ${titleLine(committee.title, t)}`);
    }
  }
  return `${lines.join("\n")}\n`;
}

function cellLines(cell: AnnualCellRow, t: (key: string, args?: MessageArgs) => string): string[] {
  const lines = [
    `  ${t("annual-text-cell", {
      mark: mark(cell.eligible),
      cell: cell.name,
      code: cell.code,
      verdict: t(verdictKey(cell.eligible)),
      reported: cell.monthsReported,
      fourGood: cell.monthsFourGood,
    })}`,
  ];
  const failed = cell.reasons.filter((r) => r.met === false);
  for (const reason of failed) lines.push(`      ✗ ${reason.detail}`);
  if (cell.eligible === null) {
    const waiting = cell.reasons.filter((r) => r.met === null).map((r) => t(`annual-rule-${r.rule}`));
    lines.push(`      … ${t("annual-text-waiting", { rules: waiting.join(", ") })}`);
  }
  if (cell.title) lines.push(`      ${titleLine(cell.title, t)}`);
  return lines;
}

export function titleLine(title: AnnualTitle, t: (key: string, args?: MessageArgs) => string): string {
  const decision = t(title.conferred ? "annual-title-conferred" : "annual-title-not-conferred");
  const line = t("annual-title-decision", { decision, date: dayFirst(title.decidedAt.slice(0, 10)) });
  return title.note ? `${line}: ${title.note}` : line;
}
