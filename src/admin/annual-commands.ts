import { annualResults } from "../app/annual-results.ts";
import { yearUnderReview } from "../domain/annual/annual-types.ts";
import { calendarDateAt } from "../domain/period.ts";
import type { CommandContext, CommandHandlers, Decision } from "../engine/command-handler.ts";
import type { Clock, GroupStore, UnitTree } from "../engine/ports.ts";
import type { Translator } from "../i18n/translator.ts";
import type { Stores } from "../ports/stores.ts";
import { annualSummary } from "../reports/annual-summary.ts";
import { unitToShow } from "./unit-to-show.ts";

export interface AnnualCommandDeps {
  readonly stores: Stores;
  readonly groups: GroupStore;
  readonly tree: UnitTree;
  readonly translator: Translator;
  readonly clock: Clock;
  readonly timeZone: string;
}

/**
 * /nam [code] [YYYY] (/year): the year's results for the subtree a person reads — in a private
 * chat a leader's or admin's own unit (or a unit named below it), in a bound group the group's
 * unit (or one below it), like /digest. Without a year: this year, or last year in January,
 * when the year just ended is the one being reviewed.
 */
export function createAnnualCommands(deps: AnnualCommandDeps): CommandHandlers {
  const say = (ctx: CommandContext, key: string, args?: Record<string, string | number>): Decision => ({
    messages: [{ text: deps.translator.t(ctx.locale, key, args) }],
  });

  return {
    async annual(ctx) {
      // "/nam MK 2026", in either order; a year looks like one even when mistyped.
      const yearArgs = ctx.args.filter((a) => /^\d/.test(a));
      const unitArgs = ctx.args.filter((a) => !/^\d/.test(a));
      const typed = yearArgs[0];
      if (yearArgs.length > 1 || unitArgs.length > 1 || (typed !== undefined && !/^[12]\d{3}$/.test(typed))) return say(ctx, "annual-usage");
      const shown = await unitToShow(ctx, deps, unitArgs[0], { roles: ["leader", "admin"], refusal: "annual-leaders-only" });
      if (!shown.ok) return say(ctx, shown.key, shown.args);
      const today = calendarDateAt(deps.clock.now(), deps.timeZone);
      const year = typed !== undefined ? Number(typed) : yearUnderReview(today);
      // A year to come has nothing to show; "còn chờ" for every cell would read as a result.
      if (year > today.year) return say(ctx, "yearend-future-year", { year: String(year), current: String(today.year) });
      const outcome = await annualResults({ stores: deps.stores, translator: deps.translator }, { year, unitCode: shown.unit.code, locale: ctx.locale });
      if (!outcome.ok) return say(ctx, "unit-unknown", { code: outcome.code });
      return { messages: annualSummary(outcome.report, deps.translator, ctx.locale, shown.unit).map((text) => ({ text })) };
    },
  };
}
