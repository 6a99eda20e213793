import { cleanText, fold } from "../input/normalize.ts";
import { MAX_MEMBER_COUNT, MAX_UNIT_NAME_LENGTH, UNIT_CODE_PATTERN, parentProblem, type ParentProblem, type UnitKind } from "../org.ts";
import { parseUnitKind } from "./unit-kind-names.ts";

/**
 * The org tree from an office's spreadsheet: what importing it would change, or why it cannot
 * be imported. Pure: the caller reads the file and the stored tree, and writes the plan.
 *
 * A row names a unit by its code: an existing unit (the code as stored, else ignoring letter case
 * when that names one unit only, as `units` finds codes) is renamed, moved, re-counted, archived
 * or left alone; any other code is created. Codes are never changed. Units not in the file are
 * left as they are. Every row is checked against the tree the whole file would make (a parent
 * may come later in the file), and every problem is reported with its row; a plan exists only
 * when there is none.
 */

/** A spreadsheet cell as read: text, a number, or nothing. */
export type SheetCell = string | number | null;

/** One row of the sheet, by meaning; `row` is the number the spreadsheet shows (the header is row 1 or below). */
export interface UnitSheetRow {
  readonly row: number;
  readonly code: SheetCell;
  readonly name: SheetCell;
  readonly kind: SheetCell;
  readonly parent: SheetCell;
  readonly members: SheetCell;
  readonly status: SheetCell;
}

/**
 * The sheet's rows and which optional columns it has: without a parent, members or status
 * column, an existing unit keeps what it has (a new one is a top unit, 0 members, active).
 * With the column, an empty parent means a top unit, an empty status an active unit, and
 * empty members keep the stored count (a new cell must give one).
 */
export interface UnitSheet {
  readonly rows: readonly UnitSheetRow[];
  readonly columns: { readonly parent: boolean; readonly members: boolean; readonly status: boolean };
}

/** A unit as stored: the plan's starting point. */
export interface StoredUnit {
  readonly id: number;
  readonly code: string;
  readonly name: string;
  readonly kind: UnitKind;
  readonly memberCount: number;
  readonly parentId: number | null;
  readonly archived: boolean;
}

export type UnitImportProblem =
  | "code-missing"
  | "code-invalid"
  | "code-ambiguous"
  | "code-duplicate"
  | "name-missing"
  | "name-too-long"
  | "kind-missing"
  | "kind-unknown"
  | "kind-changed"
  | "members-invalid"
  | "members-missing"
  | "status-unknown"
  | "parent-unknown"
  | "parent-ambiguous"
  | "parent-self"
  | "parent-cycle"
  | "parent-archived"
  | "archived-with-active-units"
  | ParentProblem;

/** Why a row cannot be imported; `args` fill the message (codes, values, another row's number). */
export interface RowProblem {
  readonly row: number;
  readonly code: string;
  readonly problem: UnitImportProblem;
  readonly args: Readonly<Record<string, string | number>>;
}

export interface UnitCreate {
  readonly row: number;
  readonly code: string;
  readonly name: string;
  readonly kind: UnitKind;
  /** An existing unit's code, or one created earlier in `creates`; null for a top unit. */
  readonly parentCode: string | null;
  readonly memberCount: number;
  readonly archived: boolean;
}

export interface Change<T> {
  readonly from: T;
  readonly to: T;
}

/** An existing unit's changes; at least one is present. Parents are codes, null for the top. */
export interface UnitUpdate {
  readonly row: number;
  readonly unitId: number;
  readonly code: string;
  readonly kind: UnitKind;
  readonly name?: Change<string>;
  readonly parent?: Change<string | null>;
  readonly members?: Change<number>;
  readonly archived?: Change<boolean>;
}

export interface UnitImportPlan {
  /** Parents before their children: applied in this order, each parent exists when its child is created. */
  readonly creates: readonly UnitCreate[];
  readonly updates: readonly UnitUpdate[];
  readonly unchanged: readonly { readonly row: number; readonly code: string }[];
  /** Stored units no row names: left as they are. */
  readonly notInFile: number;
}

