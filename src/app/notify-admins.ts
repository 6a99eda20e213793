import type { Recipient } from "../engine/ports.ts";
import type { App } from "./open-app.ts";

/**
 * Tells every admin reachable on a channel other than `failing` (and in the log) about a problem:
 * the admins by configuration and `notice.admins` (default: every admin), each in their
 * language. One notice per `notice.once` (default: per hour) and recipient.
 */
export async function notifyAdmins(
  app: Pick<App, "logger" | "config" | "directory" | "clock" | "outbox" | "translator">,
  key: string,
  failing: string | null,
  notice: { readonly args?: Record<string, string>; readonly admins?: readonly Recipient[]; readonly once?: string } = {},
): Promise<void> {
  app.logger.error({ problem: key, ...notice.args }, "admins notified");
  const configured = app.config.telegram.adminIds.map((id) => ({ channel: "telegram", chatId: id, locale: undefined }));
  // Known people first: the same chat as a configured admin then gets the notice in its own language.
  const recipients = [...(notice.admins ?? (await app.directory.adminRecipients())), ...configured].filter((r) => r.channel !== failing);
  const once = notice.once ?? app.clock.now().toISOString().slice(0, 13);
  await app.outbox.enqueue(
    recipients.map((r) => ({
      channel: r.channel,
      chatId: r.chatId,
      dedupeKey: `admin-notice:${key}:${once}:${r.channel}:${r.chatId}`,
      message: { text: app.translator.t(r.locale ?? app.config.defaultLocale, key, notice.args) },
    })),
    app.clock.now(),
  );
}
