import { dayFirst } from "../domain/period.ts";
import type { Translate } from "../i18n/translator.ts";
import type { Locale } from "../i18n/locale.ts";
import type { Translator } from "../i18n/translator.ts";
import type { Digest } from "./digest.ts";

/** Longest list of names before "and N more": keeps a digest readable and within message limits. */
const MAX_NAMES = 25;

/** The digest as text in the group's language; `final` marks the period-close summary. */
export function renderDigest(translator: Translator, locale: Locale, digest: Digest, options: { final: boolean }): string {
  const t = (key: string, args?: Record<string, string | number>): string => translator.t(locale, key, args);
  const period = dayFirst(digest.periodKey);
  const lines = [t(options.final ? "digest-title-final" : "digest-title", { unit: digest.unit.name, period })];
  lines.push(t("digest-submitted", { submitted: digest.submitted, cells: digest.cells }));
  if (digest.missing.length > 0) lines.push(t(options.final ? "digest-not-reported" : "digest-missing", { cells: names(t, digest.missing) }));
  if (digest.submitted > 0) {
    lines.push(t("digest-four-good", { fourGood: digest.fourGood, submitted: digest.submitted }));
    lines.push(t("digest-criteria", { criteria: digest.criteria.map((c) => `${c.id} ${c.met}/${digest.submitted}`).join(" · ") }));
  }
  // Which questionnaire the standings come from: a subtree may answer its own (issue 13).
  const [only, ...others] = digest.questionnaires;
  if (only) {
    const list = others.length === 0 ? only.name : digest.questionnaires.map((q) => t("digest-questionnaire-cells", { name: q.name, cells: q.cells })).join(" · ");
    lines.push(t("digest-questionnaire", { list }));
  }
  for (const veto of digest.vetoes) lines.push(t("digest-veto", { cell: veto.cell, reasons: veto.labels.map((l) => t(l)).join("; ") }));
  for (const warning of digest.warnings) lines.push(t("digest-warning", { cell: warning.cell, reasons: warning.labels.map((l) => t(l)).join("; ") }));
  if (digest.previous) {
    const p = digest.previous;
    const trend = digest.averageScore !== null && p.averageScore !== null ? signed(Math.round((digest.averageScore - p.averageScore) * 10) / 10) : "—";
    lines.push(
      t("digest-previous", {
        period: dayFirst(p.periodKey),
        fourGood: p.fourGood,
        cells: p.cells,
        average: digest.averageScore ?? "—",
        trend,
      }),
    );
  } else if (digest.averageScore !== null) {
    lines.push(t("digest-average", { average: digest.averageScore }));
  }
  if (digest.highlights.length > 0) {
    lines.push(t("digest-highlights"));
    for (const h of digest.highlights) lines.push(t("digest-highlight", { cell: h.cell, text: h.text }));
  }
  return lines.join("\n");
}

function names(t: Translate, list: readonly string[]): string {
  if (list.length <= MAX_NAMES) return list.join(", ");
  return `${list.slice(0, MAX_NAMES).join(", ")} ${t("digest-and-more", { count: list.length - MAX_NAMES })}`;
}

function signed(value: number): string {
  return value > 0 ? `+${value}` : String(value);
}
