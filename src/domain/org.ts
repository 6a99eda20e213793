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

/** A unit's code as the office types it (and as `units add` has always taken it). */
export const UNIT_CODE_PATTERN = /^[A-Za-z0-9_-]{1,32}$/;
/** Longer than any real unit name, short enough to fit a chat message's line. */
export const MAX_UNIT_NAME_LENGTH = 200;
/** A cell's or committee's member count, at most (a province's committee has tens of thousands). */
export const MAX_MEMBER_COUNT = 100_000;

/**
 * Why a unit of `kind` cannot sit under a unit of `parentKind` (null: at the top of the tree):
 * - `needs-parent`: a cell always belongs to a committee;
 * - `under-cell`: a cell has no units below it;
 * - `province-on-top`: a province committee is a top unit;
 * - `under-grassroots`: only cells sit under a grassroots committee (DOMAIN.md: its subordinate cells).
 */
export type ParentProblem = "needs-parent" | "under-cell" | "province-on-top" | "under-grassroots";

/** The tree's shape rules (DOMAIN.md, "The organisation tree"); undefined when the place is allowed. */
export function parentProblem(kind: UnitKind, parentKind: UnitKind | null): ParentProblem | undefined {
  if (parentKind === null) return kind === "cell" ? "needs-parent" : undefined;
  if (parentKind === "cell") return "under-cell";
  if (kind === "province") return "province-on-top";
  if (parentKind === "grassroots_committee" && kind !== "cell") return "under-grassroots";
  return undefined;
}
