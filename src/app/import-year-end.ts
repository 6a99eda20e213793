import type { UnitRef } from "../domain/org.ts";
import type { Stores } from "../ports/stores.ts";
import type { YearEndRating } from "../ports/year-end-store.ts";
import { reasonRefusal } from "./approve-missed-meeting.ts";
import type { Change, RatingValues } from "./enter-year-end-rating.ts";
import type { App } from "./open-app.ts";
import { parseMonth, parseSharePercent, parseYear, parseYearEndRating } from "./year-end-values.ts";
import { MEETING_KINDS, RATED_KINDS, monthRefusal, yearRefusal, type YearEndRefusal } from "./year-end-unit.ts";

/** A spreadsheet cell's value as read: text, a number, a date, or nothing. */
export type SheetValue = string | number | Date | null;

/**
 * One row of an office's spreadsheet, by meaning (the reader maps the columns). A row may carry
 * a unit's rating and share, an approved missed meeting (month and reason), or both.
 */
export interface ImportRow {
  /** The sheet's name in a workbook; absent for a CSV file. */
  readonly sheet?: string;
  /** The row's number as the spreadsheet shows it (the header is usually row 1). */
  readonly row: number;
  readonly code: SheetValue;
  readonly year?: SheetValue;
  readonly rating?: SheetValue;
  readonly share?: SheetValue;
  /** The share's cell is formatted as a percentage: its number is a fraction (0.95). */
  readonly sharePercentFormat?: boolean;
  readonly month?: SheetValue;
  readonly reason?: SheetValue;
}

/** A row that cannot be taken, and why: `reason` names the locale message `yearend-<reason>`. */
export interface ImportProblem {
  readonly sheet?: string;
  readonly row: number;
  readonly refusal: YearEndRefusal;
}

export interface RatingPlan {
  readonly unit: UnitRef;
  readonly year: number;
  readonly before: RatingValues | null;
  readonly after: RatingValues;
  readonly change: Change;
}

export interface MissedPlan {
  readonly unit: UnitRef;
  readonly periodKey: string;
  readonly reason: string;
  readonly before: string | null;
  readonly change: Change;
}

export type ImportOutcome =
  | { readonly ok: true; readonly written: boolean; readonly ratings: readonly RatingPlan[]; readonly missed: readonly MissedPlan[] }
  | { readonly ok: false; readonly problems: readonly ImportProblem[] };

const text = (value: SheetValue | undefined): string => (value === null || value === undefined ? "" : value instanceof Date ? value.toISOString().slice(0, 10) : String(value).trim());
const given = (value: SheetValue | undefined): boolean => text(value).length > 0;

interface RatingDraft {
  readonly unit: UnitRef;
  readonly year: number;
  rating?: YearEndRating;
  ratingRow?: number;
  share?: number;
  shareRow?: number;
}

/**
 * The committee's year-end inputs from an office's spreadsheet, all or nothing. Every row is
 * checked first (the unit exists and is of the right kind, the rating, the percent, the year,
 * the month, the reason; a unit's value given twice differently) and every problem is returned
 * with its row; nothing is written unless there is none. Then each unit's rating and each
 * approved missed meeting is compared with what is stored (new / changed / unchanged) and,
 * unless `dryRun`, what changed is written with its audit entries in one transaction. A row's
 * empty cells keep what is stored. The import acts as the system (the CLI): no subtree applies.
 */
