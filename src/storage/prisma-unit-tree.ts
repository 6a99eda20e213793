import type { UnitTree } from "../engine/ports.ts";
import { toUnitRef } from "./map-rows.ts";
import type { Db } from "./open-database.ts";

export function createPrismaUnitTree(db: Db): UnitTree {
  return {
    async findUnit(code) {
      const row = await db.unit.findUnique({ where: { code } });
      return row ? toUnitRef(row) : null;
    },
    async topUnits() {
      return (await db.unit.findMany({ where: { parentId: null }, orderBy: { id: "asc" } })).map(toUnitRef);
    },
    async isWithin(unitCode, ancestorId) {
      // Trees are a few levels deep: walking up parent by parent is a handful of indexed reads.
      let unit = await db.unit.findUnique({ where: { code: unitCode }, select: { id: true, parentId: true } });
      while (unit) {
        if (unit.id === ancestorId) return true;
        unit = unit.parentId === null ? null : await db.unit.findUnique({ where: { id: unit.parentId }, select: { id: true, parentId: true } });
      }
      return false;
    },
  };
}
