/** A chat on a platform: a person's private chat or a group. */
export interface ChatAddress {
  readonly channel: string;
  readonly chatId: string;
}
