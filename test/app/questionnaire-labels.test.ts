import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { openApp } from "../../src/app/open-app.ts";
import { questionnaireLabels } from "../../src/app/questionnaire-labels.ts";
import { loadConfig } from "../../src/config.ts";
import { parseQuestionnaireFile } from "../../src/domain/questionnaire/file/parse-questionnaire-file.ts";
import type { MessageArgs } from "../../src/i18n/translator.ts";
import { reasonDetail } from "../../src/reports/annual-report.ts";

/** Issue 13: a year's vetoes are named in the words of the questionnaire each month was answered with. */
describe("the words of every stored questionnaire, for the annual report", () => {
  it("names a veto an office's questionnaire wrote itself, and the built-in ones as before", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "bontot-labels-"));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const app = await openApp(loadConfig({ BONTOT_DB_PATH: path.join(dir, "bontot.db"), LOG_LEVEL: "silent" }));
    onTestFinished(() => app.close());
    const read = parseQuestionnaireFile(readFileSync(new URL("../../questionnaires/kieu-mau.yaml", import.meta.url), "utf8"));
    if (!read.ok) throw new Error("kieu-mau.yaml does not parse");
    await app.stores.questionnaires.ensure(read.definition);

    const labels = await questionnaireLabels(app.stores, app.translator);
    const t = (key: string, args?: MessageArgs) => labels.translator.t("vi", key, args);
    const detail = reasonDetail({ rule: "no_veto", met: false, figures: { months: ["2027-01", "2027-02"], rules: ["violations-veto", "discipline-higher"], open: 0 } }, t, labels.vetoes);
    expect(detail).toContain("Có đảng viên vi phạm, suy thoái");
    expect(detail).toContain("Có đảng viên vi phạm do cấp trên phát hiện");
    expect(detail).not.toContain("violations-veto");
  });
});
