import type { Role, UnitKind } from "../domain/org.ts";
import { DEMO_CELL, DEMO_COMMITTEE, DEMO_ORG } from "./demo-org.ts";

export interface SeedTarget {
  isEmpty(): Promise<boolean>;
  createUnits(units: readonly { code: string; name: string; kind: UnitKind; parentCode?: string; memberCount: number }[]): Promise<void>;
  ensurePerson(channel: string, externalId: string): Promise<number>;
  grantRole(personId: number, unitCode: string, role: Role): Promise<void>;
  /** Binds the demo's group chat to a unit. */
  bindGroup(unitCode: string): Promise<unknown>;
}

/**
 * On an empty database, creates the demo organisation, makes the given identity the demo cell's
 * secretary and the committee's admin, and binds the demo group chat to the committee. Returns
 * undefined when the database had data.
 */
export async function seedDemo(store: SeedTarget, identity: { channel: string; externalId: string }): Promise<{ units: number; cell: string; group: string } | undefined> {
  if (!(await store.isEmpty())) return undefined;
  await store.createUnits(DEMO_ORG);
  const personId = await store.ensurePerson(identity.channel, identity.externalId);
  await store.grantRole(personId, DEMO_CELL, "secretary");
  await store.grantRole(personId, DEMO_COMMITTEE, "admin");
  await store.bindGroup(DEMO_COMMITTEE);
  const name = (code: string): string => DEMO_ORG.find((u) => u.code === code)?.name ?? code;
  return { units: DEMO_ORG.length, cell: name(DEMO_CELL), group: name(DEMO_COMMITTEE) };
}
