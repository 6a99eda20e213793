import { describe, expect, it } from "vitest";
import { cliOnDemoDatabase } from "../support/cli-on-demo.ts";

/**
 * Issue 11, item 4 ("thresholds configurable per committee") on the command line:
 * `npx bontot yearend thresholds --unit CODE [--share-good …] … [--clear]`. The database holds
 * the demo org: LC > MK > cells MK-PL1, MK-NC, MK-TT and the grassroots committee MK-THPT
 * (cells MK-THPT-GV, MK-THPT-HC).
 */
async function setup() {
  const { run, rows } = await cliOnDemoDatabase("bontot-thresholds-");
  const stored = () => rows.all("SELECT units.code AS code, settings, set_by AS setBy FROM annual_thresholds JOIN units ON units.id = unit_id ORDER BY units.code");
  const audits = () =>
    rows
      .all<{ action: string; subject: string; actor: number | null; details: string }>("SELECT action, subject, actor_id AS actor, details FROM audit_log WHERE action LIKE 'yearend.thresholds%' ORDER BY id")
      .map((a) => ({ ...a, details: JSON.parse(a.details) as unknown }));
  return { run, stored, audits };
}

const DEFAULTS_VI = [
  "  Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên: ít nhất 90% — mặc định",
  '  Số tháng đạt "4 tốt": ít nhất 10/12 — mặc định',
  "  Số tháng đạt từng tiêu chí (I–IV): ít nhất 10/12 — mặc định",
  "  Số kỳ sinh hoạt thường kỳ khi mọi kỳ vắng đều có lý do được chấp thuận: ít nhất 11/12 — mặc định",
  "  Kết nạp đảng viên trong năm (đảng bộ cơ sở): ít nhất 3% số đảng viên — mặc định",
];

