import type { PeriodSheet, SheetCellInput, T } from "./period-sheet.ts";
import { registrationText, statusText } from "./period-sheet.ts";

/**
 * `bontot report --format text`: the month at a glance in the terminal — per group its counts,
 * then a line per cell (status, score, verdict, criteria, vetoes, warnings, who answers), and the
 * cells nobody is registered to answer for.
 */
export function periodSheetText(report: PeriodSheet, t: T): string {
  const lines = [report.title, ""];
  for (const group of report.groups) {
    const c = group.counts;
    lines.push(t("report-text-group", { unit: group.unit?.name ?? "—", above: group.above?.name ?? "—", submitted: c.submitted, cells: c.cells, fourGood: c.fourGood }));
    for (const cell of group.cells) lines.push(cellLine(cell, t));
    lines.push("");
  }
  const total = report.total;
  lines.push(t("report-text-total", { submitted: total.submitted, cells: total.cells, fourGood: total.fourGood, working: total.working, notStarted: total.notStarted, notReported: total.notReported }));
  if (report.withoutSecretary.length > 0) {
    lines.push(t("report-text-no-secretary", { count: report.withoutSecretary.length, cells: report.withoutSecretary.map((u) => `${u.name} (${u.code})`).join(", ") }));
  }
  return `${lines.join("\n")}\n`;
}

function cellLine(cell: SheetCellInput, t: T): string {
  const parts = [statusText(t, cell.status)];
  const s = cell.standing;
  if (s) {
    parts.push(t("report-text-score", { score: s.score, max: s.maxScore }));
    parts.push(`${t("report-col-four-good")}: ${t(s.fourGood ? "report-sheet-four-good" : "report-sheet-not-four-good")}`);
    parts.push(s.criteria.map((c) => `${c.id} ${c.met ? "✓" : "✗"} ${c.points}/${c.max}`).join(", "));
  }
  const who = registrationText(t, cell.registration);
  if (who.tone !== "good") parts.push(who.text);
  const out = [`  • ${cell.code} ${cell.name} — ${parts.join(" · ")}`];
  for (const c of s?.criteria ?? []) for (const v of c.vetoes) out.push(`      ⛔ ${t("report-sheet-veto", { id: c.id, label: t(v.label) })}`);
  for (const flag of s?.flags ?? []) out.push(`      ⚠️ ${t(flag)}`);
  return out.join("\n");
}
