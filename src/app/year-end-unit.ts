import type { UnitKind, UnitRef } from "../domain/org.ts";
import { calendarDateAt, parsePeriodKey } from "../domain/period.ts";
import type { Stores } from "../ports/stores.ts";
import { YEAR_END_FIRST_YEAR } from "./year-end-values.ts";

/**
 * Who enters a year-end input. The committee rates the units below it, so a person may act on a
 * unit when they are an admin of a unit strictly above it (an admin of Đảng ủy xã Mường Khương
 * rates its cells and its grassroots committee; an admin of a grassroots committee rates its
 * subordinate cells, not itself). `everywhere`: a root admin (configured, or admin of a unit
 * with no parent), and the CLI, which acts as the system (personId null). Leaders read results;
 * entering them is the office's (admin's) work.
 */
export interface YearEndActor {
  readonly personId: number | null;
  readonly everywhere: boolean;
}

/** The CLI and imports: the system, on every unit. */
export const SYSTEM_ACTOR: YearEndActor = { personId: null, everywhere: true };

/**
 * Why a year-end input was refused: `reason` names a locale message `yearend-<reason>` and
 * `args` fills it, so the chat and the CLI say the same thing.
 */
export interface YearEndRefusal {
  readonly ok: false;
  readonly reason: string;
  readonly args: Readonly<Record<string, string | number>>;
}

export const refuse = (reason: string, args: Record<string, string | number> = {}): YearEndRefusal => ({ ok: false, reason, args });

export const RATED_KINDS: readonly UnitKind[] = ["cell", "grassroots_committee"];
export const MEETING_KINDS: readonly UnitKind[] = ["cell"];

/** The unit named `code` when it is of one of `kinds` and the actor may act on it. */
export async function yearEndUnit(
  stores: Pick<Stores, "org">,
  code: string,
  kinds: readonly UnitKind[],
  what: "rating" | "missed" | "title",
  actor: YearEndActor,
): Promise<UnitRef | YearEndRefusal> {
  const unit = await stores.org.findUnit(code);
  if (!unit) return refuse("unknown-unit", { code });
  if (!kinds.includes(unit.kind)) return refuse(`wrong-kind-${what}`, { unit: unit.name, code: unit.code, kind: unit.kind });
  if (actor.everywhere) return unit;
  const administered = actor.personId === null ? [] : (await stores.org.membershipsOf(actor.personId)).filter((m) => m.role === "admin").map((m) => m.unit.id);
  const [self, ...above] = await stores.org.ancestors(unit.id);
  if (above.some((u) => administered.includes(u.id))) return unit;
  if (self && administered.includes(self.id)) return refuse("own-unit", { unit: unit.name, code: unit.code });
  return refuse("out-of-subtree", { unit: unit.name, code: unit.code });
}

/** A year from YEAR_END_FIRST_YEAR up to the current one in the committee's time zone. */
export function yearRefusal(year: number, now: Date, timeZone: string): YearEndRefusal | undefined {
  if (!Number.isInteger(year) || year < YEAR_END_FIRST_YEAR || year > 9999) return refuse("bad-year", { year: String(year) });
  const current = calendarDateAt(now, timeZone).year;
  return year > current ? refuse("future-year", { year: String(year), current: String(current) }) : undefined;
}

/** A month key YYYY-MM that has begun (a meeting not yet due cannot have been missed). */
export function monthRefusal(periodKey: string, now: Date, timeZone: string): YearEndRefusal | undefined {
  const month = parsePeriodKey(periodKey);
  if (!month || month.year < YEAR_END_FIRST_YEAR) return refuse("bad-period", { period: periodKey });
  const today = calendarDateAt(now, timeZone);
  return month.year * 12 + month.month > today.year * 12 + today.month ? refuse("future-period", { period: periodKey }) : undefined;
}
