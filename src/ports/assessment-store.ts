import type { Answers, AnswerValue } from "../domain/questionnaire/answer-value.ts";
import type { Standing } from "../domain/scoring/standing.ts";

export type AssessmentStatus = "in_progress" | "submitted" | "not_reported";

/** One cell's self-assessment for one period, with its accepted answers. */
export interface StoredAssessment {
  readonly id: number;
  /** The unit and period are other owners' rows: the caller looks them up by id. */
  readonly unitId: number;
  readonly periodId: number;
  readonly questionnaireVersionId: number;
  readonly status: AssessmentStatus;
  readonly answers: Answers;
  /** Present once submitted: the assessment is then read-only. */
  readonly standing: Standing | null;
}

/** Where a cell stands in a period, for digests, status and reports. */
export interface CellState {
  readonly unitId: number;
  /** not_started: no assessment yet, or one without answers. */
  readonly status: "not_started" | AssessmentStatus;
  readonly standing: Standing | null;
  /** The answer to the free-text item named by the caller, when answered with text. */
  readonly notes: string | null;
  /** The questionnaire version its assessment uses; null without an assessment. */
  readonly versionId: number | null;
}

export interface AnswerChange {
  readonly assessmentId: number;
  readonly answeredBy: number;
  readonly save: readonly { readonly questionId: string; readonly value: AnswerValue }[];
  readonly clear: readonly string[];
  readonly at: Date;
}

export interface Submission {
  readonly assessmentId: number;
  readonly standing: Standing;
  readonly submittedBy: number;
  readonly at: Date;
}

/** An admin sends a submitted report back to its cell to be corrected and submitted again. */
export interface CorrectionReturn {
  readonly assessmentId: number;
  /** The admin; null when not a person (the CLI). */
  readonly by: number | null;
  /** Why, for the cell: 1–500 characters (else a RangeError, and nothing is written). */
  readonly reason: string;
  readonly at: Date;
}

/** One submission of an assessment: revision n is its n-th submission. */
export interface AssessmentRevision {
  readonly revision: number;
  readonly standing: Standing;
  readonly submittedBy: number;
  readonly submittedAt: string;
  /** Set once this submission was returned for correction. */
  readonly returned: { readonly at: string; readonly by: number | null; readonly reason: string } | null;
}

/** A period as `monthsOf` needs it: PeriodStore.ofYear gives a year's. */
export interface PeriodRef {
  readonly id: number;
  readonly key: string;
}

/** A cell's assessment for one month, for the annual computation. */
export interface AssessmentMonth {
  readonly periodId: number;
  readonly periodKey: string;
  readonly status: AssessmentStatus;
  /** Present when submitted. */
  readonly standing: Standing | null;
  /** Its answers (only the asked-for items when `questionIds` was given), whatever its status. */
  readonly answers: Answers;
  /**
   * Not submitted now, but submitted before and returned for correction: the standing of its last
   * submission (absent otherwise).
   */
  readonly returned?: Standing;
}

/** A cell's assessments over several periods, oldest key first; a month without an assessment is absent. */
export interface CellMonths {
  readonly unitId: number;
  readonly months: readonly AssessmentMonth[];
}

/** When a cell's assessment of a period was submitted, and whether it waits for a correction. */
export interface SubmissionFacts {
  readonly unitId: number;
  /** The current submission's time (stored text, UTC); null when not submitted. */
  readonly submittedAt: string | null;
  /** In progress again after a committee returned it for correction (not resubmitted yet). */
  readonly returned: boolean;
}

/** Owner of the `assessments`, `answers` and `assessment_revisions` tables. */
export interface AssessmentStore {
  /** How many assessments the cell has, of any period and state: its history, which removing it would lose. */
  countOfUnit(unitId: number): Promise<number>;
  get(id: number): Promise<StoredAssessment | null>;
  /** The cell's assessment for the period, created in progress on first use; racing calls get the same one. */
  open(unitId: number, periodId: number, questionnaireVersionId: number, at: Date): Promise<StoredAssessment>;
  /** The assessments these cells already have for the period (none is created), in the order of `unitIds`. */
  assessmentsOf(unitIds: readonly number[], periodId: number): Promise<readonly StoredAssessment[]>;
  /**
   * Clears, then saves answers; false, writing nothing, when the assessment is no longer in
   * progress (submitted or not reported meanwhile): no answer lands after a submission.
   */
  answer(change: AnswerChange): Promise<boolean>;
  /**
   * Submits with its standing; false when it was not in progress (a second submit, a closed
   * period). Each submission is also kept as the assessment's next revision (the first is 1).
   */
  submit(submission: Submission): Promise<boolean>;
  /**
   * Returns a submitted assessment for correction: it is in progress again, its standing (and
   * score, submitter, time) cleared and its answers kept, and its revision records the return.
   * False, writing nothing, when it was not submitted (in progress, not reported, or returned
   * by a concurrent call).
   */
  returnForCorrection(correction: CorrectionReturn): Promise<boolean>;
  /**
   * A late report allowed (LateReportStore): the cell's assessment recorded as not reported is in
   * progress again, its answers kept, so that it can be answered and submitted. True when this
   * call changed it; false when it was not "not reported".
   */
  reopenNotReported(assessmentId: number, at: Date): Promise<boolean>;
  /** A period reopened: every assessment of it recorded as not reported is in progress again, answers kept. Returns how many. */
  reopenPeriodNotReported(periodId: number, at: Date): Promise<number>;
  /** The assessment's submissions, oldest first: every one but the current submission was returned. */
  revisions(assessmentId: number): Promise<readonly AssessmentRevision[]>;
  /**
   * Every assessment of these cells in these periods (the twelve of a year), with standing and
   * answers, one entry per cell in the order of `unitIds`; chunked for a province's thousands of
   * cells. `questionIds` limits the answers read to those items (the fewer, the faster).
   */
  monthsOf(unitIds: readonly number[], periods: readonly PeriodRef[], questionIds?: readonly string[]): Promise<readonly CellMonths[]>;
  /**
   * Closing a period: each of these cells without a submitted assessment is recorded as not
   * reported (created so, or turned so from in progress). Returns how many were recorded.
   */
  recordNotReported(periodId: number, questionnaireVersionId: number, cellIds: readonly number[], at: Date): Promise<number>;
  /** Units with a submitted assessment for the period (the rest are still awaited). */
  submittedUnitIds(periodId: number): Promise<readonly number[]>;
  /** One state per given cell, in the order of `unitIds`; `notesQuestionId` names the free-text item. */
  cellStates(periodId: number, unitIds: readonly number[], notesQuestionId: string): Promise<readonly CellState[]>;
  /** `cellStates` of several periods read together: one list per period, in the order of `periodIds`. */
  cellStatesIn(periodIds: readonly number[], unitIds: readonly number[], notesQuestionId: string): Promise<readonly (readonly CellState[])[]>;
  /** One entry per given cell, in the order of `unitIds` (a cell without an assessment: not submitted, not returned); chunked. */
  submissionFacts(periodId: number, unitIds: readonly number[]): Promise<readonly SubmissionFacts[]>;
  /** The questionnaire version each given cell's assessment of the period uses; cells without one are left out; chunked. */
  versionsOf(periodId: number, unitIds: readonly number[]): Promise<ReadonlyMap<number, number>>;
}
