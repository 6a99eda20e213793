/**
 * A questionnaire version is immutable: periods and submitted assessments were scored with it.
 * Thrown when a definition differs from the one already stored under the same code and version,
 * so the operator raises the version instead of silently rescoring (or silently ignoring) it.
 */
export class QuestionnaireChanged extends Error {
  constructor(
    readonly code: string,
    readonly version: number,
  ) {
    super(`questionnaire ${code} version ${version} differs from the stored one; raise its version`);
    this.name = "QuestionnaireChanged";
  }
}
