import type { UnitRef } from "../domain/org.ts";
import { YEAR_END_TEXT_MAX } from "../ports/year-end-store.ts";
import type { Change } from "./enter-year-end-rating.ts";
import type { App } from "./open-app.ts";
import { checkYearEndText } from "./year-end-values.ts";
import { RATED_KINDS, refuse, yearEndUnit, yearRefusal, type YearEndActor, type YearEndRefusal } from "./year-end-unit.ts";

export interface TitleValues {
  readonly conferred: boolean;
  readonly note: string | null;
}

export type TitleDecisionOutcome =
  | { readonly ok: true; readonly unit: UnitRef; readonly year: number; readonly before: TitleValues | null; readonly after: TitleValues; readonly change: Change }
  | YearEndRefusal;

/**
 * The committee's decision on a cell's "Chi bộ bốn tốt" or a grassroots committee's "Đảng bộ
 * cơ sở bốn tốt" title for a year, with who recorded it and when — kept apart from the bot's
 * computed eligibility, which it neither needs nor changes: people confer titles, the bot only
 * computes. Replaces an earlier decision; audited in the same transaction.
 */
export function recordTitleDecision(
  app: Pick<App, "inTransaction" | "clock" | "config">,
  input: { readonly unitCode: string; readonly year: number; readonly conferred: boolean; readonly note?: string; readonly actor: YearEndActor },
): Promise<TitleDecisionOutcome> {
  const at = app.clock.now();
  const badYear = yearRefusal(input.year, at, app.config.timeZone);
  if (badYear) return Promise.resolve(badYear);
  const note = checkYearEndText(input.note ?? "");
  if (!note.ok) return Promise.resolve(refuse("note-too-long", { length: note.length, max: YEAR_END_TEXT_MAX }));
  return app.inTransaction(async (s) => {
    const unit = await yearEndUnit(s, input.unitCode, RATED_KINDS, "title", input.actor);
    if ("ok" in unit) return unit;
    const [stored] = await s.yearEnd.titleDecisionsOf([unit.id], input.year);
    const before: TitleValues | null = stored ? { conferred: stored.conferred, note: stored.note } : null;
    // The same decision entered again without its note keeps the recorded one (the decision's
    // number, say); a different decision does not inherit the old one's note.
    const kept = before && before.conferred === input.conferred ? before.note : null;
    const after: TitleValues = { conferred: input.conferred, note: note.text.length > 0 ? note.text : kept };
    const change: Change = !before ? "new" : before.conferred === after.conferred && before.note === after.note ? "unchanged" : "changed";
    if (change !== "unchanged") {
      await s.yearEnd.decideTitles([{ unitId: unit.id, year: input.year, ...after, by: input.actor.personId, at }]);
      await s.audit.record({ at, actorId: input.actor.personId, action: "yearend.title", subject: `unit:${unit.code}`, details: { year: input.year, ...after, before } });
    }
    return { ok: true, unit, year: input.year, before, after, change };
  });
}