export function importYearEnd(
  app: Pick<App, "inTransaction" | "clock" | "config">,
  input: { readonly rows: readonly ImportRow[]; readonly year?: number; readonly dryRun: boolean; readonly source: string },
): Promise<ImportOutcome> {
  const at = app.clock.now();
  const { timeZone } = app.config;
  return app.inTransaction(async (s) => {
    const units = await unitsByCode(s);
    const problems: ImportProblem[] = [];
    const ratings = new Map<string, RatingDraft>();
    const missed = new Map<string, { unit: UnitRef; periodKey: string; reason: string; row: number }>();

    for (const row of input.rows) {
      const problem = (refusal: YearEndRefusal): void => void problems.push({ ...(row.sheet === undefined ? {} : { sheet: row.sheet }), row: row.row, refusal });
      const hasRating = given(row.rating) || given(row.share);
      const hasMissed = given(row.month) || given(row.reason);
      const code = text(row.code);
      if (code.length === 0) {
        if (hasRating || hasMissed) problem({ ok: false, reason: "import-code-missing", args: {} });
        continue;
      }
      const unit = units(code);
      if (!unit) {
        problem({ ok: false, reason: "unknown-unit", args: { code } });
        continue;
      }
      let year = input.year;
      if (given(row.year)) {
        year = parseYear(typeof row.year === "number" ? row.year : text(row.year));
        if (year === undefined) {
          problem({ ok: false, reason: "bad-year", args: { year: text(row.year) } });
          continue;
        }
        if (input.year !== undefined && year !== input.year) {
          problem({ ok: false, reason: "import-other-year", args: { year: String(year), expected: String(input.year) } });
          continue;
        }
      }
      const badYear = year === undefined ? undefined : yearRefusal(year, at, timeZone);
      if (badYear) {
        problem(badYear);
        continue;
      }

      if (hasRating) {
        if (year === undefined) problem({ ok: false, reason: "import-year-missing", args: {} });
        else if (!RATED_KINDS.includes(unit.kind)) problem({ ok: false, reason: "wrong-kind-rating", args: { unit: unit.name, code: unit.code, kind: unit.kind } });
        else {
          const rating = given(row.rating) ? parseYearEndRating(text(row.rating)) : undefined;
          const share = given(row.share) ? parseSharePercent(typeof row.share === "number" ? row.share : text(row.share), { percentFormat: row.sharePercentFormat === true }) : undefined;
          if (given(row.rating) && rating === undefined) problem({ ok: false, reason: "bad-rating", args: { rating: text(row.rating) } });
          if (share && !share.ok) problem({ ok: false, reason: "bad-percent", args: { share: text(row.share) } });
          const key = `${unit.id}/${year}`;
          const draft = ratings.get(key) ?? { unit, year };
          ratings.set(key, draft);
          if (rating !== undefined) {
            if (draft.rating !== undefined && draft.rating !== rating) problem({ ok: false, reason: "import-twice", args: { code: unit.code, other: String(draft.ratingRow ?? 0) } });
            else [draft.rating, draft.ratingRow] = [rating, row.row];
          }
          if (share?.ok) {
            if (draft.share !== undefined && draft.share !== share.value) problem({ ok: false, reason: "import-twice", args: { code: unit.code, other: String(draft.shareRow ?? 0) } });
            else [draft.share, draft.shareRow] = [share.value, row.row];
          }
        }
      }

      if (hasMissed) {
        const periodKey = given(row.month) ? parseMonth(row.month instanceof Date || typeof row.month === "number" ? row.month : text(row.month)) : undefined;
        const reason = reasonRefusal(text(row.reason));
        if (!MEETING_KINDS.includes(unit.kind)) problem({ ok: false, reason: "wrong-kind-missed", args: { unit: unit.name, code: unit.code, kind: unit.kind } });
        else if (!given(row.month)) problem({ ok: false, reason: "import-month-missing", args: {} });
        else if (periodKey === undefined) problem({ ok: false, reason: "bad-period", args: { period: text(row.month) } });
        else if ("ok" in reason) problem(reason);
        else {
          const badMonth = monthRefusal(periodKey, at, timeZone) ?? (year !== undefined && !periodKey.startsWith(`${year}-`) ? { ok: false as const, reason: "import-month-other-year", args: { period: periodKey, year: String(year) } } : undefined);
          const key = `${unit.id}/${periodKey}`;
          const earlier = missed.get(key);
          if (badMonth) problem(badMonth);
          else if (earlier && earlier.reason !== reason.text) problem({ ok: false, reason: "import-twice", args: { code: unit.code, other: String(earlier.row) } });
          else if (!earlier) missed.set(key, { unit, periodKey, reason: reason.text, row: row.row });
        }
      }
    }
    if (problems.length > 0) return { ok: false, problems };

    const ratingPlans = await planRatings(s, [...ratings.values()]);
    const missedPlans = await planMissed(s, [...missed.values()]);
    const dryRun = input.dryRun;
    if (!dryRun) await write(s, ratingPlans, missedPlans, at, input.source);
    return { ok: true, written: !dryRun, ratings: ratingPlans, missed: missedPlans };
  });
}

