import { createHash, randomBytes } from "node:crypto";
import type { Role } from "../domain/org.ts";
import type { InviteCheck, InviteStore } from "../engine/ports.ts";
import { toRole, toUnitRef } from "./map-rows.ts";
import type { Db } from "./open-database.ts";

/** Failed redemptions allowed per identity per window before it must wait. */
export const MAX_FAILED_ATTEMPTS = 5;
const ATTEMPT_WINDOW_MS = 60 * 60_000;

export const hashCode = (code: string): string => createHash("sha256").update(code.trim()).digest("hex");

/** Invites are single-use codes of 144 random bits; only their hash is stored. Redemption is the turn store's. */
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

    async check(code, identity, at): Promise<InviteCheck> {
      const since = new Date(at.getTime() - ATTEMPT_WINDOW_MS);
      const failures = await db.inviteAttempt.count({ where: { channel: identity.channel, externalId: identity.externalId, at: { gte: since } } });
      if (failures >= MAX_FAILED_ATTEMPTS) return { ok: false, reason: "too-many-attempts" };
      const invite = /^[A-Za-z0-9_-]{16,64}$/.test(code) ? await db.invite.findUnique({ where: { codeHash: hashCode(code) }, include: { unit: true } }) : null;
      if (!invite) return { ok: false, reason: "invalid" };
      if (invite.usedAt) return { ok: false, reason: "used" };
      if (invite.expiresAt <= at) return { ok: false, reason: "expired" };
      return { ok: true, inviteId: invite.id, unit: toUnitRef(invite.unit), role: toRole(invite.role) };
    },
  };
}
