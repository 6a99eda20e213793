import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";
import type { ChannelSender } from "../../engine/channel-sender.ts";
import type { Engine } from "../../engine/handle-message.ts";
import type { IncomingMessage } from "../../engine/messages.ts";
import { renderNumbered } from "../render-numbered.ts";

export const CONSOLE_CHANNEL = "console";
/** The one local user of the console channel. */
export const CONSOLE_USER = "local";

/** The demo's committee group chat, shown in the same terminal under a header. */
export const CONSOLE_GROUP = "group";

/** Prints messages; pictures are saved under `chartDir` and their path printed. */
export function createConsoleSender(output: NodeJS.WritableStream, options: { chartDir: string; groupHeader: string }): ChannelSender {
  return {
    channel: CONSOLE_CHANNEL,
    // The terminal takes any length at once: one part per message.
    parts: () => 1,
    async sendPart(chatId, message) {
      const header = chatId === CONSOLE_GROUP ? `${options.groupHeader}\n` : "";
      let picture = "";
      if (message.image) {
        mkdirSync(options.chartDir, { recursive: true });
        const file = path.join(options.chartDir, path.basename(message.image.filename));
        writeFileSync(file, Buffer.from(message.image.base64, "base64"));
        picture = `🖼  ${file}\n`;
      }
      output.write(`\n${header}${picture}${renderNumbered(message)}\n`);
      return {};
    },
  };
}

export interface ConsoleChannelOptions {
  readonly input: NodeJS.ReadableStream & { isTTY?: boolean };
  readonly output: NodeJS.WritableStream;
  readonly engine: Engine;
  /** Delivers what the engine enqueued, so replies print before the next prompt. */
  readonly flush: () => Promise<void>;
  readonly clock: () => Date;
  readonly locale?: string;
}

/**
 * A chat in the terminal, like Hubot's shell: one line is one message. Works interactively
 * and with piped input (one answer per line); resolves at end of input once all is delivered.
 */
export async function runConsoleChannel(options: ConsoleChannelOptions): Promise<void> {
  const interactive = options.input.isTTY === true;
  const rl = createInterface({ input: options.input, output: options.output, terminal: interactive, prompt: "> " });
  // Take lines from the start: lines read before iteration begins would otherwise be dropped.
  const lines = rl[Symbol.asyncIterator]();
  // Ctrl+C ends the chat like Ctrl+D: answers are saved either way, and the goodbye is printed.
  rl.on("SIGINT", () => rl.close());
  const message = (text: string): IncomingMessage => ({
    channel: CONSOLE_CHANNEL,
    chatId: CONSOLE_USER,
    chatType: "private",
    senderId: CONSOLE_USER,
    text,
    receivedAt: options.clock(),
    ...(options.locale ? { localeHint: options.locale } : {}),
  });

  await options.engine.handle(message("/start"));
  await options.flush();
  if (interactive) rl.prompt();
  for (let next = await lines.next(); !next.done; next = await lines.next()) {
    const line = next.value;
    if (!interactive) options.output.write(`> ${line}\n`);
    await options.engine.handle(message(line));
    await options.flush();
    if (interactive) rl.prompt();
  }
  await options.flush();
}
