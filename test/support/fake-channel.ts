import type { ChannelSender, SendContext, SendReceipt } from "../../src/engine/channel-sender.ts";
import type { OutgoingMessage } from "../../src/engine/messages.ts";

/** Captures what the outbox delivers, per chat, like a phone screen. */
export class FakeChannel implements ChannelSender {
  readonly channel: string;
  readonly delivered: { chatId: string; message: OutgoingMessage }[] = [];
  /** Platform ids of messages whose buttons the outbox asked to remove. */
  readonly cleared: string[] = [];
  #nextId = 1;
  constructor(channel = "fake") {
    this.channel = channel;
  }
  async send(chatId: string, message: OutgoingMessage, context: SendContext): Promise<SendReceipt> {
    if (context.clearChoicesOf) this.cleared.push(context.clearChoicesOf);
    this.delivered.push({ chatId, message });
    return { platformMessageId: String(this.#nextId++) };
  }
  /** Messages delivered since the last call. */
  take(): OutgoingMessage[] {
    return this.delivered.splice(0).map((d) => d.message);
  }
}
