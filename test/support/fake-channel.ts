import type { ChannelSender } from "../../src/engine/channel-sender.ts";
import type { OutgoingMessage } from "../../src/engine/messages.ts";

/** Captures what the outbox delivers, per chat, like a phone screen. */
export class FakeChannel implements ChannelSender {
  readonly channel: string;
  readonly delivered: { chatId: string; message: OutgoingMessage }[] = [];
  constructor(channel = "fake") {
    this.channel = channel;
  }
  async send(chatId: string, message: OutgoingMessage): Promise<void> {
    this.delivered.push({ chatId, message });
  }
  /** Messages delivered since the last call. */
  take(): OutgoingMessage[] {
    return this.delivered.splice(0).map((d) => d.message);
  }
}
