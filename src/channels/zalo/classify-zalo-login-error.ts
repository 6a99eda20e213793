import { httpStatus, isNetworkError } from "./zalo-errors.ts";

/**
 * Why a login failed: `unreachable` (no network, Zalo down or throttling; the same session will
 * work later, so keep trying) or `rejected` (Zalo answered and refused the stored session, or
 * there is none: only a new QR scan helps).
 */
export type ZaloLoginFailure = "unreachable" | "rejected";

export function classifyZaloLoginError(error: unknown): ZaloLoginFailure {
  if (isNetworkError(error)) return "unreachable";
  const status = httpStatus(error);
  if (status !== undefined && (status >= 500 || status === 429)) return "unreachable";
  // A garbled answer (an HTML error page where JSON was expected) says nothing about the session.
  if (error instanceof SyntaxError) return "unreachable";
  return "rejected";
}
