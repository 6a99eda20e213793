import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { questionnaireContentHash } from "../../src/domain/questionnaire/content-hash.ts";
import { DEFAULT_MONTHLY_CELL } from "../../src/domain/questionnaire/default-monthly-cell.ts";
import type { QuestionnaireDefinition } from "../../src/domain/questionnaire/definition.ts";
import { parseQuestionnaireFile } from "../../src/domain/questionnaire/file/parse-questionnaire-file.ts";
import { questionnaireYaml } from "../../src/domain/questionnaire/file/questionnaire-yaml.ts";
import { YEARLY_GRASSROOTS } from "../../src/domain/questionnaire/yearly-grassroots.ts";
import { reachableMaxima } from "../../src/domain/scoring/reachable-max.ts";

const fileText = (name: string): string => readFileSync(new URL(`../../questionnaires/${name}`, import.meta.url), "utf8");
const parsed = (text: string): QuestionnaireDefinition => {
  const read = parseQuestionnaireFile(text);
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  return read.definition;
};
const KIEU_MAU = parsed(fileText("kieu-mau.yaml"));

/** Issue 13: a version is its content; writing it out and reading it back gives the same version. */
describe("a questionnaire written out as YAML and read back", () => {
  it.each([
    ["the built-in monthly questionnaire", DEFAULT_MONTHLY_CELL],
    ["the built-in yearly questionnaire", YEARLY_GRASSROOTS],
    ["the kiểu mẫu example, whose texts are its own", KIEU_MAU],
  ])("%s: same definition, same hash", (_, definition) => {
    const described = questionnaireYaml(definition, { header: ["a header"], describe: (key) => ({ vi: `vi ${key}`, en: `en ${key}` }) });
    const plain = questionnaireYaml(definition);
    for (const text of [described, plain]) {
      const back = parsed(text);
      expect(back).toEqual(definition);
      expect(questionnaireContentHash(back)).toBe(questionnaireContentHash(definition));
    }
  });

  it("writes a file's own texts in place, both languages side by side, and a key of the locale files as a key with its text beside it", () => {
    const text = questionnaireYaml(KIEU_MAU, { describe: (key) => (key === "question-q1-date" ? { vi: "Chi bộ sinh hoạt ngày nào?", en: "On what date did the cell meet?" } : undefined) });
    expect(text).toContain(["    prompt:", "      vi: Buổi sinh hoạt có dành thời gian tự phê bình và phê bình, ghi vào biên bản không?", "      en: Did the meeting set time aside for self-criticism and criticism, recorded in the minutes?"].join("\n"));
    expect(text).toContain(["    # vi: Chi bộ sinh hoạt ngày nào?", "    # en: On what date did the cell meet?", "    prompt: question-q1-date"].join("\n"));
    expect(text).toContain("    label: { vi: Tự phê bình và phê bình, en: Self-criticism and criticism }");
    expect(text).toContain("        - { id: criticism-none, vi: Không, en: No, aliases: [ khong co, chua ] }");
    expect(text).not.toContain("texts:");
  });

  it("keeps the same definition whatever order the file writes its fields and texts in", () => {
    const reordered = fileText("kieu-mau.yaml").replace("code: kieu-mau\nversion: 1\n", "version: 1\ncode: kieu-mau\n");
    expect(questionnaireContentHash(parsed(reordered))).toBe(questionnaireContentHash(KIEU_MAU));
  });

  it("a changed point is a different content", () => {
    const changed = fileText("kieu-mau.yaml").replace("{ atLeast: 120, points: 5 }", "{ atLeast: 120, points: 5 }\n      - { atLeast: 90, points: 2 }");
    expect(questionnaireContentHash(parsed(changed))).not.toBe(questionnaireContentHash(KIEU_MAU));
  });
});

describe("the kiểu mẫu example", () => {
  it("is stricter than the built-in one: higher thresholds, other items and weights, a new mix of answer types", () => {
    expect(KIEU_MAU.code).toBe("kieu-mau");
    expect(KIEU_MAU.criteria.map((c) => [c.id, c.max, c.metAt])).toEqual([
      ["I", 25, 22],
      ["II", 25, 23],
      ["III", 25, 23],
      ["IV", 25, 22],
    ]);
    const types = (d: QuestionnaireDefinition, id: string) => d.questions.find((q) => q.id === id)?.answer.type;
    expect([types(KIEU_MAU, "q10_dues"), types(DEFAULT_MONTHLY_CELL, "q10_dues")]).toEqual(["percent", "integer"]);
    expect([types(KIEU_MAU, "q15_handbook"), types(DEFAULT_MONTHLY_CELL, "q15_handbook")]).toEqual(["percent", "integer"]);
    expect(KIEU_MAU.questions.filter((q) => !DEFAULT_MONTHLY_CELL.questions.some((d) => d.id === q.id)).map((q) => [q.id, q.answer.type])).toEqual([
      ["q4_speakers", "percent"],
      ["q4_criticism", "choice"],
    ]);
    for (const criterion of KIEU_MAU.criteria) expect(reachableMaxima(KIEU_MAU).get(criterion.id)).toEqual({ 1: 25, 2: 25, 3: 25 });
  });
});
