import type { GroupProgress, GroupStore } from "../engine/ports.ts";
import { toUnitRef } from "./map-rows.ts";
import type { Db } from "./open-database.ts";

export function createPrismaGroupStore(db: Db): GroupStore {
  /** Ids of the unit and everything below it (the tree is small: one query per level). */
  async function subtree(rootId: number): Promise<number[]> {
    const ids = [rootId];
    for (let level = [rootId]; level.length > 0; ) {
      const children = await db.unit.findMany({ where: { parentId: { in: level } }, select: { id: true } });
      level = children.map((c) => c.id);
      ids.push(...level);
    }
    return ids;
  }

  return {
    async bind(address, unitCode, by, at) {
      const unit = await db.unit.findUnique({ where: { code: unitCode } });
      if (!unit) return null;
      await db.groupBinding.upsert({
        where: { channel_chatId: { channel: address.channel, chatId: address.chatId } },
        create: { channel: address.channel, chatId: address.chatId, unitId: unit.id, boundBy: by, boundAt: at },
        update: { unitId: unit.id, boundBy: by, boundAt: at },
      });
      await db.auditLog.create({ data: { at, actorId: by, action: "group.bind", subject: `${address.channel}:${address.chatId}`, details: JSON.stringify({ unit: unit.code }) } });
      return toUnitRef(unit);
    },
    async unbind(address) {
      const binding = await db.groupBinding.findUnique({ where: { channel_chatId: { channel: address.channel, chatId: address.chatId } }, include: { unit: true } });
      if (!binding) return null;
      await db.groupBinding.delete({ where: { id: binding.id } });
      return toUnitRef(binding.unit);
    },
    async boundUnit(address) {
      const binding = await db.groupBinding.findUnique({ where: { channel_chatId: { channel: address.channel, chatId: address.chatId } }, include: { unit: true } });
      return binding ? toUnitRef(binding.unit) : null;
    },
    async isWithin(unitCode, ancestorId) {
      let unit = await db.unit.findUnique({ where: { code: unitCode }, select: { id: true, parentId: true } });
      while (unit) {
        if (unit.id === ancestorId) return true;
        unit = unit.parentId === null ? null : await db.unit.findUnique({ where: { id: unit.parentId }, select: { id: true, parentId: true } });
      }
      return false;
    },
    async progress(unitId, periodId, periodKey): Promise<GroupProgress> {
      const unit = await db.unit.findUniqueOrThrow({ where: { id: unitId } });
      const cells = await db.unit.findMany({
        where: { id: { in: await subtree(unitId) }, kind: "cell" },
        orderBy: { id: "asc" },
        include: { assessments: { where: { periodId }, select: { status: true, fourGood: true } } },
      });
      const submitted = cells.filter((c) => c.assessments[0]?.status === "submitted");
      return {
        unit: toUnitRef(unit),
        periodKey,
        cells: cells.length,
        submitted: submitted.length,
        fourGood: submitted.filter((c) => c.assessments[0]?.fourGood === true).length,
        missing: cells.filter((c) => c.assessments[0]?.status !== "submitted").map((c) => c.name),
      };
    },
  };
}
