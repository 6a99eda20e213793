import type { Translate } from "../../i18n/translator.ts";

/** "due-3" -> "3 ngày trước hạn" and the like, for people reading the reminder plan. */
export function stageLabel(t: Translate, stage: string): string {
  const [kind, days] = stage.split("-");
  if (stage === "due") return t("stage-due");
  if (stage === "escalation") return t("stage-escalation");
  return t(kind === "due" ? "stage-before" : "stage-overdue", { days: Number(days) });
}
