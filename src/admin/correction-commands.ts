import { allowLateReport } from "../app/allow-late-report.ts";
import { lateReply, returnReply } from "../app/correction-replies.ts";
import { DEFAULT_LATE_DAYS } from "../app/late-reports.ts";
import { returnForCorrection, type CorrectionApp } from "../app/return-for-correction.ts";
import { isPeriodKey } from "../domain/period.ts";
import type { CommandContext, CommandHandlers, Decision } from "../engine/command-handler.ts";
import type { UnitTree } from "../engine/ports.ts";
import type { Locale } from "../i18n/locale.ts";
import { authorityOf } from "./authority.ts";

/**
 * The text after the command word and its first `count` arguments: free text such as a reason,
 * read from the message itself (the parsed arguments are cut to a few short words).
 */
export function textAfterArgs(text: string, count: number): string {
  let rest = text.trim().replace(/^\/\S+/, "");
  for (let i = 0; i < count; i++) rest = rest.replace(/^\s*\S+/, "");
  return rest.trim();
}

/** "MK-PL1 2026-11" or "2026-11 MK-PL1": the unit code and the period key, either order. */
function unitAndPeriod(args: readonly string[]): { code: string; key: string } | undefined {
  const [first, second] = args;
  if (first === undefined || second === undefined) return undefined;
  if (isPeriodKey(second) && !isPeriodKey(first)) return { code: first, key: second };
  if (isPeriodKey(first) && !isPeriodKey(second)) return { code: second, key: first };
  return undefined;
}

/**
 * /tralai (return a submitted report for correction) and /chophepmuon (allow one cell a late
 * report): thin callers of the use cases. A leader or admin acts on cells of their subtree only
 * (a configured or top-level admin everywhere); allowing a late report needs an admin.
 */
export function createCorrectionCommands(app: CorrectionApp): CommandHandlers {
  const tree: UnitTree = app.stores.org;
  const say = (ctx: CommandContext, key: string, args?: Record<string, string | number>): Decision => ({
    messages: [{ text: app.translator.t(ctx.locale, key, args) }],
  });
  const t = (locale: Locale) => (key: string, args?: Record<string, string | number>) => app.translator.t(locale, key, args);

  return {
    async returnReport(ctx) {
      const target = unitAndPeriod(ctx.args);
      const reason = textAfterArgs(ctx.message.text ?? "", 2);
      if (!target || reason.length === 0) return say(ctx, "correction-usage");
      const authority = await authorityOf(ctx, tree);
      const person = ctx.snapshot.person;
      if (!person && !authority.root) return say(ctx, "not-registered");
      const canReturn = authority.root || (person?.memberships ?? []).some((m) => m.role === "leader" || m.role === "admin");
      if (!canReturn) return say(ctx, "correction-leaders-only");
      const unit = await tree.findUnit(target.code);
      if (!unit) return say(ctx, "unit-unknown", { code: target.code });
      if (!(await authority.covers(unit.code, ["leader", "admin"]))) return say(ctx, "correction-out-of-scope", { unit: unit.name, code: unit.code });
      const result = await returnForCorrection(app, { unitCode: unit.code, periodKey: target.key, reason, by: person?.id ?? null });
      return { messages: [{ text: returnReply(t(ctx.locale), result, target, app.config.timeZone) }] };
    },

    async allowLate(ctx) {
      if (!ctx.isAdmin) return say(ctx, "admin-only");
      const target = unitAndPeriod(ctx.args);
      const reason = textAfterArgs(ctx.message.text ?? "", 2);
      if (!target || reason.length === 0) return say(ctx, "late-usage", { days: DEFAULT_LATE_DAYS });
      const unit = await tree.findUnit(target.code);
      if (!unit) return say(ctx, "unit-unknown", { code: target.code });
      const authority = await authorityOf(ctx, tree);
      if (!(await authority.covers(unit.code, ["admin"]))) return say(ctx, "late-out-of-scope", { unit: unit.name, code: unit.code });
      const result = await allowLateReport(app, { unitCode: unit.code, periodKey: target.key, days: DEFAULT_LATE_DAYS, reason, by: ctx.snapshot.person?.id ?? null });
      return { messages: [{ text: lateReply(t(ctx.locale), result, target, app.config.timeZone) }] };
    },
  };
}
