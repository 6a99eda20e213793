import { fold } from "../domain/input/normalize.ts";
import { isPeriodKey } from "../domain/period.ts";
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
import { textAfterArgs } from "./correction-commands.ts";
import { authorityOf } from "./authority.ts";
import { stageLabel } from "../engine/render/stage-label.ts";
import { periodLabel } from "../engine/render/render-context.ts";
import { unitToShow } from "./unit-to-show.ts";

/** Words that confirm closing a period before its due date: "/period close 2026-11 xacnhan". */
const CONFIRM_WORDS = ["xacnhan", "confirm"];

/**
 * /digest, /remind and /period: what the scheduler does, on request. A digest is read within
 * one's subtree; periods and the reminder list concern every cell, so they need a root admin.
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

    async remind(ctx) {
      if (!ctx.isAdmin) return say(ctx, "admin-only");
      if (!(await isRoot(ctx))) return say(ctx, "remind-root-only");
      const { plan } = await planReminders(deps);
      if (plan.length === 0) return say(ctx, "remind-none");
      const t = (key: string, args?: Record<string, string | number>): string => deps.translator.t(ctx.locale, key, args);
      const lines = plan.map((p) => t("remind-line", { period: periodLabel(p.period), cell: p.cell, stage: stageLabel(t, p.stage), recipients: p.recipients }));
      return { messages: [{ text: [deps.translator.t(ctx.locale, "remind-title"), ...lines].join("\n") }] };
    },

    async period(ctx) {
      if (!ctx.isAdmin) return say(ctx, "admin-only");
      if (!(await isRoot(ctx))) return say(ctx, "period-root-only");
      const [action, key, confirm] = ctx.args;
      const usage = "/period open|close YYYY-MM | /period reopen YYYY-MM …";
      if ((action !== "open" && action !== "close" && action !== "reopen") || !key || !isPeriodKey(key)) return say(ctx, "error-command-bad-argument", { usage });
      if (action === "open") {
        const refusal = await periodOpenRefusal(deps, key);
        if (refusal) return say(ctx, refusal.key, refusal.args);
        await openPeriod(deps, key);
        return say(ctx, "period-opened", { period: periodLabel(key) });
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
        if (early) return say(ctx, "period-close-early", { period: periodLabel(key), key, due: early.due, awaiting: early.awaiting });
      }
      const closed = await closePeriod(deps, key);
      return closed ? say(ctx, "period-closed-now", { period: periodLabel(key), count: closed.notReported }) : say(ctx, "period-not-open", { period: periodLabel(key) });
    },
  };
}
