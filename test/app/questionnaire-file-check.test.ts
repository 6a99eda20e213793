import { describe, expect, it } from "vitest";
import { checkQuestionnaireFile, problemLines } from "../../src/app/questionnaire-file.ts";
import { loadTranslator } from "../../src/i18n/translator.ts";

/**
 * Issue 13, item 1: a questionnaire file's problems, all of them at once, each with its line and
 * column and what was expected, in Vietnamese (English with --lang en). Each case breaks one
 * thing in a small valid file (MINI: line 1 is `code: mini`) and expects exactly these lines.
 */
const MINI = `code: mini
version: 1
criteria:
  - { id: I, name: { vi: Nhiệm vụ, en: Tasks }, max: 10, metAt: 8 }
  - { id: II, name: { vi: Sinh hoạt, en: Meetings }, max: 10, metAt: 8 }
  - { id: III, name: { vi: Kỷ luật, en: Discipline }, max: 5, metAt: 5 }
  - { id: IV, name: { vi: Đảng viên, en: Members }, max: 5, metAt: 5 }
questions:
  - id: held
    item: 1
    criterion: II
    label: { vi: Họp, en: Meeting }
    prompt: { vi: Tháng này chi bộ có họp không?, en: Did the cell meet this month? }
    answer: { type: yes_no }
  - id: minutes
    item: 1
    criterion: II
    label: { vi: Thời lượng, en: Length }
    prompt: { vi: Buổi họp bao nhiêu phút?, en: How many minutes did it last? }
    answer: { type: integer, unit: minutes, min: 1, max: { const: 720 } }
    askIf: { ref: { q: held }, in: [ yes ] }
  - id: tasks
    item: 2
    criterion: I
    label: { vi: Nhiệm vụ, en: Tasks }
    prompt: { vi: "Bao nhiêu nhiệm vụ được giao, bao nhiêu đã xong?", en: How many tasks were set and how many done? }
    answer: { type: integers, parts: [ part-tasks-set, part-tasks-done ], min: 0, max: { const: 100 } }
  - id: quality
    item: 3
    criterion: III
    label: { vi: Chất lượng, en: Quality }
    prompt: { vi: Chất lượng sinh hoạt thế nào?, en: How good was the meeting? }
    answer: { type: choice, options: [ { id: good, vi: Tốt, en: Good }, { id: poor, vi: Kém, en: Poor } ] }
  - id: share
    item: 4
    criterion: IV
    label: { vi: Hoàn thành nhiệm vụ, en: Tasks done }
    prompt: { vi: Bao nhiêu phần trăm đảng viên hoàn thành nhiệm vụ?, en: What share of members did their tasks? }
    answer: { type: percent }
rules:
  - { kind: veto, id: no-meeting, criterion: II, label: rule-meeting-held, when: { ref: { q: held }, in: [ no ] }, zeroes: true }
  - kind: bands
    id: length
    criterion: II
    label: { vi: Thời lượng, en: Length }
    value: { ref: { q: minutes } }
    unit: minutes
    bands:
      - { atLeast: 120, points: 10 }
      - { atLeast: 90, points: 5 }
  - kind: bands
    id: done
    criterion: I
    label: { vi: Tỷ lệ hoàn thành, en: Tasks done }
    value: { percentOf: [ { q: tasks, part: 1 }, { q: tasks, part: 0 } ] }
    unit: percent
    bands:
      - { atLeast: 100, points: 10 }
  - { kind: choice, id: quality, criterion: III, label: { vi: Chất lượng, en: Quality }, q: quality, points: { good: 5, poor: 0 } }
  - kind: bands
    id: share
    criterion: IV
    label: { vi: Đảng viên hoàn thành nhiệm vụ, en: Members doing their tasks }
    value: { ref: { q: share } }
    unit: percent
    bands:
      - { atLeast: 90, points: 5 }
bands:
  - { atLeast: 80, label: { vi: Tốt, en: Good } }
  - { atLeast: 0, label: { vi: Chưa tốt, en: Not yet } }
`;

const translator = loadTranslator();
const check = (text: string, locale: "vi" | "en" = "vi") => {
  const result = checkQuestionnaireFile(translator, text);
  return result.ok ? [] : problemLines(translator, (key, args) => translator.t(locale, key, args), locale, result.problems);
};
const replace = (from: string, to: string) => (text: string): string => {
  if (!text.includes(from)) throw new Error(`the test file has no ${from}`);
  return text.replace(from, to);
};

