import type { Update } from "grammy/types";

/**
 * A group chat changed under the bot. "moved": a group became a supergroup and lives on under a
 * new id (Telegram sends one service message in the old chat, one in the new: either is
 * enough, and both may arrive). "removed": the bot was kicked or left, so nothing it sends there
 * can arrive any more.
 */
export type ChatChange =
  | { readonly kind: "moved"; readonly from: string; readonly to: string }
  | { readonly kind: "removed"; readonly chatId: string; readonly reason: "kicked" | "left" };

export function chatChangeOf(update: Update, botId: number): ChatChange | undefined {
  const message = update.message;
  if (message?.migrate_to_chat_id !== undefined) return { kind: "moved", from: String(message.chat.id), to: String(message.migrate_to_chat_id) };
  if (message?.migrate_from_chat_id !== undefined) return { kind: "moved", from: String(message.migrate_from_chat_id), to: String(message.chat.id) };
  const member = update.my_chat_member;
  if (!member || member.chat.type === "private" || member.chat.type === "channel") return undefined;
  // my_chat_member is always about the bot itself; the id check guards against a forged or mis-routed update.
  if (member.new_chat_member.user.id !== botId) return undefined;
  const status = member.new_chat_member.status;
  return status === "kicked" || status === "left" ? { kind: "removed", chatId: String(member.chat.id), reason: status } : undefined;
}
