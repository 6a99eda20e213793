import { createInvite } from "../app/create-invite.ts";
import type { App } from "../app/open-app.ts";
import { fold } from "../domain/input/normalize.ts";
import type { Role } from "../domain/org.ts";
import type { CommandContext, CommandHandlers, Decision } from "../engine/command-handler.ts";
import type { UnitTree } from "../engine/ports.ts";
import { formatExpiry } from "../reports/invite-cards-pdf.ts";
import { authorityOf } from "./authority.ts";

/** The words an admin may type for a role, without spaces or diacritics ("phó bí thư" -> "phobithu"). */
const ROLE_WORDS = new Map<string, Role>([
  ["secretary", "secretary"],
  ["bithu", "secretary"],
  ["deputy", "deputy"],
  ["phobithu", "deputy"],
  ["leader", "leader"],
  ["lanhdao", "leader"],
  ["admin", "admin"],
  ["quantri", "admin"],
  ["quantrivien", "admin"],
]);

/**
 * /moi <code> [role] (/invite): an admin issues a one-time invite code for a unit of their
 * subtree (a configured or top-level admin anywhere), as `npx bontot invite` does — a secretary's
 * unless another role is named. Only in a private chat: the code is a key to the unit.
 */
export function createInviteCommands(app: Pick<App, "stores" | "translator" | "inTransaction" | "clock" | "config">): CommandHandlers {
  const tree: UnitTree = app.stores.org;
  const say = (ctx: CommandContext, key: string, args?: Record<string, string | number>): Decision => ({ messages: [{ text: app.translator.t(ctx.locale, key, args) }] });

  return {
    async invite(ctx) {
      if (!ctx.isAdmin) return say(ctx, "admin-only");
      if (ctx.message.chatType !== "private") return say(ctx, "group-private-only");
      const [code, ...roleWords] = ctx.args;
      if (code === undefined) return say(ctx, "invite-chat-usage");
      const word = fold(roleWords.join("")).replace(/\s/g, "");
      const role = word === "" ? "secretary" : ROLE_WORDS.get(word);
      if (role === undefined) return say(ctx, "invite-chat-unknown-role", { word: roleWords.join(" ") });
      const unit = await tree.findUnit(code);
      if (!unit) return say(ctx, "unit-unknown", { code });
      if (!(await (await authorityOf(ctx, tree)).covers(unit.code, ["admin"]))) return say(ctx, "units-chat-out-of-scope", { unit: unit.name, code: unit.code });
      const created = await createInvite(app, { unitCode: unit.code, role, at: app.clock.now(), by: ctx.snapshot.person?.id ?? null });
      if (!created.ok && created.reason === "unknown-unit") return say(ctx, "unit-unknown", { code });
      const roleName = app.translator.t(ctx.locale, `role-${role}`);
      if (!created.ok) return say(ctx, "invite-role-needs-answering-unit", { role: roleName, code: unit.code, kind: app.translator.t(ctx.locale, `kind-${unit.kind}`) });
      const username = ctx.message.botUsername;
      const text = app.translator.t(ctx.locale, "invite-chat-created", {
        role: roleName,
        unit: unit.name,
        unitCode: unit.code,
        code: created.code,
        expires: formatExpiry(created.expiresAt, ctx.locale, app.config.timeZone),
        hasLink: username ? "yes" : "no",
        link: username ? `https://t.me/${username}?start=${created.code}` : "",
      });
      return { messages: [{ text, secret: true }] };
    },
  };
}
