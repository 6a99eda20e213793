import { TransactionConflict, type InTransaction, type Stores } from "../ports/stores.ts";
import { createAnnualThresholdsStore } from "./annual-thresholds-store.ts";
import { createAssessmentStore } from "./assessment-store.ts";
import { createAuditStore } from "./audit-store.ts";
import { createConversationStore } from "./conversation-store.ts";
import { createGroupStore } from "./group-store.ts";
import { createInboundStore } from "./inbound-store.ts";
import { createInviteStore } from "./invite-store.ts";
import { createJobRunStore } from "./job-run-store.ts";
import type { SqlExecutor } from "./kysely/sql-executor.ts";
import { createLateReportStore } from "./late-report-store.ts";
import { createLeaseStore } from "./lease-store.ts";
import { createOrgStore } from "./org-store.ts";
import { createOutboxAdmin, createOutboxStore } from "./outbox-store.ts";
import { createPeopleStore } from "./people-store.ts";
import { createPeriodStore } from "./period-store.ts";
import { createQuestionnaireAssignmentStore } from "./questionnaire-assignment-store.ts";
import { createQuestionnaireStore, type QuestionnaireCache } from "./questionnaire-store.ts";
import { createYearEndStore } from "./year-end-store.ts";

/**
 * The stores on `exec`. Statements are compiled once per dialect, so binding the stores to a
 * transaction costs a few closures; `cache` keeps each questionnaire version parsed once per process.
 */
export function createStores(exec: SqlExecutor, cache: QuestionnaireCache = new Map()): Stores {
  return {
    org: createOrgStore(exec),
    people: createPeopleStore(exec),
    conversations: createConversationStore(exec),
    assessments: createAssessmentStore(exec),
    periods: createPeriodStore(exec),
    questionnaires: createQuestionnaireStore(exec, cache),
    questionnaireAssignments: createQuestionnaireAssignmentStore(exec),
    outbox: createOutboxStore(exec),
    outboxAdmin: createOutboxAdmin(exec),
    invites: createInviteStore(exec),
    groups: createGroupStore(exec),
    jobRuns: createJobRunStore(exec),
    inbound: createInboundStore(exec),
    leases: createLeaseStore(exec),
    audit: createAuditStore(exec),
    yearEnd: createYearEndStore(exec),
    lateReports: createLateReportStore(exec),
    annualThresholds: createAnnualThresholdsStore(exec),
  };
}

export function transactionsOn(exec: SqlExecutor, cache: QuestionnaireCache): InTransaction {
  return async (work) => {
    try {
      return await exec.transaction((tx) => work(createStores(tx, cache)));
    } catch (error) {
      throw isConflict(error) ? new TransactionConflict(error) : error;
    }
  };
}

/** SQLite's unique-key error; PostgreSQL's unique violation, serialization failure and deadlock. */
function isConflict(error: unknown): boolean {
  if (typeof error !== "object" || error === null || !("code" in error)) return false;
  const code = String(error.code);
  return code === "23505" || code === "40001" || code === "40P01" || code === "SQLITE_CONSTRAINT_UNIQUE" || code === "SQLITE_CONSTRAINT_PRIMARYKEY";
}
