import { createHash, randomBytes } from "node:crypto";

/**
 * Crockford's base32: digits and capitals without I, L, O and U, so that a code read off paper
 * and typed on a phone has no look-alikes, and every symbol is valid in a Telegram deep link.
 */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** 16 symbols of 5 bits: 80 random bits, shown as four groups of four. */
export const INVITE_CODE_SYMBOLS = 16;
const GROUP = 4;

/** Crockford's decoding of what people type for 0 and 1. */
const LOOK_ALIKES: Readonly<Record<string, string>> = { O: "0", I: "1", L: "1" };

/** The kind of code every invite got before codes became typeable: 24 characters of base64url, case-sensitive. */
const LEGACY_CODE = /^[A-Za-z0-9_-]{16,64}$/;

/** A new code as handed out: "7KQ2-M9XD-4TFA-0BNZ" (dashes are valid in a Telegram deep link). */
export function newInviteCode(): string {
  const bytes = randomBytes((INVITE_CODE_SYMBOLS * 5) / 8);
  let bits = 0;
  let buffered = 0;
  let symbols = "";
  for (const byte of bytes) {
    buffered = (buffered << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      symbols += ALPHABET[(buffered >> bits) & 31];
    }
    buffered &= (1 << bits) - 1;
  }
  return formatInviteCode(symbols);
}

/** The canonical 16 symbols grouped by four with dashes. */
export function formatInviteCode(canonical: string): string {
  const groups: string[] = [];
  for (let i = 0; i < canonical.length; i += GROUP) groups.push(canonical.slice(i, i + GROUP));
  return groups.join("-");
}

/**
 * The 16 symbols a typed code stands for, or undefined when it cannot be one: letter case,
 * spaces, dashes and dots do not matter, and O, I, L are read as 0, 1, 1.
 */
export function canonicalInviteCode(typed: string): string | undefined {
  const symbols = [...typed.replace(/[\s.\-\u2010-\u2015]/g, "").toUpperCase()].map((c) => LOOK_ALIKES[c] ?? c).join("");
  if (symbols.length !== INVITE_CODE_SYMBOLS) return undefined;
  return [...symbols].every((c) => ALPHABET.includes(c)) ? symbols : undefined;
}

/**
 * sha256 (hex) of the trimmed text. Codes of the old kind were stored as exactly this, so it must
 * not change while any of them may still be unexpired; a new code is hashed in its canonical form.
 */
export const hashInviteCode = (code: string): string => createHash("sha256").update(code.trim()).digest("hex");

/**
 * The stored hash a typed code is looked up by (one index hit), or undefined when the text
 * cannot be a code of either kind and need not be looked up. A new code's canonical form has 16
 * symbols and an old code 24 characters, so the two kinds never share a hash.
 */
export function inviteLookupHash(typed: string): string | undefined {
  const canonical = canonicalInviteCode(typed);
  if (canonical !== undefined) return hashInviteCode(canonical);
  return LEGACY_CODE.test(typed.trim()) ? hashInviteCode(typed) : undefined;
}

/** Text that cannot be a code is refused without looking it up. */
export const looksLikeInviteCode = (typed: string): boolean => inviteLookupHash(typed) !== undefined;

/** What a freshly made code is stored under: the hash it will be looked up by, however it is typed. */
export function storedInviteHash(code: string): string {
  const hash = inviteLookupHash(code);
  if (hash === undefined) throw new Error("not an invite code");
  return hash;
}
