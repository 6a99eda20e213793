import { describe, expect, it } from "vitest";
import { parseAnswer, type ParseContext } from "../../src/domain/input/parse-answer.ts";
import type { AnswerValue } from "../../src/domain/questionnaire/answer-value.ts";
import { DEFAULT_MONTHLY_CELL } from "../../src/domain/questionnaire/default-monthly-cell.ts";
import { findQuestion } from "../../src/domain/questionnaire/flow.ts";
import { LEXICON } from "../support/lexicon.ts";

const ctx = (answers: Record<string, AnswerValue> = {}): ParseContext => ({
  lexicon: LEXICON,
  period: { year: 2026, month: 11 },
  today: { year: 2026, month: 11, day: 20 },
  evaluation: { answers: new Map(Object.entries(answers)), memberCount: 18, monthOfQuarter: 2 },
});

function parse(questionId: string, text: string, answers: Record<string, AnswerValue> = {}) {
  const question = findQuestion(DEFAULT_MONTHLY_CELL, questionId);
  if (!question) throw new Error(questionId);
  return parseAnswer(question, text, ctx(answers));
}
const value = (questionId: string, text: string) => {
  const result = parse(questionId, text);
  return result.ok ? result.value : result.error.code;
};

describe("what secretaries type is understood", () => {
  it.each([
    ["có", "yes"], ["Có", "yes"], ["co", "yes"], ["CÓ ạ", "yes"], ["1", "yes"], ["rồi", "yes"], ["yes", "yes"],
    ["không", "no"], ["khong", "no"], ["ko", "no"], ["Không có", "no"], ["2", "no"], ["chưa", "no"], ["  no  ", "no"],
  ])("yes/no: %j", (text, expected) => {
    expect(value("q1_held", text)).toEqual({ type: "yes_no", value: expected });
  });

  it.each([
    ["12", 12], ["12 người", 12], ["  7 đồng chí ", 7], ["không", 0], ["0", 0],
  ])("a count: %j", (text, expected) => {
    expect(value("q13_violations", text)).toEqual({ type: "integer", value: expected });
  });

  it("reads thousands separators in minutes", () => {
    expect(value("q3_minutes", "1.000")).toEqual("answer/out-of-range");
    expect(value("q3_minutes", "120 phút")).toEqual({ type: "integer", value: 120 });
  });

  it.each([
    ["18 17 0", [18, 17, 0]], ["18/17/0", [18, 17, 0]], ["18, 17, 0", [18, 17, 0]], ["18-17-0", [18, 17, 0]],
    ["phải dự 18, có mặt 17, vắng 0", [18, 17, 0]], ["18;17;0", [18, 17, 0]],
  ])("several numbers: %j", (text, expected) => {
    expect(value("q2_attendance", text)).toEqual({ type: "integers", values: expected });
  });

  it.each([
    ["5/11", "2026-11-05"], ["05/11/2026", "2026-11-05"], ["2026-11-05", "2026-11-05"], ["5-11", "2026-11-05"],
    ["5.11.26", "2026-11-05"], ["ngày 5", "2026-11-05"], ["hôm nay", "2026-11-20"], ["hom qua", "2026-11-19"],
  ])("a date: %j", (text, expected) => {
    expect(value("q1_date", text)).toEqual({ type: "date", value: expected });
  });

  it.each([
    ["95", 95], ["95%", 95], ["95 %", 95], ["92,5", 92.5], ["17/18", 94.4], ["100", 100],
  ])("a percentage: %j", (text, expected) => {
    expect(value("q12_task_share", text)).toEqual({ type: "percent", value: expected });
  });

  it.each([
    ["1", "prep-both"], ["cả hai", "prep-both"], ["CA HAI", "prep-both"], ["chỉ một", "prep-one"], ["3", "prep-neither"],
    ["không", "prep-neither"], ["both", "prep-both"]
  ])("a choice: %j", (text, expected) => {
    expect(value("q4_preparation", text)).toEqual({ type: "choice", option: expected });
  });

  it("accepts numbers or the 'no candidates left' button for party development", () => {
    expect(value("q14_development", "2 1")).toEqual({ type: "integers", values: [2, 1] });
    expect(value("q14_development", "hết nguồn")).toEqual({ type: "choice", option: "dev-none-left" });
  });

  it("keeps free text, and takes 'không' as nothing to add", () => {
    expect(value("q16_notes", "  Đề nghị hỗ trợ\u0007 kinh phí  ")).toEqual({ type: "text", value: "Đề nghị hỗ trợ kinh phí" });
    expect(value("q16_notes", "không")).toEqual({ type: "skipped" });
  });
});

