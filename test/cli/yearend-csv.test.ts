import { describe, expect, it } from "vitest";
import { CsvError, csvField, parseCsv } from "../../src/cli/parse-csv.ts";
import { columnOf, rowsOf } from "../../src/cli/yearend-sheet.ts";

/** The small RFC 4180 reader the year-end import uses, and how headers name columns. */
describe("reading an office's CSV", () => {
  const fields = (text: string) => parseCsv(text).records.map((r) => r.fields);

  it("reads quoted fields, doubled quotes, line breaks inside quotes and every record end", () => {
    expect(fields('a,b,c\r\n1,"x, y","say ""hi"""\n2,"two\nlines",\r3,,')).toEqual([
      ["a", "b", "c"],
      ["1", "x, y", 'say "hi"'],
      ["2", "two\nlines", ""],
      ["3", "", ""],
    ]);
    expect(fields("a,b\n1,2\n")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
    expect(fields('"",x')).toEqual([["", "x"]]);
    expect(fields("")).toEqual([]);
  });

  it("numbers records as a spreadsheet numbers rows, even with a line break inside a field", () => {
    expect(parseCsv('h\n"a\nb"\nc').records.map((r) => r.number)).toEqual([1, 2, 3]);
  });

  it("drops a BOM and takes the separator from the first record: ';' (Vietnamese Excel), ',' or a tab", () => {
    expect(parseCsv("\uFEFFMã;Xếp loại;Tỷ lệ\nMK-PL1;tốt;0,95")).toEqual({
      separator: ";",
      records: [
        { number: 1, fields: ["Mã", "Xếp loại", "Tỷ lệ"] },
        { number: 2, fields: ["MK-PL1", "tốt", "0,95"] },
      ],
    });
    expect(parseCsv('"a;b",c\n').separator).toBe(",");
    expect(parseCsv("a\tb\n").separator).toBe("\t");
  });

  it("refuses a quote that is never closed, naming the record it starts in", () => {
    expect(() => parseCsv('a\nb\n"c\nd')).toThrow(CsvError);
    try {
      parseCsv('a\nb\n"c\nd');
    } catch (error) {
      expect((error as CsvError).record).toBe(3);
    }
  });

  it("quotes a field only when it must", () => {
    expect([csvField("plain"), csvField("a,b"), csvField('say "hi"'), csvField("two\nlines"), csvField("a;b", ";")]).toEqual(["plain", '"a,b"', '"say ""hi"""', '"two\nlines"', '"a;b"']);
  });
});

describe("year-end sheet headers", () => {
  it.each([
    ["Mã", "code"],
    ["MÃ ĐƠN VỊ", "code"],
    ["ma chi bo", "code"],
    ["Code", "code"],
    ["Tên đơn vị", "name"],
    ["Trực thuộc", "parent"],
    ["Loại", "kind"],
    ["Năm", "year"],
    ["Year", "year"],
    ["Xếp loại", "rating"],
    ["Xep loai chat luong", "rating"],
    ["Rating", "rating"],
    ["Tỷ lệ HTT (%)", "share"],
    ["Tỷ lệ đảng viên xếp loại HTT trở lên (%)", "share"],
    ["ty le htt", "share"],
    ["Share rated good (%)", "share"],
    ["% HTT", "share"],
    ["Tháng vắng họp (YYYY-MM)", "month"],
    ["Tháng", "month"],
    ["Missed meeting month", "month"],
    ["Lý do vắng họp", "reason"],
    ["Reason", "reason"],
    ["STT", undefined],
    ["Ghi chú", undefined],
  ])("%j is the %s column", (header, column) => {
    expect(columnOf(header)).toBe(column);
  });

  it("refuses a table that names a column twice", () => {
    expect(() => rowsOf([{ rows: [{ number: 1, cells: [{ value: "Mã" }, { value: "Tỷ lệ HTT" }, { value: "Tỷ lệ (%)" }] }] }])).toThrow(/cli-yearend-column-twice/);
  });
});
