import type { SendFailure } from "../../engine/channel-sender.ts";
import { ZALO_CANNOT_RECEIVE, errorText, httpStatus, isSessionEnded, zaloErrorCode } from "./zalo-errors.ts";

/**
 * Answers that may mean "this person cannot get messages from the bot" but just as often mean
 * "not now": 123 "Không thể nhận tin nhắn từ bạn" comes for blocks and also for a duplicate or
 * too-fast send (zca-js issues #94, #229, #336); 122 "…chặn không nhận tin nhắn từ người lạ"
 * (issue #307) until the person writes to the bot again. 114 and 134 were treated as blocks
 * before; their wording was never seen, so they get the same caution. One answer is never
 * enough: only when the attempts run out is the person taken as unreachable.
 */
const CANNOT_RECEIVE_CODES = new Set([114, 122, ZALO_CANNOT_RECEIVE, 134]);
const CANNOT_RECEIVE = /không thể nhận tin nhắn|chưa thể gửi tin nhắn|cannot receive|blocked|chặn/i;
/** 221 "Vượt quá số request cho phép" (zca-js issue #114). */
const RATE_LIMIT_CODES = new Set([221]);
const RATE_LIMIT = /spam|too many|quá nhiều|vượt quá số request|rate.?limit|thao tác quá nhanh|gửi quá nhanh/i;
/** After a rate-limit answer the account waits a long while: pressing on gets it locked. */
const RATE_LIMIT_PAUSE_MS = 15 * 60_000;

export function classifyZaloError(error: unknown): SendFailure {
  const code = zaloErrorCode(error);
  const message = errorText(error);
  const reason = code === null ? message : `${code}: ${message}`;
  // The channel logs in again from the stored session meanwhile (zalo-channel.ts).
  if (isSessionEnded(error)) return { kind: "retry", reason };
  if (code !== null && CANNOT_RECEIVE_CODES.has(code)) return { kind: "retry", reason, unreachableIfExhausted: true };
  if ((code !== null && RATE_LIMIT_CODES.has(code)) || httpStatus(error) === 429 || RATE_LIMIT.test(message)) return { kind: "rate_limited", retryAfterMs: RATE_LIMIT_PAUSE_MS, reason };
  if (CANNOT_RECEIVE.test(message)) return { kind: "retry", reason, unreachableIfExhausted: true };
  // Network failures, Zalo's 5xx and anything unknown: try again later.
  return { kind: "retry", reason };
}