describe("what is refused, with the reason", () => {
  it.each([
    ["q1_held", "", "answer/empty"],
    ["q1_held", "   \u0000\u0008 ", "answer/empty"],
    ["q1_held", "👍", "answer/not-understood"],
    ["q1_held", "🙂 🙏🏽", "answer/not-understood"],
    ["q1_held", "x".repeat(10_000), "answer/too-long"],
    ["q1_held", "có thể", "answer/not-yes-no"],
    ["q1_held", "co le roi", "answer/not-yes-no"],
    ["q1_held", "3", "answer/not-yes-no"],
    ["q13_violations", "nhiều", "answer/not-a-number"],
    ["q13_violations", "1,5", "answer/not-whole-number"],
    ["q13_violations", "-1", "answer/out-of-range"],
    ["q13_violations", "2 3", "answer/wrong-count"],
    ["q13_violations", "19", "answer/exceeds-members"],
    ["q2_attendance", "18 17", "answer/wrong-count"],
    ["q2_attendance", "19 17 0", "answer/exceeds-members"],
    ["q2_attendance", "15 16 0", "answer/check-failed"],
    ["q6_tasks", "3 4", "answer/check-failed"],
    ["q12_task_share", "101", "answer/out-of-range"],
    ["q12_task_share", "nhiều", "answer/not-a-percent"],
    ["q4_preparation", "4", "answer/not-a-choice"],
    ["q4_preparation", "c", "answer/not-a-choice"],
    ["q1_date", "32/11", "answer/not-a-date"],
    ["q1_date", "30/2", "answer/not-a-date"],
    ["q1_date", "5/10", "answer/date-outside-period"],
    ["q1_date", "21/11", "answer/date-in-future"],
    ["q1_date", "123456", "answer/not-a-date"],
    ["q16_notes", "x".repeat(501), "answer/text-too-long"],
  ])("%s: %j", (questionId, text, code) => {
    expect(value(questionId, text)).toBe(code);
  });

  it("never throws on hostile input", () => {
    const hostile = ["\u202e\u202d", "💥".repeat(3000), "\ud800", "<script>alert(1)</script>", "1".repeat(400), "%s%n", "null", "' OR 1=1 --"];
    for (const question of DEFAULT_MONTHLY_CELL.questions) {
      for (const text of hostile) expect(() => parse(question.id, text)).not.toThrow();
    }
  });
});

