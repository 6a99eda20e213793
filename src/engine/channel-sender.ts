import type { OutgoingMessage } from "./messages.ts";

/** How a channel tells the outbox what went wrong with a send. */
export type SendFailure =
  | { readonly kind: "retry"; readonly retryAfterMs?: number; readonly reason: string }
  | { readonly kind: "permanent"; readonly reason: string; readonly unreachable: boolean };

export class SendError extends Error {
  readonly failure: SendFailure;
  constructor(failure: SendFailure) {
    super(failure.reason);
    this.name = "SendError";
    this.failure = failure;
  }
}

export interface SendContext {
  /** The platform id of the chat's previous message whose buttons are still live: remove them. */
  readonly clearChoicesOf?: string;
}

export interface SendReceipt {
  /** The platform's id of the delivered message, when it has one. */
  readonly platformMessageId?: string;
}

/** Pace a platform asks for; the outbox enforces it. */
export interface SendLimits {
  readonly perSecond: number;
  /** Least time between two messages to one chat. */
  readonly chatIntervalMs: number;
  /** Most messages to one group chat per minute. */
  readonly groupPerMinute: number;
  /** Most messages per hour in all (a personal account that looks like a spammer gets locked). */
  readonly perHour?: number;
  /** Random extra pause after each send, up to this long, so the rhythm does not look automated. */
  readonly jitterMs?: number;
  isGroup(chatId: string): boolean;
}

/** Implemented by each channel: deliver one message to one chat, or throw SendError. */
export interface ChannelSender {
  readonly channel: string;
  readonly limits?: SendLimits;
  send(chatId: string, message: OutgoingMessage, context: SendContext): Promise<SendReceipt>;
}
