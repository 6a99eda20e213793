import { notBefore } from "../domain/schedule-rules.ts";
import type { Role } from "../domain/org.ts";
import type { OutboxDraft } from "../engine/ports.ts";
import type { Stores } from "../ports/stores.ts";
import { recipientsOf } from "./cell-directory.ts";
import type { App } from "./open-app.ts";
import { toOutboxRow } from "./outbox-queue.ts";

/** An invite just redeemed, inside the turn's transaction. */
export interface Redemption {
  readonly inviteId: number;
  readonly personId: number;
  readonly unitId: number;
  readonly role: Role;
  /** The platform the person registered on. */
  readonly channel: string;
  readonly at: Date;
}

/** Runs in the redeeming turn's transaction: registered and announced, or neither. */
export type OnRedeemed = (s: Stores, redemption: Redemption) => Promise<void>;

/**
 * Tells the admins who look after the unit that someone registered there: the admins of the
 * nearest unit at or above it that has any (a committee's office hears about its cells; the
 * province's admins are not told of every cell), else the admins by configuration, each in
 * their language, held through the quiet hours. The person registering is not told about
 * themselves, and no name is sent: the unit, the role and the platform.
 */
export function registrationNotice(deps: Pick<App, "config" | "translator">): OnRedeemed {
  return async (s, r) => {
    const above = await s.org.ancestors(r.unitId);
    const unit = above[0];
    if (!unit) return;
    const admins = (await s.org.holders(["admin"], above.map((u) => u.id))).filter((h) => h.personId !== r.personId);
    const nearest = above.find((u) => admins.some((a) => a.unitId === u.id));
    const reach = await recipientsOf(s, admins.filter((a) => a.unitId === nearest?.id).map((a) => a.personId));
    const known = [...reach.values()].flat();
    const recipients = known.length > 0 ? known : deps.config.telegram.adminIds.map((id) => ({ channel: "telegram", chatId: id, locale: undefined }));
    const sendAt = notBefore(r.at, deps.config.schedule.quiet, deps.config.timeZone);
    const seen = new Set<string>();
    const drafts: OutboxDraft[] = [];
    for (const to of recipients) {
      const address = `${to.channel}:${to.chatId}`;
      if (seen.has(address)) continue;
      seen.add(address);
      const locale = to.locale ?? deps.config.defaultLocale;
      const text = deps.translator.t(locale, "invite-registered-notice", {
        role: deps.translator.t(locale, `role-${r.role}`),
        unit: unit.name,
        code: unit.code,
        channel: r.channel,
      });
      drafts.push({ channel: to.channel, chatId: to.chatId, dedupeKey: `invite-registered:${r.inviteId}:${address}`, notBefore: sendAt, message: { text } });
    }
    if (drafts.length > 0) await s.outbox.enqueue(drafts.map(toOutboxRow), r.at);
  };
}
