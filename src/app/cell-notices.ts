import { notBefore } from "../domain/schedule-rules.ts";
import type { OutgoingMessage } from "../engine/messages.ts";
import type { OutboxDraft } from "../engine/ports.ts";
import type { Locale } from "../i18n/locale.ts";
import type { Stores } from "../ports/stores.ts";
import { recipientsOf } from "./cell-directory.ts";
import type { App } from "./open-app.ts";
import { toOutboxRow } from "./outbox-queue.ts";

export type NoticeDeps = Pick<App, "config" | "translator">;

/**
 * Tells the secretaries and deputies of these cells something about their report, each in their
 * language, with the button that opens it (the greeting's "assess": the report opens where it
 * stands — the summary, when every item is answered). Enqueued in the caller's transaction;
 * quiet hours hold it until the morning. Returns how many messages were queued.
 */
export async function noticeCells(
  s: Stores,
  deps: NoticeDeps,
  unitIds: readonly number[],
  notice: { readonly at: Date; readonly dedupe: string; readonly text: (locale: Locale, unitId: number) => string; readonly button: string },
): Promise<number> {
  if (unitIds.length === 0) return 0;
  const holders = await s.org.holders(["secretary", "deputy"], unitIds);
  const reach = await recipientsOf(s, holders.map((h) => h.personId));
  const sendAt = notBefore(notice.at, deps.config.schedule.quiet, deps.config.timeZone);
  const drafts: OutboxDraft[] = [];
  for (const h of holders) {
    for (const r of reach.get(h.personId) ?? []) {
      const locale = r.locale ?? deps.config.defaultLocale;
      const message: OutgoingMessage = {
        text: notice.text(locale, h.unitId),
        choices: [{ id: "assess", label: deps.translator.t(locale, notice.button) }],
        choiceContext: "greeting",
        choiceStyle: "pick",
      };
      drafts.push({ channel: r.channel, chatId: r.chatId, dedupeKey: `${notice.dedupe}:${h.unitId}:${r.personId}:${r.channel}`, notBefore: sendAt, message });
    }
  }
  if (drafts.length > 0) await s.outbox.enqueue(drafts.map(toOutboxRow), notice.at);
  return drafts.length;
}
