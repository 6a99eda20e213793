import type { Role, UnitKind, UnitRef } from "../domain/org.ts";

/** A unit with its place in the tree, for listing the tree. */
export interface UnitNode extends UnitRef {
  readonly parentId: number | null;
  readonly parentCode: string | null;
}

export interface NewUnit {
  readonly code: string;
  readonly name: string;
  readonly kind: UnitKind;
  /** An existing unit, or one earlier in the same batch. */
  readonly parentCode?: string;
  readonly memberCount: number;
}

/** A role someone holds in a unit. */
export interface HeldRole {
  readonly role: Role;
  readonly unit: UnitRef;
}

export interface RoleHolder {
  readonly personId: number;
  readonly unitId: number;
  readonly role: Role;
}

/** Owner of the `units` and `memberships` tables: the organisation tree and who holds which role where. */
export interface OrgStore {
  /** No unit exists yet (a fresh installation the demo may seed). */
  isEmpty(): Promise<boolean>;
  /** Every unit, oldest first (parents before their children). */
  listUnits(): Promise<readonly UnitNode[]>;
  /** By its code as typed: exactly, else ignoring letter case when that names one unit only. */
  findUnit(code: string): Promise<UnitRef | null>;
  unitById(id: number): Promise<UnitRef | null>;
  /** Units without a parent: their admins administer everything. */
  topUnits(): Promise<readonly UnitRef[]>;
  /** Every unit of a kind (e.g. all cells), oldest first. */
  unitsOfKind(kind: UnitKind): Promise<readonly UnitRef[]>;
  /** All or none; throws on a taken code or an unknown parent. */
  createUnits(units: readonly NewUnit[], at: Date): Promise<readonly UnitRef[]>;
  /** Whether `unitCode` is `ancestorId` or below it in the tree. */
  isWithin(unitCode: string, ancestorId: number): Promise<boolean>;
  /** The unit and every unit above it, nearest first; empty when the unit does not exist. */
  ancestors(unitId: number): Promise<readonly UnitRef[]>;
  /** The unit and every unit below it (of `kind` only, when given), oldest first. */
  subtree(unitId: number, kind?: UnitKind): Promise<readonly UnitRef[]>;
  /** Idempotent: true only when the role was not held yet. */
  grant(personId: number, unitId: number, role: Role, at: Date): Promise<boolean>;
  /** A person's roles with their units, in the order they were granted. */
  membershipsOf(personId: number): Promise<readonly HeldRole[]>;
  /** Who holds one of `roles` (in `unitIds` only, when given), in the order they were granted. */
  holders(roles: readonly Role[], unitIds?: readonly number[]): Promise<readonly RoleHolder[]>;
}
