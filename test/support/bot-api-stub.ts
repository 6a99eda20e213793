import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { BOT_INFO } from "./telegram-harness.ts";

/** A Bot API answer: the JSON body, sent with HTTP status error_code when it is an error, as Telegram does. */
export type StubAnswer = { readonly ok: true; readonly result: unknown } | { readonly ok: false; readonly error_code: number; readonly description: string };

export interface BotApiStub {
  /** For TELEGRAM_API_ROOT (no trailing slash). */
  readonly apiRoot: string;
  /** Methods called, in order. */
  readonly calls: string[];
  /** What each call sent (its JSON body; an empty object for a multipart upload), in order. */
  readonly requests: { readonly method: string; readonly payload: Record<string, unknown> }[];
  close(): Promise<void>;
}

/** How long an empty getUpdates is held, standing in for Telegram's long poll. */
const POLL_HOLD_MS = 100;

async function body(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  if (!String(request.headers["content-type"] ?? "").includes("json")) return {};
  const parsed: unknown = JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}");
  return typeof parsed === "object" && parsed !== null ? (parsed as Record<string, unknown>) : {};
}

/**
 * A Bot API server on 127.0.0.1 for a bot started as a separate process: getMe names the test
 * bot, getUpdates holds briefly and returns nothing, a send returns its Message, everything else
 * succeeds, unless `answers`
 * says otherwise for a method (called with how many times that method was called before).
 */
export async function startBotApiStub(answers: Readonly<Record<string, (callsBefore: number) => StubAnswer>> = {}): Promise<BotApiStub> {
  const calls: string[] = [];
  const requests: { method: string; payload: Record<string, unknown> }[] = [];
  const server = createServer((request, response) => {
    void (async () => {
      const payload = await body(request);
      const method = (request.url ?? "").split("/").pop() ?? "";
      requests.push({ method, payload });
      const before = calls.filter((c) => c === method).length;
      calls.push(method);
      const custom = answers[method];
      let answer: StubAnswer;
      if (custom) answer = custom(before);
      else if (method === "getMe") answer = { ok: true, result: BOT_INFO };
      else if (method === "getUpdates") {
        await new Promise((resolve) => setTimeout(resolve, POLL_HOLD_MS));
        answer = { ok: true, result: [] };
      } else if (method.startsWith("send")) {
        // Telegram answers a send with the Message it created (core.telegram.org/bots/api#sendmessage:
        // "On success, the sent Message is returned"), not with `true`; the sender keeps its message_id.
        const chatId = Number(payload["chat_id"] ?? 0);
        answer = { ok: true, result: { message_id: 1000 + calls.length, date: Math.floor(Date.now() / 1000), chat: { id: chatId, type: chatId < 0 ? "group" : "private" } } };
      } else answer = { ok: true, result: true };
      if (response.destroyed) return;
      response.writeHead(answer.ok ? 200 : answer.error_code, { "content-type": "application/json" });
      response.end(JSON.stringify(answer));
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    apiRoot: `http://127.0.0.1:${port}`,
    calls,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
