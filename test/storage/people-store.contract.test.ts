import { expect, it } from "vitest";
import { createPeopleStore } from "../../src/storage/people-store.ts";
import type { SqlExecutor } from "../../src/storage/kysely/sql-executor.ts";
import { eachDatabase } from "../support/each-database.ts";

const at = new Date("2026-11-20T03:00:00.000Z");
const later = new Date("2026-11-21T08:30:00.000Z");
const alice = { channel: "telegram", externalId: "1001" } as const;

async function peopleCount(exec: SqlExecutor): Promise<number> {
  const [row] = await exec.query(exec.builder.selectFrom("people").select((eb) => eb.fn.countAll<number>().as("n")));
  return row?.n ?? 0;
}

eachDatabase("the people store", (open) => {
  it("creates a person with their first identity once, and finds them by it", async () => {
    const people = createPeopleStore(await open());
    expect(await people.findByIdentity(alice)).toBeUndefined();
    const first = await people.ensurePerson(alice, at);
    expect(first.created).toBe(true);
    expect(await people.ensurePerson(alice, later)).toEqual({ personId: first.personId, created: false });
    expect(await people.findByIdentity(alice)).toEqual({ id: first.personId, locale: null });
    // The same external id on another channel is someone else.
    const other = await people.ensurePerson({ channel: "zalo", externalId: "1001" }, at);
    expect(other.personId).not.toBe(first.personId);

    await people.setLocale(first.personId, "en");
    expect(await people.findByIdentity(alice)).toEqual({ id: first.personId, locale: "en" });
  });

  it("gives two racing registrations of one identity the same person, and leaves no stray person", async () => {
    const exec = await open();
    // The first registration is part of a longer transaction: the others start before it commits.
    let registered = (): void => undefined;
    const started = new Promise<void>((resolve) => (registered = resolve));
    const holding = exec.transaction(async (tx) => {
      const result = await createPeopleStore(tx).ensurePerson(alice, at);
      registered();
      await new Promise((resolve) => setTimeout(resolve, 200));
      return result;
    });
    const racing = started.then(() => Promise.all([1, 2].map(() => createPeopleStore(exec).ensurePerson(alice, at))));
    const results = [await holding, ...(await racing)];
    expect(new Set(results.map((r) => r.personId)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(await peopleCount(exec)).toBe(1);
  });

  it("marks an identity unreachable and reachable again", async () => {
    const people = createPeopleStore(await open());
    const { personId } = await people.ensurePerson(alice, at);
    expect(await people.identity(alice)).toEqual({ ...alice, personId, reachable: true, unreachableAt: null });

    expect(await people.markUnreachable(alice, later)).toBe(true);
    expect(await people.identity(alice)).toEqual({ ...alice, personId, reachable: false, unreachableAt: later });
    // Reported again later: still unreachable since the first report.
    expect(await people.markUnreachable(alice, new Date("2026-11-22T00:00:00.000Z"))).toBe(false);
    expect((await people.identity(alice))?.unreachableAt).toEqual(later);
    expect(await people.reachableIdentities([personId])).toEqual([]);

    expect(await people.markReachable(alice)).toBe(true);
    expect(await people.markReachable(alice)).toBe(false);
    expect(await people.identity(alice)).toEqual({ ...alice, personId, reachable: true, unreachableAt: null });
    expect(await people.markUnreachable({ channel: "telegram", externalId: "nobody" }, at)).toBe(false);
    expect(await people.identity({ channel: "telegram", externalId: "nobody" })).toBeUndefined();
  });

  it("lists where people can be reached, oldest identity first", async () => {
    const people = createPeopleStore(await open());
    const a = (await people.ensurePerson(alice, at)).personId;
    const b = (await people.ensurePerson({ channel: "zalo", externalId: "z-2" }, at)).personId;
    const c = (await people.ensurePerson({ channel: "console", externalId: "local" }, at)).personId;
    await people.setLocale(b, "vi");
    await people.markUnreachable({ channel: "console", externalId: "local" }, at);

    expect(await people.reachableIdentities([b, a, c])).toEqual([
      { personId: a, channel: "telegram", externalId: "1001", locale: null },
      { personId: b, channel: "zalo", externalId: "z-2", locale: "vi" },
    ]);
    expect(await people.reachableIdentities([])).toEqual([]);
    const many = [...Array.from({ length: 1_200 }, (_, i) => 100_000 + i), b];
    expect((await people.reachableIdentities(many)).map((r) => r.personId)).toEqual([b]);
  });

  it("lists every identity of some people, reachable or not, oldest first", async () => {
    const people = createPeopleStore(await open());
    const a = (await people.ensurePerson(alice, at)).personId;
    const b = (await people.ensurePerson({ channel: "zalo", externalId: "z-2" }, at)).personId;
    await people.markUnreachable({ channel: "zalo", externalId: "z-2" }, later);

    expect(await people.identitiesOf([b, a])).toEqual([
      { personId: a, channel: "telegram", externalId: "1001", reachable: true, unreachableAt: null },
      { personId: b, channel: "zalo", externalId: "z-2", reachable: false, unreachableAt: later },
    ]);
    expect(await people.identitiesOf([])).toEqual([]);
    const many = [...Array.from({ length: 1_200 }, (_, i) => 100_000 + i), b];
    expect((await people.identitiesOf(many)).map((r) => r.personId)).toEqual([b]);
  });

  it("rolls back with the transaction it was part of", async () => {
    const exec = await open();
    await expect(
      exec.transaction(async (tx) => {
        await createPeopleStore(tx).ensurePerson(alice, at);
        throw new Error("the turn failed");
      }),
    ).rejects.toThrow();
    expect(await createPeopleStore(exec).findByIdentity(alice)).toBeUndefined();
    expect(await peopleCount(exec)).toBe(0);
  });
});
