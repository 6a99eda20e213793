import type { UnitRef } from "../domain/org.ts";
import type { YearEndRating } from "../ports/year-end-store.ts";
import type { App } from "./open-app.ts";
import { RATED_KINDS, refuse, yearEndUnit, yearRefusal, type YearEndActor, type YearEndRefusal } from "./year-end-unit.ts";

/** A unit's year-end rating and share of members rated good or better; null where not entered. */
export interface RatingValues {
  readonly rating: YearEndRating | null;
  readonly shareGoodPercent: number | null;
}

export type Change = "new" | "changed" | "unchanged";

export type EnterRatingOutcome =
  | { readonly ok: true; readonly unit: UnitRef; readonly year: number; readonly before: RatingValues | null; readonly after: RatingValues; readonly change: Change }
  | YearEndRefusal;

/**
 * The committee's year-end rating of a cell or grassroots committee (QĐ 366) and the share of
 * its members rated "hoàn thành tốt nhiệm vụ" or better, in one transaction with its audit
 * entry. What is left out keeps its stored value (a share entered later does not erase the
 * rating). Entering the same values again changes nothing and records nothing.
 */
export function enterYearEndRating(
  app: Pick<App, "inTransaction" | "clock" | "config">,
  input: { readonly unitCode: string; readonly year: number; readonly rating?: YearEndRating; readonly shareGoodPercent?: number; readonly actor: YearEndActor },
): Promise<EnterRatingOutcome> {
  const at = app.clock.now();
  const badYear = yearRefusal(input.year, at, app.config.timeZone);
  if (badYear) return Promise.resolve(badYear);
  const share = input.shareGoodPercent;
  if (share !== undefined && (!Number.isInteger(share) || share < 0 || share > 100)) return Promise.resolve(refuse("bad-percent", { share: String(share) }));
  if (input.rating === undefined && share === undefined) return Promise.resolve(refuse("nothing-to-enter"));
  return app.inTransaction(async (s) => {
    const unit = await yearEndUnit(s, input.unitCode, RATED_KINDS, "rating", input.actor);
    if ("ok" in unit) return unit;
    const [stored] = await s.yearEnd.ratingsOf([unit.id], input.year);
    const before: RatingValues | null = stored ? { rating: stored.rating, shareGoodPercent: stored.shareGoodPercent } : null;
    const after: RatingValues = { rating: input.rating ?? before?.rating ?? null, shareGoodPercent: share ?? before?.shareGoodPercent ?? null };
    const change: Change = !before ? "new" : before.rating === after.rating && before.shareGoodPercent === after.shareGoodPercent ? "unchanged" : "changed";
    if (change !== "unchanged") {
      await s.yearEnd.enterRatings([{ unitId: unit.id, year: input.year, ...after, by: input.actor.personId, at }]);
      await s.audit.record({ at, actorId: input.actor.personId, action: "yearend.rating", subject: `unit:${unit.code}`, details: { year: input.year, ...after, before } });
    }
    return { ok: true, unit, year: input.year, before, after, change };
  });
}
