import type { GroupStore } from "../engine/ports.ts";
import { toUnitRef } from "./map-rows.ts";
import type { Db } from "./open-database.ts";

export function createPrismaGroupStore(db: Db): GroupStore {
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
  };
}
