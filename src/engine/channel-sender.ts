import type { OutgoingMessage } from "./messages.ts";

/** How a channel tells the outbox what went wrong with one platform call. */
export type SendFailure =
  /**
   * Try this call again later. `unreachableIfExhausted`: when the attempts run out on this
   * reason, the recipient is treated as unreachable (Zalo's 123 can mean "blocked" or only
   * "sent too fast": only repeated failures over hours mean the former).
   */
  | { readonly kind: "retry"; readonly reason: string; readonly retryAfterMs?: number; readonly unreachableIfExhausted?: boolean }
  /** The platform asked to slow down: wait that long for this chat; it costs no attempt. */
  | { readonly kind: "rate_limited"; readonly retryAfterMs: number; readonly reason: string }
  /**
   * This call can never succeed. `unreachable`: nothing can reach this chat any more (blocked,
   * kicked, chat gone). `skipPart`: only this part cannot go (a chart where photos are not
   * allowed); the rest of the message still can.
   */
  | { readonly kind: "permanent"; readonly reason: string; readonly unreachable: boolean; readonly skipPart?: boolean }
  /** The chat has a new id (a Telegram group became a supergroup): move everything to it, then retry. */
  | { readonly kind: "moved"; readonly newChatId: string; readonly reason: string };

export class SendError extends Error {
  readonly failure: SendFailure;
  constructor(failure: SendFailure) {
    super(failure.reason);
    this.name = "SendError";
    this.failure = failure;
  }
}

export interface SendReceipt {
  /** The platform's id of the delivered message, when it has one. */
  readonly platformMessageId?: string;
}

/** Pace a platform asks for; the outbox enforces it for every platform call. */
export interface SendLimits {
  readonly perSecond: number;
  /** Least time between two calls to one chat. */
  readonly chatIntervalMs: number;
  /** Most calls to one group chat per minute. */
  readonly groupPerMinute: number;
  /** Most calls per hour in all (a personal account that looks like a spammer gets locked). */
  readonly perHour?: number;
  /** Random extra pause after each call, up to this long, so the rhythm does not look automated. */
  readonly jitterMs?: number;
  isGroup(chatId: string): boolean;
}

/**
 * Implemented by each channel. One message may take several platform calls (a picture, then
 * each text part); each is one `sendPart`, so a retry never repeats a call that succeeded and
 * the rate limits count every call.
 */
export interface ChannelSender {
  readonly channel: string;
  readonly limits?: SendLimits;
  /**
   * Whether this process can send on the channel now; absent means always. A channel that is
   * not ready (a Zalo session held by the other instance, or reconnecting) keeps its messages
   * waiting, unclaimed and without spending attempts.
   */
  ready?(): boolean;
  /** How many platform calls deliver this message. The same message always gives the same count. */
  parts(message: OutgoingMessage): number;
  /** Makes call `index` (0-based) of the message; throws SendError. The last part carries the choices. */
  sendPart(chatId: string, message: OutgoingMessage, index: number): Promise<SendReceipt>;
  /** Removes the buttons of an earlier delivered message (one call); absent where choices are plain text. */
  clearChoices?(chatId: string, platformMessageId: string): Promise<void>;
}
