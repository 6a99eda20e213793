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
    expect(value("q13_violations", "12 abc")).toBe("answer/not-a-number");
    expect(value("q13_violations", "khoảng 5")).toBe("answer/not-a-number");
    expect(value("q12_task_share", "khoảng 90%")).toBe("answer/not-a-percent");
    expect(value("q2_attendance", "18 17 0 hay 1")).toBe("answer/not-a-number");
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