export type UnitImportResult = { readonly ok: true; readonly plan: UnitImportPlan } | { readonly ok: false; readonly problems: readonly RowProblem[] };

const STATUS_ACTIVE = new Set(["", "active", "hoat dong", "dang hoat dong", "con hoat dong"]);
const STATUS_ARCHIVED = new Set(["archived", "archive", "luu tru", "da luu tru", "ngung hoat dong", "giai the", "da giai the"]);

/** NFC, single spaces, no line breaks: a spreadsheet cell may hold Alt+Enter breaks or NFD text pasted from elsewhere. */
const text = (cell: SheetCell): string => (cell === null ? "" : cleanText(String(cell)).replace(/\s+/g, " "));

/** "18", 18, "1.250" / "1,250" / "1 250" (thousands grouped), "18.0" stored as a number: whole and positive only. */
export function parseMemberCount(cell: SheetCell): number | undefined {
  let value: number;
  if (typeof cell === "number") value = cell;
  else {
    const typed = text(cell);
    if (/^\d+$/.test(typed)) value = Number(typed);
    else if (/^\d{1,3}([., ]\d{3})+$/.test(typed)) value = Number(typed.replace(/[., ]/g, ""));
    else return undefined;
  }
  return Number.isInteger(value) && value >= 1 && value <= MAX_MEMBER_COUNT ? value : undefined;
}

/** A status cell: false for active (or empty), true for archived, undefined when unknown. */
export function parseArchived(cell: SheetCell): boolean | undefined {
  const folded = fold(text(cell))
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
  if (STATUS_ACTIVE.has(folded)) return false;
  if (STATUS_ARCHIVED.has(folded)) return true;
  return undefined;
}

/** A unit of the tree the file would make: a stored one (`#id`) or a new one (`+folded code`). */
interface Node {
  readonly key: string;
  code: string;
  kind: UnitKind | undefined;
  parent: string | null;
  archived: boolean;
}

interface ReadRow {
  readonly row: number;
  readonly code: string;
  readonly key: string;
  readonly stored: StoredUnit | undefined;
  readonly name: string;
  readonly kind: UnitKind | undefined;
  readonly members: number | undefined;
  readonly archived: boolean | undefined;
  /** The parent as written: undefined without a parent column, "" for the top. */
  readonly parentText: string | undefined;
  parentKey?: string | null;
}

