import { questionnaireContentHash } from "../domain/questionnaire/content-hash.ts";
import { loadQuestionnaire, type QuestionnaireDefinition } from "../domain/questionnaire/definition.ts";
import { QuestionnaireChanged } from "../domain/questionnaire/questionnaire-changed.ts";
import type { QuestionnaireStore, StoredQuestionnaireVersion } from "../ports/questionnaire-store.ts";
import { prepare, type SqlExecutor } from "./kysely/sql-executor.ts";
import { statementsFor } from "./kysely/statements.ts";
import { sqlTime } from "./sql-time.ts";

interface VersionRow {
  id: number;
  definition: string;
  contentHash: string | null;
  createdAt: string;
}

const statements = statementsFor((b) => ({
  byId: prepare<{ id: number }, { definition: string }>((p) => b.selectFrom("questionnaire_versions").select("definition").where("id", "=", p("id"))),
  byVersion: prepare<{ code: string; version: number }, VersionRow>((p) =>
    b
      .selectFrom("questionnaire_versions")
      .select(["id", "definition", "content_hash as contentHash", "created_at as createdAt"])
      .where("code", "=", p("code"))
      .where("version", "=", p("version")),
  ),
  insert: prepare<{ code: string; version: number; definition: string; contentHash: string; at: string }, { id: number }>((p) =>
    b
      .insertInto("questionnaire_versions")
      .values({ code: p("code"), version: p("version"), definition: p("definition"), content_hash: p("contentHash"), created_at: p("at") })
      .onConflict((c) => c.columns(["code", "version"]).doNothing())
      .returning("id"),
  ),
  list: prepare<Record<string, never>, VersionRow & { code: string; version: number; createdAt: string }>(() =>
    b.selectFrom("questionnaire_versions").select(["id", "code", "version", "definition", "content_hash as contentHash", "created_at as createdAt"]).orderBy("id"),
  ),
  // Only a missing hash is filled: a concurrent start may have filled it already, with the same value.
  backfill: prepare<{ id: number; contentHash: string }, unknown>((p) =>
    b.updateTable("questionnaire_versions").set({ content_hash: p("contentHash") }).where("id", "=", p("id")).where("content_hash", "is", null),
  ),
}));

/** A validated definition per version id; versions are immutable, so it never goes stale. */
export type QuestionnaireCache = Map<number, QuestionnaireDefinition>;

/**
 * `cache` may be shared by the stores of one database (the plain executor's and each
 * transaction's), so that each version is read and validated once per process.
 */
export function createQuestionnaireStore(exec: SqlExecutor, cache: QuestionnaireCache = new Map()): QuestionnaireStore {
  const q = statements(exec);

  /** The stored row's hash; rows from before hashes existed get theirs computed from their own JSON and kept. */
  async function storedHash(row: VersionRow): Promise<string> {
    if (row.contentHash !== null) return row.contentHash;
    const parsed: unknown = JSON.parse(row.definition);
    if (typeof parsed !== "object" || parsed === null) throw new Error(`questionnaire version ${row.id} holds no definition`);
    const contentHash = questionnaireContentHash(parsed);
    await exec.run(q.backfill, { id: row.id, contentHash });
    return contentHash;
  }

  const described = async (row: VersionRow & { code: string; version: number }): Promise<StoredQuestionnaireVersion> => ({
    id: row.id,
    code: row.code,
    version: row.version,
    contentHash: await storedHash(row),
    createdAt: row.createdAt,
  });

  return {
    async find(code, version) {
      const row = await exec.first(q.byVersion, { code, version });
      return row ? described({ ...row, code, version }) : null;
    },

    async list() {
      const rows = await exec.all(q.list, {});
      const found: StoredQuestionnaireVersion[] = [];
      for (const row of rows) found.push(await described(row));
      return found;
    },

    async get(versionId) {
      const cached = cache.get(versionId);
      if (cached) return cached;
      const row = await exec.first(q.byId, { id: versionId });
      if (!row) throw new Error(`questionnaire version ${versionId} is missing`);
      const definition = loadQuestionnaire(JSON.parse(row.definition));
      cache.set(versionId, definition);
      return definition;
    },

    async ensure(definition) {
      const { code, version } = definition;
      const contentHash = questionnaireContentHash(definition);
      const found = await exec.first(q.byVersion, { code, version });
      if (!found) {
        const inserted = await exec.first(q.insert, { code, version, definition: JSON.stringify(definition), contentHash, at: sqlTime(new Date()) });
        if (inserted) return inserted.id;
      }
      // Stored before, or by another process just now: the content must be the same.
      const row = found ?? (await exec.first(q.byVersion, { code, version }));
      if (!row) throw new Error(`questionnaire ${code} version ${version} is missing`);
      if ((await storedHash(row)) !== contentHash) throw new QuestionnaireChanged(code, version);
      return row.id;
    },
  };
}
