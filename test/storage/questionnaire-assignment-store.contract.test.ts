import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { questionnaireContentHash } from "../../src/domain/questionnaire/content-hash.ts";
import { DEFAULT_MONTHLY_CELL } from "../../src/domain/questionnaire/default-monthly-cell.ts";
import { parseQuestionnaireFile } from "../../src/domain/questionnaire/file/parse-questionnaire-file.ts";
import { createQuestionnaireAssignmentStore } from "../../src/storage/questionnaire-assignment-store.ts";
import { createQuestionnaireStore } from "../../src/storage/questionnaire-store.ts";
import { eachDatabase } from "../support/each-database.ts";
import { addCells } from "./assessment-fixtures.ts";

const AT = new Date("2026-12-20T03:00:00.000Z");
const LATER = new Date("2026-12-28T09:15:00.000Z");
const STAMP = "2026-12-20T03:00:00.000+00:00";
const LATER_STAMP = "2026-12-28T09:15:00.000+00:00";

const read = parseQuestionnaireFile(readFileSync(new URL("../../questionnaires/kieu-mau.yaml", import.meta.url), "utf8"));
if (!read.ok) throw new Error("questionnaires/kieu-mau.yaml does not parse");
const KIEU_MAU = read.definition;

/** Issue 13: which questionnaire version a subtree uses from which period on. */
eachDatabase("the questionnaire assignment store", (open) => {
  async function setup(cells = 3) {
    const exec = await open();
    const units = await addCells(exec, cells);
    const versions = createQuestionnaireStore(exec);
    const builtIn = await versions.ensure(DEFAULT_MONTHLY_CELL);
    const kieuMau = await versions.ensure(KIEU_MAU);
    return { exec, units, versions, builtIn, kieuMau, store: createQuestionnaireAssignmentStore(exec) };
  }

  it("assigns a version from a period on; the same again changes nothing; another version for the same period replaces it", async () => {
    const { units, store, builtIn, kieuMau } = await setup();
    const [a, b] = units as [number, number];
    expect(await store.assign({ unitId: a, questionnaireVersionId: kieuMau, fromPeriod: "2027-01", by: 7, at: AT })).toEqual({ change: "new" });
    expect(await store.assign({ unitId: a, questionnaireVersionId: kieuMau, fromPeriod: "2027-01", by: null, at: LATER })).toEqual({ change: "unchanged" });
    expect(await store.assign({ unitId: a, questionnaireVersionId: builtIn, fromPeriod: "2027-01", by: null, at: LATER })).toEqual({ change: "replaced", previousVersionId: kieuMau });
    expect(await store.assign({ unitId: a, questionnaireVersionId: kieuMau, fromPeriod: "2026-12", by: 7, at: AT })).toEqual({ change: "new" });
    expect(await store.assign({ unitId: b, questionnaireVersionId: kieuMau, fromPeriod: "2027-03", by: null, at: AT })).toEqual({ change: "new" });
    expect(await store.all()).toEqual([
      { unitId: a, questionnaireVersionId: kieuMau, fromPeriod: "2026-12", assignedBy: 7, assignedAt: STAMP },
      { unitId: a, questionnaireVersionId: builtIn, fromPeriod: "2027-01", assignedBy: null, assignedAt: LATER_STAMP },
      { unitId: b, questionnaireVersionId: kieuMau, fromPeriod: "2027-03", assignedBy: null, assignedAt: STAMP },
    ]);
  });

  it("reads the assignments of a list of units, oldest first per unit, in chunks", async () => {
    const { units, store, kieuMau, builtIn } = await setup(1_200);
    const last = units.at(-1) as number;
    const first = units[0] as number;
    await store.assign({ unitId: last, questionnaireVersionId: kieuMau, fromPeriod: "2027-02", by: null, at: AT });
    await store.assign({ unitId: last, questionnaireVersionId: builtIn, fromPeriod: "2026-12", by: null, at: AT });
    await store.assign({ unitId: first, questionnaireVersionId: kieuMau, fromPeriod: "2027-01", by: null, at: AT });
    expect((await store.ofUnits([...units].reverse())).map((x) => [x.unitId, x.fromPeriod])).toEqual([
      [first, "2027-01"],
      [last, "2026-12"],
      [last, "2027-02"],
    ]);
    expect(await store.ofUnits([])).toEqual([]);
    expect(await store.ofUnits([units[5] as number])).toEqual([]);
  });

  it("refuses a first period that is not a month, writing nothing", async () => {
    const { units, store, kieuMau } = await setup(1);
    for (const fromPeriod of ["2027", "2027-13", "27-01", ""]) {
      await expect(store.assign({ unitId: units[0] as number, questionnaireVersionId: kieuMau, fromPeriod, by: null, at: AT })).rejects.toThrow(RangeError);
    }
    expect(await store.all()).toEqual([]);
  });

  it("the questionnaire store finds and lists versions with their content hashes, and keeps a file's own texts", async () => {
    const { exec, versions, builtIn, kieuMau } = await setup(0);
    expect(await versions.find("kieu-mau", 1)).toEqual({ id: kieuMau, code: "kieu-mau", version: 1, contentHash: questionnaireContentHash(KIEU_MAU), createdAt: expect.any(String) });
    expect(await versions.find("kieu-mau", 2)).toBeNull();
    expect((await versions.list()).map((v) => [v.id, v.code, v.version, v.contentHash])).toEqual([
      [builtIn, "monthly-cell", 2, questionnaireContentHash(DEFAULT_MONTHLY_CELL)],
      [kieuMau, "kieu-mau", 1, questionnaireContentHash(KIEU_MAU)],
    ]);
    // Read back by a fresh store (no cache): the texts written in the file are part of the version.
    const stored = await createQuestionnaireStore(exec).get(kieuMau);
    expect(stored).toEqual(KIEU_MAU);
    expect(stored.texts?.["kieu-mau-v1-question-q4-criticism"]).toEqual({
      vi: "Buổi sinh hoạt có dành thời gian tự phê bình và phê bình, ghi vào biên bản không?",
      en: "Did the meeting set time aside for self-criticism and criticism, recorded in the minutes?",
    });
    expect(questionnaireContentHash(stored)).toBe(questionnaireContentHash(KIEU_MAU));
  });
});
