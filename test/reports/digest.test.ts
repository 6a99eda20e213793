import { describe, expect, it } from "vitest";
import { DEFAULT_MONTHLY_CELL } from "../../src/domain/questionnaire/default-monthly-cell.ts";
import type { AnswerValue } from "../../src/domain/questionnaire/answer-value.ts";
import { computeStanding } from "../../src/domain/scoring/compute-standing.ts";
import { digestMessage } from "../../src/app/post-digests.ts";
import { proactiveDeps } from "../../src/app/open-app.ts";
import { renderDigestChart } from "../../src/reports/digest-chart.ts";
import { CHART_HEIGHT, CHART_WIDTH } from "../../src/reports/digest-chart-size.ts";
import { buildDigest } from "../../src/reports/digest.ts";
import { renderDigest } from "../../src/reports/render-digest.ts";
import { loadTranslator } from "../../src/i18n/translator.ts";
import { PERFECT, int, no, yes } from "../support/answers.ts";
import { scheduleHarness } from "../support/schedule-harness.ts";
import { tempDbPath } from "../support/temp-db.ts";

const standingOf = (overrides: Record<string, AnswerValue>, memberCount = 20) =>
  computeStanding(DEFAULT_MONTHLY_CELL, { answers: new Map(Object.entries({ ...PERFECT, ...overrides })), memberCount, monthOfQuarter: 2 });

describe("the weekly digest of a seeded committee", () => {
  const dbPath = tempDbPath();

  it("counts, lists the missing, names vetoes and warnings, compares with last month, quotes highlights", async () => {
    const h = await scheduleHarness({ dbPath, start: "2026-11-30T01:00:00Z" });
    const { stores } = h.app;
    const at = h.clock.now();
    const versionId = await stores.questionnaires.ensure(DEFAULT_MONTHLY_CELL);
    const october = (await stores.periods.open("2026-10", versionId, at)).period;
    const november = (await stores.periods.open("2026-11", versionId, at)).period;
    const { personId: secretary } = await stores.people.ensurePerson({ channel: "fake", externalId: "sec-1" }, at);
    const cell = async (code: string) => {
      const unit = await stores.org.findUnit(code);
      if (!unit) throw new Error(`no unit ${code}`);
      return unit.id;
    };
    const submit = async (code: string, periodId: number, overrides: Record<string, AnswerValue>, notes?: string) => {
      const standing = standingOf(overrides);
      const a = await stores.assessments.open(await cell(code), periodId, versionId, at);
      if (notes) {
        const answered = await stores.assessments.answer({ assessmentId: a.id, answeredBy: secretary, save: [{ questionId: "q16_notes", value: { type: "text", value: notes } }], clear: [], at });
        expect(answered).toBe(true);
      }
      expect(await stores.assessments.submit({ assessmentId: a.id, standing, submittedBy: secretary, at })).toBe(true);
    };
    for (const code of ["MK-PL1", "MK-NC", "MK-TT", "MK-THPT-GV", "MK-THPT-HC"]) await submit(code, october.id, {});
    expect((await stores.periods.close("2026-10", at))?.closed).toBe(true);
    await submit("MK-PL1", november.id, {}, "Chi bộ vận động   bà con hiến đất làm đường liên thôn.");
    await submit("MK-NC", november.id, { q9_unity: yes, q9_resolved: no });
    await submit("MK-THPT-GV", november.id, { q11_lapsed: yes, q11_count: int(2), q10_dues: int(17) });

    const unit = await stores.org.findUnit("MK");
    if (!unit) throw new Error("no unit MK");
    const periods = await h.app.directory.listPeriods();
    const current = periods.find((p) => p.key === "2026-11");
    if (!current) throw new Error("no period");
    const message = await digestMessage(proactiveDeps(h.app), unit.id, current, periods.find((p) => p.key === "2026-10"), false);
    expect(message.text.split("\n")).toEqual([
      "📰 Bản tin tuần — Đảng ủy xã Mường Khương — báo cáo tháng 11/2026",
      "Đã gửi: 3/5 chi bộ",
      "Chưa gửi: Chi bộ thôn Tả Thàng, Chi bộ Hành chính",
      'Đạt "4 tốt": 1/3 chi bộ đã gửi',
      "Đạt theo tiêu chí: I 3/3 · II 3/3 · III 1/3 · IV 3/3",
      "📋 Bộ câu hỏi: monthly-cell v2",
      "⛔ Chi bộ thôn Na Chơ: Mất đoàn kết, đơn thư chưa giải quyết",
      "⚠️ Chi bộ Giáo viên: Có đảng viên bỏ sinh hoạt/đảng phí từ 2 tháng (nguy cơ xóa tên)",
      'So với tháng 10/2026 (5/5 đạt "4 tốt"): điểm trung bình 95 (-5)',
      "💬 Nổi bật, kiến nghị:",
      '• Chi bộ thôn Pha Long 1: "Chi bộ vận động bà con hiến đất làm đường liên thôn."',
    ]);
    expect(message.image.filename).toBe("MK-2026-11.png");
    await h.close();
  });

  it("keeps a long list of missing cells short", () => {
    const unit = { id: 1, code: "X", name: "Đảng ủy X", kind: "committee" as const, memberCount: 0 };
    const states = Array.from({ length: 60 }, (_, i) => ({
      unit: { id: i + 2, code: `C${i}`, name: `Chi bộ ${i}`, kind: "cell" as const, memberCount: 10 },
      status: "not_started" as const,
      standing: null,
      notes: null,
    }));
    const text = renderDigest(loadTranslator(), "vi", buildDigest(unit, "2026-11", states, null), { final: false });
    expect(text).toContain("Chi bộ 24 và 35 chi bộ khác");
    expect(text).not.toContain("Chi bộ 25,");
  });
});

describe("the digest chart", () => {
  it("renders a PNG of the expected size", () => {
    const unit = { id: 1, code: "MK", name: "Đảng ủy xã Mường Khương", kind: "committee" as const, memberCount: 0 };
    const cell = (i: number, score: number) => ({
      unit: { id: i, code: `C${i}`, name: `Chi bộ thôn Bản Lầu ${i}`, kind: "cell" as const, memberCount: 20 },
      status: "submitted" as const,
      standing: { ...standingOf({}), score, fourGood: score >= 80 },
      notes: null,
    });
    const digest = buildDigest(unit, "2026-11", [cell(2, 100), cell(3, 64), cell(4, 88)], null);
    const png = renderDigestChart(digest, { criteriaTitle: "Đạt từng tiêu chí", scoresTitle: "Điểm", met: "Đạt", notMet: "Chưa đạt", criterion: (id) => `Tiêu chí ${id}` });
    expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
    expect(png.readUInt32BE(16)).toBe(CHART_WIDTH);
    expect(png.readUInt32BE(20)).toBe(CHART_HEIGHT);
    expect(png.length).toBeGreaterThan(10_000);
  });
});
