import { describe, expect, it } from "vitest";
import { fold } from "../../src/domain/input/normalize.ts";
import { optionsOf } from "../../src/domain/input/parse-answer.ts";
import { DEFAULT_MONTHLY_CELL } from "../../src/domain/questionnaire/default-monthly-cell.ts";
import { loadTranslator } from "../../src/i18n/translator.ts";

/**
 * The same number never means yes on one question and no on the next: a yes/no-like item is a
 * yes/no question (1 = Có, 2 = Không) with its details asked after "Có", and no other choice
 * question puts a "no" first or offers a "yes".
 */
describe("choices mean the same by number on every question", () => {
  const translator = loadTranslator();
  // Numbered choices only: the shortcut beside typed numbers (item 14's "no candidates left") has no number.
  const withOptions = DEFAULT_MONTHLY_CELL.questions.filter((q) => q.answer.type === "yes_no" || q.answer.type === "choice");
  const labels = (locale: "vi" | "en", ids: readonly string[]) => ids.map((id) => fold(translator.t(locale, `option-${id}`)));

  it.each(withOptions.map((q) => [q.id, q] as const))("%s", (_, question) => {
    const ids = optionsOf(question.answer);
    if (question.answer.type === "yes_no") {
      expect(labels("vi", ids)).toEqual(["co", "khong"]);
      expect(labels("en", ids)).toEqual(["yes", "no"]);
      return;
    }
    for (const [locale, yes, no] of [["vi", /^co\b/, /^(khong|chua)\b/], ["en", /^yes\b/, /^(no|not)\b/]] as const) {
      const shown = labels(locale, ids);
      expect(shown.filter((label) => yes.test(label))).toEqual([]);
      expect(shown[0]).not.toMatch(no);
    }
  });

  it("items 8 and 9 ask yes/no first, and the details only after a yes", () => {
    const byId = new Map(DEFAULT_MONTHLY_CELL.questions.map((q) => [q.id, q]));
    expect(byId.get("q8_discipline")?.answer.type).toBe("yes_no");
    expect(byId.get("q9_unity")?.answer.type).toBe("yes_no");
    expect(byId.get("q8_found_by")?.askIf).toEqual({ ref: { q: "q8_discipline" }, in: ["yes"] });
    expect(byId.get("q9_resolved")?.askIf).toEqual({ ref: { q: "q9_unity" }, in: ["yes"] });
  });
});
