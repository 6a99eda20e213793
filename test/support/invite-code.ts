import { createInvite } from "../../src/app/create-invite.ts";
import type { App } from "../../src/app/open-app.ts";
import type { Role } from "../../src/domain/org.ts";

/** A new invite code for `unitCode` (a secretary's unless `role` says otherwise), created at `at` as the CLI creates one. */
export async function inviteCodeFor(app: Pick<App, "inTransaction" | "config">, unitCode: string, options: { readonly role?: Role; readonly at?: Date } = {}): Promise<string> {
  const created = await createInvite(app, { unitCode, role: options.role ?? "secretary", at: options.at ?? new Date() });
  if (!created.ok) throw new Error(`no invite for ${unitCode}: ${created.reason}`);
  return created.code;
}
