import type { API } from "zca-js";

/** The part of zca-js's API the channel uses; tests provide a fake of exactly this shape. */
export type ZaloApi = Pick<API, "sendMessage" | "listener" | "getCookie" | "getOwnId" | "keepAlive">;

export const ZALO_CHANNEL = "zalo";

/** Group threads are kept apart from user threads (their ids could collide) with a prefix. */
const GROUP_PREFIX = "g:";

export const groupChatId = (groupId: string): string => `${GROUP_PREFIX}${groupId}`;

export function threadOf(chatId: string): { threadId: string; group: boolean } {
  return chatId.startsWith(GROUP_PREFIX) ? { threadId: chatId.slice(GROUP_PREFIX.length), group: true } : { threadId: chatId, group: false };
}
