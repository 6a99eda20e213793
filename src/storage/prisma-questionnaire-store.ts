import { loadQuestionnaire, type QuestionnaireDefinition } from "../domain/questionnaire/definition.ts";
import type { QuestionnaireStore } from "../engine/ports.ts";
import type { Db } from "./open-database.ts";

/** Versions are immutable, so each is read and validated once per process. */
export function createPrismaQuestionnaireStore(db: Db): QuestionnaireStore & {
  ensure(definition: QuestionnaireDefinition): Promise<number>;
} {
  const cache = new Map<number, QuestionnaireDefinition>();
  return {
    async get(versionId) {
      const cached = cache.get(versionId);
      if (cached) return cached;
      const row = await db.questionnaireVersion.findUniqueOrThrow({ where: { id: versionId } });
      const definition = loadQuestionnaire(JSON.parse(row.definition));
      cache.set(versionId, definition);
      return definition;
    },
    /** Stores the definition as (code, version) unless it is there already; returns its id. */
    async ensure(definition) {
      const row = await db.questionnaireVersion.upsert({
        where: { code_version: { code: definition.code, version: definition.version } },
        create: { code: definition.code, version: definition.version, definition: JSON.stringify(definition) },
        update: {},
      });
      return row.id;
    },
  };
}
