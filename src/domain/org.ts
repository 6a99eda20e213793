/** Kinds of units in the party organisation tree (DOMAIN.md): levels are data, never hard-coded. */
export const UNIT_KINDS = ["province", "committee", "grassroots_committee", "cell"] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const ROLES = ["secretary", "deputy", "leader", "admin"] as const;
export type Role = (typeof ROLES)[number];

/** Roles that may answer a cell's self-assessment. */
export const ANSWERING_ROLES: readonly Role[] = ["secretary", "deputy"];

export interface UnitRef {
  readonly id: number;
  readonly code: string;
  readonly name: string;
  readonly kind: UnitKind;
  readonly memberCount: number;
}

export function isUnitKind(value: string): value is UnitKind {
  return (UNIT_KINDS as readonly string[]).includes(value);
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