describe("review findings: no answer is stored wrong", () => {
  it.each([
    ["2 tiếng", 120], ["2h", 120], ["1h30", 90], ["2 giờ 15 phút", 135], ["1,5 tiếng", 90], ["2 hours", 120], ["90 phút", 90],
    // Were stored as 60: the "rưỡi" (and a half) was dropped.
    ["1 tiếng rưỡi", 90], ["1 giờ rưỡi", 90],
  ])("meeting length %j is read as %i minutes", (text, minutes) => {
    expect(value("q3_minutes", text)).toEqual({ type: "integer", value: minutes });
  });

  it("refuses digits taken out of other words, which used to be stored", () => {
    expect(value("q13_violations", "12 abc")).toBe("answer/not-exact-number");
    expect(value("q13_violations", "khoảng 5")).toBe("answer/not-exact-number");
    expect(value("q12_task_share", "khoảng 90%")).toBe("answer/not-a-percent");
    expect(value("q2_attendance", "18 17 0 hay 1")).toBe("answer/not-exact-number");
    expect(value("q1_date", "ngày 5 hay 6")).toBe("answer/not-a-date");
  });

  it.each<[string, string, AnswerValue]>([
    ["q6_tasks", "5 / 5", { type: "integers", values: [5, 5] }],
    ["q14_development", "2, 1", { type: "integers", values: [2, 1] }],
    ["q13_violations", "10 người", { type: "integer", value: 10 }],
    ["q12_task_share", "95,5%", { type: "percent", value: 95.5 }],
    ["q13_violations", "mười lăm", { type: "integer", value: 15 }],
    ["q10_dues", "tất cả", { type: "integer", value: 18 }],
  ])("%s: %j is still (or now) read", (questionId, text, expected) => {
    expect(value(questionId, text)).toEqual(expected);
  });

  it("refuses a negative number inside a list, and a negative day", () => {
    expect(value("q2_attendance", "18 17 -1")).toBe("answer/out-of-range");
    expect(value("q6_tasks", "5 -3")).toBe("answer/out-of-range");
    expect(value("q2_attendance", "18 - 17 - 0")).toEqual({ type: "integers", values: [18, 17, 0] });
    expect(value("q1_date", "-3")).toBe("answer/not-a-date");
  });

  it("reads full-width digits and a trailing dot", () => {
    expect(value("q13_violations", "１")).toEqual({ type: "integer", value: 1 });
    expect(value("q1_held", "1.")).toEqual({ type: "yes_no", value: "yes" });
  });
});

describe("QA findings: politeness particles and hedges never flip a yes/no answer", () => {
  const yesNo = (text: string, questionId = "q8_discipline") => {
    const result = value(questionId, text);
    return typeof result === "string" ? result : result.type === "yes_no" ? result.value : JSON.stringify(result);
  };

  it.each([
    // A leading particle (dạ, vâng, thưa, ạ…) followed by more words is a filler: the rest decides.
    ["dạ có", "yes"], ["Dạ có ạ", "yes"], ["dạ, có", "yes"], ["Vâng, có", "yes"], ["thưa, có ạ", "yes"], ["da co", "yes"],
    ["có rồi", "yes"], ["rồi ạ", "yes"], ["có nhé", "yes"], ["yes please", "yes"], ["1 ạ", "yes"],
    // A particle that is itself a yes word, alone (or only with other particles), is yes.
    ["vâng", "yes"], ["Vâng ạ", "yes"], ["dạ vâng", "yes"], ["ừ", "yes"], ["thưa đồng chí, có", "yes"], ["đã xong", "yes"],
    ["dạ không", "no"], ["dạ chưa", "no"], ["dạ chưa xong", "no"], ["vâng, chưa", "no"], ["Dạ, không có ạ", "no"],
    ["thưa, không", "no"], ["không ạ", "no"], ["chưa có", "no"], ["da khong", "no"], ["dạ vâng, không có ạ", "no"], ["2 ạ", "no"],
  ])("%j is %s", (text, expected) => {
    expect(yesNo(text)).toBe(expected);
  });

  it.each([
    // A particle alone says nothing yet.
    "dạ", "Dạ.", "ạ", "thưa",
    // Neither yes nor no, or both.
    "dạ, đang xử lý", "đang xử lý", "có, không", "không, có", "có không", "vâng, có, không",
    // "đã" and "ok" are no longer yes words: "đã" is also "dạ" without diacritics, and a bare "ok" may only acknowledge.
    "ok", "OK", "ok ạ", "đã", "okay",
    // Words the answer would only half explain.
    "có đâu", "có 2", "có?", "không?", "1 2", "có 👍",
  ])("%j is asked again", (text) => {
    expect(yesNo(text)).toBe("answer/not-yes-no");
  });

  it.each([
    "không biết", "ko biết", "k biet", "kg biết", "không nhớ", "ko nhớ", "chưa rõ", "chưa biết", "không chắc", "chưa chắc", "không rõ",
    "dạ không biết", "Dạ, chưa rõ ạ", "vâng, không nhớ", "không biết ạ", "có lẽ không", "chắc là có",
    "not sure", "don't know", "dont know", "no idea", "not sure yet",
  ])("%j (don't know) is asked again, never recorded as no", (text) => {
    expect(yesNo(text)).toBe("answer/not-yes-no");
    expect(yesNo(text, "q1_held")).toBe("answer/not-yes-no");
  });
});

