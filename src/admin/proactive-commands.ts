import { fold } from "../domain/input/normalize.ts";
import { isPeriodKey, isYearKey } from "../domain/period.ts";
import type { CommandContext, CommandHandlers, Decision } from "../engine/command-handler.ts";
import type { GroupStore, UnitTree } from "../engine/ports.ts";
import { closePeriod, earlyClose } from "../app/close-period.ts";
import { openPeriod } from "../app/open-period.ts";
import { periodOpenRefusal } from "../app/period-open-refusal.ts";
import { digestMessage, digestPeriod } from "../app/post-digests.ts";
import type { ProactiveDeps } from "../app/proactive-deps.ts";
import { reopenReply } from "../app/correction-replies.ts";
import { DEFAULT_LATE_DAYS } from "../app/late-reports.ts";
import { reopenPeriod } from "../app/reopen-period.ts";
import type { CorrectionApp } from "../app/return-for-correction.ts";
import { planReminders } from "../app/send-reminders.ts";
import { reminderOverview, remindNow } from "../app/remind-now.ts";
import { overviewReply, remindNowReply } from "../app/remind-replies.ts";
import type { UnitRef } from "../domain/org.ts";
import { textAfterArgs } from "./correction-commands.ts";
import { authorityOf } from "./authority.ts";
import { stageLabel } from "../engine/render/stage-label.ts";
import { periodLabel, periodMessage } from "../engine/render/render-context.ts";
import { unitToShow } from "./unit-to-show.ts";

/** "/remind now", "/nhac ngay": remind at once rather than show. */
const NOW_WORDS = ["now", "ngay"];

/** Cells a chat reply names before counting the rest. */
const CHAT_LIST_CAP = 10;

async function filterAsync<T>(items: readonly T[], keep: (item: T) => Promise<boolean>): Promise<T[]> {
  const kept: T[] = [];
  for (const item of items) if (await keep(item)) kept.push(item);
  return kept;
}

/** Words that confirm closing a period before its due date: "/period close 2026-11 xacnhan". */
const CONFIRM_WORDS = ["xacnhan", "confirm"];

/**
 * /digest, /remind and /period: what the scheduler does, on request. A digest is read within
 * one's subtree, and an admin reminds the cells of their subtree; periods concern every cell,
 * so they need a root admin.
 * Closing a period before its due date first says what it would do and asks to confirm;
 * reopening a closed one takes a reason and gives it a new deadline (`app` runs the use case).
 */