/** Finds a unit by its code as typed, or in other letter case when that is unambiguous ("mk-pl1"). */
async function unitsByCode(s: Stores): Promise<(code: string) => UnitRef | undefined> {
  const all = await s.org.listUnits();
  const exact = new Map(all.map((u) => [u.code, u]));
  const folded = new Map<string, UnitRef | null>();
  for (const u of all) folded.set(u.code.toUpperCase(), folded.has(u.code.toUpperCase()) ? null : u);
  return (code) => exact.get(code) ?? folded.get(code.toUpperCase()) ?? undefined;
}

async function planRatings(s: Stores, drafts: readonly RatingDraft[]): Promise<RatingPlan[]> {
  const plans: RatingPlan[] = [];
  for (const year of new Set(drafts.map((d) => d.year))) {
    const ofYear = drafts.filter((d) => d.year === year);
    const stored = new Map((await s.yearEnd.ratingsOf(ofYear.map((d) => d.unit.id), year)).map((r) => [r.unitId, r]));
    for (const d of ofYear) {
      const row = stored.get(d.unit.id);
      const before: RatingValues | null = row ? { rating: row.rating, shareGoodPercent: row.shareGoodPercent } : null;
      const after: RatingValues = { rating: d.rating ?? before?.rating ?? null, shareGoodPercent: d.share ?? before?.shareGoodPercent ?? null };
      const change: Change = !before ? "new" : before.rating === after.rating && before.shareGoodPercent === after.shareGoodPercent ? "unchanged" : "changed";
      plans.push({ unit: d.unit, year, before, after, change });
    }
  }
  return plans;
}

async function planMissed(s: Stores, drafts: readonly { unit: UnitRef; periodKey: string; reason: string }[]): Promise<MissedPlan[]> {
  const plans: MissedPlan[] = [];
  for (const year of new Set(drafts.map((d) => d.periodKey.slice(0, 4)))) {
    const ofYear = drafts.filter((d) => d.periodKey.startsWith(year));
    const stored = await s.yearEnd.approvedMissedMeetings([...new Set(ofYear.map((d) => d.unit.id))], Number(year));
    for (const d of ofYear) {
      const before = stored.find((a) => a.unitId === d.unit.id && a.periodKey === d.periodKey)?.reason ?? null;
      plans.push({ ...d, before, change: before === null ? "new" : before === d.reason ? "unchanged" : "changed" });
    }
  }
  return plans;
}

async function write(s: Stores, ratings: readonly RatingPlan[], missed: readonly MissedPlan[], at: Date, source: string): Promise<void> {
  const changedRatings = ratings.filter((p) => p.change !== "unchanged");
  await s.yearEnd.enterRatings(changedRatings.map((p) => ({ unitId: p.unit.id, year: p.year, ...p.after, by: null, at })));
  for (const p of changedRatings) {
    await s.audit.record({ at, actorId: null, action: "yearend.rating", subject: `unit:${p.unit.code}`, details: { year: p.year, ...p.after, before: p.before, via: "import", source } });
  }
  for (const p of missed.filter((m) => m.change !== "unchanged")) {
    await s.yearEnd.approveMissedMeeting({ unitId: p.unit.id, periodKey: p.periodKey, reason: p.reason, by: null, at });
    await s.audit.record({ at, actorId: null, action: "yearend.missed.approve", subject: `unit:${p.unit.code}`, details: { period: p.periodKey, reason: p.reason, before: p.before, via: "import", source } });
  }
  const count = (plans: readonly { change: Change }[]) => ({
    new: plans.filter((p) => p.change === "new").length,
    changed: plans.filter((p) => p.change === "changed").length,
    unchanged: plans.filter((p) => p.change === "unchanged").length,
  });
  await s.audit.record({ at, actorId: null, action: "yearend.import", subject: `file:${source}`, details: { ratings: count(ratings), missed: count(missed) } });
}
