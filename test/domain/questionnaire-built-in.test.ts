import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { canonicalJson, questionnaireContentHash } from "../../src/domain/questionnaire/content-hash.ts";
import { DEFAULT_MONTHLY_CELL } from "../../src/domain/questionnaire/default-monthly-cell.ts";
import { YEARLY_GRASSROOTS } from "../../src/domain/questionnaire/yearly-grassroots.ts";

/**
 * Issue 13: the built-in questionnaire is a file (questionnaires/monthly-cell.yaml), read at
 * start. It must be exactly the definition compiled in before (kept here as JSON), with the same
 * content hash: every period already stored points at that version, and a different content
 * under the same code and version is refused at start (QuestionnaireChanged).
 */
describe("the built-in monthly questionnaire, read from questionnaires/monthly-cell.yaml", () => {
  const compiledIn: unknown = JSON.parse(readFileSync(new URL("./fixtures/monthly-cell-v2.json", import.meta.url), "utf8"));

  it("is the definition that was compiled in, field for field", () => {
    expect(JSON.parse(canonicalJson(DEFAULT_MONTHLY_CELL))).toEqual(compiledIn);
  });

  it("keeps its content hash", () => {
    expect(questionnaireContentHash(DEFAULT_MONTHLY_CELL)).toBe("07b17a189301f97f8490c7c545c072f4d897f2712c99833c39b18b40523c352e");
    expect(questionnaireContentHash(DEFAULT_MONTHLY_CELL)).toBe(questionnaireContentHash(compiledIn as object));
  });

  it("brings no texts of its own: every text is a key of locales/*.ftl", () => {
    expect(DEFAULT_MONTHLY_CELL.texts).toBeUndefined();
  });
});

describe("the built-in yearly questionnaire of a grassroots committee, read from questionnaires/yearly-grassroots.yaml", () => {
  const compiledIn: unknown = JSON.parse(readFileSync(new URL("./fixtures/yearly-grassroots-v1.json", import.meta.url), "utf8"));

  it("is the definition that was compiled in, with the same content hash", () => {
    expect(JSON.parse(canonicalJson(YEARLY_GRASSROOTS))).toEqual(compiledIn);
    expect(questionnaireContentHash(YEARLY_GRASSROOTS)).toBe("144ae7d5bba003ce4f7ac7d3b6479f162056c5f40a2764b9b1fece7cf7c9986f");
  });
});
