import type { QuestionnaireDefinition } from "../domain/questionnaire/definition.ts";

/** A stored version as it is named and identified (its definition is read with `get`). */
export interface StoredQuestionnaireVersion {
  readonly id: number;
  readonly code: string;
  readonly version: number;
  /** sha256 of the definition's canonical JSON (src/domain/questionnaire/content-hash.ts). */
  readonly contentHash: string;
  readonly createdAt: string;
}

/** Owner of the `questionnaire_versions` table: immutable versions, each identified by its content. */
export interface QuestionnaireStore {
  /** The validated definition of a stored version; each is read once per store. */
  get(versionId: number): Promise<QuestionnaireDefinition>;
  /**
   * Stores the definition as (code, version) unless it is there already; returns its id.
   * Rejects with QuestionnaireChanged when that version is stored with different content.
   */
  ensure(definition: QuestionnaireDefinition): Promise<number>;
  /** The version stored under this code and version number, or null. */
  find(code: string, version: number): Promise<StoredQuestionnaireVersion | null>;
  /** Every stored version, oldest first. */
  list(): Promise<readonly StoredQuestionnaireVersion[]>;
}
