import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { questionnaireContentHash } from "../../src/domain/questionnaire/content-hash.ts";
import { DEFAULT_MONTHLY_CELL } from "../../src/domain/questionnaire/default-monthly-cell.ts";
import { QuestionnaireChanged } from "../../src/domain/questionnaire/questionnaire-changed.ts";
import { openDatabase, type OpenedDatabase } from "../../src/storage/open-database.ts";
import { createPrismaQuestionnaireStore } from "../../src/storage/prisma-questionnaire-store.ts";
import { tempDbPath } from "../support/temp-db.ts";
import { reverseKeys, withChangedPoints } from "./questionnaire-fixtures.ts";

const { code, version } = DEFAULT_MONTHLY_CELL;

describe("questionnaire store: ensure", () => {
  const dbPath = tempDbPath();
  let opened: OpenedDatabase;
  beforeEach(async () => {
    opened = await openDatabase(dbPath);
  });
  afterEach(async () => opened.close());

  const rows = () => opened.db.questionnaireVersion.findMany({ orderBy: { id: "asc" } });

  it("stores a new version with its content hash", async () => {
    const id = await createPrismaQuestionnaireStore(opened.db).ensure(DEFAULT_MONTHLY_CELL);
    expect(await rows()).toEqual([expect.objectContaining({ id, code, version, contentHash: questionnaireContentHash(DEFAULT_MONTHLY_CELL) })]);
    expect(await createPrismaQuestionnaireStore(opened.db).get(id)).toEqual(DEFAULT_MONTHLY_CELL);
  });

  it("returns the same id for the same definition, writing nothing", async () => {
    const first = await createPrismaQuestionnaireStore(opened.db).ensure(DEFAULT_MONTHLY_CELL);
    const before = await rows();
    // A fresh store, as after a restart: nothing is remembered in memory.
    expect(await createPrismaQuestionnaireStore(opened.db).ensure(DEFAULT_MONTHLY_CELL)).toBe(first);
    expect(await rows()).toEqual(before);
  });

  it("refuses a changed definition under the same version, naming code and version", async () => {
    const store = createPrismaQuestionnaireStore(opened.db);
    await store.ensure(DEFAULT_MONTHLY_CELL);
    const before = await rows();
    const refusal = await store.ensure(withChangedPoints()).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(QuestionnaireChanged);
    expect(refusal).toMatchObject({ code, version });
    expect(await rows()).toEqual(before);
  });

  it("stores a changed definition under a raised version next to the old one", async () => {
    const store = createPrismaQuestionnaireStore(opened.db);
    const old = await store.ensure(DEFAULT_MONTHLY_CELL);
    const raised = await store.ensure({ ...withChangedPoints(), version: version + 1 });
    expect(raised).not.toBe(old);
    expect((await rows()).map((r) => r.version)).toEqual([version, version + 1]);
  });

  it("fills in the hash of a row stored before hashes existed, and accepts the same definition", async () => {
    // As an older bontot wrote it (its own property order), before the content_hash column.
    const { id } = await opened.db.questionnaireVersion.create({ data: { code, version, definition: JSON.stringify(reverseKeys(DEFAULT_MONTHLY_CELL)) } });
    expect(await createPrismaQuestionnaireStore(opened.db).ensure(DEFAULT_MONTHLY_CELL)).toBe(id);
    expect(await rows()).toEqual([expect.objectContaining({ id, contentHash: questionnaireContentHash(DEFAULT_MONTHLY_CELL) })]);
  });

  it("refuses a definition that differs from an unhashed old row, keeping the old row's own hash", async () => {
    const { id } = await opened.db.questionnaireVersion.create({ data: { code, version, definition: JSON.stringify(DEFAULT_MONTHLY_CELL) } });
    await expect(createPrismaQuestionnaireStore(opened.db).ensure(withChangedPoints())).rejects.toThrow(QuestionnaireChanged);
    expect(await rows()).toEqual([expect.objectContaining({ id, contentHash: questionnaireContentHash(DEFAULT_MONTHLY_CELL) })]);
  });
});
