/** A questionnaire version a unit adopted for its subtree from a monthly period on (issue 13). */
export interface QuestionnaireAssignment {
  readonly unitId: number;
  readonly questionnaireVersionId: number;
  /** YYYY-MM: the first period answered with the version. */
  readonly fromPeriod: string;
  /** The person who assigned it; null when not a person (the CLI). */
  readonly assignedBy: number | null;
  readonly assignedAt: string;
}

export interface NewQuestionnaireAssignment {
  readonly unitId: number;
  readonly questionnaireVersionId: number;
  readonly fromPeriod: string;
  readonly by: number | null;
  readonly at: Date;
}

/**
 * Owner of the `questionnaire_assignments` table: at most one assignment per unit and first
 * period. Which version a cell uses is the caller's to resolve (src/app/questionnaire-in-force.ts):
 * the nearest unit's latest assignment that has begun.
 */
export interface QuestionnaireAssignmentStore {
  /** The units' assignments, by unit id then first period; in chunked queries. */
  ofUnits(unitIds: readonly number[]): Promise<readonly QuestionnaireAssignment[]>;
  /** Every assignment, by unit then first period. */
  all(): Promise<readonly QuestionnaireAssignment[]>;
  /**
   * Assigns the version to the unit from the period on. The same assignment again changes
   * nothing ("unchanged"); another version for the same unit and period replaces it
   * ("replaced", with the version it had); otherwise "new".
   */
  assign(entry: NewQuestionnaireAssignment): Promise<{ readonly change: "new" | "unchanged" } | { readonly change: "replaced"; readonly previousVersionId: number }>;
}
