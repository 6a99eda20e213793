import type { UnitRef } from "../domain/org.ts";
import { YEAR_END_TEXT_MAX } from "../ports/year-end-store.ts";
import type { Change } from "./enter-year-end-rating.ts";
import type { App } from "./open-app.ts";
import { checkYearEndText } from "./year-end-values.ts";
import { MEETING_KINDS, monthRefusal, refuse, yearEndUnit, type YearEndActor, type YearEndRefusal } from "./year-end-unit.ts";

export type ApproveMissedOutcome =
  | { readonly ok: true; readonly unit: UnitRef; readonly periodKey: string; readonly reason: string; readonly before: string | null; readonly change: Change }
  | YearEndRefusal;

export type WithdrawMissedOutcome = { readonly ok: true; readonly unit: UnitRef; readonly periodKey: string; readonly reason: string } | YearEndRefusal;

/** The reason as stored, or why it cannot be: 1–500 characters after cleaning. */
export function reasonRefusal(reason: string): { readonly text: string } | YearEndRefusal {
  const checked = checkYearEndText(reason);
  if (!checked.ok) return refuse("reason-too-long", { length: checked.length, max: YEAR_END_TEXT_MAX });
  return checked.text.length === 0 ? refuse("reason-missing") : { text: checked.text };
}

/**
 * The committee accepts a cell's missed monthly meeting for a good reason (the annual rule then
 * asks 11 meetings instead of 12). Replaces an earlier approval of the same month; audited in
 * the same transaction. The reason is short text only — no member names.
 */
export function approveMissedMeeting(
  app: Pick<App, "inTransaction" | "clock" | "config">,
  input: { readonly unitCode: string; readonly periodKey: string; readonly reason: string; readonly actor: YearEndActor },
): Promise<ApproveMissedOutcome> {
  const at = app.clock.now();
  const badMonth = monthRefusal(input.periodKey, at, app.config.timeZone);
  if (badMonth) return Promise.resolve(badMonth);
  const reason = reasonRefusal(input.reason);
  if ("ok" in reason) return Promise.resolve(reason);
  return app.inTransaction(async (s) => {
    const unit = await yearEndUnit(s, input.unitCode, MEETING_KINDS, "missed", input.actor);
    if ("ok" in unit) return unit;
    const year = Number(input.periodKey.slice(0, 4));
    const before = (await s.yearEnd.approvedMissedMeetings([unit.id], year)).find((a) => a.periodKey === input.periodKey)?.reason ?? null;
    const change: Change = before === null ? "new" : before === reason.text ? "unchanged" : "changed";
    if (change !== "unchanged") {
      await s.yearEnd.approveMissedMeeting({ unitId: unit.id, periodKey: input.periodKey, reason: reason.text, by: input.actor.personId, at });
      await s.audit.record({ at, actorId: input.actor.personId, action: "yearend.missed.approve", subject: `unit:${unit.code}`, details: { period: input.periodKey, reason: reason.text, before } });
    }
    return { ok: true, unit, periodKey: input.periodKey, reason: reason.text, before, change };
  });
}

/** Takes an approval back (audited); refused when the month had none. */
export function withdrawMissedMeeting(
  app: Pick<App, "inTransaction" | "clock" | "config">,
  input: { readonly unitCode: string; readonly periodKey: string; readonly actor: YearEndActor },
): Promise<WithdrawMissedOutcome> {
  const at = app.clock.now();
  const badMonth = monthRefusal(input.periodKey, at, app.config.timeZone);
  if (badMonth) return Promise.resolve(badMonth);
  return app.inTransaction(async (s) => {
    const unit = await yearEndUnit(s, input.unitCode, MEETING_KINDS, "missed", input.actor);
    if ("ok" in unit) return unit;
    const year = Number(input.periodKey.slice(0, 4));
    const approval = (await s.yearEnd.approvedMissedMeetings([unit.id], year)).find((a) => a.periodKey === input.periodKey);
    if (!approval || !(await s.yearEnd.withdrawMissedMeeting(unit.id, input.periodKey))) return refuse("no-approval", { unit: unit.name, code: unit.code, period: input.periodKey });
    await s.audit.record({ at, actorId: input.actor.personId, action: "yearend.missed.withdraw", subject: `unit:${unit.code}`, details: { period: input.periodKey, reason: approval.reason } });
    return { ok: true, unit, periodKey: input.periodKey, reason: approval.reason };
  });
}
