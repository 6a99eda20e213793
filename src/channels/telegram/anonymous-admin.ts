import type { Message } from "grammy/types";

/** Admin commands that need to know who sent them. */
const NEEDS_IDENTITY = /^\/(bind|unbind)(@[A-Za-z0-9_]+)?(\s|$)/i;

/**
 * A group admin with "Remain anonymous" on posts as the group itself: `sender_chat` is the group
 * and `from` is Telegram's placeholder @GroupAnonymousBot, so the bot cannot tell whether the
 * sender is an admin of anything. Such a /bind is answered with how to bind instead of a refusal.
 */
export function isAnonymousAdminCommand(message: Message | undefined): boolean {
  if (!message?.sender_chat || message.sender_chat.id !== message.chat.id) return false;
  return NEEDS_IDENTITY.test(message.text ?? "");
}