describe("npx bontot yearend thresholds", () => {
  it("prints the thresholds in force and where each comes from; sets them for a subtree, audited; clears them", async () => {
    const { run, stored, audits } = await setup();

    let r = await run("yearend", "thresholds", "--unit", "MK-PL1");
    expect(r).toEqual({ code: 0, out: ["Ngưỡng xét cả năm áp dụng cho Chi bộ thôn Pha Long 1 (MK-PL1):", ...DEFAULTS_VI, ""].join("\n"), err: "" });

    r = await run("yearend", "thresholds", "--unit", "MK", "--share-good", "100%");
    expect(r.code).toBe(0);
    expect(r.out.split("\n").slice(0, 3)).toEqual([
      "Đã lưu ngưỡng xét cả năm của Đảng ủy xã Mường Khương (MK); áp dụng cho mọi đơn vị trực thuộc chưa tự đặt ngưỡng đó.",
      "Ngưỡng xét cả năm áp dụng cho Đảng ủy xã Mường Khương (MK):",
      "  Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên: ít nhất 100% — do chính đơn vị này đặt",
    ]);

    r = await run("yearend", "thresholds", "--unit", "MK-THPT", "--admissions-percent", "3,5", "--four-good-months", "11");
    expect(r.code).toBe(0);
    r = await run("yearend", "thresholds", "--unit", "MK-THPT-GV", "--lang", "en");
    expect(r).toEqual({
      code: 0,
      out: [
        "Annual thresholds in force for Chi bộ Giáo viên (MK-THPT-GV):",
        "  Share of members rated good or better: at least 100% — set by Đảng ủy xã Mường Khương (MK)",
        "  Four-good months: at least 11 of 12 — set by Đảng bộ Trường THPT số 1 Mường Khương (MK-THPT)",
        "  Months each criterion (I–IV) is met: at least 10 of 12 — default",
        "  Regular meetings when every missed one has an approved reason: at least 11 of 12 — default",
        "  Admissions in the year (grassroots committee): at least 3.5% of members — set by Đảng bộ Trường THPT số 1 Mường Khương (MK-THPT)",
        "",
      ].join("\n"),
      err: "",
    });
    // A sibling is not affected by MK-THPT's settings.
    r = await run("yearend", "thresholds", "--unit", "MK-NC");
    expect(r.out).toContain('Số tháng đạt "4 tốt": ít nhất 10/12 — mặc định');
    expect(r.out).toContain("ít nhất 100% — do Đảng ủy xã Mường Khương (MK) đặt");

    r = await run("yearend", "thresholds", "--unit", "MK", "--share-good", "100");
    expect(r.out.split("\n")[0]).toBe("Ngưỡng của Đảng ủy xã Mường Khương (MK) đã như vậy: không có gì thay đổi.");
    r = await run("yearend", "thresholds", "--unit", "MK", "--criterion-months", "11", "--meetings-with-reason", "12");
    expect(r.out).toContain("Số tháng đạt từng tiêu chí (I–IV): ít nhất 11/12 — do chính đơn vị này đặt");

    expect(stored()).toEqual([
      { code: "MK", settings: '{"shareGoodMin":100,"criterionMonths":11,"meetingsWithApprovedReason":12}', setBy: null },
      { code: "MK-THPT", settings: '{"fourGoodMonths":11,"admissionsPercent":3.5}', setBy: null },
    ]);

    r = await run("yearend", "thresholds", "--unit", "MK", "--clear");
    expect(r.out.split("\n")[0]).toBe("Đã xoá ngưỡng riêng của Đảng ủy xã Mường Khương (MK); từ nay theo cấp trên hoặc mặc định.");
    r = await run("yearend", "thresholds", "--unit", "MK", "--clear");
    expect(r.out.split("\n")[0]).toBe("Đảng ủy xã Mường Khương (MK) chưa đặt ngưỡng riêng: không có gì để xoá.");
    expect(stored()).toEqual([{ code: "MK-THPT", settings: '{"fourGoodMonths":11,"admissionsPercent":3.5}', setBy: null }]);

    expect(audits()).toEqual([
      { action: "yearend.thresholds", subject: "unit:MK", actor: null, details: { before: null, after: { shareGoodMin: 100 } } },
      { action: "yearend.thresholds", subject: "unit:MK-THPT", actor: null, details: { before: null, after: { fourGoodMonths: 11, admissionsPercent: 3.5 } } },
      {
        action: "yearend.thresholds",
        subject: "unit:MK",
        actor: null,
        details: { before: { shareGoodMin: 100 }, after: { shareGoodMin: 100, criterionMonths: 11, meetingsWithApprovedReason: 12 } },
      },
      {
        action: "yearend.thresholds.clear",
        subject: "unit:MK",
        actor: null,
        details: { before: { shareGoodMin: 100, criterionMonths: 11, meetingsWithApprovedReason: 12 }, after: null },
      },
    ]);
  });

  it("explains every mistake with exit code 2 and writes nothing", async () => {
    const { run, stored, audits } = await setup();
    const mistakes: [string[], string][] = [
      [["yearend", "thresholds", "--unit", "MK", "--share-good", "101"], '"101" không phải tỷ lệ hợp lệ: nhập số phần trăm nguyên từ 0 đến 100, ví dụ 90 hoặc 100.'],
      [["yearend", "thresholds", "--unit", "MK", "--share-good", "95.5"], '"95.5" không phải tỷ lệ hợp lệ'],
      [["yearend", "thresholds", "--unit", "MK", "--four-good-months", "13"], '"13" không phải số tháng đạt "4 tốt" hợp lệ: nhập số nguyên từ 0 đến 12.'],
      [["yearend", "thresholds", "--unit", "MK", "--criterion-months", "mười"], '"mười" không phải số tháng đạt từng tiêu chí hợp lệ'],
      [["yearend", "thresholds", "--unit", "MK", "--meetings-with-reason=-1"], '"-1" không phải số kỳ sinh hoạt hợp lệ'],
      [["yearend", "thresholds", "--unit", "MK", "--admissions-percent", "200"], '"200" không phải tỷ lệ kết nạp hợp lệ'],
      [["yearend", "thresholds", "--unit", "MK", "--share-good", "100", "--clear"], "Hoặc xoá ngưỡng riêng của đơn vị, hoặc đặt giá trị mới — không làm cả hai cùng lúc."],
      [["yearend", "thresholds", "--unit", "MK-XX"], "Không có đơn vị mã MK-XX."],
      [["yearend", "thresholds", "--unit", "MK-XX", "--share-good", "100"], "Không có đơn vị mã MK-XX."],
      [["yearend", "thresholds", "--share-good", "100"], "Thiếu --unit"],
      [["yearend", "thresholds", "--unit", "MK", "--share", "100"], "Không có tùy chọn --share cho lệnh này."],
    ];
    for (const [argv, message] of mistakes) {
      const r = await run(...argv);
      expect(r.code, argv.join(" ")).toBe(2);
      expect(r.out, argv.join(" ")).toBe("");
      expect(r.err, argv.join(" ")).toContain(message);
    }
    const en = await run("yearend", "thresholds", "--unit", "MK", "--admissions-percent", "abc", "--lang", "en");
    expect(en.err).toBe('"abc" is not a valid admissions rate: type a percent from 0 to 100, e.g. 3 or 3.5.\n');
    expect(stored()).toEqual([]);
    expect(audits()).toEqual([]);
  });

  it("is listed in the yearend usage", async () => {
    const { run } = await setup();
    const r = await run("yearend", "help", "--lang", "en");
    expect(r.out).toContain("thresholds");
    const own = await run("yearend", "thresholds", "--help", "--lang", "en");
    expect(own.out).toContain("npx bontot yearend thresholds --unit CODE [--share-good N]");
  });
});
