import type { OutboxSignal } from "../engine/ports.ts";
import type { ChatAddress } from "../ports/chat-address.ts";
import { groupGone } from "./group-gone.ts";
import type { App } from "./open-app.ts";

/** What a platform says about group chats in updates; the outbox learns the same from failed sends. */
export interface GroupChatChanges {
  /** The group lives on under a new id (a Telegram group became a supergroup). */
  moved(from: string, to: string): Promise<void>;
  /** The bot was removed from the group, or the group is gone. */
  removed(chatId: string, reason: string): Promise<void>;
  /** Something to tell the group itself, once per platform update. */
  notice(chatId: string, key: string, updateId: number): Promise<void>;
}

export function groupChatChanges(app: App, channel: string, outbox: OutboxSignal): GroupChatChanges {
  return {
    async moved(from, to) {
      await app.groups.moveChat(channel, from, to, app.clock.now());
      await app.outbox.moveChat(channel, from, to);
      outbox.wake();
    },
    async removed(chatId, reason) {
      const address: ChatAddress = { channel, chatId };
      // What was waiting for that chat can never arrive.
      await app.outbox.markUnreachable(address, app.clock.now());
      await groupGone(app, address, reason);
    },
    async notice(chatId, key, updateId) {
      const message = { text: app.translator.t(app.config.defaultLocale, key) };
      await app.outbox.enqueue([{ channel, chatId, message, dedupeKey: `notice:${channel}:${updateId}` }], app.clock.now());
      outbox.wake();
    },
  };
}
