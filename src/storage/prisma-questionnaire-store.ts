import { questionnaireContentHash } from "../domain/questionnaire/content-hash.ts";
import { loadQuestionnaire, type QuestionnaireDefinition } from "../domain/questionnaire/definition.ts";
import { QuestionnaireChanged } from "../domain/questionnaire/questionnaire-changed.ts";
import type { QuestionnaireStore } from "../engine/ports.ts";
import type { Db } from "./open-database.ts";
import { prismaCode } from "./prisma-errors.ts";

/** Versions are immutable, so each is read and validated once per process. */
export function createPrismaQuestionnaireStore(db: Db): QuestionnaireStore & {
  ensure(definition: QuestionnaireDefinition): Promise<number>;
} {
  const cache = new Map<number, QuestionnaireDefinition>();
  const where = (definition: QuestionnaireDefinition) => ({ code_version: { code: definition.code, version: definition.version } });

  /** The stored row's hash; rows from before hashes existed get theirs computed from their own JSON and kept. */
  async function storedHash(row: { id: number; definition: string; contentHash: string | null }): Promise<string> {
    if (row.contentHash !== null) return row.contentHash;
    const parsed: unknown = JSON.parse(row.definition);
    if (typeof parsed !== "object" || parsed === null) throw new Error(`questionnaire version ${row.id} holds no definition`);
    const contentHash = questionnaireContentHash(parsed);
    // Only fill a missing hash: a concurrent start may have filled it already, with the same value.
    await db.questionnaireVersion.updateMany({ where: { id: row.id, contentHash: null }, data: { contentHash } });
    return contentHash;
  }

  return {
    async get(versionId) {
      const cached = cache.get(versionId);
      if (cached) return cached;
      const row = await db.questionnaireVersion.findUniqueOrThrow({ where: { id: versionId } });
      const definition = loadQuestionnaire(JSON.parse(row.definition));
      cache.set(versionId, definition);
      return definition;
    },
    /**
     * Stores the definition as (code, version) unless it is there already; returns its id.
     * Rejects with QuestionnaireChanged when that version is stored with different content.
     */
    async ensure(definition) {
      const contentHash = questionnaireContentHash(definition);
      let row = await db.questionnaireVersion.findUnique({ where: where(definition) });
      if (!row) {
        try {
          return (await db.questionnaireVersion.create({ data: { code: definition.code, version: definition.version, definition: JSON.stringify(definition), contentHash } })).id;
        } catch (error) {
          // Another process stored this version first: compare with what it stored.
          if (prismaCode(error) !== "P2002") throw error;
          row = await db.questionnaireVersion.findUniqueOrThrow({ where: where(definition) });
        }
      }
      if ((await storedHash(row)) !== contentHash) throw new QuestionnaireChanged(definition.code, definition.version);
      return row.id;
    },
  };
}
