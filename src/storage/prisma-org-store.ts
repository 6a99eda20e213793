import type { Role, UnitKind, UnitRef } from "../domain/org.ts";
import type { Db } from "./open-database.ts";
import { toUnitRef } from "./map-rows.ts";

export interface UnitRow extends UnitRef {
  readonly parentCode: string | null;
}

export interface NewUnit {
  readonly code: string;
  readonly name: string;
  readonly kind: UnitKind;
  readonly parentCode?: string;
  readonly memberCount: number;
}

/** The organisation tree and who holds which role where. */
export function createPrismaOrgStore(db: Db) {
  return {
    async isEmpty(): Promise<boolean> {
      return (await db.unit.count()) === 0;
    },

    async listUnits(): Promise<UnitRow[]> {
      const rows = await db.unit.findMany({ include: { parent: { select: { code: true } } }, orderBy: { id: "asc" } });
      return rows.map((row) => ({ ...toUnitRef(row), parentCode: row.parent?.code ?? null }));
    },

    async findUnit(code: string): Promise<UnitRef | null> {
      const row = await db.unit.findUnique({ where: { code } });
      return row ? toUnitRef(row) : null;
    },

    async createUnits(units: readonly NewUnit[]): Promise<void> {
      await db.$transaction(async (tx) => {
        for (const unit of units) {
          const parent = unit.parentCode ? await tx.unit.findUniqueOrThrow({ where: { code: unit.parentCode } }) : null;
          await tx.unit.create({
            data: { code: unit.code, name: unit.name, kind: unit.kind, memberCount: unit.memberCount, parentId: parent?.id ?? null },
          });
        }
      });
    },

    /** The person behind a platform identity, created on first use. */
    async ensurePerson(channel: string, externalId: string): Promise<number> {
      const identity = await db.identity.findUnique({ where: { channel_externalId: { channel, externalId } } });
      if (identity) return identity.personId;
      const person = await db.person.create({ data: { identities: { create: { channel, externalId } } } });
      return person.id;
    },

    async grantRole(personId: number, unitCode: string, role: Role): Promise<void> {
      const unit = await db.unit.findUniqueOrThrow({ where: { code: unitCode } });
      await db.membership.upsert({
        where: { personId_unitId_role: { personId, unitId: unit.id, role } },
        create: { personId, unitId: unit.id, role },
        update: {},
      });
    },

    async audit(entry: { actorId?: number; action: string; subject: string; details?: unknown; at: Date }): Promise<void> {
      await db.auditLog.create({
        data: {
          at: entry.at,
          action: entry.action,
          subject: entry.subject,
          ...(entry.actorId !== undefined ? { actorId: entry.actorId } : {}),
          ...(entry.details !== undefined ? { details: JSON.stringify(entry.details) } : {}),
        },
      });
    },
  };
}

export type OrgStore = ReturnType<typeof createPrismaOrgStore>;
