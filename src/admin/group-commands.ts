import { ANSWERING_ROLES } from "../domain/org.ts";
import type { CommandContext, CommandHandlers, Decision } from "../engine/command-handler.ts";
import type { Clock, GroupStore, PeriodStore, ScheduleStore } from "../engine/ports.ts";
import { periodLabel } from "../engine/render/render-context.ts";
import type { Translator } from "../i18n/translator.ts";

export interface GroupCommandDeps {
  readonly groups: GroupStore;
  readonly periods: PeriodStore;
  readonly schedule: ScheduleStore;
  readonly translator: Translator;
  readonly clock: Clock;
}

/**
 * /bind, /unbind and /status: a committee's group chat is bound to its unit by an admin, then
 * receives that unit's digests and reminders and answers /status for its cells.
 */
export function createGroupCommands(deps: GroupCommandDeps): CommandHandlers {
  const say = (ctx: CommandContext, key: string, args?: Record<string, string | number>): Decision => ({
    messages: [{ text: deps.translator.t(ctx.locale, key, args) }],
  });

  /** An admin by role may bind only within the units they administer; configured admins anywhere. */
  async function mayAdminister(ctx: CommandContext, unitCode: string): Promise<boolean> {
    const adminUnits = ctx.snapshot.person?.memberships.filter((m) => m.role === "admin").map((m) => m.unit.id) ?? [];
    if (adminUnits.length === 0) return ctx.isAdmin;
    for (const id of adminUnits) if (await deps.groups.isWithin(unitCode, id)) return true;
    return false;
  }

  return {
    async bind(ctx) {
      if (ctx.message.chatType !== "group") return say(ctx, "bind-group-only");
      if (!ctx.isAdmin) return say(ctx, "admin-only");
      const code = ctx.args[0];
      if (!code) return say(ctx, "bind-usage");
      if (!(await mayAdminister(ctx, code))) return say(ctx, "bind-not-your-unit", { code });
      const unit = await deps.groups.bind(ctx.message, code, ctx.snapshot.person?.id ?? null, deps.clock.now());
      return unit ? say(ctx, "bind-done", { unit: unit.name, code: unit.code }) : say(ctx, "unit-unknown", { code });
    },

    async unbind(ctx) {
      if (ctx.message.chatType !== "group") return say(ctx, "bind-group-only");
      if (!ctx.isAdmin) return say(ctx, "admin-only");
      const unit = await deps.groups.unbind(ctx.message);
      return unit ? say(ctx, "unbind-done", { unit: unit.name }) : say(ctx, "group-not-bound");
    },

    async status(ctx) {
      const unit =
        ctx.message.chatType === "group"
          ? await deps.groups.boundUnit(ctx.message)
          : (ctx.snapshot.person?.memberships.find((m) => !ANSWERING_ROLES.includes(m.role))?.unit ?? ctx.snapshot.person?.memberships[0]?.unit ?? null);
      if (!unit) return say(ctx, ctx.message.chatType === "group" ? "group-not-bound" : "not-registered");
      const period = await deps.periods.currentOpen();
      if (!period) return say(ctx, "error-assessment-no-period");
      const cells = await deps.schedule.cellStates(unit.id, period.id);
      const submitted = cells.filter((c) => c.status === "submitted");
      const missing = cells.filter((c) => c.status !== "submitted").map((c) => c.unit.name);
      const lines = [
        deps.translator.t(ctx.locale, "status-title", { unit: unit.name, period: periodLabel(period.key) }),
        deps.translator.t(ctx.locale, "status-progress", { submitted: submitted.length, cells: cells.length, fourGood: submitted.filter((c) => c.standing?.fourGood).length }),
      ];
      if (missing.length > 0) lines.push(deps.translator.t(ctx.locale, "status-missing", { cells: missing.join(", ") }));
      return { messages: [{ text: lines.join("\n") }] };
    },
  };
}
