import { describe, expect, it } from "vitest";
import { hashInviteCode, looksLikeInviteCode, newInviteCode } from "../../src/domain/invite-code.ts";

describe("invite codes", () => {
  it("hash as they always did, so invites handed out before keep working", () => {
    expect(hashInviteCode("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    // sha256 hex of the trimmed code, as src/storage/prisma-invite-store.ts stored it.
    expect(hashInviteCode(" abc\n")).toBe(hashInviteCode("abc"));
  });

  it("are 24 characters of Telegram's deep-link alphabet", () => {
    const code = newInviteCode();
    expect(code).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(looksLikeInviteCode(code)).toBe(true);
    expect(looksLikeInviteCode("hello")).toBe(false);
    expect(looksLikeInviteCode("a".repeat(16) + " ")).toBe(false);
  });
});
