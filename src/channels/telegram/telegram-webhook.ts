import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { webhookCallback } from "grammy";
import type { LoggerPort } from "../../engine/logger-port.ts";
import { ALLOWED_UPDATES, type TelegramChannel } from "./telegram-channel.ts";

export interface TelegramWebhookOptions {
  /** The public HTTPS URL Telegram posts updates to (the proxy in front of the instances). */
  readonly url: string;
  /** Sent by Telegram in X-Telegram-Bot-Api-Secret-Token with every update; anything without it is refused. */
  readonly secretToken: string;
  readonly port: number;
  readonly host: string;
  readonly logger: LoggerPort;
}

export interface TelegramWebhook {
  /** Where the server listens (the port is chosen by the system when 0 was asked for). */
  readonly port: number;
  /** Stops taking updates; the webhook stays set, for the other instance behind the proxy. */
  stop(): Promise<void>;
}

/** An update is a few kilobytes; anything much larger is not from Telegram. */
const MAX_BODY_BYTES = 1_000_000;
/**
 * Telegram waits about a minute for an answer and then sends the update again; the engine
 * skips an update it handled already. Answered before that, so a slow turn is not sent twice.
 */
const HANDLE_TIMEOUT_MS = 50_000;

/**
 * Telegram updates by webhook: grammY's callback for node:http behind a small server. Every
 * instance behind the proxy can take updates at once (each conversation is serialised in the
 * database); the secret token is required on every request. The webhook's path is the URL's.
 */
export async function serveTelegramWebhook(channel: TelegramChannel, options: TelegramWebhookOptions): Promise<TelegramWebhook> {
  const { bot } = channel;
  const { logger } = options;
  await channel.connect();
  const path = new URL(options.url).pathname;
  const handle = webhookCallback(bot, "http", { secretToken: options.secretToken, onTimeout: "throw", timeoutMilliseconds: HANDLE_TIMEOUT_MS });

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== "POST" || req.url?.split("?")[0] !== path) {
      res.writeHead(404).end();
      return;
    }
    if (Number(req.headers["content-length"] ?? 0) > MAX_BODY_BYTES) {
      res.writeHead(413).end();
      req.resume();
      return;
    }
    handle(req, res).catch((error: unknown) => {
      // A body that is no update, or a turn that failed: Telegram sends it again later.
      logger.warn({ err: error }, "telegram webhook request failed");
      if (!res.headersSent) res.writeHead(error instanceof SyntaxError ? 400 : 500).end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  try {
    await bot.api.setWebhook(options.url, { secret_token: options.secretToken, allowed_updates: [...ALLOWED_UPDATES] });
  } catch (error) {
    server.close();
    throw error;
  }
  logger.info({ port, path }, "telegram webhook listening");
  return {
    port,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}