describe("a questionnaire file's problems, with their lines", () => {
  it("the small file itself is valid", () => {
    expect(check(MINI)).toEqual([]);
  });

  it.each([
    ["points below zero", replace("{ good: 5, poor: 0 }", "{ good: 5, poor: -1 }"), ["dòng 59, cột 127: điểm cho «poor» (points) phải là số ≥ 0"]],
    ["a threshold above the maximum", replace("max: 5, metAt: 5 }\n  - { id: IV", "max: 5, metAt: 6 }\n  - { id: IV"), ["dòng 6, cột 70: ngưỡng đạt (6) lớn hơn điểm tối đa (5)"]],
    ["rules that cannot reach the declared maximum", replace("{ atLeast: 100, points: 10 }", "{ atLeast: 100, points: 8 }"), [
      "dòng 4, cột 54: tiêu chí I: khai báo tối đa 10 điểm nhưng các quy tắc cộng lại tối đa được 8",
    ]],
    ["a reference to a question that does not exist", replace("value: { ref: { q: minutes } }", "value: { ref: { q: minute } }"), [
      "dòng 46, cột 24: không có câu hỏi nào mã «minute» — có phải «minutes»?",
    ]],
    ["a condition on an option the question does not have", replace("in: [ yes ] }", "in: [ maybe ] }"), ["dòng 21, cột 38: «maybe» không phải lựa chọn của câu «held» (có: yes, no)"]],
    ["a choice rule scoring an option the question does not have", replace("points: { good: 5, poor: 0 }", "points: { good: 5, bad: 0 }"), [
      "dòng 59, cột 121: «bad» không phải lựa chọn của câu «quality» (có: good, poor)",
    ]],
    ["a missing field", replace("    label: { vi: Chất lượng, en: Quality }\n", ""), ["dòng 28, cột 5: thiếu tên ngắn (label)"]],
    ["a mistyped field", replace("    prompt: { vi: Buổi họp", "    promt: { vi: Buổi họp"), [
      "dòng 15, cột 5: thiếu câu hỏi (prompt)",
      "dòng 19, cột 5: không có trường «promt» ở chỗ này — có phải «prompt»?",
    ]],
    ["a word where a number belongs", replace("version: 1", "version: một"), ["dòng 2, cột 10: phiên bản (version) phải là một số"]],
    ["a fraction where a whole number belongs", replace("item: 4", "item: 4.5"), ["dòng 35, cột 11: số mục (item) phải là một số nguyên"]],
    ["an answer type mistyped", replace("answer: { type: percent }", "answer: { type: percentage }"), [
      "dòng 39, cột 21: loại (type) phải là một trong: yes_no, integer, integers, percent, choice, date_in_period, text — có phải «percent»?",
    ]],
    ["two questions with one id", replace("  - id: share\n", "  - id: quality\n"), [
      "dòng 34, cột 9: mã câu hỏi «quality» bị trùng (xem dòng 28)",
      "dòng 64, cột 24: không có câu hỏi nào mã «share»",
    ]],
    ["askIf looking at a later question", replace("askIf: { ref: { q: held }, in: [ yes ] }", "askIf: { ref: { q: share }, atLeast: 50 }"), [
      "dòng 21, cột 24: điều kiện hỏi chỉ được dựa vào câu hỏi đứng trước; «share» đứng sau (hoặc là chính câu này)",
    ]],
    ["a part a question does not have", replace("{ q: tasks, part: 1 }", "{ q: tasks, part: 2 }"), ["dòng 55, cột 45: câu «tasks» chỉ có 2 phần: part từ 0 đến 1"]],
    ["several numbers used as one", replace("{ q: tasks, part: 0 } ]", "{ q: tasks } ]"), ["dòng 55, cột 50: câu «tasks» gồm 2 số: cần part (đếm từ 0) để chọn một số"]],
    ["a choice measured as a number", replace("value: { ref: { q: share } }", "value: { ref: { q: quality } }"), [
      "dòng 64, cột 19: câu «quality» (choice) không cho ra số nên không dùng được ở đây",
    ]],
    ["bands with a poorer one first", replace("      - { atLeast: 120, points: 10 }\n      - { atLeast: 90, points: 5 }", "      - { atLeast: 90, points: 5 }\n      - { atLeast: 120, points: 10 }"), [
      "dòng 50, cột 33: các mức phải xếp từ nhiều điểm đến ít điểm: mức 10 điểm đứng sau mức 5 điểm nên không bao giờ được chọn",
    ]],
    ["score bands not ending at 0", replace("{ atLeast: 0, label: { vi: Chưa tốt", "{ atLeast: 10, label: { vi: Chưa tốt"), [
      "dòng 70, cột 16: mức xếp loại cuối cùng phải có atLeast: 0 (ở đây là 10) để điểm nào cũng có xếp loại",
    ]],
    ["items skipping a number", replace("item: 4", "item: 5"), [
      "dòng 35, cột 11: số mục phải đi lần lượt từ 1, các câu cùng mục đứng liền nhau: ở đây là 5, cần 4 (hoặc bằng số mục của câu ngay trước)",
    ]],
    ["an option id the bot's buttons use", replace("{ id: poor, vi: Kém, en: Poor }", "{ id: skip, vi: Bỏ qua, en: Skip }"), [
      "dòng 33, cột 73: mã lựa chọn «skip» đã dành cho nút của bot; hãy đặt mã khác",
      "dòng 59, cột 121: «poor» không phải lựa chọn của câu «quality» (có: good, skip)",
    ]],
    ["a text without its English", replace("label: { vi: Thời lượng, en: Length }\n    prompt", "label: { vi: Thời lượng }\n    prompt"), ["dòng 18, cột 12: thiếu chữ tiếng Anh (en)"]],
    ["a comma inside a one-line text", replace("{ vi: Kỷ luật, en: Discipline }", "{ vi: Kỷ luật, đoàn kết, en: Discipline }"), [
      "dòng 6, cột 37: chữ chỉ gồm vi, en (và aliases); «đoàn kết» là thừa. Nếu chữ có dấu phẩy trong { … }, hãy đặt cả câu trong dấu nháy kép: vi: \"Đoàn kết, kỷ luật tốt\"",
    ]],
    ["a key that no locale file has", replace("label: rule-meeting-held", "label: rule-meeting-hel"), [
      "dòng 41, cột 57: không có dòng chữ «rule-meeting-hel» trong locales/vi.ftl; hãy viết chữ ngay tại đây: vi: … và en: …",
    ]],
    ["a number where a reference belongs", replace("max: { const: 720 }", "max: 720"), [
      "dòng 20, cột 58: tối đa (max) phải là một tham chiếu: q: mã câu hỏi (thêm part: số thứ tự phần, từ 0, với câu gồm nhiều số), hoặc unit: memberCount (số đảng viên của chi bộ), hoặc const: một số",
    ]],
    ["a condition with nothing to compare", replace("in: [ yes ] }", "in: [] }"), ["dòng 21, cột 36: các giá trị (in) cần ít nhất 1 mục"]],
    ["three criteria", replace("  - { id: IV, name: { vi: Đảng viên, en: Members }, max: 5, metAt: 5 }\n", ""), [
      "dòng 4, cột 3: bộ câu hỏi được chấm điểm cần đúng 4 tiêu chí I, II, III, IV (ở đây có 3); bộ không chấm điểm thì để criteria: []",
      "dòng 61, cột 16: tiêu chí «IV» không có trong criteria",
    ]],
    ["a code with capitals and spaces", replace("code: mini", "code: Kiểu mẫu"), [
      "dòng 1, cột 7: mã bộ câu hỏi «Kiểu mẫu» chỉ được gồm chữ thường không dấu, số và gạch nối, bắt đầu bằng chữ (ví dụ kieu-mau)",
    ]],
    ["a texts section", (text: string) => `${text}texts: {}\n`, ["dòng 71, cột 1: tệp không dùng trường texts: viết chữ ngay tại chỗ dùng (vi: … và en: …)"]],
    ["a tab for indentation", replace("    item: 2", "\titem: 2"), ["dòng 23, cột 1: lỗi cú pháp YAML: thụt lề bằng phím Tab; YAML chỉ nhận dấu cách"]],
    ["a field written twice", replace("    item: 3\n", "    item: 3\n    item: 3\n"), ["dòng 30, cột 5: lỗi cú pháp YAML: một trường được viết hai lần trong cùng một nhóm"]],
    ["an alias with no anchor", replace("askIf: { ref: { q: held }, in: [ yes ] }", "askIf: *gate"), ["dòng 21, cột 12: lỗi cú pháp YAML: gọi *tên nhưng chưa có &tên nào đứng trước"]],
    ["a list instead of a questionnaire", () => "- code: mini\n", ["dòng 1, cột 1: tệp không phải một bộ câu hỏi: cần các trường code, version, criteria, questions, rules, bands"]],
  ])("%s", (_, edit, expected) => {
    expect(check(edit(MINI))).toEqual(expected);
  });

  it("says every problem at once, in the order of the file", () => {
    const broken = [replace("version: 1", "version: 0"), replace("{ good: 5, poor: 0 }", "{ good: 5, poor: -1 }"), replace("value: { ref: { q: minutes } }", "value: { ref: { q: minute } }")].reduce(
      (text, edit) => edit(text),
      MINI,
    );
    expect(check(broken)).toEqual([
      "dòng 2, cột 10: phiên bản (version) phải là số ≥ 1",
      "dòng 46, cột 24: không có câu hỏi nào mã «minute» — có phải «minutes»?",
      "dòng 59, cột 127: điểm cho «poor» (points) phải là số ≥ 0",
    ]);
  });

  it("speaks English with --lang en", () => {
    expect(check(replace("{ good: 5, poor: 0 }", "{ good: 5, poor: -1 }")(MINI), "en")).toEqual(["line 59, column 127: the points for «poor» must be a number ≥ 0"]);
    expect(check(replace("max: 5, metAt: 5 }\n  - { id: IV", "max: 5, metAt: 6 }\n  - { id: IV")(MINI), "en")).toEqual(["line 6, column 70: the threshold metAt (6) is above the maximum (5)"]);
  });
});
