import { describe, expect, it } from "vitest";
import { canonicalJson, questionnaireContentHash } from "../../src/domain/questionnaire/content-hash.ts";
import { DEFAULT_MONTHLY_CELL } from "../../src/domain/questionnaire/default-monthly-cell.ts";
import { reverseKeys, withChangedPoints } from "./questionnaire-fixtures.ts";

describe("questionnaire content hash", () => {
  it("is a sha256 hex digest", () => {
    expect(questionnaireContentHash(DEFAULT_MONTHLY_CELL)).toMatch(/^[0-9a-f]{64}$/);
  });

  it("does not depend on the order properties were written in", () => {
    const reordered = reverseKeys(DEFAULT_MONTHLY_CELL) as object;
    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(DEFAULT_MONTHLY_CELL));
    expect(questionnaireContentHash(reordered)).toBe(questionnaireContentHash(DEFAULT_MONTHLY_CELL));
  });

  it("is the same for a definition and its stored JSON read back", () => {
    expect(questionnaireContentHash(JSON.parse(JSON.stringify(DEFAULT_MONTHLY_CELL)))).toBe(questionnaireContentHash(DEFAULT_MONTHLY_CELL));
  });

  it("changes when a point value changes", () => {
    expect(questionnaireContentHash(withChangedPoints())).not.toBe(questionnaireContentHash(DEFAULT_MONTHLY_CELL));
  });

  it("sorts keys at every depth, keeps array order and leaves out undefined properties", () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { y: true, x: null }], c: "s" }, u: undefined })).toBe('{"a":{"c":"s","d":[3,{"x":null,"y":true}]},"b":1}');
    expect(canonicalJson([2, 1])).not.toBe(canonicalJson([1, 2]));
  });
});
