import { createHash, randomBytes } from "node:crypto";

/** 144 random bits; base64url keeps the code within Telegram's deep-link alphabet [A-Za-z0-9_-]. */
export const newInviteCode = (): string => randomBytes(18).toString("base64url");

/**
 * Only this hash of a code is stored. It must stay sha256 (hex) of the trimmed code: invites
 * handed out before would stop working otherwise.
 */
export const hashInviteCode = (code: string): string => createHash("sha256").update(code.trim()).digest("hex");

/** Text that cannot be a code is refused without looking it up. */
export const looksLikeInviteCode = (code: string): boolean => /^[A-Za-z0-9_-]{16,64}$/.test(code);