describe("QA findings: labelled numbers go to the part they name", () => {
  it.each<[string, string, number[]]>([
    // A part's name before its number ("có mặt 17"), in any order.
    ["q2_attendance", "phải dự 18, vắng 0, có mặt 17", [18, 17, 0]],
    ["q2_attendance", "có mặt 17, phải dự 18, vắng không lý do 1", [18, 17, 1]],
    ["q2_attendance", "vắng 0 có mặt 17 phải dự 18", [18, 17, 0]],
    ["q2_attendance", "vắng không có lý do 1, có mặt 17, phải dự 18", [18, 17, 1]],
    ["q2_attendance", "phải dự 18 người, có mặt 17 người, vắng 0 người", [18, 17, 0]],
    ["q2_attendance", "dự họp 17, phải dự 18, vắng 1", [18, 17, 1]],
    ["q2_attendance", "tổng số 18, có mặt 17, vắng 1", [18, 17, 1]],
    ["q2_attendance", "có mặt: 17; phải dự: 18; vắng: 1", [18, 17, 1]],
    ["q2_attendance", "present 17, due 18, absent 1", [18, 17, 1]],
    // Or after it, when the answer starts with a number ("17 có mặt").
    ["q2_attendance", "18 phải dự, 0 vắng, 17 có mặt", [18, 17, 0]],
    ["q2_attendance", "17 người có mặt, 18 người phải dự, 1 vắng", [18, 17, 1]],
    // Unlabelled numbers keep the order of the question.
    ["q2_attendance", "18 17 1", [18, 17, 1]],
    ["q14_development", "kết nạp 1, bồi dưỡng 3", [3, 1]],
    ["q14_development", "bồi dưỡng 3, kết nạp 1", [3, 1]],
    ["q14_development", "được kết nạp 1, đang bồi dưỡng 3", [3, 1]],
    ["q14_development", "1 được kết nạp, 3 đang bồi dưỡng", [3, 1]],
    ["q14_development", "admitted 1, in training 3", [3, 1]],
    ["q6_tasks", "hoàn thành 4, giao 5", [5, 4]],
    ["q6_tasks", "đã hoàn thành 4, nhiệm vụ được giao 5", [5, 4]],
    ["q6_tasks", "completed 4, set 5", [5, 4]],
  ])("%s: %j", (questionId, text, expected) => {
    expect(value(questionId, text)).toEqual({ type: "integers", values: expected });
  });

  it.each([
    // "vắng có lý do" (excused) is not the part asked for (absent without reason).
    ["q2_attendance", "18 17 1 vắng có lý do"],
    ["q2_attendance", "phải dự 18, có mặt 17, vắng có lý do 1"],
    // Every number named, each part once, each name next to one number.
    ["q2_attendance", "phải dự 18, 17, 0"],
    ["q2_attendance", "18, có mặt 17, vắng 0"],
    ["q2_attendance", "phải dự 18, có mặt 17, có mặt 0"],
    ["q2_attendance", "dự 18, có mặt 17, vắng 0"],
    ["q2_attendance", "phải dự 18 có mặt 17 vắng"],
    ["q2_attendance", "phải dự 18 17 có mặt 0 vắng"],
    ["q2_attendance", "có mặt 17,18 vắng 0"],
    ["q14_development", "kết nạp 1, kết nạp 3"],
  ])("%s: %j is asked again", (questionId, text) => {
    expect(value(questionId, text)).toBe("answer/parts-unclear");
  });

  it("a named part missing is a wrong count", () => {
    expect(value("q2_attendance", "phải dự 18, có mặt 17")).toBe("answer/wrong-count");
  });

  it("a cross-check names the parts as typed", () => {
    const result = parse("q2_attendance", "có mặt 18, phải dự 17, vắng 0");
    expect(result.ok ? result.value : result.error).toEqual({ code: "answer/check-failed", args: { left: 18, right: 17 }, detail: "check-present-le-due" });
  });
});

