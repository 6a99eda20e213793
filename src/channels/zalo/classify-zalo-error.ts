import type { SendFailure } from "../../engine/channel-sender.ts";

/** Zalo's "cannot receive messages from you" and related codes: the person blocked or never knew the account. */
const UNREACHABLE_CODES = new Set([114, 123, 134]);
const RATE_LIMIT = /spam|too many|quá nhiều|limit|thao tác quá nhanh/i;
const UNREACHABLE = /không thể nhận tin nhắn|cannot receive|blocked|chặn/i;
/** After a rate-limit answer the account waits a long while: pressing on gets it locked. */
const RATE_LIMIT_PAUSE_MS = 15 * 60_000;

export function classifyZaloError(error: unknown): SendFailure {
  const code = typeof error === "object" && error !== null && "code" in error && typeof error.code === "number" ? error.code : null;
  const message = error instanceof Error ? error.message : String(error);
  const reason = code === null ? message : `${code}: ${message}`;
  if ((code !== null && UNREACHABLE_CODES.has(code)) || UNREACHABLE.test(message)) return { kind: "permanent", reason, unreachable: true };
  if (RATE_LIMIT.test(message)) return { kind: "retry", retryAfterMs: RATE_LIMIT_PAUSE_MS, reason };
  return { kind: "retry", reason };
}
