import type { ChannelSender, SendReceipt } from "../../src/engine/channel-sender.ts";
import type { OutgoingMessage } from "../../src/engine/messages.ts";

/**
 * Captures what the outbox delivers, per chat, like a phone screen. Like Telegram's sender, a
 * message with a picture takes two calls (the picture, then the text); a message counts as
 * delivered once its last call went through.
 */
export class FakeChannel implements ChannelSender {
  readonly channel: string;
  readonly delivered: { chatId: string; message: OutgoingMessage }[] = [];
  /** Every platform call, in order: "part <chat> <index>" and "clear <chat> <message id>". */
  readonly calls: string[] = [];
  /** Platform ids of messages whose buttons the outbox asked to remove. */
  readonly cleared: string[] = [];
  #nextId = 1;
  constructor(channel = "fake") {
    this.channel = channel;
  }
  parts(message: OutgoingMessage): number {
    return message.image ? 2 : 1;
  }
  async sendPart(chatId: string, message: OutgoingMessage, index: number): Promise<SendReceipt> {
    this.calls.push(`part ${chatId} ${index}`);
    if (index === this.parts(message) - 1) this.delivered.push({ chatId, message });
    return { platformMessageId: String(this.#nextId++) };
  }
  async clearChoices(chatId: string, platformMessageId: string): Promise<void> {
    this.calls.push(`clear ${chatId} ${platformMessageId}`);
    this.cleared.push(platformMessageId);
  }
  /** Messages delivered since the last call. */
  take(): OutgoingMessage[] {
    return this.delivered.splice(0).map((d) => d.message);
  }
}
