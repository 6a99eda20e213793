import { describe, expect, it } from "vitest";
import type { App } from "../../src/app/open-app.ts";
import { runCli } from "../../src/cli/main.ts";
import type { AnswerValue } from "../../src/domain/questionnaire/answer-value.ts";
import { YEARLY_GRASSROOTS } from "../../src/domain/questionnaire/yearly-grassroots.ts";
import { computeStanding } from "../../src/domain/scoring/compute-standing.ts";
import { captureIo } from "../support/capture-io.ts";
import { tempDbPath } from "../support/temp-db.ts";
import { YEAR_2026, openDemoApp, seedYear } from "./annual-seed.ts";

const yes: AnswerValue = { type: "yes_no", value: "yes" };
const no: AnswerValue = { type: "yes_no", value: "no" };
const SUBMITTED: Readonly<Record<string, AnswerValue>> = {
  y1_implements: yes,
  y2_leadership: yes,
  y3_targets: { type: "integers", values: [6, 6] },
  y4_disunity: no,
  y5_inspections: { type: "integers", values: [4, 4] },
  y6_rating: { type: "choice", option: "org-excellent" },
  y7_share_good: { type: "percent", value: 97 },
  y8_notes: { type: "skipped" },
};

/**
 * MK-THPT's 2026 self-assessment written through the real stores, as the bot writes it: the
 * yearly period opened with the yearly questionnaire, answered, submitted (unless `submit` is
 * false), and the period closed when it is.
 */
async function seedSelfAssessment(app: App, answers: Readonly<Record<string, AnswerValue>>, options: { submit: boolean }): Promise<void> {
  const { stores } = app;
  const at = app.clock.now();
  const versionId = await stores.questionnaires.ensure(YEARLY_GRASSROOTS);
  const { period } = await stores.periods.open("2026", versionId, at);
  const unit = await stores.org.findUnit("MK-THPT");
  if (!unit) throw new Error("no MK-THPT");
  const { personId } = await stores.people.ensurePerson({ channel: "fake", externalId: "thpt-secretary" }, at);
  const assessment = await stores.assessments.open(unit.id, period.id, versionId, at);
  const save = Object.entries(answers).map(([questionId, value]) => ({ questionId, value }));
  expect(await stores.assessments.answer({ assessmentId: assessment.id, answeredBy: personId, save, clear: [], at })).toBe(true);
  if (!options.submit) return;
  const standing = computeStanding(YEARLY_GRASSROOTS, { answers: new Map(Object.entries(answers)), memberCount: unit.memberCount, monthOfQuarter: 3 });
  expect(await stores.assessments.submit({ assessmentId: assessment.id, standing, submittedBy: personId, at })).toBe(true);
  await stores.periods.close("2026", at);
}

interface CriterionRow {
  readonly id: number;
  readonly met: boolean | null;
  readonly source: string;
  readonly detail: string;
  readonly figures: Record<string, unknown>;
}

/** `npx bontot annual --year 2026 --format json` on the seeded year: the grassroots committee's row. */
async function committeeRow(dbPath: string, lang = "vi"): Promise<{ selfAssessment: string; eligible: boolean | null; criteria: CriterionRow[] }> {
  const { io, out, err } = captureIo({ BONTOT_DB_PATH: dbPath, LOG_LEVEL: "silent" });
  expect(await runCli(["annual", "--year", "2026", "--format", "json", "--lang", lang], io)).toBe(0);
  expect(err()).toBe("");
  const report = JSON.parse(out()) as { committees: { code: string; selfAssessment: string; eligible: boolean | null; criteria: CriterionRow[] }[] };
  const row = report.committees.find((c) => c.code === "MK-THPT");
  if (!row) throw new Error("MK-THPT is missing from the report");
  return row;
}

/** Issue 11, part 3: the committee's own answers in the yearly results, on a year seeded through the stores. */
describe("the annual report with the grassroots committee's self-assessment", () => {
  const dbPath = tempDbPath();

  it("a submitted self-assessment turns criteria 1–4, 7 and 9 'answered', with their figures in the detail", async () => {
    const app = await openDemoApp(dbPath, "2027-01-15T03:00:00Z");
    await seedYear(app, YEAR_2026);
    await seedSelfAssessment(app, SUBMITTED, { submit: true });
    await app.close();

    const row = await committeeRow(dbPath);
    expect(row.selfAssessment).toBe("submitted");
    expect(row.criteria.map((c) => [c.id, c.met, c.source])).toEqual([
      [1, true, "answered"],
      [2, true, "answered"],
      [3, true, "answered"],
      [4, true, "answered"],
      [5, false, "computed"],
      [6, null, "computed"],
      // A violation found by a higher level in a cell fails 7 whatever the committee answered.
      [7, false, "computed"],
      [8, true, "computed"],
      [9, true, "answered"],
    ]);
    const detail = (id: number): string | undefined => row.criteria.find((c) => c.id === id)?.detail;
    expect(detail(1)).toBe("Đảng bộ tự đánh giá: có");
    expect(detail(3)).toBe("Hoàn thành 6/6 chỉ tiêu cấp trên giao");
    expect(detail(4)).toBe("Đảng bộ tự đánh giá: ban chấp hành không có biểu hiện mất đoàn kết, đơn thư");
    expect(detail(7)).toBe("vi phạm do cấp trên phát hiện: MK-THPT-GV 06/2026; kế hoạch kiểm tra, giám sát: thực hiện 4/4 cuộc (đảng bộ tự đánh giá)");
    expect(row.criteria.find((c) => c.id === 7)?.figures).toMatchObject({ planned: 4, done: 4 });
    // The rating the committee above entered (good, 92 %) is its decision: the committee's own "excellent, 97 %" gives way.
    expect(detail(9)).toBe(
      "Đảng bộ được xếp loại: Hoàn thành tốt nhiệm vụ (cần Hoàn thành tốt nhiệm vụ trở lên) — cấp ủy cấp trên nhập; 92% đảng viên hoàn thành tốt nhiệm vụ trở lên (cần ít nhất 90%) — cấp ủy cấp trên nhập",
    );
    expect(row.criteria.find((c) => c.id === 9)?.figures).toMatchObject({ rating: "good", ratingFrom: "entered", percent: 92, shareFrom: "entered" });

    const en = await committeeRow(dbPath, "en");
    expect(en.criteria.find((c) => c.id === 7)?.detail).toContain("inspection and supervision plan: 4/4 carried out (committee's self-assessment)");
  });

  it("answered only partly (not sent): the committee's criteria stay missing, and say why", async () => {
    const app = await openDemoApp(dbPath, "2026-12-15T03:00:00Z");
    await seedYear(app, { ...YEAR_2026, ratings: [] });
    await seedSelfAssessment(app, { y1_implements: yes, y2_leadership: no }, { submit: false });
    await app.close();

    const row = await committeeRow(dbPath);
    expect(row.selfAssessment).toBe("in_progress");
    for (const id of [2, 3, 9]) expect(row.criteria.find((c) => c.id === id), String(id)).toMatchObject({ met: null, source: "missing" });
    expect(row.criteria.find((c) => c.id === 2)?.detail).toBe("Đảng bộ đang làm dở phiếu tự đánh giá năm, chưa gửi");
    expect(row.criteria.find((c) => c.id === 3)?.detail).toBe("Đảng bộ đang làm dở phiếu tự đánh giá năm, chưa gửi");
  });
});
