import type { ChatAddress } from "../ports/chat-address.ts";
import { notifyAdmins } from "./notify-admins.ts";
import type { App } from "./open-app.ts";

/** The bot cannot post to a chat any more: a bound group turns inactive, and its admins hear it once. */
export async function groupGone(app: App, address: ChatAddress, reason: string): Promise<void> {
  const at = app.clock.now();
  const inactive = await app.groups.deactivate(address, reason, at);
  if (!inactive) return;
  const { unit } = inactive;
  await notifyAdmins(app, "group-inactive", null, { args: { unit: unit.name, code: unit.code }, admins: inactive.admins, once: `${address.channel}:${address.chatId}:${at.toISOString()}` });
}
