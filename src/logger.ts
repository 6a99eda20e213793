import { mkdirSync } from "node:fs";
import path from "node:path";
import pino, { type Logger } from "pino";

/** Paths that may carry secrets (bot tokens, Zalo cookies); pino replaces them in every record. */
export const REDACTED_PATHS = [
  "token",
  "*.token",
  "botToken",
  "*.botToken",
  "cookie",
  "*.cookie",
  "cookies",
  "*.cookies",
  "imei",
  "*.imei",
  "secretToken",
  "*.secretToken",
  "secret_token",
  "*.secret_token",
  "databaseUrl",
  "*.databaseUrl",
  "headers.authorization",
  "*.headers.authorization",
];

/**
 * Masks Telegram bot tokens wherever they appear (URLs of failed requests carry them), and the
 * password of a database URL (a connection error may quote it).
 */
export function redactSecrets(text: string): string {
  return text.replace(/\d{3,}:[A-Za-z0-9_-]{20,}/g, "[redacted-token]").replace(/(postgres(?:ql)?:\/\/[^:@/\s]*:)[^@\s]*@/g, "$1[redacted]@");
}

export function createLogger(options: { level: string; file?: string | undefined }): Logger {
  let destination = pino.destination(2);
  if (options.file) {
    mkdirSync(path.dirname(path.resolve(options.file)), { recursive: true });
    // Synchronous: opened at once, nothing left pending when the process (or a test) tears down.
    destination = pino.destination({ dest: options.file, sync: true });
  }
  return pino(
    {
      level: options.level,
      redact: { paths: REDACTED_PATHS, censor: "[redacted]" },
      base: { app: "bontot" },
      // Bot tokens also appear inside URLs of network errors: mask them wherever they occur.
      hooks: {
        streamWrite: redactSecrets,
      },
    },
    destination,
  );
}
