/** Exponential backoff with full jitter, capped; the only retry layer for outgoing messages. */
export interface RetryPolicy {
  readonly maxAttempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 8, baseDelayMs: 2_000, maxDelayMs: 15 * 60_000 };

/** Delay before attempt `attempts + 1`; a server's own retry-after wins when it is longer. */
export function retryDelayMs(policy: RetryPolicy, attempts: number, retryAfterMs: number | undefined, random: () => number = Math.random): number {
  const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempts - 1));
  const jittered = exponential / 2 + random() * (exponential / 2);
  return Math.max(jittered, retryAfterMs ?? 0);
}
