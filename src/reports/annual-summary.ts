import type { Locale } from "../i18n/locale.ts";
import type { MessageArgs, Translator } from "../i18n/translator.ts";
import { listText, verdictCounts, verdictKey, mark, type AnnualReport } from "./annual-report.ts";

/** Telegram's limit is 4,096 characters; a message stays well under it (Zalo splits on its own). */
export const SUMMARY_MESSAGE_MAX = 3_500;
/** Cells not yet eligible listed one per line; the rest are counted. */
const NOT_ELIGIBLE_LINES = 15;
const COMMITTEE_LINES = 10;

/**
 * The year in a few lines for a chat (/nam): how many cells are eligible, not yet, still open;
 * each cell not eligible with the first rule it failed; each grassroots committee's criteria
 * met / not met / still open / without data. Long lists end with "and N more"; the lines are
 * packed into as few messages as fit under SUMMARY_MESSAGE_MAX.
 */
export function annualSummary(report: AnnualReport, translator: Translator, locale: Locale, unit: { readonly code: string; readonly name: string }): string[] {
  const t = (key: string, args?: MessageArgs): string => translator.t(locale, key, args);
  const counts = verdictCounts(report.cells);
  const lines = [t("annual-chat-title", { year: String(report.year), unit: unit.name })];
  if (report.cells.some((c) => !c.final) || report.committees.some((c) => c.eligible === null)) lines.push(t("annual-so-far"));
  if (report.cells.length === 0) lines.push(t("annual-chat-no-cells"));
  else lines.push(t("annual-chat-cells", { cells: report.cells.length, eligible: counts.eligible, notEligible: counts.notEligible, open: counts.open }));

  const eligible = report.cells.filter((c) => c.eligible === true).map((c) => c.name);
  if (eligible.length > 0) lines.push(`✓ ${t("annual-chat-eligible", { cells: listText(eligible, t, 10) })}`);

  const notEligible = report.cells.filter((c) => c.eligible === false);
  for (const cell of notEligible.slice(0, NOT_ELIGIBLE_LINES)) {
    const first = cell.reasons.find((r) => r.met === false);
    lines.push(`✗ ${cell.name}: ${first ? first.detail : t(verdictKey(false))}`);
  }
  if (notEligible.length > NOT_ELIGIBLE_LINES) lines.push(t("annual-chat-more-cells", { count: notEligible.length - NOT_ELIGIBLE_LINES }));

  if (report.committees.length > 0) {
    lines.push("", t("annual-chat-committees"));
    for (const committee of report.committees.slice(0, COMMITTEE_LINES)) {
      const count = (wanted: (c: (typeof committee.criteria)[number]) => boolean): number => committee.criteria.filter(wanted).length;
      const failed = committee.criteria.filter((c) => c.met === false).map((c) => c.id);
      lines.push(
        t("annual-chat-committee", {
          mark: mark(committee.eligible),
          unit: committee.name,
          verdict: t(verdictKey(committee.eligible)),
          met: count((c) => c.met === true),
          notMet: failed.length,
          open: count((c) => c.met === null && c.source !== "missing"),
          missing: count((c) => c.met === null && c.source === "missing"),
        }) + (failed.length > 0 ? ` ${t("annual-chat-committee-failed", { ids: failed.join(", ") })}` : ""),
      );
    }
    if (report.committees.length > COMMITTEE_LINES) lines.push(t("annual-chat-more-committees", { count: report.committees.length - COMMITTEE_LINES }));
  }
  lines.push("", t("annual-chat-hint", { year: String(report.year), code: unit.code }));
  return pack(lines, SUMMARY_MESSAGE_MAX);
}

/** Whole lines into as few texts as fit under `max` (a single overlong line is cut). */
export function pack(lines: readonly string[], max: number): string[] {
  const texts: string[] = [];
  let current = "";
  for (const raw of lines) {
    const line = raw.length > max ? `${raw.slice(0, max - 1)}…` : raw;
    if (current.length > 0 && current.length + 1 + line.length > max) {
      texts.push(current.trimEnd());
      current = line;
    } else current = current.length > 0 ? `${current}\n${line}` : line;
  }
  if (current.trim().length > 0) texts.push(current.trimEnd());
  return texts;
}
