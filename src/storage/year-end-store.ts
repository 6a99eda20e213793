import {
  YEAR_END_RATINGS,
  YEAR_END_TEXT_MAX,
  type ApprovedMissedMeeting,
  type StoredTitleDecision,
  type StoredYearEndRating,
  type TitleDecisionEntry,
  type YearEndRating,
  type YearEndRatingEntry,
  type YearEndStore,
} from "../ports/year-end-store.ts";
import { chunks } from "./chunks.ts";
import { prepare, type SqlExecutor } from "./kysely/sql-executor.ts";
import { statementsFor } from "./kysely/statements.ts";
import { sqlTime } from "./sql-time.ts";

interface RatingRow {
  unitId: number;
  year: number;
  rating: string | null;
  shareGoodPercent: number | null;
  enteredBy: number | null;
  enteredAt: string;
}

interface DecisionRow {
  unitId: number;
  year: number;
  conferred: number;
  note: string | null;
  decidedBy: number | null;
  decidedAt: string;
}

const statements = statementsFor((b) => ({
  approve: prepare<{ unitId: number; periodKey: string; reason: string; by: number | null; at: string }, unknown>((p) =>
    b
      .insertInto("approved_missed_meetings")
      .values({ unit_id: p("unitId"), period_key: p("periodKey"), reason: p("reason"), approved_by: p("by"), approved_at: p("at") })
      .onConflict((c) =>
        c.columns(["unit_id", "period_key"]).doUpdateSet((eb) => ({
          reason: eb.ref("excluded.reason"),
          approved_by: eb.ref("excluded.approved_by"),
          approved_at: eb.ref("excluded.approved_at"),
        })),
      ),
  ),
  withdraw: prepare<{ unitId: number; periodKey: string }, unknown>((p) =>
    b.deleteFrom("approved_missed_meetings").where("unit_id", "=", p("unitId")).where("period_key", "=", p("periodKey")),
  ),
}));

const PERIOD_KEY = /^\d{4}-(0[1-9]|1[0-2])$/;

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`year ${year} is not a four-digit year`);
}

function checkText(what: string, text: string, required: boolean): void {
  if ((required && text.trim().length === 0) || text.length > YEAR_END_TEXT_MAX) {
    throw new RangeError(`${what} must be ${required ? 1 : 0}–${YEAR_END_TEXT_MAX} characters`);
  }
}

function checkRating(entry: YearEndRatingEntry): void {
  checkYear(entry.year);
  if (entry.rating !== null && !YEAR_END_RATINGS.includes(entry.rating)) throw new RangeError(`unknown year-end rating ${String(entry.rating)}`);
  const share = entry.shareGoodPercent;
  if (share !== null && (!Number.isInteger(share) || share < 0 || share > 100)) throw new RangeError(`share of members rated good ${share} is not a whole percent`);
}

function toRating(value: string | null): YearEndRating | null {
  if (value === null) return null;
  const found = YEAR_END_RATINGS.find((r) => r === value);
  if (!found) throw new Error(`unknown year-end rating ${value}`);
  return found;
}

/** The last of several entries for the same unit and year: one statement may not change a row twice. */
function lastPerUnitAndYear<T extends { readonly unitId: number; readonly year: number }>(entries: readonly T[]): T[] {
  return [...new Map(entries.map((e) => [`${e.unitId}/${e.year}`, e])).values()];
}

/** Rows of `unitIds` in the order of `unitIds` (once each), leaving out units without one. */
function inOrder<R extends { readonly unitId: number }>(unitIds: readonly number[], rows: readonly R[]): R[] {
  const byUnit = new Map(rows.map((r) => [r.unitId, r]));
  return [...new Set(unitIds)].flatMap((id) => byUnit.get(id) ?? []);
}

