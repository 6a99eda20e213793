import type { UnitRef } from "../domain/org.ts";
import { dayFirst } from "../domain/period.ts";
import { periodLabel } from "../engine/render/render-context.ts";
import { stageLabel } from "../engine/render/stage-label.ts";
import type { Translate } from "../i18n/translator.ts";
import { trimmedNames } from "./cell-registrations.ts";
import type { Overview, RemindNowResult } from "./remind-now.ts";

/**
 * What an admin is told by `/remind` and `npx bontot remind` (late cells, the next scheduled
 * reminder, who cannot be reminded) and after reminding at once: the same words in chat and on
 * the command line. A chat trims long lists of cells ("…và 4 chi bộ khác"); the CLI names all.
 */
export interface ReplyStyle {
  /** How many cells a list names before counting the rest; Infinity names all. */
  readonly cap: number;
  readonly timeZone: string;
}

export function overviewReply(t: Translate, overview: Extract<Overview, { ok: true }>, style: ReplyStyle & { readonly how: string; readonly plan?: readonly string[] }): string {
  const lines = [t("remind-overview-title", { unit: overview.scope?.name ?? t("remind-overview-all-units") })];
  if (overview.periods.length === 0) return [...lines, t("remind-no-open-period")].join("\n");
  let anyAwaiting = false;
  for (const p of overview.periods) {
    const period = periodLabel(p.key);
    if (p.awaiting.length === 0) {
      lines.push(t("remind-overview-all-submitted", { period }));
      continue;
    }
    anyAwaiting = true;
    lines.push(t("remind-overview-period", { period, due: dayFirst(p.due), awaiting: p.awaiting.length, cells: p.cells }));
    lines.push(p.next ? t("remind-overview-next", { ...clock(p.next.at, style.timeZone), stage: stageLabel(t, p.next.stage) }) : t("remind-overview-no-next"));
    if (p.nobody.length > 0) lines.push(t("remind-nobody", { count: p.nobody.length, cells: names(t, p.nobody, style.cap) }));
  }
  if (style.plan && style.plan.length > 0) lines.push(t("remind-title"), ...style.plan);
  if (anyAwaiting) lines.push(style.how);
  return lines.join("\n");
}

export function remindNowReply(t: Translate, result: Extract<RemindNowResult, { ok: true }>, style: ReplyStyle): string {
  if (result.periods.length === 0) return t("remind-no-open-period");
  const lines: string[] = [];
  for (const p of result.periods) {
    const period = periodLabel(p.key);
    if (p.reminded.length + p.alreadyToday.length + p.nobody.length + p.unreachable.length === 0) {
      lines.push(t("remind-overview-all-submitted", { period }));
      continue;
    }
    const messages = p.messages;
    if (p.reminded.length > 0) {
      lines.push(
        result.held
          ? t("remind-now-held", { cells: p.reminded.length, period, messages, ...clock(result.sendAt, style.timeZone) })
          : t("remind-now-sent", { cells: p.reminded.length, period, messages }),
      );
    }
    if (p.reminded.length + p.alreadyToday.length === 0) lines.push(t("remind-now-none", { period }));
    if (p.alreadyToday.length > 0) lines.push(t("remind-now-already", { count: p.alreadyToday.length, cells: names(t, p.alreadyToday, style.cap) }));
    if (p.nobody.length > 0) lines.push(t("remind-nobody", { count: p.nobody.length, cells: names(t, p.nobody, style.cap) }));
    if (p.unreachable.length > 0) lines.push(t("remind-unreachable", { count: p.unreachable.length, cells: names(t, p.unreachable, style.cap) }));
  }
  return lines.join("\n");
}

export const names = (t: Translate, cells: readonly UnitRef[], cap: number): string =>
  trimmedNames(
    cells.map((c) => c.name),
    (count) => t("list-more", { count }),
    cap,
  );

/** "07:00" and "03/12/2026" in the committees' time zone. */
export function clock(instant: Date, timeZone: string): { time: string; date: string } {
  const parts = new Intl.DateTimeFormat("en-GB", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).formatToParts(instant);
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? "";
  return { time: `${get("hour")}:${get("minute")}`, date: dayFirst(`${get("year")}-${get("month")}-${get("day")}`) };
}
