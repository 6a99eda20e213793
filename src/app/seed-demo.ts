import { DEMO_CELL, DEMO_COMMITTEE, DEMO_GRASSROOTS, DEMO_ORG } from "./demo-org.ts";
import { yearUnderReview } from "../domain/annual/annual-types.ts";
import { calendarDateAt } from "../domain/period.ts";
import { YEARLY_GRASSROOTS } from "../domain/questionnaire/yearly-grassroots.ts";
import type { ChatAddress } from "../ports/chat-address.ts";
import type { PlatformIdentity } from "../ports/people-store.ts";
import type { App } from "./open-app.ts";
import { grantRole } from "./grant-role.ts";

/**
 * On an empty database, creates the demo organisation, makes the given identity the demo cell's
 * secretary, the demo grassroots committee's secretary (its yearly self-assessment) and the
 * committee's admin, and binds the demo group chat to the committee. Returns undefined when the
 * database had data.
 */
export async function seedDemo(
  app: Pick<App, "stores" | "inTransaction" | "groups" | "clock">,
  identity: PlatformIdentity,
  group: ChatAddress,
): Promise<{ units: number; cell: string; group: string; grassroots: string } | undefined> {
  if (!(await app.stores.org.isEmpty())) return undefined;
  const at = app.clock.now();
  await app.stores.org.createUnits(DEMO_ORG, at);
  await grantRole(app, { identity, unitCode: DEMO_CELL, role: "secretary", at });
  await grantRole(app, { identity, unitCode: DEMO_GRASSROOTS, role: "secretary", at });
  await grantRole(app, { identity, unitCode: DEMO_COMMITTEE, role: "admin", at });
  await app.groups.bind(group, DEMO_COMMITTEE, null, at);
  const name = (code: string): string => DEMO_ORG.find((u) => u.code === code)?.name ?? code;
  return { units: DEMO_ORG.length, cell: name(DEMO_CELL), group: name(DEMO_COMMITTEE), grassroots: name(DEMO_GRASSROOTS) };
}

/**
 * The console demo answers the grassroots committees' yearly self-assessment at once, whatever
 * the calendar says (it opens in December otherwise): the year under review (in January, the
 * one just ended) is opened unless it exists, open or closed. Without invitations: the demo user
 * finds it under /baocao. Returns its key when it is open.
 */
export async function openDemoYear(app: Pick<App, "stores" | "directory" | "clock" | "config">): Promise<string | undefined> {
  const now = app.clock.now();
  const key = String(yearUnderReview(calendarDateAt(now, app.config.timeZone)));
  const existing = await app.stores.periods.findByKey(key);
  if (existing) return existing.open ? key : undefined;
  // Committees answer one year at a time: an earlier year still open is the one to try.
  const open = await app.stores.periods.currentOpen("yearly");
  if (open) return open.key;
  await app.directory.openPeriod(key, await app.stores.questionnaires.ensure(YEARLY_GRASSROOTS), now);
  return key;
}