export function createYearEndStore(exec: SqlExecutor): YearEndStore {
  const q = statements(exec);
  const b = exec.builder;
  return {
    async countOfUnit(unitId) {
      const count = async (table: "year_end_ratings" | "approved_missed_meetings" | "title_decisions"): Promise<number> => {
        const [row] = await exec.query(b.selectFrom(table).select((eb) => eb.fn.countAll<number | string>().as("n")).where("unit_id", "=", unitId));
        return Number(row?.n ?? 0);
      };
      return (await count("year_end_ratings")) + (await count("approved_missed_meetings")) + (await count("title_decisions"));
    },

    async enterRatings(entries) {
      entries.forEach(checkRating);
      const rows = lastPerUnitAndYear(entries).map((e) => ({
        unit_id: e.unitId,
        year: e.year,
        rating: e.rating,
        share_good_percent: e.shareGoodPercent,
        entered_by: e.by,
        entered_at: sqlTime(e.at),
      }));
      await exec.transaction(async (tx) => {
        for (const chunk of chunks(rows)) {
          await tx.query(
            tx.builder
              .insertInto("year_end_ratings")
              .values(chunk)
              .onConflict((c) =>
                c.columns(["unit_id", "year"]).doUpdateSet((eb) => ({
                  rating: eb.ref("excluded.rating"),
                  share_good_percent: eb.ref("excluded.share_good_percent"),
                  entered_by: eb.ref("excluded.entered_by"),
                  entered_at: eb.ref("excluded.entered_at"),
                })),
              ),
          );
        }
      });
    },

    async ratingsOf(unitIds, year) {
      checkYear(year);
      const rows: StoredYearEndRating[] = [];
      for (const chunk of chunks([...new Set(unitIds)])) {
        const found: RatingRow[] = await exec.query(
          b
            .selectFrom("year_end_ratings")
            .select(["unit_id as unitId", "year", "rating", "share_good_percent as shareGoodPercent", "entered_by as enteredBy", "entered_at as enteredAt"])
            .where("year", "=", year)
            .where("unit_id", "in", chunk),
        );
        for (const row of found) rows.push({ ...row, rating: toRating(row.rating) });
      }
      return inOrder(unitIds, rows);
    },

    async approveMissedMeeting(approval) {
      if (!PERIOD_KEY.test(approval.periodKey)) throw new RangeError(`period key ${approval.periodKey} is not YYYY-MM`);
      checkText("the reason of an approved missed meeting", approval.reason, true);
      await exec.run(q.approve, { unitId: approval.unitId, periodKey: approval.periodKey, reason: approval.reason, by: approval.by, at: sqlTime(approval.at) });
    },

    withdrawMissedMeeting: async (unitId, periodKey) => (await exec.run(q.withdraw, { unitId, periodKey })) === 1,

    async approvedMissedMeetings(unitIds, year) {
      checkYear(year);
      const byUnit = new Map<number, ApprovedMissedMeeting[]>();
      for (const chunk of chunks([...new Set(unitIds)])) {
        const found: ApprovedMissedMeeting[] = await exec.query(
          b
            .selectFrom("approved_missed_meetings")
            .select(["unit_id as unitId", "period_key as periodKey", "reason", "approved_by as approvedBy", "approved_at as approvedAt"])
            .where("unit_id", "in", chunk)
            .where("period_key", "like", `${year}-%`),
        );
        for (const row of found) {
          let list = byUnit.get(row.unitId);
          if (!list) byUnit.set(row.unitId, (list = []));
          list.push(row);
        }
      }
      // Keys are YYYY-MM: their text order is their time order.
      return [...new Set(unitIds)].flatMap((id) => (byUnit.get(id) ?? []).sort((x, y) => (x.periodKey < y.periodKey ? -1 : 1)));
    },

    async decideTitles(decisions) {
      for (const d of decisions) {
        checkYear(d.year);
        if (d.note !== null) checkText("a title decision's note", d.note, false);
      }
      const rows = lastPerUnitAndYear(decisions).map((d: TitleDecisionEntry) => ({
        unit_id: d.unitId,
        year: d.year,
        conferred: d.conferred ? 1 : 0,
        decided_by: d.by,
        decided_at: sqlTime(d.at),
        note: d.note,
      }));
      await exec.transaction(async (tx) => {
        for (const chunk of chunks(rows)) {
          await tx.query(
            tx.builder
              .insertInto("title_decisions")
              .values(chunk)
              .onConflict((c) =>
                c.columns(["unit_id", "year"]).doUpdateSet((eb) => ({
                  conferred: eb.ref("excluded.conferred"),
                  decided_by: eb.ref("excluded.decided_by"),
                  decided_at: eb.ref("excluded.decided_at"),
                  note: eb.ref("excluded.note"),
                })),
              ),
          );
        }
      });
    },

    async titleDecisionsOf(unitIds, year) {
      checkYear(year);
      const rows: StoredTitleDecision[] = [];
      for (const chunk of chunks([...new Set(unitIds)])) {
        const found: DecisionRow[] = await exec.query(
          b
            .selectFrom("title_decisions")
            .select(["unit_id as unitId", "year", "conferred", "note", "decided_by as decidedBy", "decided_at as decidedAt"])
            .where("year", "=", year)
            .where("unit_id", "in", chunk),
        );
        for (const row of found) rows.push({ ...row, conferred: row.conferred === 1 });
      }
      return inOrder(unitIds, rows);
    },
  };
}
