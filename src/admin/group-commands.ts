import { ROLES } from "../domain/org.ts";
import type { CommandContext, CommandHandlers, Decision } from "../engine/command-handler.ts";
import type { Clock, GroupStore, PeriodStore, ScheduleStore, UnitTree } from "../engine/ports.ts";
import { periodLabel } from "../engine/render/render-context.ts";
import type { Translator } from "../i18n/translator.ts";
import { cellsWithoutSecretary } from "../app/cell-registrations.ts";
import { names } from "../app/remind-replies.ts";
import type { Stores } from "../ports/stores.ts";
import { authorityOf } from "./authority.ts";
import { unitToShow } from "./unit-to-show.ts";

export interface GroupCommandDeps {
  readonly groups: GroupStore;
  readonly tree: UnitTree;
  readonly periods: PeriodStore;
  readonly schedule: ScheduleStore;
  readonly translator: Translator;
  readonly clock: Clock;
  /** Who is registered in each cell: /status names the cells nobody answers for. */
  readonly stores: Pick<Stores, "org" | "people">;
}

/** Cells without a secretary that /status names before counting the rest. */
const STATUS_LIST_CAP = 10;

/**
 * /bind, /unbind and /status: a committee's group chat is bound to its unit by an admin, then
 * receives that unit's digests and reminders and answers /status for its cells (with the cells
 * nobody is registered to answer for: they cannot report, nor be reminded).
 */
export function createGroupCommands(deps: GroupCommandDeps): CommandHandlers {
  const say = (ctx: CommandContext, key: string, args?: Record<string, string | number>): Decision => ({
    messages: [{ text: deps.translator.t(ctx.locale, key, args) }],
  });

  return {
    /**
     * An admin binds a group to a unit within their subtree, and only a group that is unbound or
     * bound within it: a group another committee bound stays theirs.
     */
    async bind(ctx) {
      if (ctx.message.chatType !== "group") return say(ctx, "bind-group-only");
      if (!ctx.isAdmin) return say(ctx, "admin-only");
      const code = ctx.args[0];
      if (!code) return say(ctx, "bind-usage");
      if (!(await deps.tree.findUnit(code))) return say(ctx, "unit-unknown", { code });
      const authority = await authorityOf(ctx, deps.tree);
      if (!(await authority.covers(code, ["admin"]))) return say(ctx, "bind-not-your-unit", { code });
      const current = await deps.groups.boundUnit(ctx.message);
      if (current && !(await authority.covers(current.code, ["admin"]))) return say(ctx, "bind-group-taken", { unit: current.name, code: current.code });
      const unit = await deps.groups.bind(ctx.message, code, ctx.snapshot.person?.id ?? null, deps.clock.now());
      return unit ? say(ctx, "bind-done", { unit: unit.name, code: unit.code }) : say(ctx, "unit-unknown", { code });
    },

    async unbind(ctx) {
      if (ctx.message.chatType !== "group") return say(ctx, "bind-group-only");
      if (!ctx.isAdmin) return say(ctx, "admin-only");
      const current = await deps.groups.boundUnit(ctx.message);
      if (!current) return say(ctx, "group-not-bound");
      const authority = await authorityOf(ctx, deps.tree);
      if (!(await authority.covers(current.code, ["admin"]))) return say(ctx, "unbind-not-yours", { unit: current.name, code: current.code });
      // Commands of one chat run one at a time, so the binding checked above is the one removed.
      const unit = await deps.groups.unbind(ctx.message);
      return unit ? say(ctx, "unbind-done", { unit: unit.name }) : say(ctx, "group-not-bound");
    },

    async status(ctx) {
      // Everyone with a role reads their own subtree: a secretary their cell, a leader their committee.
      const shown = await unitToShow(ctx, deps, ctx.args[0], { roles: ROLES, refusal: "not-registered" });
      if (!shown.ok) return say(ctx, shown.key, shown.args);
      const unit = shown.unit;
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
      const nobody = await cellsWithoutSecretary(deps.stores, cells.map((c) => c.unit));
      if (nobody.length > 0) {
        const t = (key: string, args?: Record<string, string | number>): string => deps.translator.t(ctx.locale, key, args);
        lines.push(t("status-no-secretary", { count: nobody.length, cells: names(t, nobody, STATUS_LIST_CAP) }));
      }
      return { messages: [{ text: lines.join("\n") }] };
    },
  };
}
