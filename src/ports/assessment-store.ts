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

/** Owner of the `assessments` and `answers` tables. */
export interface AssessmentStore {
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
  /** Submits with its standing; false when it was not in progress (a second submit, a closed period). */
  submit(submission: Submission): Promise<boolean>;
  /**
   * Closing a period: each of these cells without a submitted assessment is recorded as not
   * reported (created so, or turned so from in progress). Returns how many were recorded.
   */
  recordNotReported(periodId: number, questionnaireVersionId: number, cellIds: readonly number[], at: Date): Promise<number>;
  /** Units with a submitted assessment for the period (the rest are still awaited). */
  submittedUnitIds(periodId: number): Promise<readonly number[]>;
  /** One state per given cell, in the order of `unitIds`; `notesQuestionId` names the free-text item. */
  cellStates(periodId: number, unitIds: readonly number[], notesQuestionId: string): Promise<readonly CellState[]>;
}
