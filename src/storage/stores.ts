import { TransactionConflict, type InSession, type InTransaction, type Stores } from "../ports/stores.ts";
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
 * The stores on `exec`, each made the first time it is used: a turn's transaction binds the stores
 * to itself and uses five of them, and making a store makes its methods' closures. Statements are
 * compiled once per dialect; `cache` keeps each questionnaire version parsed once per process.
 */
class BoundStores implements Stores {
  #org?: Stores["org"];
  #people?: Stores["people"];
  #conversations?: Stores["conversations"];
  #assessments?: Stores["assessments"];
  #periods?: Stores["periods"];
  #questionnaires?: Stores["questionnaires"];
  #questionnaireAssignments?: Stores["questionnaireAssignments"];
  #outbox?: Stores["outbox"];
  #outboxAdmin?: Stores["outboxAdmin"];
  #invites?: Stores["invites"];
  #groups?: Stores["groups"];
  #jobRuns?: Stores["jobRuns"];
  #inbound?: Stores["inbound"];
  #leases?: Stores["leases"];
  #audit?: Stores["audit"];
  #yearEnd?: Stores["yearEnd"];
  #lateReports?: Stores["lateReports"];
  #annualThresholds?: Stores["annualThresholds"];

  constructor(
    private readonly exec: SqlExecutor,
    private readonly cache: QuestionnaireCache,
  ) {}

  get org(): Stores["org"] {
    return (this.#org ??= createOrgStore(this.exec));
  }
  get people(): Stores["people"] {
    return (this.#people ??= createPeopleStore(this.exec));
  }
  get conversations(): Stores["conversations"] {
    return (this.#conversations ??= createConversationStore(this.exec));
  }
  get assessments(): Stores["assessments"] {
    return (this.#assessments ??= createAssessmentStore(this.exec));
  }
  get periods(): Stores["periods"] {
    return (this.#periods ??= createPeriodStore(this.exec));
  }
  get questionnaires(): Stores["questionnaires"] {
    return (this.#questionnaires ??= createQuestionnaireStore(this.exec, this.cache));
  }
  get questionnaireAssignments(): Stores["questionnaireAssignments"] {
    return (this.#questionnaireAssignments ??= createQuestionnaireAssignmentStore(this.exec));
  }
  get outbox(): Stores["outbox"] {
    return (this.#outbox ??= createOutboxStore(this.exec));
  }
  get outboxAdmin(): Stores["outboxAdmin"] {
    return (this.#outboxAdmin ??= createOutboxAdmin(this.exec));
  }
  get invites(): Stores["invites"] {
    return (this.#invites ??= createInviteStore(this.exec));
  }
  get groups(): Stores["groups"] {
    return (this.#groups ??= createGroupStore(this.exec));
  }
  get jobRuns(): Stores["jobRuns"] {
    return (this.#jobRuns ??= createJobRunStore(this.exec));
  }
  get inbound(): Stores["inbound"] {
    return (this.#inbound ??= createInboundStore(this.exec));
  }
  get leases(): Stores["leases"] {
    return (this.#leases ??= createLeaseStore(this.exec));
  }
  get audit(): Stores["audit"] {
    return (this.#audit ??= createAuditStore(this.exec));
  }
  get yearEnd(): Stores["yearEnd"] {
    return (this.#yearEnd ??= createYearEndStore(this.exec));
  }
  get lateReports(): Stores["lateReports"] {
    return (this.#lateReports ??= createLateReportStore(this.exec));
  }
  get annualThresholds(): Stores["annualThresholds"] {
    return (this.#annualThresholds ??= createAnnualThresholdsStore(this.exec));
  }
}

export function createStores(exec: SqlExecutor, cache: QuestionnaireCache = new Map()): Stores {
  return new BoundStores(exec, cache);
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

export function sessionsOn(exec: SqlExecutor, cache: QuestionnaireCache): InSession {
  return (work) => exec.session((session) => work(createStores(session, cache)));
}

/** SQLite's unique-key error; PostgreSQL's unique violation, serialization failure and deadlock. */
function isConflict(error: unknown): boolean {
  if (typeof error !== "object" || error === null || !("code" in error)) return false;
  const code = String(error.code);
  return code === "23505" || code === "40001" || code === "40P01" || code === "SQLITE_CONSTRAINT_UNIQUE" || code === "SQLITE_CONSTRAINT_PRIMARYKEY";
}
