import { newInviteCode, storedInviteHash } from "../domain/invite-code.ts";
import { isPendingInvite, takesBatchInvite } from "../domain/invite-targets.ts";
import type { Role, UnitRef } from "../domain/org.ts";
import type { App } from "./open-app.ts";

/** One printed card: the code is shown here once and never stored in clear. */
export interface IssuedInvite {
  readonly unit: UnitRef;
  /** The committee the unit belongs to (its parent), printed above the unit's name. */
  readonly committee: UnitRef | null;
  readonly role: Role;
  /** Grouped for reading aloud and typing: "7KQ2-M9XD-4TFA-0BNZ". */
  readonly code: string;
  readonly expiresAt: Date;
  /** A pending code of this unit was withdrawn for this one (`renew`). */
  readonly renewed: boolean;
}

export interface SkippedUnit {
  readonly unit: UnitRef;
  readonly committee: UnitRef | null;
  /** Someone already holds the role there, or a code for it is still pending (without `renew`). */
  readonly reason: "registered" | "pending";
  /** For a pending code: until when it can still be used. */
  readonly expiresAt?: Date;
}

export type IssueCellInvitesResult =
  | { readonly ok: true; readonly unit: UnitRef; readonly role: Role; readonly issued: readonly IssuedInvite[]; readonly skipped: readonly SkippedUnit[] }
  | { readonly ok: false; readonly reason: "unknown-unit" };

/**
 * One invite for `role` per unit of `unitCode`'s subtree that takes it (every cell; grassroots
 * committees too for a leader or admin) and has nobody in that role yet. A unit whose code for
 * the role is still pending is left alone, so running it twice issues nothing new; with `renew`
 * that code is withdrawn and a new one issued. All in one transaction, each step audited. The
 * caller has checked that `by` may act on the subtree (the CLI's operator may).
 */
export function issueCellInvites(
  app: Pick<App, "inTransaction" | "config">,
  request: { readonly unitCode: string; readonly role: Role; readonly renew?: boolean; readonly at: Date; readonly by?: number | null },
): Promise<IssueCellInvitesResult> {
  const { role, at } = request;
  const by = request.by ?? null;
  const expiresAt = new Date(at.getTime() + app.config.inviteTtlDays * 86_400_000);
  return app.inTransaction(async (s) => {
    const root = await s.org.findUnit(request.unitCode);
    if (!root) return { ok: false, reason: "unknown-unit" };
    const targets = (await s.org.subtree(root.id)).filter((u) => takesBatchInvite(u.kind, role));
    const ids = targets.map((u) => u.id);
    const tree = new Map((await s.org.listUnits()).map((u) => [u.id, u]));
    const committeeOf = (unit: UnitRef): UnitRef | null => {
      const parentId = tree.get(unit.id)?.parentId;
      const parent = parentId === null || parentId === undefined ? undefined : tree.get(parentId);
      return parent ? { id: parent.id, code: parent.code, name: parent.name, kind: parent.kind, memberCount: parent.memberCount } : null;
    };
    const held = new Set((await s.org.holders([role], ids)).map((h) => h.unitId));
    const pending = new Map<number, { id: number; expiresAt: Date }[]>();
    for (const invite of await s.invites.ofUnits(ids)) {
      if (invite.role !== role || !isPendingInvite(invite, at)) continue;
      pending.set(invite.unitId, [...(pending.get(invite.unitId) ?? []), { id: invite.id, expiresAt: invite.expiresAt }]);
    }

    const issued: IssuedInvite[] = [];
    const skipped: SkippedUnit[] = [];
    for (const unit of targets) {
      if (held.has(unit.id)) {
        skipped.push({ unit, committee: committeeOf(unit), reason: "registered" });
        continue;
      }
      const open = pending.get(unit.id) ?? [];
      if (open.length > 0 && !request.renew) {
        skipped.push({ unit, committee: committeeOf(unit), reason: "pending", expiresAt: new Date(Math.max(...open.map((p) => p.expiresAt.getTime()))) });
        continue;
      }
      for (const old of open) {
        if (await s.invites.revoke(old.id, by, at)) await s.audit.record({ at, actorId: by, action: "invite.revoke", subject: `unit:${unit.code}`, details: { role, invite: old.id, renewed: true } });
      }
      const code = newInviteCode();
      const id = await s.invites.create({ codeHash: storedInviteHash(code), unitId: unit.id, role, expiresAt, at });
      await s.audit.record({ at, actorId: by, action: "invite.create", subject: `unit:${unit.code}`, details: { role, expiresAt, invite: id, batch: root.code } });
      issued.push({ unit, committee: committeeOf(unit), role, code, expiresAt, renewed: open.length > 0 });
    }
    return { ok: true, unit: root, role, issued, skipped };
  });
}
