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

/** Implemented by each channel: deliver one message to one chat, or throw SendError. */
export interface ChannelSender {
  readonly channel: string;
  send(chatId: string, message: OutgoingMessage): Promise<void>;
}
