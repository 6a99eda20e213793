import { expect, it } from "vitest";
import { questionnaireContentHash } from "../../src/domain/questionnaire/content-hash.ts";
import { DEFAULT_MONTHLY_CELL } from "../../src/domain/questionnaire/default-monthly-cell.ts";
import { QuestionnaireChanged } from "../../src/domain/questionnaire/questionnaire-changed.ts";
import type { SqlExecutor } from "../../src/storage/kysely/sql-executor.ts";
import { createQuestionnaireStore, type QuestionnaireCache } from "../../src/storage/questionnaire-store.ts";
import { eachDatabase } from "../support/each-database.ts";
import { reverseKeys, withChangedPoints } from "./questionnaire-fixtures.ts";

const { code, version } = DEFAULT_MONTHLY_CELL;
const hash = questionnaireContentHash(DEFAULT_MONTHLY_CELL);

eachDatabase("the questionnaire store", (open) => {
  const rows = (exec: SqlExecutor) =>
    exec.query(exec.builder.selectFrom("questionnaire_versions").select(["id", "code", "version", "content_hash as contentHash", "created_at as createdAt"]).orderBy("id"));
  /** As an older bontot wrote it: no content hash, its own property order. */
  const storeUnhashed = async (exec: SqlExecutor, definition: unknown) =>
    (
      await exec.query(
        exec.builder
          .insertInto("questionnaire_versions")
          .values({ code, version, definition: JSON.stringify(definition), created_at: "2026-11-01T00:00:00.000+00:00" })
          .returning("id"),
      )
    )[0]?.id;

  it("stores a new version with its content hash and reads it back validated", async () => {
    const exec = await open();
    const id = await createQuestionnaireStore(exec).ensure(DEFAULT_MONTHLY_CELL);
    expect(await rows(exec)).toEqual([{ id, code, version, contentHash: hash, createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+00:00$/) }]);
    expect(await createQuestionnaireStore(exec).get(id)).toEqual(DEFAULT_MONTHLY_CELL);
  });

  it("returns the same id for the same definition, writing nothing", async () => {
    const exec = await open();
    const first = await createQuestionnaireStore(exec).ensure(DEFAULT_MONTHLY_CELL);
    const before = await rows(exec);
    // A fresh store, as after a restart: nothing is remembered in memory.
    expect(await createQuestionnaireStore(exec).ensure(DEFAULT_MONTHLY_CELL)).toBe(first);
    expect(await rows(exec)).toEqual(before);
  });

  it("gives racing starts the same id and one row", async () => {
    const exec = await open();
    const ids = await Promise.all([createQuestionnaireStore(exec).ensure(DEFAULT_MONTHLY_CELL), createQuestionnaireStore(exec).ensure(DEFAULT_MONTHLY_CELL)]);
    expect(ids[0]).toBe(ids[1]);
    expect(await rows(exec)).toHaveLength(1);
  });

  it("refuses a changed definition under the same version, naming code and version", async () => {
    const exec = await open();
    const store = createQuestionnaireStore(exec);
    await store.ensure(DEFAULT_MONTHLY_CELL);
    const before = await rows(exec);
    const refusal = await store.ensure(withChangedPoints()).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(QuestionnaireChanged);
    expect(refusal).toMatchObject({ code, version });
    expect(await rows(exec)).toEqual(before);
  });

  it("stores a changed definition under a raised version next to the old one", async () => {
    const exec = await open();
    const store = createQuestionnaireStore(exec);
    const old = await store.ensure(DEFAULT_MONTHLY_CELL);
    const raised = await store.ensure({ ...withChangedPoints(), version: version + 1 });
    expect(raised).not.toBe(old);
    expect((await rows(exec)).map((r) => r.version)).toEqual([version, version + 1]);
    expect((await store.get(raised)).version).toBe(version + 1);
  });

  it("fills in the hash of a row stored before hashes existed, and accepts the same definition", async () => {
    const exec = await open();
    const id = await storeUnhashed(exec, reverseKeys(DEFAULT_MONTHLY_CELL));
    expect(await createQuestionnaireStore(exec).ensure(DEFAULT_MONTHLY_CELL)).toBe(id);
    expect(await rows(exec)).toEqual([expect.objectContaining({ id, contentHash: hash })]);
  });

  it("refuses a definition that differs from an unhashed old row, keeping the old row's own hash", async () => {
    const exec = await open();
    const id = await storeUnhashed(exec, DEFAULT_MONTHLY_CELL);
    await expect(createQuestionnaireStore(exec).ensure(withChangedPoints())).rejects.toThrow(QuestionnaireChanged);
    expect(await rows(exec)).toEqual([expect.objectContaining({ id, contentHash: hash })]);
  });

  it("reads each version once per cache, and refuses an unknown or invalid one", async () => {
    const exec = await open();
    const cache: QuestionnaireCache = new Map();
    const id = await createQuestionnaireStore(exec, cache).ensure(DEFAULT_MONTHLY_CELL);
    const first = await createQuestionnaireStore(exec, cache).get(id);
    // A transaction's store sharing the cache gets the very same object, without a read.
    expect(await exec.transaction((tx) => createQuestionnaireStore(tx, cache).get(id))).toBe(first);
    await expect(createQuestionnaireStore(exec).get(id + 1)).rejects.toThrow(/missing/);
    await exec.query(exec.builder.insertInto("questionnaire_versions").values({ code: "broken", version: 1, definition: "{}", created_at: "2026-11-01T00:00:00.000+00:00" }));
    const broken = (await rows(exec)).find((r) => r.code === "broken")?.id ?? 0;
    await expect(createQuestionnaireStore(exec).get(broken)).rejects.toThrow();
  });
});
