import { describe, expect, it } from "vitest";
import { canonicalInviteCode, formatInviteCode, hashInviteCode, inviteLookupHash, looksLikeInviteCode, newInviteCode, storedInviteHash } from "../../src/domain/invite-code.ts";

describe("invite codes", () => {
  it("are 16 symbols of Crockford's base32 (80 random bits), grouped by four: typeable and valid in a Telegram deep link", () => {
    const codes = Array.from({ length: 200 }, () => newInviteCode());
    for (const code of codes) {
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
      // Telegram's start parameter: [A-Za-z0-9_-], at most 64 characters.
      expect(code).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
      expect(looksLikeInviteCode(code)).toBe(true);
    }
    expect(new Set(codes).size).toBe(codes.length);
    // Every symbol turns up: the 5-bit groups cover the whole alphabet, none is stuck.
    expect(new Set(codes.join("").replace(/-/g, "")).size).toBe(32);
  });

  it.each([
    ["7KQ2-M9XD-4TFA-0BNZ", "exactly as printed"],
    ["7kq2-m9xd-4tfa-0bnz", "in lower case"],
    ["7KQ2M9XD4TFA0BNZ", "without dashes"],
    ["7kq2 m9xd 4tfa 0bnz", "with spaces"],
    ["  7kq2  m9xd\t4tfa 0bnz\n", "with stray spaces and tabs"],
    ["7KQ2.M9XD.4TFA.0BNZ", "with dots"],
    ["7KQ2–M9XD—4TFA‐0BNZ", "with the dashes a phone keyboard substitutes"],
    ["7KQ2-M9XD-4TFA-OBNZ", "with the letter O for the digit 0"],
    ["7kq2-m9xd-4tfa-obnz", "with a lower-case o for 0"],
    ["7KQ2-M9XD-4TFA-0BNZ ", "with a trailing space"],
  ])("%j (%s) is the same code", (typed) => {
    expect(canonicalInviteCode(typed)).toBe("7KQ2M9XD4TFA0BNZ");
    expect(inviteLookupHash(typed)).toBe(storedInviteHash("7KQ2-M9XD-4TFA-0BNZ"));
  });

  it.each([
    ["1111-2222-3333-4444", ["IIII-2222-3333-4444", "llll-2222-3333-4444", "LlIi-2222-3333-4444", "1lI1 2222 3333 4444"]],
    ["0000-AAAA-BBBB-CCCC", ["OOOO-AAAA-BBBB-CCCC", "oO0o-aaaa-bbbb-cccc"]],
  ])("look-alikes of %s are read as Crockford reads them (O→0, I/L→1)", (code, typed) => {
    for (const t of typed) expect(inviteLookupHash(t)).toBe(storedInviteHash(code));
  });

  it.each([
    ["7KQ2-M9XD-4TFA-0BN", "a symbol short"],
    ["7KQ2-M9XD-4TFA-0BNZZ", "a symbol too many"],
    ["7KQ2-M9XD-4TFA-0BNU", "U, which Crockford leaves out"],
    ["7KQ2-M9XD-4TFA-0BN!", "punctuation"],
    ["lại", "a word"],
    ["", "nothing"],
  ])("%j (%s) is no new code", (typed) => {
    expect(canonicalInviteCode(typed)).toBeUndefined();
  });

  it("a one-symbol typo is a different code, never the same one", () => {
    expect(inviteLookupHash("7KQ2-M9XD-4TFA-0BNY")).not.toBe(storedInviteHash("7KQ2-M9XD-4TFA-0BNZ"));
  });

  it("old codes (24 characters of base64url, case-sensitive) are looked up as they were always stored", () => {
    // sha256 hex of the trimmed code, as src/storage/prisma-invite-store.ts stored it.
    expect(hashInviteCode("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    const old = "Qm9udG90LW9sZF9jb2RlXzE-";
    expect(inviteLookupHash(old)).toBe(hashInviteCode(old));
    expect(inviteLookupHash(` ${old}\n`)).toBe(hashInviteCode(old));
    // Case mattered for them, and still does: another case is another (unknown) code.
    expect(inviteLookupHash(old.toLowerCase())).not.toBe(hashInviteCode(old));
    expect(looksLikeInviteCode(old)).toBe(true);
  });

  it("text that is no code of either kind is not looked up", () => {
    expect(looksLikeInviteCode("hello")).toBe(false);
    expect(looksLikeInviteCode("lại")).toBe(false);
    expect(inviteLookupHash("a b c")).toBeUndefined();
  });

  it("groups a canonical code for display", () => {
    expect(formatInviteCode("7KQ2M9XD4TFA0BNZ")).toBe("7KQ2-M9XD-4TFA-0BNZ");
  });
});
