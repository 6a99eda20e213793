import type { Role } from "../domain/org.ts";
import type { CommandContext } from "../engine/command-handler.ts";
import type { UnitTree } from "../engine/ports.ts";

/**
 * Where a person may act. A role in a unit reaches that unit's whole subtree and nothing beside
 * it, so an admin of one commune cannot touch another's groups. A root admin — configured
 * (ADMIN_TELEGRAM_IDS / ADMIN_ZALO_IDS) or admin of a unit with no parent — reaches every unit,
 * and only a root admin may act on all cells at once (periods, the reminder list).
 */
export interface Authority {
  readonly root: boolean;
  /** Whether `unitCode` lies in the subtree of a unit where the person holds one of `roles`. */
  covers(unitCode: string, roles: readonly Role[]): Promise<boolean>;
}

export async function authorityOf(ctx: CommandContext, tree: UnitTree): Promise<Authority> {
  const memberships = ctx.snapshot.person?.memberships ?? [];
  const tops = new Set((await tree.topUnits()).map((u) => u.id));
  const root = ctx.configuredAdmin || memberships.some((m) => m.role === "admin" && tops.has(m.unit.id));
  return {
    root,
    async covers(unitCode, roles) {
      if (root) return true;
      for (const m of memberships) if (roles.includes(m.role) && (await tree.isWithin(unitCode, m.unit.id))) return true;
      return false;
    },
  };
}
