import type { UnitRef } from "../domain/org.ts";
import { calendarDateAt, dayFirst, monthOfQuarter, parsePeriodKey, periodKeyAt, periodKeyOf, periodMonthOf } from "../domain/period.ts";
import { answeredItemCount, itemCount } from "../domain/questionnaire/flow.ts";
import { periodWindow } from "../domain/schedule-rules.ts";
import type { Locale } from "../i18n/locale.ts";
import type { AssessmentTurnDeps } from "./assessment-turn.ts";
import type { AssessmentView, PeriodView } from "./ports.ts";

export type CellProgressDeps = Pick<AssessmentTurnDeps, "turns" | "periods" | "questionnaires" | "translator" | "clock" | "timeZone" | "calendar">;

/** Where each of a person's cells stands in a period, as short localized lines for greetings and pickers. */
export function createCellProgress(deps: CellProgressDeps) {
  const t = (locale: Locale, key: string, args?: Record<string, string | number>): string => deps.translator.t(locale, key, args);

  async function line(assessment: AssessmentView | undefined, period: PeriodView, locale: Locale, late: boolean): Promise<string> {
    if (assessment?.submitted) {
      // A questionnaire without a score (the yearly self-assessment) is just sent.
      return assessment.submitted.maxScore > 0 ? t(locale, "progress-submitted", { score: assessment.submitted.score, max: assessment.submitted.maxScore }) : t(locale, "progress-sent");
    }
    // A closed period is still being answered by a cell allowed a late report.
    if (!period.open && !late) return t(locale, "progress-not-reported");
    if (!assessment || assessment.answers.size === 0) return t(locale, "progress-not-started");
    const definition = await deps.questionnaires.get(assessment.questionnaireVersionId);
    const month = periodMonthOf(period.key)?.month ?? 1;
    const ctx = { answers: assessment.answers, memberCount: assessment.unit.memberCount, monthOfQuarter: monthOfQuarter(month) };
    return t(locale, "progress-in-progress", { answered: answeredItemCount(definition, ctx), items: itemCount(definition) });
  }

  return {
    /** unit id -> "đang làm: 5/16 câu", "đã gửi (85/100 điểm)", …; `late`: the cells may answer the (closed) period late. */
    async lines(cells: readonly UnitRef[], period: PeriodView, locale: Locale, options: { readonly late?: boolean } = {}): Promise<Map<number, string>> {
      const assessments = await deps.turns.assessmentsOf(
        cells.map((c) => c.id),
        period.id,
      );
      const result = new Map<number, string>();
      for (const cell of cells) result.set(cell.id, await line(assessments.find((a) => a.unit.id === cell.id), period, locale, options.late ?? false));
      return result;
    },

    /**
     * "No period is open. Period 11/2026 has closed (Chi bộ A: sent, 85/100); period 12/2026 opens
     * on 25/12/2026." Grassroots committees hear of their yearly self-assessment instead.
     */
    async noOpenPeriod(units: readonly UnitRef[], locale: Locale): Promise<string> {
      const cells = units.filter((u) => u.kind !== "grassroots_committee");
      const committees = units.filter((u) => u.kind === "grassroots_committee");
      const lines = cells.length > 0 ? [await this.noOpenMonth(cells, locale)] : [];
      if (committees.length > 0) lines.push(await this.noOpenYear(committees, locale));
      return lines.join("\n");
    },

    /** The cells' part of `noOpenPeriod`. */
    async noOpenMonth(cells: readonly UnitRef[], locale: Locale): Promise<string> {
      const lines = [t(locale, "no-open-period")];
      const last = await deps.periods.latest();
      if (last) {
        const states = await this.lines(cells, last, locale);
        const each = cells.map((c) => t(locale, "cell-progress-line", { unit: c.name, progress: states.get(c.id) ?? "" })).join("\n");
        lines.push(t(locale, "last-period-closed", { period: dayFirst(last.key) }), each);
      }
      const next = nextPeriodKey(last, deps.clock.now(), deps.timeZone);
      const opensAt = periodWindow(next, deps.calendar, deps.timeZone).opensAt;
      lines.push(t(locale, "next-period-opens", { period: dayFirst(next), date: dayFirst(calendarDateAt(opensAt, deps.timeZone)) }));
      return lines.join("\n");
    },

    /** "The yearly self-assessment is not open. 2025's has closed (…: sent); 2026's opens on 01/12/2026." */
    async noOpenYear(committees: readonly UnitRef[], locale: Locale): Promise<string> {
      const lines = [t(locale, "yearly-none-open")];
      const last = await deps.periods.latest("yearly");
      if (last) {
        const states = await this.lines(committees, last, locale);
        const each = committees.map((c) => t(locale, "cell-progress-line", { unit: c.name, progress: states.get(c.id) ?? "" })).join("\n");
        lines.push(t(locale, "yearly-last-closed", { period: last.key }), each);
      }
      const today = calendarDateAt(deps.clock.now(), deps.timeZone);
      // The year after the last one, but never a year already past: this year's opens in December.
      const next = String(Math.max(last ? Number(last.key) + 1 : today.year, today.year));
      const opensAt = periodWindow(next, deps.calendar, deps.timeZone).opensAt;
      lines.push(t(locale, "yearly-next-opens", { period: next, date: dayFirst(calendarDateAt(opensAt, deps.timeZone)) }));
      return lines.join("\n");
    },
  };
}

/** The month after the latest period, or this month when there has been none yet. */
function nextPeriodKey(last: PeriodView | null, now: Date, timeZone: string): string {
  const parsed = last ? parsePeriodKey(last.key) : undefined;
  if (!parsed) return periodKeyAt(now, timeZone);
  return parsed.month === 12 ? periodKeyOf(parsed.year + 1, 1) : periodKeyOf(parsed.year, parsed.month + 1);
}
