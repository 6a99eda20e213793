import { expect, it } from "vitest";
import { createAuditStore } from "../../src/storage/audit-store.ts";
import { eachDatabase } from "../support/each-database.ts";

const at = new Date("2026-11-20T03:00:00.000Z");
const later = new Date("2026-11-20T04:00:00.000Z");

eachDatabase("the audit store", (open) => {
  it("reads entries back in the order they happened", async () => {
    const audit = createAuditStore(await open());
    await audit.record({ at: later, actorId: 7, action: "invite.redeem", subject: "unit:A", details: { role: "secretary" } });
    await audit.record({ at, action: "period.open", subject: "period:2026-11" });
    // Same millisecond: the order of writing decides.
    await audit.record({ at: later, actorId: null, action: "period.close", subject: "period:2026-11", details: { notReported: 3 } });

    const entries = await audit.list();
    expect(entries.map((e) => e.action)).toEqual(["period.open", "invite.redeem", "period.close"]);
    expect(entries[0]).toEqual({ id: expect.any(Number), at, actorId: null, action: "period.open", subject: "period:2026-11", details: null });
    expect(entries[1]).toMatchObject({ at: later, actorId: 7, subject: "unit:A", details: { role: "secretary" } });
    expect(entries[2]?.details).toEqual({ notReported: 3 });

    expect((await audit.list({ since: later })).map((e) => e.action)).toEqual(["invite.redeem", "period.close"]);
    expect((await audit.list({ limit: 1 })).map((e) => e.action)).toEqual(["period.open"]);
    expect(await audit.list({ since: new Date("2027-01-01T00:00:00.000Z") })).toEqual([]);
  });

  it("rolls back with the transaction it was part of", async () => {
    const exec = await open();
    await expect(
      exec.transaction(async (tx) => {
        await createAuditStore(tx).record({ at, action: "unit.create", subject: "unit:X" });
        throw new Error("the command failed");
      }),
    ).rejects.toThrow();
    expect(await createAuditStore(exec).list()).toEqual([]);
  });
});
