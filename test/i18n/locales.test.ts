import { readFileSync } from "node:fs";
import path from "node:path";
import { FluentResource } from "@fluent/bundle";
import { describe, expect, it } from "vitest";
import { ERROR_CODES, errorMessageKey } from "../../src/domain/errors.ts";
import { optionsOf } from "../../src/domain/input/parse-answer.ts";
import { DEFAULT_MONTHLY_CELL } from "../../src/domain/questionnaire/default-monthly-cell.ts";
import { LOCALES } from "../../src/i18n/locale.ts";
import { LOCALES_DIR, loadTranslator } from "../../src/i18n/translator.ts";

const keysOf = (locale: string): string[] =>
  new FluentResource(readFileSync(path.join(LOCALES_DIR, `${locale}.ftl`), "utf8")).body.map((entry) => entry.id).sort();

describe("locales", () => {
  it("vi.ftl and en.ftl define the same keys", () => {
    expect(keysOf("en")).toEqual(keysOf("vi"));
  });

  it("every key the default questionnaire and the error codes use exists in every locale", () => {
    const translator = loadTranslator();
    const d = DEFAULT_MONTHLY_CELL;
    const keys = [
      ...d.criteria.map((c) => c.name),
      ...d.questions.flatMap((q) => [q.label, q.prompt, ...(q.checks ?? []).map((c) => c.error), ...optionsOf(q.answer).map((o) => `option-${o}`)]),
      ...d.questions.flatMap((q) => (q.answer.type === "integers" ? q.answer.parts : [])),
      ...d.rules.map((r) => r.label),
      ...d.bands.map((b) => b.label),
      ...ERROR_CODES.map(errorMessageKey),
    ];
    for (const locale of LOCALES) {
      expect(keys.filter((key) => !translator.has(locale, key)), locale).toEqual([]);
    }
  });

  it("the free-text question warns against names and classified content in both languages", () => {
    const translator = loadTranslator();
    expect(translator.t("vi", "question-q16-notes")).toMatch(/không ghi tên đảng viên, không ghi thông tin mật/i);
    expect(translator.t("en", "question-q16-notes")).toMatch(/no member names, nothing classified/i);
  });
});
