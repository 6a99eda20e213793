import { DEMO_ORG } from "../../src/app/demo-org.ts";
import { openApp, type App } from "../../src/app/open-app.ts";
import { loadConfig } from "../../src/config.ts";
import { periodKeyOf } from "../../src/domain/period.ts";
import { DEFAULT_MONTHLY_CELL } from "../../src/domain/questionnaire/default-monthly-cell.ts";
import type { YearEndRating } from "../../src/ports/year-end-store.ts";
import { FakeClock } from "../support/fake-clock.ts";
import { FOUND_BY_HIGHER, NOT_HELD, TASKS_HALF_DONE, admitted, monthRecord, months, type MonthSpec } from "../domain/annual/annual-fixtures.ts";

/**
 * A year of monthly reports written through the real stores, the way the bot writes them: each
 * period opened, each cell's assessment opened, answered and submitted with the standing
 * computeStanding gives (test/domain/annual/annual-fixtures.ts builds answers and standings),
 * then the period closed with the cells that did not report recorded as not reported.
 */
export interface YearSeed {
  readonly year: number;
  /** Periods 1..periods exist; 1..closed of them are closed (the rest stay open). */
  readonly periods: number;
  readonly closed: number;
  /** Per cell code: month -> spec (a perfect submitted month unless said otherwise); cells not listed report nothing. */
  readonly cells: Readonly<Record<string, Readonly<Record<number, MonthSpec>>>>;
  readonly ratings?: readonly { readonly code: string; readonly rating: YearEndRating | null; readonly share: number | null }[];
  readonly approvals?: readonly { readonly code: string; readonly month: number; readonly reason: string }[];
  readonly titles?: readonly { readonly code: string; readonly conferred: boolean; readonly note?: string }[];
}

/** The app on a fresh SQLite file with the demo organisation, its clock at `now`. */
export async function openDemoApp(dbPath: string, now: string): Promise<App> {
  const app = await openApp(loadConfig({ BONTOT_DB_PATH: dbPath, LOG_LEVEL: "silent" }), { clock: new FakeClock(now) });
  await app.stores.org.createUnits(DEMO_ORG, app.clock.now());
  return app;
}

export async function seedYear(app: Pick<App, "stores" | "clock">, seed: YearSeed): Promise<void> {
  const { stores } = app;
  const at = app.clock.now();
  const versionId = await stores.questionnaires.ensure(DEFAULT_MONTHLY_CELL);
  const { personId } = await stores.people.ensurePerson({ channel: "fake", externalId: "annual-seeder" }, at);
  const unitId = async (code: string): Promise<number> => {
    const unit = await stores.org.findUnit(code);
    if (!unit) throw new Error(`no unit ${code}`);
    return unit.id;
  };
  const allCells = (await stores.org.unitsOfKind("cell")).map((u) => u.id);
  for (let month = 1; month <= seed.periods; month++) {
    const key = periodKeyOf(seed.year, month);
    const { period } = await stores.periods.open(key, versionId, at);
    for (const [code, specs] of Object.entries(seed.cells)) {
      const spec = specs[month] ?? {};
      if (spec === "missing" || spec === "not_reported" || spec === "not_started") continue;
      const record = monthRecord(month, spec, seed.year);
      const assessment = await stores.assessments.open(await unitId(code), period.id, versionId, at);
      const save = [...(record.answers ?? new Map()).entries()].map(([questionId, value]) => ({ questionId, value }));
      if (!(await stores.assessments.answer({ assessmentId: assessment.id, answeredBy: personId, save, clear: [], at }))) throw new Error(`cannot answer ${code} ${key}`);
      if (record.status === "submitted" && record.standing) {
        if (!(await stores.assessments.submit({ assessmentId: assessment.id, standing: record.standing, submittedBy: personId, at }))) throw new Error(`cannot submit ${code} ${key}`);
      }
    }
    if (month <= seed.closed) {
      await stores.periods.close(key, at);
      await stores.assessments.recordNotReported(period.id, versionId, allCells, at);
    }
  }
  if (seed.ratings?.length) {
    const entries = [];
    for (const r of seed.ratings) entries.push({ unitId: await unitId(r.code), year: seed.year, rating: r.rating, shareGoodPercent: r.share, by: null, at });
    await stores.yearEnd.enterRatings(entries);
  }
  for (const a of seed.approvals ?? []) {
    await stores.yearEnd.approveMissedMeeting({ unitId: await unitId(a.code), periodKey: periodKeyOf(seed.year, a.month), reason: a.reason, by: null, at });
  }
  if (seed.titles?.length) {
    const decisions = [];
    for (const d of seed.titles) decisions.push({ unitId: await unitId(d.code), year: seed.year, conferred: d.conferred, note: d.note ?? null, by: null, at });
    await stores.yearEnd.decideTitles(decisions);
  }
}

/**
 * 2026 in the demo org, every month closed:
 * - MK-PL1 perfect, rated good with 95 %: eligible (and the committee conferred the title);
 * - MK-NC four-good in 9 months only (criterion I short in February, May, August): not eligible;
 * - MK-TT no meeting in March, with an approved reason: eligible on 11 meetings;
 * - MK-THPT-GV a violation found by a higher level in June: not eligible (veto); admits 1 in April;
 * - MK-THPT-HC did not report December and nothing was entered for it: still open (the missed
 *   meeting may yet be approved, the rating is missing); admits 1 in September.
 * The grassroots committee MK-THPT is rated good with 92 %.
 */
export const YEAR_2026: YearSeed = {
  year: 2026,
  periods: 12,
  closed: 12,
  cells: {
    "MK-PL1": {},
    "MK-NC": months([2, 5, 8], TASKS_HALF_DONE),
    "MK-TT": { 3: NOT_HELD },
    "MK-THPT-GV": { 6: FOUND_BY_HIGHER, 4: admitted(1) },
    "MK-THPT-HC": { 9: admitted(1), 12: "not_reported" },
  },
  ratings: [
    { code: "MK-PL1", rating: "good", share: 95 },
    { code: "MK-NC", rating: "good", share: 100 },
    { code: "MK-TT", rating: "excellent", share: 100 },
    { code: "MK-THPT-GV", rating: "good", share: 90 },
    { code: "MK-THPT", rating: "good", share: 92 },
  ],
  approvals: [{ code: "MK-TT", month: 3, reason: "Bão lũ, đường vào thôn bị chia cắt" }],
  titles: [{ code: "MK-PL1", conferred: true, note: "Quyết định số 12-QĐ/ĐU" }],
};
