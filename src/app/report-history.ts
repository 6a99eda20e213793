import type { UnitRef } from "../domain/org.ts";
import type { AssessmentRevision, AssessmentStatus } from "../ports/assessment-store.ts";
import type { AuditRecord } from "../ports/audit-store.ts";
import type { LateReport } from "../ports/late-report-store.ts";
import type { Stores } from "../ports/stores.ts";

export interface ReportHistory {
  readonly unit: UnitRef;
  readonly periodKey: string;
  readonly periodOpen: boolean;
  /** not_started: no assessment, or one without answers. */
  readonly status: "not_started" | AssessmentStatus;
  /** Every submission, oldest first; each returned one with when, by whom and why. */
  readonly revisions: readonly AssessmentRevision[];
  /** The cell's late-report allowance for the period, if any. */
  readonly lateReport: LateReport | null;
  /** The audit entries about this report, in order: submissions, returns, late reports. */
  readonly audit: readonly AuditRecord[];
  /** Where each person named above can be reached ("telegram:111"), by person id. */
  readonly people: ReadonlyMap<number, readonly string[]>;
}

export type HistoryResult = { readonly ok: true; readonly history: ReportHistory } | { readonly ok: false; readonly why: "unknown-unit" | "not-a-cell" | "unknown-period" };

/**
 * A cell's report for one period as it went: each submission (score, four-good, who, when),
 * each return for correction (when, by whom, why), the late-report allowance and the audit
 * entries about them. Read only.
 */
export async function reportHistory(stores: Pick<Stores, "org" | "periods" | "assessments" | "lateReports" | "audit" | "people">, unitCode: string, periodKey: string): Promise<HistoryResult> {
  const unit = await stores.org.findUnit(unitCode);
  if (!unit) return { ok: false, why: "unknown-unit" };
  if (unit.kind !== "cell") return { ok: false, why: "not-a-cell" };
  const period = await stores.periods.findByKey(periodKey);
  if (!period) return { ok: false, why: "unknown-period" };
  const [state] = await stores.assessments.cellStates(period.id, [unit.id], "");
  const [assessment] = await stores.assessments.assessmentsOf([unit.id], period.id);
  const revisions = assessment ? await stores.assessments.revisions(assessment.id) : [];
  const lateReport = await stores.lateReports.find(unit.id, period.id);
  const subjects = new Set([...(assessment ? [`assessment:${assessment.id}`] : []), `unit:${unit.code}`, `period:${period.key}`]);
  // Everything about a report happens after its period opened.
  const audit = (await stores.audit.list({ since: new Date(period.openedAt) })).filter((e) => subjects.has(e.subject) && concerns(e, unit.code, period.key));
  const ids = new Set<number>();
  for (const r of revisions) {
    ids.add(r.submittedBy);
    if (r.returned?.by != null) ids.add(r.returned.by);
  }
  if (lateReport?.allowedBy != null) ids.add(lateReport.allowedBy);
  for (const e of audit) if (e.actorId !== null) ids.add(e.actorId);
  const people = new Map<number, string[]>();
  for (const identity of await stores.people.reachableIdentities([...ids])) {
    people.set(identity.personId, [...(people.get(identity.personId) ?? []), `${identity.channel}:${identity.externalId}`]);
  }
  return { ok: true, history: { unit, periodKey: period.key, periodOpen: period.open, status: state?.status ?? "not_started", revisions, lateReport, audit, people } };
}

/** An entry on the unit or the period is about this report only when its details name the other. */
function concerns(entry: AuditRecord, unitCode: string, periodKey: string): boolean {
  if (entry.subject.startsWith("assessment:")) return true;
  const details = entry.details;
  if (typeof details !== "object" || details === null) return entry.subject.startsWith("period:");
  if (entry.subject.startsWith("unit:")) return "period" in details && details.period === periodKey;
  // A period's own steps (open, close, reopen) concern every cell.
  return !("unit" in details) || details.unit === unitCode;
}
