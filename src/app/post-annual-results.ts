import { calendarDateAt } from "../domain/period.ts";
import { notBefore } from "../domain/schedule-rules.ts";
import type { BoundGroup, OutboxDraft } from "../engine/ports.ts";
import type { OutgoingMessage } from "../engine/messages.ts";
import type { Locale } from "../i18n/locale.ts";
import type { MessageArgs } from "../i18n/translator.ts";
import type { UnitNode } from "../ports/org-store.ts";
import type { AnnualReport } from "../reports/annual-report.ts";
import { annualSummary } from "../reports/annual-summary.ts";
import { annualResults } from "./annual-results.ts";
import type { App } from "./open-app.ts";

export type AnnualPostApp = Pick<App, "stores" | "translator" | "directory" | "outbox" | "clock" | "config">;

/** The key a group's January post is enqueued under: once per group and year, whoever posts it and however often. */
export const annualDedupeKey = (year: number, group: Pick<BoundGroup, "address">): string => `annual:${year}:${group.address.channel}:${group.address.chatId}`;

/**
 * The January job: the year just ended (the slot's year − 1 in the committees' time zone) to
 * every bound group — the summary /nam gives for the group's unit, with the 12-month chart of
 * its cells — held to the end of the quiet hours like the digests. Returns how many messages
 * were offered to the outbox; for a group already posted to they are ignored there (the dedupe
 * keys make a second run, a restart, another instance or a takeover a no-op).
 */
export async function postAnnualResults(app: AnnualPostApp, slot: Date): Promise<number> {
  const year = calendarDateAt(slot, app.config.timeZone).year - 1;
  return postYear(app, year);
}

/** The year's results to every bound group (or the given ones), one enqueue per group. */
export async function postYear(app: AnnualPostApp, year: number, groups?: readonly BoundGroup[]): Promise<number> {
  const targets = groups ?? (await app.directory.boundGroups());
  if (targets.length === 0) return 0;
  const locale = app.config.defaultLocale;
  // One computation for the whole tree, each group's subtree taken from it: a province's groups
  // at several levels would otherwise compute the same cells once per level.
  const outcome = await annualResults(app, { year, locale });
  if (!outcome.ok) return 0;
  const subtrees = subtreeCodes(await app.stores.org.listUnits());
  const at = notBefore(app.clock.now(), app.config.schedule.quiet, app.config.timeZone);
  let queued = 0;
  for (const group of targets) {
    const codes = subtrees.get(group.unit.code);
    if (!codes) continue;
    const messages = await annualMessages(app, subReport(outcome.report, group.unit, codes), locale, group.unit);
    const base = annualDedupeKey(year, group);
    const drafts: OutboxDraft[] = messages.map((message, i) => ({ ...group.address, message, notBefore: at, dedupeKey: i === 0 ? base : `${base}:${i + 1}` }));
    // Each group's messages in one transaction: all of them or none.
    await app.outbox.enqueue(drafts, app.clock.now());
    queued += drafts.length;
  }
  return queued;
}

/**
 * A unit's year as chat messages: the summary's texts, the first ones carrying the chart's
 * images; images beyond the texts come with a short caption of their own.
 */
export async function annualMessages(
  app: Pick<App, "translator">,
  report: AnnualReport,
  locale: Locale,
  unit: { readonly code: string; readonly name: string },
): Promise<OutgoingMessage[]> {
  const t = (key: string, args?: MessageArgs): string => app.translator.t(locale, key, args);
  // The canvas library is loaded by the first chart drawn, not by every process that could draw one.
  const { annualChartLabels, renderAnnualCharts } = await import("../reports/annual-chart.ts");
  const texts = annualSummary(report, app.translator, locale, unit);
  const charts = renderAnnualCharts(report.cells, annualChartLabels(t, report.year, unit.name));
  const count = Math.max(texts.length, charts.length);
  return Array.from({ length: count }, (_, i): OutgoingMessage => {
    const chart = charts[i];
    const text = texts[i] ?? t("annual-post-chart-page", { year: String(report.year), unit: unit.name, page: i + 1, pages: charts.length });
    return chart ? { text, image: { base64: chart.toString("base64"), filename: `${unit.code}-${report.year}${charts.length > 1 ? `-${i + 1}` : ""}.png` } } : { text };
  });
}

/** The report restricted to one unit's subtree (`codes`: the subtree's unit codes), as /nam computes it for that unit. */
export function subReport(report: AnnualReport, unit: { readonly code: string; readonly name: string; readonly kind: UnitNode["kind"] }, codes: ReadonlySet<string>): AnnualReport {
  return {
    year: report.year,
    unit: { code: unit.code, name: unit.name, kind: unit.kind },
    cells: report.cells.filter((c) => codes.has(c.code)),
    committees: report.committees.filter((c) => codes.has(c.code)),
  };
}

/** Each unit's code -> the codes of its subtree (itself included). */
function subtreeCodes(units: readonly UnitNode[]): Map<string, Set<string>> {
  const byId = new Map(units.map((u) => [u.id, u]));
  const result = new Map<string, Set<string>>(units.map((u) => [u.code, new Set([u.code])]));
  for (const unit of units) {
    // Up the ancestors: a tree of a few levels, so a few steps per unit.
    const seen = new Set<number>();
    let parent = unit.parentId === null ? undefined : byId.get(unit.parentId);
    while (parent && !seen.has(parent.id)) {
      seen.add(parent.id);
      result.get(parent.code)?.add(unit.code);
      parent = parent.parentId === null ? undefined : byId.get(parent.parentId);
    }
  }
  return result;
}
