import { createHash, randomBytes } from "node:crypto";
import type { Role } from "../domain/org.ts";
import type { InviteRedemption, InviteStore } from "../engine/ports.ts";
import { toRole, toUnitRef } from "./map-rows.ts";
import type { Db } from "./open-database.ts";

/** Failed redemptions allowed per identity per window before it must wait. */
export const MAX_FAILED_ATTEMPTS = 5;
const ATTEMPT_WINDOW_MS = 60 * 60_000;

const hashCode = (code: string): string => createHash("sha256").update(code.trim()).digest("hex");

/** Invites are single-use codes of 144 random bits; only their hash is stored. */
export function createPrismaInviteStore(db: Db): InviteStore & {
  create(unitCode: string, role: Role, expiresAt: Date, at: Date): Promise<{ code: string } | null>;
} {
  return {
    async create(unitCode, role, expiresAt, at) {
      const unit = await db.unit.findUnique({ where: { code: unitCode } });
      if (!unit) return null;
      // base64url keeps the code within Telegram's deep-link alphabet [A-Za-z0-9_-].
      const code = randomBytes(18).toString("base64url");
      await db.invite.create({ data: { codeHash: hashCode(code), unitId: unit.id, role, createdAt: at, expiresAt } });
      await db.auditLog.create({ data: { at, action: "invite.create", subject: `unit:${unit.code}`, details: JSON.stringify({ role, expiresAt }) } });
      return { code };
    },

    async redeem(code, identity, at): Promise<InviteRedemption> {
      const since = new Date(at.getTime() - ATTEMPT_WINDOW_MS);
      const failures = await db.inviteAttempt.count({ where: { channel: identity.channel, externalId: identity.externalId, at: { gte: since } } });
      if (failures >= MAX_FAILED_ATTEMPTS) return { ok: false, reason: "too-many-attempts" };
      const failed = async (reason: "invalid" | "used" | "expired"): Promise<InviteRedemption> => {
        await db.inviteAttempt.create({ data: { channel: identity.channel, externalId: identity.externalId, at } });
        return { ok: false, reason };
      };
      const invite = /^[A-Za-z0-9_-]{16,64}$/.test(code) ? await db.invite.findUnique({ where: { codeHash: hashCode(code) }, include: { unit: true } }) : null;
      if (!invite) return failed("invalid");
      if (invite.usedAt) return failed("used");
      if (invite.expiresAt <= at) return failed("expired");
      const role = toRole(invite.role);
      const personId = await db.$transaction(async (tx) => {
        const existing = await tx.identity.findUnique({ where: { channel_externalId: { channel: identity.channel, externalId: identity.externalId } } });
        const id = existing?.personId ?? (await tx.person.create({ data: { identities: { create: { ...identity } } } })).id;
        // Single use even under a race: only one redemption can flip usedAt from null.
        const { count } = await tx.invite.updateMany({ where: { id: invite.id, usedAt: null }, data: { usedAt: at, usedBy: id } });
        if (count !== 1) return null;
        await tx.membership.upsert({
          where: { personId_unitId_role: { personId: id, unitId: invite.unitId, role } },
          create: { personId: id, unitId: invite.unitId, role },
          update: {},
        });
        await tx.auditLog.create({ data: { at, actorId: id, action: "invite.redeem", subject: `unit:${invite.unit.code}`, details: JSON.stringify({ role }) } });
        return id;
      });
      if (personId === null) return failed("used");
      return { ok: true, personId, unit: toUnitRef(invite.unit), role };
    },
  };
}