export function planUnitImport(stored: readonly StoredUnit[], sheet: UnitSheet): UnitImportResult {
  const problems: RowProblem[] = [];
  const exact = new Map(stored.map((u) => [u.code, u]));
  const byFold = new Map<string, StoredUnit[]>();
  for (const u of stored) byFold.set(u.code.toLowerCase(), [...(byFold.get(u.code.toLowerCase()) ?? []), u]);
  const byId = new Map(stored.map((u) => [u.id, u]));
  const storedKey = (u: StoredUnit): string => `#${u.id}`;

  /** A code as `units` finds it: exactly, else ignoring case when that names one unit; "ambiguous" for two. */
  const findStored = (code: string): StoredUnit | "ambiguous" | undefined => {
    const found = exact.get(code);
    if (found) return found;
    const folded = byFold.get(code.toLowerCase()) ?? [];
    if (folded.length > 1) return "ambiguous";
    return folded[0];
  };

  const rows: ReadRow[] = [];
  const rowOfKey = new Map<string, number>();
  for (const r of sheet.rows) {
    const code = text(r.code);
    const problem = (kind: UnitImportProblem, args: Record<string, string | number> = {}): void => void problems.push({ row: r.row, code, problem: kind, args: { code, ...args } });
    if (code === "") {
      problem("code-missing");
      continue;
    }
    if (!UNIT_CODE_PATTERN.test(code)) {
      problem("code-invalid");
      continue;
    }
    const found = findStored(code);
    if (found === "ambiguous") {
      problem("code-ambiguous");
      continue;
    }
    const key = found ? storedKey(found) : `+${code.toLowerCase()}`;
    const earlier = rowOfKey.get(key);
    if (earlier !== undefined) {
      problem("code-duplicate", { other: earlier });
      continue;
    }
    rowOfKey.set(key, r.row);

    const name = text(r.name);
    if (name === "") problem("name-missing");
    else if (name.length > MAX_UNIT_NAME_LENGTH) problem("name-too-long", { max: MAX_UNIT_NAME_LENGTH });

    const kindText = text(r.kind);
    const kind = kindText === "" ? undefined : parseUnitKind(kindText);
    if (kindText === "") problem("kind-missing");
    else if (!kind) problem("kind-unknown", { value: kindText });
    else if (found && found.kind !== kind) problem("kind-changed", { stored: found.kind, given: kind });

    let members: number | undefined;
    const membersText = sheet.columns.members ? text(r.members) : "";
    if (membersText !== "") {
      members = parseMemberCount(r.members);
      if (members === undefined) problem("members-invalid", { value: membersText, max: MAX_MEMBER_COUNT });
    } else if (!found && kind === "cell") problem("members-missing");

    let archived: boolean | undefined;
    if (sheet.columns.status) {
      archived = parseArchived(r.status);
      if (archived === undefined) problem("status-unknown", { value: text(r.status) });
    }

    rows.push({ row: r.row, code: found ? found.code : code, key, stored: found, name, kind: found?.kind ?? kind, members, archived, parentText: sheet.columns.parent ? text(r.parent) : undefined });
  }

  // The tree the file makes: every stored unit, then each row's place and state over it.
  const nodes = new Map<string, Node>();
  for (const u of stored) nodes.set(storedKey(u), { key: storedKey(u), code: u.code, kind: u.kind, parent: u.parentId === null ? null : `#${u.parentId}`, archived: u.archived });
  for (const r of rows) if (!r.stored) nodes.set(r.key, { key: r.key, code: r.code, kind: r.kind, parent: null, archived: false });

  for (const r of rows) {
    const problem = (kind: UnitImportProblem, args: Record<string, string | number> = {}): void => void problems.push({ row: r.row, code: r.code, problem: kind, args: { code: r.code, ...args } });
    const node = nodes.get(r.key) as Node;
    if (r.archived !== undefined) node.archived = r.archived;
    if (r.parentText === undefined) {
      r.parentKey = node.parent;
      continue;
    }
    if (r.parentText === "") {
      r.parentKey = null;
      node.parent = null;
      continue;
    }
    const found = findStored(r.parentText);
    if (found === "ambiguous") {
      problem("parent-ambiguous", { parent: r.parentText });
      continue;
    }
    const parentKey = found ? storedKey(found) : `+${r.parentText.toLowerCase()}`;
    if (!nodes.has(parentKey)) {
      problem("parent-unknown", { parent: r.parentText });
      continue;
    }
    if (parentKey === r.key) {
      problem("parent-self", { parent: r.parentText });
      continue;
    }
    r.parentKey = parentKey;
    node.parent = parentKey;
  }

  const codeOf = (key: string | null): string => (key === null ? "" : (nodes.get(key)?.code ?? ""));
  const rowByKey = new Map(rows.map((r) => [r.key, r]));
  const storedParentKey = (u: StoredUnit): string | null => (u.parentId === null ? null : `#${u.parentId}`);
  /** The row puts its unit somewhere new: created, or moved. */
  const placed = (r: ReadRow): boolean => r.parentKey !== undefined && (!r.stored || storedParentKey(r.stored) !== r.parentKey);
  for (const r of rows) {
    if (!placed(r)) continue;
    const problem = (kind: UnitImportProblem, args: Record<string, string | number> = {}): void => void problems.push({ row: r.row, code: r.code, problem: kind, args: { code: r.code, ...args } });
    const parentKey = r.parentKey ?? null;
    const parent = parentKey === null ? undefined : nodes.get(parentKey);
    const shape = r.kind && (parent === undefined || parent.kind) ? parentProblem(r.kind, parent?.kind ?? null) : undefined;
    if (shape) problem(shape, { parent: codeOf(parentKey), kind: r.kind ?? "", parentKind: parent?.kind ?? "" });
    // Walking up from the unit's new place must never reach the unit itself.
    const seen = new Set<string>();
    for (let up: string | null | undefined = parentKey; up !== null && up !== undefined && !seen.has(up); up = nodes.get(up)?.parent) {
      if (up === r.key) {
        problem("parent-cycle", { parent: codeOf(parentKey) });
        break;
      }
      seen.add(up);
    }
  }

  // No active unit under an archived one. The row to fix is the one that made it so: the unit
  // placed or re-activated there, else the row archiving a parent that keeps active units below.
  const activeBelow = new Map<ReadRow, number>();
  for (const node of nodes.values()) {
    if (node.archived || node.parent === null) continue;
    const parent = nodes.get(node.parent);
    if (!parent?.archived) continue;
    const own = rowByKey.get(node.key);
    if (own && own.parentKey === undefined) continue;
    const ownChanged = own !== undefined && (placed(own) || (own.stored !== undefined && own.archived === false && own.stored.archived));
    const parentRow = rowByKey.get(parent.key);
    if (ownChanged && own) problems.push({ row: own.row, code: own.code, problem: "parent-archived", args: { code: own.code, parent: parent.code } });
    else if (parentRow?.archived === true && (!parentRow.stored || !parentRow.stored.archived)) activeBelow.set(parentRow, (activeBelow.get(parentRow) ?? 0) + 1);
  }
  for (const [r, count] of activeBelow) problems.push({ row: r.row, code: r.code, problem: "archived-with-active-units", args: { code: r.code, count } });

  if (problems.length > 0) return { ok: false, problems: problems.sort((a, b) => a.row - b.row) };
  return { ok: true, plan: buildPlan(rows, nodes, byId, stored.length) };
}

