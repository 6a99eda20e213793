import type { UnitRef } from "../domain/org.ts";
import type { ChatAddress } from "../engine/messages.ts";
import type { GroupStore, Recipient } from "../engine/ports.ts";
import { toLocale } from "../i18n/locale.ts";
import { toUnitRef } from "./map-rows.ts";
import type { Db } from "./open-database.ts";

export function createPrismaGroupStore(db: Db): GroupStore & GroupChatChanges {
  return {
    ...groupChatChanges(db),
    async bind(address, unitCode, by, at) {
      const unit = await db.unit.findUnique({ where: { code: unitCode } });
      if (!unit) return null;
      await db.groupBinding.upsert({
        where: { channel_chatId: { channel: address.channel, chatId: address.chatId } },
        create: { channel: address.channel, chatId: address.chatId, unitId: unit.id, boundBy: by, boundAt: at },
        // Binding again is also how a group the bot was removed from becomes active again.
        update: { unitId: unit.id, boundBy: by, boundAt: at, active: true, inactiveAt: null, inactiveReason: null },
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
  };
}

/** A bound group the bot can no longer post to, and who must hear about it. */
export interface InactiveGroup {
  readonly unit: UnitRef;
  /** Admins of the unit and of every unit above it, on every channel they can be reached on. */
  readonly admins: readonly Recipient[];
}

/** What happens to a binding when its chat changes under the bot. */
export interface GroupChatChanges {
  /** The chat lives on under a new id (a Telegram group became a supergroup). */
  moveChat(channel: string, from: string, to: string, at: Date): Promise<void>;
  /** The bot cannot post there any more; null when the group was not bound or already inactive. */
  deactivate(address: ChatAddress, reason: string, at: Date): Promise<InactiveGroup | null>;
}

function groupChatChanges(db: Db): GroupChatChanges {
  const key = (address: ChatAddress) => ({ channel_chatId: { channel: address.channel, chatId: address.chatId } });
  return {
    async moveChat(channel, from, to, at) {
      const old = await db.groupBinding.findUnique({ where: key({ channel, chatId: from }) });
      if (!old) return;
      // Someone may already have bound the new supergroup: that newer binding wins.
      const taken = await db.groupBinding.findUnique({ where: key({ channel, chatId: to }) });
      if (taken) await db.groupBinding.delete({ where: { id: old.id } });
      else await db.groupBinding.update({ where: { id: old.id }, data: { chatId: to } });
      await db.auditLog.create({ data: { at, action: "group.move", subject: `${channel}:${from}`, details: JSON.stringify({ to }) } });
    },
    async deactivate(address, reason, at) {
      const binding = await db.groupBinding.findUnique({ where: key(address), include: { unit: true } });
      if (!binding?.active) return null;
      // Conditional on still being active, so two reports of the same removal notify once.
      const changed = await db.groupBinding.updateMany({ where: { id: binding.id, active: true }, data: { active: false, inactiveAt: at, inactiveReason: reason } });
      if (changed.count === 0) return null;
      await db.auditLog.create({ data: { at, action: "group.inactive", subject: `${address.channel}:${address.chatId}`, details: JSON.stringify({ unit: binding.unit.code, reason }) } });
      const above: number[] = [];
      for (let unit: { id: number; parentId: number | null } | null = binding.unit; unit; ) {
        above.push(unit.id);
        unit = unit.parentId === null ? null : await db.unit.findUnique({ where: { id: unit.parentId }, select: { id: true, parentId: true } });
      }
      const memberships = await db.membership.findMany({
        where: { role: "admin", unitId: { in: above } },
        include: { person: { include: { identities: { where: { reachable: true } } } } },
      });
      const admins = new Map<string, Recipient>();
      for (const { person } of memberships) {
        const locale = toLocale(person.locale ?? undefined);
        for (const identity of person.identities) {
          admins.set(`${identity.channel}:${identity.externalId}`, { personId: person.id, channel: identity.channel, chatId: identity.externalId, ...(locale ? { locale } : {}) });
        }
      }
      return { unit: toUnitRef(binding.unit), admins: [...admins.values()] };
    },
  };
}
