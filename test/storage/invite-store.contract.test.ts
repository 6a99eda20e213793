import { expect, it } from "vitest";
import { hashInviteCode, newInviteCode } from "../../src/domain/invite-code.ts";
import { attemptWindowStart, isLockedOut, MAX_FAILED_INVITE_ATTEMPTS } from "../../src/domain/invite-lockout.ts";
import { createInviteStore } from "../../src/storage/invite-store.ts";
import type { SqlExecutor } from "../../src/storage/kysely/sql-executor.ts";
import { createOrgStore } from "../../src/storage/org-store.ts";
import { createPeopleStore } from "../../src/storage/people-store.ts";
import { eachDatabase } from "../support/each-database.ts";

const at = new Date("2026-11-20T03:00:00.000Z");
const expiresAt = new Date("2026-11-27T03:00:00.000Z");
const minutes = (n: number): Date => new Date(at.getTime() + n * 60_000);

async function cell(exec: SqlExecutor): Promise<number> {
  const [unit] = await createOrgStore(exec).createUnits([{ code: "A", name: "Cell A", kind: "cell", memberCount: 10 }], at);
  if (!unit) throw new Error("no unit");
  return unit.id;
}

const person = async (exec: SqlExecutor, externalId: string): Promise<number> =>
  (await createPeopleStore(exec).ensurePerson({ channel: "telegram", externalId }, at)).personId;

