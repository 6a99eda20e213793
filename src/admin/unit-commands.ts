import { editUnit } from "../app/edit-unit.ts";
import type { App } from "../app/open-app.ts";
import { unitProblemText, unitUpdateLines } from "../app/unit-change-text.ts";
import type { CommandContext, CommandHandlers, Decision } from "../engine/command-handler.ts";
import type { UnitTree } from "../engine/ports.ts";
import { authorityOf } from "./authority.ts";

/**
 * /donvi <code> <members> (/unit): an admin corrects a unit's number of members from a chat —
 * what secretaries are told to ask the committee office for. Only within the admin's subtree (a
 * configured or top-level admin everywhere), checked and audited as `units edit` is.
 */
export function createUnitCommands(app: Pick<App, "stores" | "translator" | "inTransaction" | "clock">): CommandHandlers {
  const tree: UnitTree = app.stores.org;
  const say = (ctx: CommandContext, key: string, args?: Record<string, string | number>): Decision => ({ messages: [{ text: app.translator.t(ctx.locale, key, args) }] });
  const t = (ctx: CommandContext) => (key: string, args?: Record<string, string | number>) => app.translator.t(ctx.locale, key, args);

  return {
    async unitMembers(ctx) {
      if (!ctx.isAdmin) return say(ctx, "admin-only");
      const [code, members, ...extra] = ctx.args;
      if (code === undefined || members === undefined || extra.length > 0) return say(ctx, "units-chat-usage");
      const unit = await tree.findUnit(code);
      if (!unit) return say(ctx, "unit-unknown", { code });
      if (!(await (await authorityOf(ctx, tree)).covers(unit.code, ["admin"]))) return say(ctx, "units-chat-out-of-scope", { unit: unit.name, code: unit.code });
      const outcome = await editUnit(app, { code: unit.code, members, by: ctx.snapshot.person?.id ?? null });
      if (!outcome.ok && outcome.reason === "unknown-unit") return say(ctx, "unit-unknown", { code });
      if (!outcome.ok) return { messages: [{ text: [t(ctx)("units-edit-refused", { code: unit.code, name: unit.name }), ...outcome.problems.map((p) => `- ${unitProblemText(t(ctx), p)}`)].join("\n") }] };
      if (!outcome.update) return say(ctx, "units-edit-unchanged", { code: unit.code, name: unit.name });
      return { messages: [{ text: [t(ctx)("units-edit-done", { code: unit.code, name: unit.name }), ...unitUpdateLines(t(ctx), outcome.update)].join("\n") }] };
    },
  };
}
