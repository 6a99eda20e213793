import type { Role, UnitKind, UnitRef } from "../domain/org.ts";

/** A unit with its place in the tree, for listing the tree. */
export interface UnitNode extends UnitRef {
  readonly parentId: number | null;
  readonly parentCode: string | null;
  /** Archived: kept with its history, out of reminders, digests, reports and the active listings. */
  readonly archived: boolean;
}

export interface NewUnit {
  readonly code: string;
  readonly name: string;
  readonly kind: UnitKind;
  /** An existing unit, or one earlier in the same batch. */
  readonly parentCode?: string;
  readonly memberCount: number;
  /** Created archived (an exported tree read back into an empty database). */
  readonly archived?: boolean;
}

/** What changes in a unit; an absent field is kept. */
export interface UnitPatch {
  readonly name?: string;
  /** null: a top unit. */
  readonly parentId?: number | null;
  readonly memberCount?: number;
  /** When it was archived; null: active again. */
  readonly archivedAt?: Date | null;
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
  /** Every unit, archived ones too, oldest first (parents before their children, unless a unit was moved since). */
  listUnits(): Promise<readonly UnitNode[]>;
  /** By its code as typed: exactly, else ignoring letter case when that names one unit only. */
  findUnit(code: string): Promise<UnitRef | null>;
  unitById(id: number): Promise<UnitRef | null>;
  /** Active units without a parent: their admins administer everything. */
  topUnits(): Promise<readonly UnitRef[]>;
  /** Every active unit of a kind (e.g. all cells), oldest first. */
  unitsOfKind(kind: UnitKind): Promise<readonly UnitRef[]>;
  /**
   * All or none, ids in the order given; throws on a taken code or an unknown parent (found by
   * its exact code). Multi-row statements, not one per unit.
   */
  createUnits(units: readonly NewUnit[], at: Date): Promise<readonly UnitRef[]>;
  /** Renames, moves, re-counts, archives or restores; false when there is no such unit. The tree's rules are the caller's. */
  updateUnit(unitId: number, patch: UnitPatch): Promise<boolean>;
  /** `updateUnit` for many units (an import): a few statements per kind of change, not one per unit; unknown ids are passed over. */
  updateUnits(patches: readonly (UnitPatch & { readonly unitId: number })[]): Promise<void>;
  /** Deletes the unit with its roles, invites and group bindings; false when there is no such unit. Throws while units sit below it or its history refers to it. */
  removeUnit(unitId: number): Promise<boolean>;
  /** How many units sit right below it, archived ones too. */
  childCount(unitId: number): Promise<number>;
  /** Whether `unitCode` is `ancestorId` or below it in the tree. */
  isWithin(unitCode: string, ancestorId: number): Promise<boolean>;
  /** The unit and every unit above it, nearest first; empty when the unit does not exist. */
  ancestors(unitId: number): Promise<readonly UnitRef[]>;
  /** The unit and every unit below it (of `kind` only, when given), oldest first; archived units left out. */
  subtree(unitId: number, kind?: UnitKind): Promise<readonly UnitRef[]>;
  /** Idempotent: true only when the role was not held yet. */
  grant(personId: number, unitId: number, role: Role, at: Date): Promise<boolean>;
  /** A person's roles with their units, in the order they were granted; roles in archived units left out. */
  membershipsOf(personId: number): Promise<readonly HeldRole[]>;
  /** Who holds one of `roles` (in `unitIds` only, when given), in the order they were granted. */
  holders(roles: readonly Role[], unitIds?: readonly number[]): Promise<readonly RoleHolder[]>;
}
