import type { QuestionnaireDefinition } from "../domain/questionnaire/definition.ts";

/** Owner of the `questionnaire_versions` table: immutable versions, each identified by its content. */
export interface QuestionnaireStore {
  /** The validated definition of a stored version; each is read once per store. */
  get(versionId: number): Promise<QuestionnaireDefinition>;
  /**
   * Stores the definition as (code, version) unless it is there already; returns its id.
   * Rejects with QuestionnaireChanged when that version is stored with different content.
   */
  ensure(definition: QuestionnaireDefinition): Promise<number>;
}
