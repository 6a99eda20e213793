import { reminderKeyPrefix } from "../domain/schedule-rules.ts";
import type { StoredUnit, UnitImportPlan, UnitUpdate } from "../domain/units/unit-import-plan.ts";
import type { AuditEntry } from "../ports/audit-store.ts";
import type { Stores } from "../ports/stores.ts";

/** Units created, or changes written, between two progress reports. */
const STEP = 250;

/** The stored tree as the import plan reads it. */
export async function storedUnits(stores: Pick<Stores, "org">): Promise<StoredUnit[]> {
  return (await stores.org.listUnits()).map((u) => ({ id: u.id, code: u.code, name: u.name, kind: u.kind, memberCount: u.memberCount, parentId: u.parentId, archived: u.archived }));
}

export interface WriteContext {
  readonly at: Date;
  /** The person acting; null for the CLI. */
  readonly by: number | null;
  /** What the change came from ("import don-vi.xlsx", "edit"), kept in each audit entry. */
  readonly via: string;
  readonly onProgress?: (done: number, total: number) => void;
}

/** One audit entry per change of a unit: its subject is the unit, so `unit:MK-PL1` lists its whole history. */
function auditOf(update: UnitUpdate, context: WriteContext): AuditEntry[] {
  const entry = (action: string, details: Record<string, unknown>): AuditEntry => ({ at: context.at, actorId: context.by, action, subject: `unit:${update.code}`, details: { ...details, via: context.via } });
  return [
    ...(update.name ? [entry("unit.rename", { from: update.name.from, to: update.name.to })] : []),
    ...(update.parent ? [entry("unit.move", { from: update.parent.from, to: update.parent.to })] : []),
    ...(update.members ? [entry("unit.members", { from: update.members.from, to: update.members.to })] : []),
    ...(update.archived ? [entry(update.archived.to ? "unit.archive" : "unit.unarchive", {})] : []),
  ];
}

/**
 * Writes a plan with its audit entries, on the stores of the caller's transaction: units created
 * parents first, then each stored unit's changes. An archived cell's reminders still waiting in
 * the outbox are dropped with it. Returns the audit entries written.
 */
export async function writeUnitChanges(s: Stores, plan: UnitImportPlan, context: WriteContext): Promise<number> {
  const total = plan.creates.length + plan.updates.length;
  let done = 0;
  const step = (count: number): void => {
    done += count;
    context.onProgress?.(done, total);
  };
  const audit: AuditEntry[] = [];
  for (let i = 0; i < plan.creates.length; i += STEP) {
    const part = plan.creates.slice(i, i + STEP);
    await s.org.createUnits(
      part.map((c) => ({ code: c.code, name: c.name, kind: c.kind, memberCount: c.memberCount, archived: c.archived, ...(c.parentCode === null ? {} : { parentCode: c.parentCode }) })),
      context.at,
    );
    for (const c of part) {
      audit.push({ at: context.at, actorId: context.by, action: "unit.create", subject: `unit:${c.code}`, details: { name: c.name, kind: c.kind, parent: c.parentCode, members: c.memberCount, ...(c.archived ? { archived: true } : {}), via: context.via } });
    }
    step(part.length);
  }

  const moves = plan.updates.some((u) => u.parent?.to);
  const idOf = moves ? new Map((await s.org.listUnits()).map((u) => [u.code, u.id])) : new Map<string, number>();
  const openPeriods = plan.updates.some((u) => u.archived?.to && u.kind === "cell") ? (await s.periods.list()).filter((p) => p.open) : [];
  for (let i = 0; i < plan.updates.length; i += STEP) {
    const part = plan.updates.slice(i, i + STEP);
    const patches = part.map((update) => {
      const parentId = update.parent ? (update.parent.to === null ? null : idOf.get(update.parent.to)) : undefined;
      if (parentId === undefined && update.parent) throw new Error(`unit ${update.code}: no parent unit ${update.parent.to ?? ""}`);
      return {
        unitId: update.unitId,
        ...(update.name ? { name: update.name.to } : {}),
        ...(parentId === undefined ? {} : { parentId }),
        ...(update.members ? { memberCount: update.members.to } : {}),
        ...(update.archived ? { archivedAt: update.archived.to ? context.at : null } : {}),
      };
    });
    await s.org.updateUnits(patches);
    for (const update of part) {
      if (update.archived?.to && update.kind === "cell") {
        for (const period of openPeriods) await s.outbox.dropPendingByKeyPrefix(reminderKeyPrefix(period.key, update.code));
      }
      audit.push(...auditOf(update, context));
    }
    step(part.length);
  }
  await s.audit.recordMany(audit);
  return audit.length;
}
