import { ZaloHttpError } from "./zalo-http-error.ts";

/**
 * Reading the errors zca-js throws. Zalo's own `error_code` arrives as `ZaloApiError.code`
 * (zca-js dist/utils.js:588-600, thrown at :616); network failures come from fetch or ws.
 */

/** "Không thể nhận tin nhắn từ bạn"-like answers; see classify-zalo-error.ts for what each means. */
export const ZALO_CANNOT_RECEIVE = 123;
/** `zpw_sek` (the web session cookie) missing or wrong: the session behind HTTP calls has ended. */
export const ZALO_SESSION_ENDED = 600;

export function zaloErrorCode(error: unknown): number | null {
  return typeof error === "object" && error !== null && "code" in error && typeof error.code === "number" ? error.code : null;
}

export const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** The session is gone while the process still runs: logging in again from the stored cookies may revive it. */
export function isSessionEnded(error: unknown): boolean {
  return zaloErrorCode(error) === ZALO_SESSION_ENDED || /zpw_sek/i.test(errorText(error));
}

/** The HTTP status of a failed call, when it is known. */
export function httpStatus(error: unknown): number | undefined {
  if (error instanceof ZaloHttpError) return error.status;
  // zca-js's own wording for a non-2xx API answer (dist/utils.js:581-583).
  const match = /Request failed with status code (\d{3})/.exec(errorText(error));
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

const NETWORK_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ECONNABORTED", "ENOTFOUND", "EAI_AGAIN", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "ENETDOWN", "EPIPE"]);

/** No answer from Zalo at all: DNS, refused or reset connections, timeouts (fetch wraps them in `cause`). */
export function isNetworkError(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === "object" && current !== null; depth++) {
    const code = "code" in current ? current.code : undefined;
    if (typeof code === "string" && (NETWORK_CODES.has(code) || code.startsWith("UND_ERR_"))) return true;
    const name = "name" in current ? current.name : undefined;
    if (name === "AbortError" || name === "TimeoutError") return true;
    if (current instanceof TypeError && current.message === "fetch failed") return true;
    current = "cause" in current ? current.cause : undefined;
  }
  return false;
}
