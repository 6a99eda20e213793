import type { Role } from "../domain/org.ts";
import type { PlatformIdentity } from "../ports/people-store.ts";
import type { InTransaction } from "../ports/stores.ts";

/**
 * Gives the person behind a platform identity (created on first use) a role in a unit. Returns
 * the person's id, or null when there is no such unit.
 */
export function grantRole(
  deps: { readonly inTransaction: InTransaction },
  grant: { readonly identity: PlatformIdentity; readonly unitCode: string; readonly role: Role; readonly at: Date; readonly by?: number | null },
): Promise<number | null> {
  return deps.inTransaction(async (s) => {
    const unit = await s.org.findUnit(grant.unitCode);
    if (!unit) return null;
    const { personId } = await s.people.ensurePerson(grant.identity, grant.at);
    if (await s.org.grant(personId, unit.id, grant.role, grant.at)) {
      await s.audit.record({ at: grant.at, actorId: grant.by ?? null, action: "role.grant", subject: `unit:${unit.code}`, details: { personId, role: grant.role } });
    }
    return personId;
  });
}
