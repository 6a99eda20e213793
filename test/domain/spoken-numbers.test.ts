import { describe, expect, it } from "vitest";
import { errorMessageKey } from "../../src/domain/errors.ts";
import { parseAnswer, type ParseContext } from "../../src/domain/input/parse-answer.ts";
import type { AnswerSpec, Question } from "../../src/domain/questionnaire/definition.ts";
import { LOCALES } from "../../src/i18n/locale.ts";
import { loadTranslator } from "../../src/i18n/translator.ts";
import { LEXICON } from "../support/lexicon.ts";

// Questions of each kind, independent of the default questionnaire's wording and numbering.
const MEMBERS = 18;
const question = (id: string, answer: AnswerSpec): Question => ({ id, item: 1, label: "label-q1-held", prompt: "question-q1-held", answer });
const QUESTIONS = {
  /** A count whose natural total is the cell's members: "tất cả" means 18. */
  members: question("members", { type: "integer", min: 0, max: { unit: "memberCount" } }),
  /** A number with no natural total, large enough for spelled-out hundreds and thousands. */
  number: question("number", { type: "integer", min: 0, max: { const: 100_000 } }),
  minutes: question("minutes", { type: "integer", min: 1, max: { const: 720 }, unit: "minutes" }),
  attendance: question("attendance", { type: "integers", parts: ["part-due", "part-present", "part-absent-unexcused"], min: 0, max: { unit: "memberCount" } }),
  percent: question("percent", { type: "percent" }),
  date: question("date", { type: "date_in_period" }),
};
type Kind = keyof typeof QUESTIONS;

const ctx: ParseContext = {
  lexicon: LEXICON,
  period: { year: 2026, month: 11 },
  today: { year: 2026, month: 11, day: 20 },
  evaluation: { answers: new Map(), memberCount: MEMBERS, monthOfQuarter: 2 },
};

/** The stored value, or the error code of the re-ask. */
function read(kind: Kind, text: string): number | readonly number[] | string {
  const result = parseAnswer(QUESTIONS[kind], text, ctx);
  if (!result.ok) return result.error.code;
  const { value } = result;
  switch (value.type) {
    case "integer":
    case "percent":
      return value.value;
    case "integers":
      return value.values;
    case "date":
      return value.value;
    default:
      return JSON.stringify(value);
  }
}

const NOT_A_NUMBER = "answer/not-a-number";
/** Digits with words around them that are not part of the answer: "khoảng 15", "15?". */
const NOT_EXACT = "answer/not-exact-number";

describe("spelled-out numbers, Vietnamese and English", () => {
  it.each<[string, number]>([
    ["mười lăm", 15], ["muoi lam", 15], ["Mười Lăm", 15], ["muoi", 10], ["mười", 10], ["hai", 2], ["không", 0], ["mười một", 11],
    ["mười bốn", 14], ["mười tư", 14], ["hai mươi", 20], ["hai mươi mốt", 21], ["hai muoi mot", 21], ["hai mốt", 21], ["ba lăm", 35],
    ["hai tư", 24], ["năm mươi lăm", 55], ["nam muoi lam", 55], ["chín mươi chín", 99], ["một trăm", 100], ["mot tram", 100],
    ["một trăm lẻ năm", 105], ["một trăm linh năm", 105], ["mot tram le nam", 105], ["hai trăm ba mươi tư", 234],
    ["chín trăm chín mươi chín", 999], ["một trăm rưỡi", 150], ["một nghìn", 1000], ["hai nghìn không trăm hai mươi sáu", 2026],
    ["fifteen", 15], ["Fifteen", 15], ["twenty-one", 21], ["twenty one", 21], ["nineteen", 19], ["ninety", 90], ["zero", 0],
    ["one hundred", 100], ["a hundred and five", 105], ["two hundred and thirty-four", 234], ["a thousand", 1000],
    ["mười lăm ạ", 15], ["fifteen please", 15], ["15", 15], ["1.000", 1000],
  ])("%j is %i", (text, expected) => {
    expect(read("number", text)).toBe(expected);
  });

  it.each<[string, string]>([
    // Read two ways ("một trăm năm": 105 or 150?), so two numbers are seen and the answer is asked again.
    ["một trăm năm", "answer/wrong-count"],
    ["hai một", "answer/wrong-count"],
    ["15 16", "answer/wrong-count"],
    ["15-16", "answer/wrong-count"],
    ["1,5", "answer/not-whole-number"],
    ["mười lăm gì đó", NOT_A_NUMBER],
    ["tất cả", NOT_A_NUMBER],
    ["all", NOT_A_NUMBER],
  ])("%j is asked again (%s)", (text, code) => {
    expect(read("number", text)).toBe(code);
  });
});

