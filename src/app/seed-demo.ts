import { DEMO_CELL, DEMO_COMMITTEE, DEMO_ORG } from "./demo-org.ts";
import type { ChatAddress } from "../ports/chat-address.ts";
import type { PlatformIdentity } from "../ports/people-store.ts";
import type { App } from "./open-app.ts";
import { grantRole } from "./grant-role.ts";

/**
 * On an empty database, creates the demo organisation, makes the given identity the demo cell's
 * secretary and the committee's admin, and binds the demo group chat to the committee. Returns
 * undefined when the database had data.
 */
export async function seedDemo(
  app: Pick<App, "stores" | "inTransaction" | "groups" | "clock">,
  identity: PlatformIdentity,
  group: ChatAddress,
): Promise<{ units: number; cell: string; group: string } | undefined> {
  if (!(await app.stores.org.isEmpty())) return undefined;
  const at = app.clock.now();
  await app.stores.org.createUnits(DEMO_ORG, at);
  await grantRole(app, { identity, unitCode: DEMO_CELL, role: "secretary", at });
  await grantRole(app, { identity, unitCode: DEMO_COMMITTEE, role: "admin", at });
  await app.groups.bind(group, DEMO_COMMITTEE, null, at);
  const name = (code: string): string => DEMO_ORG.find((u) => u.code === code)?.name ?? code;
  return { units: DEMO_ORG.length, cell: name(DEMO_CELL), group: name(DEMO_COMMITTEE) };
}