export function createProactiveCommands(deps: ProactiveDeps & { groups: GroupStore; tree: UnitTree; app: CorrectionApp }): CommandHandlers {
  const say = (ctx: CommandContext, key: string, args?: Record<string, string | number>): Decision => ({
    messages: [{ text: deps.translator.t(ctx.locale, key, args) }],
  });
  const isRoot = async (ctx: CommandContext): Promise<boolean> => (await authorityOf(ctx, deps.tree)).root;

  return {
    async digest(ctx) {
      // "/digest MK-TT 2026-10", in either order; a period looks like one even when mistyped.
      const periodArgs = ctx.args.filter((a) => /^\d/.test(a));
      const unitArgs = ctx.args.filter((a) => !/^\d/.test(a));
      const key = periodArgs[0];
      if (periodArgs.length > 1 || unitArgs.length > 1 || (key !== undefined && !isPeriodKey(key))) return say(ctx, "digest-usage");
      const shown = await unitToShow(ctx, deps, unitArgs[0], { roles: ["leader", "admin"], refusal: "digest-leaders-only" });
      if (!shown.ok) return say(ctx, shown.key, shown.args);
      const periods = await deps.schedule.listPeriods();
      const period = key ? periods.find((p) => p.key === key) : await digestPeriod(deps);
      if (!period) return say(ctx, key ? "period-unknown" : "error-assessment-no-period", { period: key ?? "" });
      const previous = periods.filter((p) => p.key < period.key).at(-1);
      return { messages: [await digestMessage(deps, shown.unit.id, period, previous, !period.open)] };
    },

    /**
     * "/remind [code]": the cells in the admin's subtree (a root admin's: every cell) that have not
     * submitted, when the schedule reminds them next, who cannot be reminded, today's list;
     * "/remind now [code]" reminds them all at once (src/app/remind-now.ts).
     */
    async remind(ctx) {
      if (!ctx.isAdmin) return say(ctx, "admin-only");
      const now = ctx.args[0] !== undefined && NOW_WORDS.includes(fold(ctx.args[0]));
      const codes = now ? ctx.args.slice(1) : ctx.args;
      if (codes.length > 1) return say(ctx, "remind-usage");
      const authority = await authorityOf(ctx, deps.tree);
      let scope: UnitRef | null = null;
      if (ctx.message.chatType === "group" || codes[0] !== undefined || !authority.root) {
        const shown = await unitToShow(ctx, deps, codes[0], { roles: ["admin"], refusal: "remind-now-admins-only" });
        if (!shown.ok) return say(ctx, shown.key === "read-out-of-scope" ? "remind-now-out-of-scope" : shown.key, shown.args);
        if (!(await authority.covers(shown.unit.code, ["admin"]))) return say(ctx, "remind-now-out-of-scope", { unit: shown.unit.name, code: shown.unit.code });
        scope = shown.unit;
      }
      const t = (key: string, args?: Record<string, string | number>): string => deps.translator.t(ctx.locale, key, args);
      const style = { cap: CHAT_LIST_CAP, timeZone: deps.timeZone };
      const unitCode = scope ? { unitCode: scope.code } : {};
      if (now) {
        const result = await remindNow(deps.app, { ...unitCode, by: ctx.snapshot.person?.id ?? null });
        return result.ok ? { messages: [{ text: remindNowReply(t, result, style) }] } : say(ctx, "unit-unknown", { code: result.code });
      }
      const overview = await reminderOverview(deps.app, unitCode);
      if (!overview.ok) return say(ctx, "unit-unknown", { code: overview.code });
      const { plan } = await planReminders(deps);
      const within = scope ? await filterAsync(plan, (p) => deps.tree.isWithin(p.code, (scope as UnitRef).id)) : plan;
      const lines = within.slice(0, CHAT_LIST_CAP).map((p) => t(periodMessage("remind-line", p.period), { period: periodLabel(p.period), cell: p.cell, stage: stageLabel(t, p.stage), recipients: p.recipients }));
      if (within.length > CHAT_LIST_CAP) lines.push(t("list-more", { count: within.length - CHAT_LIST_CAP }));
      return { messages: [{ text: overviewReply(t, overview, { ...style, plan: lines, how: t("remind-overview-how-chat", { code: scope?.code ?? "" }).trimEnd() }) }] };
    },

    async period(ctx) {
      if (!ctx.isAdmin) return say(ctx, "admin-only");
      if (!(await isRoot(ctx))) return say(ctx, "period-root-only");
      const [action, key, confirm] = ctx.args;
      const usage = "/period open|close YYYY-MM | /period open|close YYYY | /period reopen YYYY-MM …";
      // A year (YYYY) is the grassroots committees' yearly self-assessment: opened and closed, not reopened.
      const valid = key !== undefined && (isPeriodKey(key) || (isYearKey(key) && action !== "reopen"));
      if ((action !== "open" && action !== "close" && action !== "reopen") || !key || !valid) return say(ctx, "error-command-bad-argument", { usage });
      const words = (name: string): string => periodMessage(name, key);
      if (action === "open") {
        const refusal = await periodOpenRefusal(deps, key);
        if (refusal) return say(ctx, refusal.key, refusal.args);
        await openPeriod(deps, key);
        return say(ctx, words("period-opened"), { period: periodLabel(key) });
      }
      if (action === "reopen") {
        const reason = textAfterArgs(ctx.message.text ?? "", 2);
        if (reason.length === 0) return say(ctx, "period-reopen-usage", { days: DEFAULT_LATE_DAYS });
        const result = await reopenPeriod(deps.app, { periodKey: key, reason, by: ctx.snapshot.person?.id ?? null });
        return { messages: [{ text: reopenReply((k, a) => deps.translator.t(ctx.locale, k, a), result, key, deps.timeZone) }] };
      }
      const confirmed = confirm !== undefined && CONFIRM_WORDS.includes(fold(confirm));
      if (!confirmed) {
        const early = await earlyClose(deps, key);
        if (early) return say(ctx, words("period-close-early"), { period: periodLabel(key), key, due: early.due, awaiting: early.awaiting });
      }
      const closed = await closePeriod(deps, key);
      return closed ? say(ctx, words("period-closed-now"), { period: periodLabel(key), count: closed.notReported }) : say(ctx, words("period-not-open"), { period: periodLabel(key) });
    },
  };
}