describe("a count of members", () => {
  it.each<[string, number]>([
    ["tất cả", MEMBERS], ["tat ca", MEMBERS], ["Tất cả ạ", MEMBERS], ["tất cả đồng chí", MEMBERS], ["cả chi bộ", MEMBERS],
    ["all", MEMBERS], ["everyone", MEMBERS], ["all members", MEMBERS],
    ["12 đ/c", 12], ["12 đồng chí ạ", 12], ["10 người", 10], ["mười tám người", 18], ["có 15 người", 15],
    ["ko", 0], ["không có", 0], ["none", 0], ["0", 0],
  ])("%j is %i", (text, expected) => {
    expect(read("members", text)).toBe(expected);
  });

  it.each<[string, string]>([
    ["12 abc", NOT_EXACT],
    ["abc 12", NOT_EXACT],
    ["khoảng 15", NOT_EXACT],
    ["tầm 15 người", NOT_EXACT],
    ["hơn 10", NOT_EXACT],
    ["15 hay 16", NOT_EXACT],
    ["15 hoặc 16", NOT_EXACT],
    ["about 15", NOT_EXACT],
    ["15 or 16", NOT_EXACT],
    ["~15", NOT_EXACT],
    ["15?", NOT_EXACT],
    ["15 phút", NOT_EXACT],
    ["15%", NOT_EXACT],
    ["15 👍", NOT_EXACT],
    ["👍", "answer/not-understood"],
    ["19", "answer/exceeds-members"],
    ["hai mươi", "answer/exceeds-members"],
  ])("%j is asked again (%s)", (text, code) => {
    expect(read("members", text)).toBe(code);
  });
});

describe("a meeting's length in minutes", () => {
  it.each<[string, number]>([
    ["1 tiếng rưỡi", 90], ["1 giờ rưỡi", 90], ["tiếng rưỡi", 90], ["một tiếng rưỡi", 90], ["1 tieng ruoi", 90],
    ["nửa tiếng", 30], ["nua tieng", 30], ["nửa giờ", 30],
    ["2 tiếng 15 phút", 135], ["2 tiếng 15", 135], ["2 giờ 15 phút", 135], ["hai tiếng mười lăm phút", 135],
    ["1h30", 90], ["1h30p", 90], ["1g30", 90], ["1,5 tiếng", 90], ["1.5 hours", 90],
    ["90 phút", 90], ["90p", 90], ["90'", 90], ["90", 90], ["120 phút", 120], ["chín mươi phút", 90],
    ["hai tiếng", 120], ["hai tiếng rưỡi", 150], ["2 tiếng đồng hồ", 120], ["2h", 120], ["2 tiếng ạ", 120],
    ["một tiếng ba mươi phút", 90],
    ["1 hour 30 minutes", 90], ["1 hour and 30 minutes", 90], ["an hour and a half", 90], ["an hour", 60],
    ["half an hour", 30], ["one and a half hours", 90], ["two hours", 120], ["45 mins", 45],
  ])("%j is %i minutes", (text, expected) => {
    expect(read("minutes", text)).toBe(expected);
  });

  it.each<[string, string]>([
    ["1 tiếng rưỡi gì đó", NOT_EXACT],
    ["khoảng 2 tiếng", NOT_EXACT],
    ["hơn 1 tiếng", NOT_EXACT],
    ["1 tiếng hay 2 tiếng", NOT_EXACT],
    ["1 rưỡi", NOT_EXACT],
    ["about an hour", NOT_A_NUMBER],
    ["90 người", NOT_EXACT],
    ["1 tiếng 2 tiếng", NOT_EXACT],
    ["90 120", "answer/wrong-count"],
    ["2 tiếng 75", "answer/wrong-count"],
    ["90,5", "answer/not-whole-number"],
    ["1.000", "answer/out-of-range"],
    ["13 tiếng", "answer/out-of-range"],
    ["0", "answer/out-of-range"],
  ])("%j is asked again (%s)", (text, code) => {
    expect(read("minutes", text)).toBe(code);
  });
});

describe("several numbers in one answer", () => {
  it.each<[string, readonly number[]]>([
    ["mười tám, mười bảy, không", [18, 17, 0]],
    ["mười tám mười bảy không", [18, 17, 0]],
    ["eighteen, seventeen, zero", [18, 17, 0]],
    ["18 17 0", [18, 17, 0]],
    ["18/17/0", [18, 17, 0]],
    ["18,17,0", [18, 17, 0]],
    ["phải dự 18, có mặt 17, vắng 0", [18, 17, 0]],
    ["phải dự 18, có mặt 17, vắng không lý do 0", [18, 17, 0]],
    ["phai du 18 co mat 17 vang khong", [18, 17, 0]],
    ["due to attend 18, present 17, absent 0", [18, 17, 0]],
    ["18 người, 17 người, 0 người", [18, 17, 0]],
    // Named parts take their own numbers, in any order.
    ["phải dự 18, vắng 0, có mặt 17", [18, 17, 0]],
    ["vắng không lý do 0, present 17, phải dự mười tám", [18, 17, 0]],
    ["18 phải dự, 17 có mặt, 0 vắng", [18, 17, 0]],
  ])("%j", (text, expected) => {
    expect(read("attendance", text)).toEqual(expected);
  });

  it.each<[string, string]>([
    ["18 17 0 abc", NOT_EXACT],
    ["khoảng 18 17 0", NOT_EXACT],
    ["tất cả", NOT_A_NUMBER],
    ["18 17", "answer/wrong-count"],
    ["18 17 -1", "answer/out-of-range"],
    ["18 17 1 vắng có lý do", "answer/parts-unclear"],
    ["phải dự 18, 17, 0", "answer/parts-unclear"],
    ["có mặt 17, có mặt 18, vắng 0", "answer/parts-unclear"],
  ])("%j is asked again (%s)", (text, code) => {
    expect(read("attendance", text)).toBe(code);
  });
});

