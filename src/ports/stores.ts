import type { AnnualThresholdsStore } from "./annual-thresholds-store.ts";
import type { AssessmentStore } from "./assessment-store.ts";
import type { AuditStore } from "./audit-store.ts";
import type { ConversationStore } from "./conversation-store.ts";
import type { GroupStore } from "./group-store.ts";
import type { InboundStore } from "./inbound-store.ts";
import type { InviteStore } from "./invite-store.ts";
import type { JobRunStore } from "./job-run-store.ts";
import type { LateReportStore } from "./late-report-store.ts";
import type { LeaseStore } from "./lease-store.ts";
import type { OrgStore } from "./org-store.ts";
import type { OutboxAdmin, OutboxStore } from "./outbox-store.ts";
import type { PeopleStore } from "./people-store.ts";
import type { PeriodStore } from "./period-store.ts";
import type { QuestionnaireAssignmentStore } from "./questionnaire-assignment-store.ts";
import type { QuestionnaireStore } from "./questionnaire-store.ts";
import type { YearEndStore } from "./year-end-store.ts";

/** Every table's one owner, bound to one executor (the database, or one transaction of it). */
export interface Stores {
  readonly org: OrgStore;
  readonly people: PeopleStore;
  readonly conversations: ConversationStore;
  readonly assessments: AssessmentStore;
  readonly periods: PeriodStore;
  readonly questionnaires: QuestionnaireStore;
  readonly questionnaireAssignments: QuestionnaireAssignmentStore;
  readonly outbox: OutboxStore;
  readonly outboxAdmin: OutboxAdmin;
  readonly invites: InviteStore;
  readonly groups: GroupStore;
  readonly jobRuns: JobRunStore;
  readonly inbound: InboundStore;
  readonly leases: LeaseStore;
  readonly audit: AuditStore;
  readonly yearEnd: YearEndStore;
  readonly lateReports: LateReportStore;
  readonly annualThresholds: AnnualThresholdsStore;
}

/** Runs `work` in one transaction with the stores bound to it: all of it commits or none. */
export type InTransaction = <T>(work: (stores: Stores) => Promise<T>) => Promise<T>;

/**
 * Runs `work` with the stores bound to one connection, without a transaction: reads issued
 * together go out together (PostgreSQL). For a burst of reads such as a turn's.
 */
export type InSession = <T>(work: (stores: Stores) => Promise<T>) => Promise<T>;

/**
 * A transaction lost to a concurrent one (a unique key taken meanwhile, a deadlock, a
 * serialization failure): nothing of it was written, and running it again may succeed.
 */
export class TransactionConflict extends Error {
  constructor(cause: unknown) {
    super("transaction lost to a concurrent one", { cause });
    this.name = "TransactionConflict";
  }
}