describe("QA findings: a choice is never taken from a bare yes/no or number word", () => {
  it.each([
    // Item 7: a bare "không" could be "not implemented" or "no documents": asked again.
    ["q7_documents", "không"], ["q7_documents", "khong"], ["q7_documents", "ko"], ["q7_documents", "không có"], ["q7_documents", "có"],
    ["q7_documents", "rồi"], ["q7_documents", "một"], ["q7_documents", "hai"], ["q7_documents", "none"], ["q7_documents", "no"],
    ["q7_documents", "dạ không"], ["q7_documents", "khong c"],
    // A number word is not an option's number, and never a label by prefix or alias.
    ["q4_preparation", "một"], ["q4_preparation", "mot"], ["q4_preparation", "hai"], ["q4_preparation", "ba"], ["q4_preparation", "one"],
    ["q4_preparation", "two"], ["q5_thematic", "một"], ["q5_thematic", "có"], ["q5_thematic", "không"], ["q8_found_by", "một"],
    ["q8_found_by", "hai"],
  ])("%s: %j is asked again", (questionId, text) => {
    expect(value(questionId, text)).toBe("answer/not-a-choice");
  });

  it.each([
    ["q7_documents", "không có văn bản", "docs-none-issued"], ["q7_documents", "Không có văn bản mới", "docs-none-issued"],
    ["q7_documents", "khong co van ban moi", "docs-none-issued"], ["q7_documents", "không có văn", "docs-none-issued"],
    ["q7_documents", "4", "docs-none-issued"], ["q7_documents", "một phần", "docs-partial"], ["q7_documents", "mot ph", "docs-partial"],
    ["q7_documents", "dạ, một phần ạ", "docs-partial"], ["q7_documents", "chưa", "docs-not"], ["q7_documents", "đầy đủ", "docs-full"],
    ["q7_documents", "1", "docs-full"], ["q4_preparation", "chỉ một", "prep-one"], ["q4_preparation", "một trong hai", "prep-one"],
    ["q4_preparation", "only one", "prep-one"], ["q4_preparation", "cả hai", "prep-both"], ["q4_preparation", "dạ không ạ", "prep-neither"],
    ["q4_preparation", "2", "prep-one"], ["q5_thematic", "rồi", "thematic-held"], ["q5_thematic", "đã tổ", "thematic-held"],
    ["q5_thematic", "chưa", "thematic-not-yet"], ["q8_found_by", "chi bộ", "found-by-cell"], ["q8_found_by", "cấp trên", "found-by-higher"],
    // "da" without diacritics may be "đã" as much as the particle "dạ": the text as typed is tried first.
    ["q5_thematic", "da to chuc", "thematic-held"], ["q5_thematic", "dạ, đã tổ chức ạ", "thematic-held"], ["q4_preparation", "ko", "prep-neither"],
  ])("%s: %j is %s", (questionId, text, option) => {
    expect(value(questionId, text)).toEqual({ type: "choice", option });
  });
});

describe("QA findings: digits with extra words get their own re-ask", () => {
  it.each([
    ["q10_dues", "khoảng 15"], ["q10_dues", "tầm 15"], ["q10_dues", "15 hay 16"], ["q10_dues", "15 👍"], ["q10_dues", "15?"],
    ["q10_dues", "17 (1 chưa đóng)"], ["q10_dues", "12 abc"], ["q3_minutes", "khoảng 2 tiếng"], ["q13_violations", "hơn 1"],
  ])("%s: %j", (questionId, text) => {
    const result = parse(questionId, text);
    expect(result.ok ? result.value : result.error).toEqual({ code: "answer/not-exact-number", args: { count: 1 } });
  });

  it("counts the numbers a list needs", () => {
    const result = parse("q2_attendance", "khoảng 18 17 0");
    expect(result.ok ? result.value : result.error).toEqual({ code: "answer/not-exact-number", args: { count: 3 } });
  });

  it.each([["q10_dues", "nhiều"], ["q10_dues", "khoảng mười lăm"], ["q10_dues", "abc"], ["q2_attendance", "nhiều"]])(
    "%s: %j has no digits: type the number in digits",
    (questionId, text) => {
      expect(value(questionId, text)).toBe("answer/not-a-number");
    },
  );
});