describe("percentages", () => {
  it.each<[string, number]>([
    ["chín mươi phần trăm", 90], ["chín mươi", 90], ["90 phần trăm", 90], ["90 phan tram", 90], ["ninety percent", 90],
    ["ninety-five per cent", 95], ["95,5%", 95.5], ["17/18", 94.4], ["trăm phần trăm", 100], ["một trăm phần trăm", 100],
  ])("%j is %d%%", (text, expected) => {
    expect(read("percent", text)).toBe(expected);
  });

  it.each<[string, string]>([
    ["khoảng 90%", "answer/not-a-percent"],
    ["90% hoặc hơn", "answer/not-a-percent"],
    ["18/17", "answer/not-a-percent"],
    ["90 người", "answer/not-a-percent"],
  ])("%j is asked again (%s)", (text, code) => {
    expect(read("percent", text)).toBe(code);
  });
});

describe("dates explain every word too", () => {
  it.each<[string, string]>([
    ["ngày 5", "2026-11-05"], ["mùng 5", "2026-11-05"], ["ngày 5 tháng 11", "2026-11-05"], ["ngày 5 tháng 11 năm 2026", "2026-11-05"],
    ["5/11 ạ", "2026-11-05"], ["hôm nay ạ", "2026-11-20"], ["ngày hôm qua", "2026-11-19"], ["on the 5th", "2026-11-05"],
  ])("%j is %s", (text, expected) => {
    expect(read("date", text)).toBe(expected);
  });

  it.each(["ngày 5 hay 6", "khoảng ngày 5", "5/11 abc", "-3", "5/11/2026/1"])("%j is asked again", (text) => {
    expect(read("date", text)).toBe("answer/not-a-date");
  });
});

describe("hostile input is refused cleanly", () => {
  it.each<[string, string]>([
    ["🙂 🙏🏽", "answer/not-understood"],
    ["1".repeat(10_000), "answer/too-long"],
    ["\u0000\u0007", "answer/empty"],
    ["\u202e15", NOT_EXACT],
    ["1".repeat(400), "answer/exceeds-members"],
    ["mười ".repeat(1500), "answer/wrong-count"],
    ["nghìn nghìn nghìn", "answer/wrong-count"],
  ])("%j", (text, code) => {
    expect(read("members", text)).toBe(code);
  });

  it("never throws, whatever the question", () => {
    const hostile = ["\ud800", "💥".repeat(3000), "%s%n", "- - -", "/ / /", "rưỡi rưỡi", "and a half", "a", "half", "-", "'", "1h", "h30", "tiếng"];
    for (const q of Object.values(QUESTIONS)) {
      for (const text of hostile) expect(() => parseAnswer(q, text, ctx)).not.toThrow();
    }
  });
});

describe("the words around numbers are data, and re-asks show an example", () => {
  const translator = loadTranslator();

  it.each(LOCALES)("%s defines every word list the lexicon reads", (locale) => {
    const keys = ["words-hours", "words-minutes", "words-percent", "words-counted", "words-filler", "words-all", "words-date", "words-none", "words-polite"];
    expect(keys.filter((key) => !translator.has(locale, key))).toEqual([]);
  });

  it.each(LOCALES)("%s: a refused number says what to type, with an example", (locale) => {
    expect(translator.t(locale, errorMessageKey("answer/not-a-number"))).toContain("15");
    expect(translator.t(locale, errorMessageKey("answer/not-whole-number"))).toContain("15");
    expect(translator.t(locale, errorMessageKey("answer/wrong-count"), { count: 1 })).toContain("15");
  });

  it.each(LOCALES)("%s: digits with other words get a re-ask of their own, with an example", (locale) => {
    const exact = translator.t(locale, errorMessageKey("answer/not-exact-number"), { count: 1 });
    expect(exact).toContain("15");
    expect(exact).not.toBe(translator.t(locale, errorMessageKey("answer/not-a-number")));
    expect(translator.t(locale, errorMessageKey("answer/not-exact-number"), { count: 3 })).toContain("3");
  });

  it("says it in the words the issue asks for", () => {
    expect(translator.t("vi", errorMessageKey("answer/not-a-number"))).toBe("Cần gõ chữ số, ví dụ 15.");
    expect(translator.t("vi", errorMessageKey("answer/not-exact-number"), { count: 1 })).toBe("Cần một con số chính xác, ví dụ 15.");
    expect(translator.t("vi", errorMessageKey("answer/wrong-count"), { count: 3 })).toBe("Cần đúng 3 số.");
  });
});
