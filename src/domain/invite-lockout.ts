/** Failed redemptions allowed per platform identity within the window before it must wait. */
export const MAX_FAILED_INVITE_ATTEMPTS = 5;
export const INVITE_ATTEMPT_WINDOW_MS = 60 * 60_000;

/** Failed attempts from this moment on count towards a lock-out at `at`. */
export const attemptWindowStart = (at: Date): Date => new Date(at.getTime() - INVITE_ATTEMPT_WINDOW_MS);

export const isLockedOut = (failedAttemptsInWindow: number): boolean => failedAttemptsInWindow >= MAX_FAILED_INVITE_ATTEMPTS;