eachDatabase("the invite store", (open) => {
  it("keeps an invite under its code's hash only", async () => {
    const exec = await open();
    const invites = createInviteStore(exec);
    const unitId = await cell(exec);
    const code = newInviteCode();
    const id = await invites.create({ codeHash: hashInviteCode(code), unitId, role: "secretary", expiresAt, at });
    expect(await invites.findByCodeHash(hashInviteCode(` ${code}\n`))).toEqual({ id, unitId, role: "secretary", createdAt: at, expiresAt, usedAt: null, usedBy: null, revokedAt: null });
    expect(await invites.findByCodeHash(hashInviteCode(newInviteCode()))).toBeUndefined();
    const stored = await exec.query(exec.builder.selectFrom("invites").select("code_hash"));
    expect(stored).toEqual([{ code_hash: hashInviteCode(code) }]);
    await expect(invites.create({ codeHash: hashInviteCode(code), unitId, role: "deputy", expiresAt, at })).rejects.toThrow();
  });

  it("is used once: of two racing redemptions exactly one wins", async () => {
    const exec = await open();
    const unitId = await cell(exec);
    const codeHash = hashInviteCode(newInviteCode());
    const id = await createInviteStore(exec).create({ codeHash, unitId, role: "secretary", expiresAt, at });
    const [first, second] = [await person(exec, "1"), await person(exec, "2")];
    // Each redemption is part of a turn's transaction; the second starts while the first is still open.
    let marked = (): void => undefined;
    const firstMarked = new Promise<void>((resolve) => (marked = resolve));
    const holding = exec.transaction(async (tx) => {
      const won = await createInviteStore(tx).markUsed(id, first, minutes(1));
      marked();
      await new Promise((resolve) => setTimeout(resolve, 200));
      return won;
    });
    const racing = firstMarked.then(() => exec.transaction((tx) => createInviteStore(tx).markUsed(id, second, minutes(2))));
    expect([await holding, await racing]).toEqual([true, false]);
    expect(await createInviteStore(exec).findByCodeHash(codeHash)).toMatchObject({ usedAt: minutes(1), usedBy: first });
    // Outside transactions too.
    const other = await createInviteStore(exec).create({ codeHash: hashInviteCode(newInviteCode()), unitId, role: "deputy", expiresAt, at });
    const plain = await Promise.all([createInviteStore(exec).markUsed(other, first, at), createInviteStore(exec).markUsed(other, second, at)]);
    expect(plain.filter(Boolean)).toHaveLength(1);
  });

  it("withdraws an unused invite once; a withdrawn one cannot be used, a used one cannot be withdrawn", async () => {
    const exec = await open();
    const invites = createInviteStore(exec);
    const unitId = await cell(exec);
    const [a, b] = [hashInviteCode(newInviteCode()), hashInviteCode(newInviteCode())];
    const first = await invites.create({ codeHash: a, unitId, role: "secretary", expiresAt, at });
    const second = await invites.create({ codeHash: b, unitId, role: "deputy", expiresAt, at });
    const personId = await person(exec, "1");

    expect(await invites.revoke(first, null, minutes(5))).toBe(true);
    expect(await invites.revoke(first, null, minutes(6))).toBe(false);
    expect(await invites.findByCodeHash(a)).toMatchObject({ revokedAt: minutes(5), usedAt: null });
    expect(await invites.markUsed(first, personId, minutes(7))).toBe(false);

    expect(await invites.markUsed(second, personId, minutes(8))).toBe(true);
    expect(await invites.revoke(second, null, minutes(9))).toBe(false);
    expect(await invites.findByCodeHash(b)).toMatchObject({ revokedAt: null, usedAt: minutes(8), usedBy: personId });
    const stored = await exec.query(exec.builder.selectFrom("invites").select(["id", "revoked_by"]).where("id", "=", first));
    expect(stored).toEqual([{ id: first, revoked_by: null }]);
  });

  it("lists every invite of some units, oldest first, in batches however many units are asked for", async () => {
    const exec = await open();
    const invites = createInviteStore(exec);
    const [x, y] = await createOrgStore(exec).createUnits(
      [
        { code: "X", name: "Cell X", kind: "cell", memberCount: 5 },
        { code: "Y", name: "Cell Y", kind: "cell", memberCount: 5 },
      ],
      at,
    );
    if (!x || !y) throw new Error("no units");
    const made = [];
    for (const unitId of [y.id, x.id, y.id]) made.push(await invites.create({ codeHash: hashInviteCode(newInviteCode()), unitId, role: "secretary", expiresAt, at }));
    expect((await invites.ofUnits([x.id, y.id])).map((i) => i.id)).toEqual(made);
    expect((await invites.ofUnits([x.id])).map((i) => [i.id, i.unitId, i.revokedAt])).toEqual([[made[1], x.id, null]]);
    // More ids than one statement binds: still one answer, in order.
    const many = [...Array.from({ length: 1200 }, (_, i) => 100_000 + i), y.id];
    expect((await invites.ofUnits(many)).map((i) => i.id)).toEqual([made[0], made[2]]);
    expect(await invites.ofUnits([])).toEqual([]);
  });

  it("counts an identity's failed attempts within a time window", async () => {
    const invites = createInviteStore(await open());
    const guesser = { channel: "telegram", externalId: "666" };
    for (const t of [-70, -61, -60, -30, -1, 0]) await invites.recordFailedAttempt(guesser, minutes(t));
    await invites.recordFailedAttempt({ channel: "zalo", externalId: "666" }, at);

    expect(await invites.failedAttemptsSince(guesser, attemptWindowStart(at))).toBe(4);
    expect(await invites.failedAttemptsSince(guesser, minutes(-1))).toBe(2);
    expect(await invites.failedAttemptsSince(guesser, minutes(1))).toBe(0);
    expect(await invites.failedAttemptsSince({ channel: "telegram", externalId: "someone" }, minutes(-120))).toBe(0);
    expect(isLockedOut(await invites.failedAttemptsSince(guesser, attemptWindowStart(at)))).toBe(false);
    await invites.recordFailedAttempt(guesser, at);
    expect(await invites.failedAttemptsSince(guesser, attemptWindowStart(at))).toBe(MAX_FAILED_INVITE_ATTEMPTS);
    expect(isLockedOut(await invites.failedAttemptsSince(guesser, attemptWindowStart(at)))).toBe(true);
    // An hour later the old attempts no longer count.
    expect(isLockedOut(await invites.failedAttemptsSince(guesser, attemptWindowStart(minutes(61))))).toBe(false);
  });

  it("rolls back with the transaction it was part of", async () => {
    const exec = await open();
    const unitId = await cell(exec);
    const codeHash = hashInviteCode(newInviteCode());
    const id = await createInviteStore(exec).create({ codeHash, unitId, role: "secretary", expiresAt, at });
    const personId = await person(exec, "1");
    await expect(
      exec.transaction(async (tx) => {
        expect(await createInviteStore(tx).markUsed(id, personId, at)).toBe(true);
        await createInviteStore(tx).recordFailedAttempt({ channel: "telegram", externalId: "1" }, at);
        throw new Error("the turn failed");
      }),
    ).rejects.toThrow();
    const invites = createInviteStore(exec);
    expect((await invites.findByCodeHash(codeHash))?.usedAt).toBeNull();
    expect(await invites.failedAttemptsSince({ channel: "telegram", externalId: "1" }, minutes(-60))).toBe(0);
  });
});