function buildPlan(rows: readonly ReadRow[], nodes: ReadonlyMap<string, Node>, byId: ReadonlyMap<number, StoredUnit>, storedCount: number): UnitImportPlan {
  const codeOf = (key: string | null | undefined): string | null => (key === null || key === undefined ? null : (nodes.get(key)?.code ?? null));
  const creates = new Map<string, UnitCreate>();
  const updates: UnitUpdate[] = [];
  const unchanged: { row: number; code: string }[] = [];
  let storedInFile = 0;
  for (const r of rows) {
    const kind = r.kind as UnitKind;
    if (!r.stored) {
      creates.set(r.key, { row: r.row, code: r.code, name: r.name, kind, parentCode: codeOf(r.parentKey), memberCount: r.members ?? 0, archived: r.archived ?? false });
      continue;
    }
    storedInFile += 1;
    const s = r.stored;
    const parentFrom = s.parentId === null ? null : (byId.get(s.parentId)?.code ?? null);
    const parentTo = codeOf(r.parentKey);
    const update: UnitUpdate = {
      row: r.row,
      unitId: s.id,
      code: s.code,
      kind,
      ...(r.name !== s.name ? { name: { from: s.name, to: r.name } } : {}),
      ...(parentTo !== parentFrom ? { parent: { from: parentFrom, to: parentTo } } : {}),
      ...(r.members !== undefined && r.members !== s.memberCount ? { members: { from: s.memberCount, to: r.members } } : {}),
      ...(r.archived !== undefined && r.archived !== s.archived ? { archived: { from: s.archived, to: r.archived } } : {}),
    };
    if (update.name || update.parent || update.members || update.archived) updates.push(update);
    else unchanged.push({ row: r.row, code: s.code });
  }
  // The file's order, except that a parent written below its units is pulled up before them.
  const ordered: UnitCreate[] = [];
  const emitted = new Set<string>();
  const emit = (key: string): void => {
    const create = creates.get(key);
    if (!create || emitted.has(key)) return;
    emitted.add(key);
    const parent = nodes.get(key)?.parent;
    if (parent) emit(parent);
    ordered.push(create);
  };
  for (const key of creates.keys()) emit(key);
  return { creates: ordered, updates, unchanged, notInFile: storedCount - storedInFile };
}
