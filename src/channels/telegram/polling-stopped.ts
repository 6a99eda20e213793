import { GrammyError } from "grammy";

/**
 * Telegram polling ended on its own, so the bot no longer reads anything: the process must stop
 * (and a supervisor start it again) rather than go on sending reminders nobody can answer.
 * grammY gives up polling only on 401 and 409 (node_modules/grammy/out/bot.js:449-451, in
 * handlePollingError; every other getUpdates failure is retried after a sleep, bot.js:460), and
 * `bot.init()` fails on a 401 at start (withRetries rethrows it, bot.js:478).
 */
export class TelegramStopped extends Error {
  readonly why: "unauthorized" | "conflict" | "failed";

  constructor(why: TelegramStopped["why"], message: string, cause: unknown) {
    super(message, { cause });
    this.name = "TelegramStopped";
    this.why = why;
  }
}

/** The error as an operator should read it: what happened and what to do. */
export function telegramStopped(error: unknown): TelegramStopped {
  if (error instanceof TelegramStopped) return error;
  if (error instanceof GrammyError && error.error_code === 401) {
    return new TelegramStopped("unauthorized", `Telegram rejected the bot token (401 ${error.description}): it was revoked or is wrong. Put a new token from @BotFather in TELEGRAM_BOT_TOKEN and start again.`, error);
  }
  if (error instanceof GrammyError && error.error_code === 409) {
    return new TelegramStopped("conflict", `Another process is reading this bot's updates (409 ${error.description}): a second instance or an overlapping deploy. Stop the other one; this one exits.`, error);
  }
  return new TelegramStopped("failed", `Telegram polling stopped: ${error instanceof Error ? error.message : String(error)}`, error);
}
