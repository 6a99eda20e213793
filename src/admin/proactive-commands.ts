import { isPeriodKey } from "../domain/period.ts";
import type { CommandContext, CommandHandlers, Decision } from "../engine/command-handler.ts";
import type { GroupStore } from "../engine/ports.ts";
import { digestMessage, digestPeriod } from "../engine/proactive/digests.ts";
import { closePeriod, openPeriod } from "../engine/proactive/periods.ts";
import type { ProactiveDeps } from "../engine/proactive/proactive-deps.ts";
import { planReminders } from "../engine/proactive/reminders.ts";
import { periodOpenRefusal, stageLabel } from "./period-guards.ts";
import { periodLabel } from "../engine/render/render-context.ts";

/** /digest, /remind and /period: what the scheduler does, on an admin's request. */
export function createProactiveCommands(deps: ProactiveDeps & { groups: GroupStore }): CommandHandlers {
  const say = (ctx: CommandContext, key: string, args?: Record<string, string | number>): Decision => ({
    messages: [{ text: deps.translator.t(ctx.locale, key, args) }],
  });

  return {
    async digest(ctx) {
      const unit =
        ctx.message.chatType === "group"
          ? await deps.groups.boundUnit(ctx.message)
          : (ctx.snapshot.person?.memberships.find((m) => m.role === "admin" || m.role === "leader")?.unit ?? null);
      if (!unit) return say(ctx, ctx.message.chatType === "group" ? "group-not-bound" : "admin-only");
      const periods = await deps.schedule.listPeriods();
      const key = ctx.args[0];
      if (key !== undefined && !isPeriodKey(key)) return say(ctx, "error-command-bad-argument", { usage: "/digest [YYYY-MM]" });
      const period = key ? periods.find((p) => p.key === key) : await digestPeriod(deps);
      if (!period) return say(ctx, key ? "period-unknown" : "error-assessment-no-period", { period: key ?? "" });
      const previous = periods.filter((p) => p.key < period.key).at(-1);
      return { messages: [await digestMessage(deps, unit.id, period, previous, !period.open)] };
    },

    async remind(ctx) {
      if (!ctx.isAdmin) return say(ctx, "admin-only");
      const { plan } = await planReminders(deps);
      if (plan.length === 0) return say(ctx, "remind-none");
      const t = (key: string, args?: Record<string, string | number>): string => deps.translator.t(ctx.locale, key, args);
      const lines = plan.map((p) => t("remind-line", { period: periodLabel(p.period), cell: p.cell, stage: stageLabel(t, p.stage), recipients: p.recipients }));
      return { messages: [{ text: [deps.translator.t(ctx.locale, "remind-title"), ...lines].join("\n") }] };
    },

    async period(ctx) {
      if (!ctx.isAdmin) return say(ctx, "admin-only");
      const [action, key] = ctx.args;
      if ((action !== "open" && action !== "close") || !key || !isPeriodKey(key)) return say(ctx, "error-command-bad-argument", { usage: "/period open|close YYYY-MM" });
      if (action === "open") {
        const refusal = await periodOpenRefusal(deps, key);
        if (refusal) return say(ctx, refusal, { period: periodLabel(key) });
        await openPeriod(deps, key);
        return say(ctx, "period-opened", { period: periodLabel(key) });
      }
      const closed = await closePeriod(deps, key);
      return closed ? say(ctx, "period-closed-now", { period: periodLabel(key), count: closed.notReported }) : say(ctx, "period-not-open", { period: periodLabel(key) });
    },
  };
}
