import type { UnitRef } from "../domain/org.ts";
import type { ChatAddress } from "../engine/messages.ts";
import type { GroupStore, Recipient } from "../engine/ports.ts";
import type { InTransaction, Stores } from "../ports/stores.ts";
import { recipientsOf } from "./cell-directory.ts";

/** A bound group the bot can no longer post to, and who must hear about it. */
export interface InactiveGroup {
  readonly unit: UnitRef;
  /** Admins of the unit and of every unit above it, on every channel they can be reached on. */
  readonly admins: readonly Recipient[];
}

export interface GroupBindings extends GroupStore {
  /** The chat lives on under a new id (a Telegram group became a supergroup). */
  moveChat(channel: string, from: string, to: string, at: Date): Promise<void>;
  /** The bot cannot post there any more; null when the group was not bound or already inactive. */
  deactivate(address: ChatAddress, reason: string, at: Date): Promise<InactiveGroup | null>;
}

const subject = (address: ChatAddress): string => `${address.channel}:${address.chatId}`;

/** Group chats bound to units, by unit code, each change in the audit log with it. */
export function createGroupBindings(stores: Stores, inTransaction: InTransaction): GroupBindings {
  return {
    bind(address, unitCode, by, at) {
      return inTransaction(async (s) => {
        const unit = await s.org.findUnit(unitCode);
        if (!unit) return null;
        await s.groups.bind(address, unit.id, by, at);
        await s.audit.record({ at, actorId: by, action: "group.bind", subject: subject(address), details: { unit: unit.code } });
        return unit;
      });
    },

    unbind(address) {
      return inTransaction(async (s) => {
        const unitId = await s.groups.unbind(address);
        if (unitId === null) return null;
        const unit = await s.org.unitById(unitId);
        await s.audit.record({ at: new Date(), action: "group.unbind", subject: subject(address), details: { unit: unit?.code } });
        return unit;
      });
    },

    async boundUnit(address) {
      const unitId = await stores.groups.boundUnitId(address);
      return unitId === null ? null : stores.org.unitById(unitId);
    },

    async moveChat(channel, from, to, at) {
      await inTransaction(async (s) => {
        const move = await s.groups.moveChat(channel, from, to);
        if (move !== "none") await s.audit.record({ at, action: "group.move", subject: `${channel}:${from}`, details: { to, outcome: move } });
      });
    },

    async deactivate(address, reason, at) {
      const unitId = await inTransaction(async (s) => {
        // Of two reports of the same removal, one gets the unit: admins hear it once.
        const id = await s.groups.deactivate(address, reason, at);
        if (id !== null) await s.audit.record({ at, action: "group.inactive", subject: subject(address), details: { unitId: id, reason } });
        return id;
      });
      if (unitId === null) return null;
      const above = await stores.org.ancestors(unitId);
      const unit = above[0];
      if (!unit) return null;
      const admins = await stores.org.holders(["admin"], above.map((u) => u.id));
      const reach = await recipientsOf(stores, admins.map((a) => a.personId));
      return { unit, admins: [...reach.values()].flat() };
    },
  };
}
