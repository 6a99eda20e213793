import { z } from "zod";
import type { ChatAddress } from "../ports/chat-address.ts";

/**
 * The neutral message model. Channels translate platform events into IncomingMessage and
 * render OutgoingMessage; nothing past a channel folder knows which platform it serves.
 */
export type ChatType = "private" | "group";

export type { ChatAddress };

export interface IncomingMessage extends ChatAddress {
  readonly chatType: ChatType;
  readonly senderId: string;
  /** The platform's unique id of this update; a second delivery with the same id is ignored. */
  readonly messageId?: string;
  /** What was typed. */
  readonly text?: string;
  /** A tapped button: the option id and the context (question) it was offered for. */
  readonly option?: { readonly id: string; readonly context?: string };
  /** The platform's language hint (Telegram's language_code), used until the user picks one. */
  readonly localeHint?: string;
  /** The bot's own username where the platform has one (Telegram): links to the bot name it. */
  readonly botUsername?: string;
  /**
   * Set when the message carries no answer the bot can read: "media" (a voice note, sticker,
   * photo…), "edited" (a change to an earlier message: answers are changed with /back or the
   * summary, not by editing), "forwarded" (someone else's words are not this person's answer).
   */
  readonly unreadable?: "media" | "edited" | "forwarded";
  readonly receivedAt: Date;
  /**
   * When the person sent it, by the platform's clock (Telegram: whole seconds, rounded down).
   * A typed answer counts only for a question delivered before this moment.
   */
  readonly sentAt?: Date;
}

export interface Choice {
  readonly id: string;
  readonly label: string;
}

export interface OutgoingMessage {
  readonly text: string;
  readonly choices?: readonly Choice[];
  /** Echoed back with a tapped choice so that taps on old messages can be recognised. */
  readonly choiceContext?: string;
  /**
   * "pick": the answer is one of the choices (numbered on text-only channels);
   * "alternative": typed input is expected, the choices are shortcuts beside it.
   */
  readonly choiceStyle?: "pick" | "alternative";
  /** A picture sent before the text (a digest's chart), PNG as base64 so the outbox row holds it. */
  readonly image?: { readonly base64: string; readonly filename: string };
  /** Carries a secret (an invite code): once delivered, its text is erased from the outbox. */
  readonly secret?: true;
}

export const outgoingMessageSchema: z.ZodType<OutgoingMessage> = z.object({
  text: z.string(),
  choices: z.array(z.object({ id: z.string(), label: z.string() })).optional(),
  choiceContext: z.string().optional(),
  choiceStyle: z.enum(["pick", "alternative"]).optional(),
  image: z.object({ base64: z.string(), filename: z.string() }).optional(),
  secret: z.literal(true).optional(),
});

export const conversationKey = (address: ChatAddress): string => `${address.channel}:${address.chatId}`;

/** What a channel may show at once for the message it handed over (e.g. a Telegram callback answer). */
export interface HandleResult {
  readonly ack?: string;
}
