import { periodKeyAt } from "../domain/period.ts";
import type { ProactiveDeps } from "../engine/proactive/proactive-deps.ts";

/**
 * Why an admin may not open this period, as a message key; undefined when it may be opened.
 * A future month would become the open period and trap secretaries at the meeting date; a
 * closed one cannot be reopened yet.
 */
export async function periodOpenRefusal(deps: ProactiveDeps, key: string): Promise<"cli-period-future" | "cli-period-closed" | undefined> {
  if (key > periodKeyAt(deps.clock.now(), deps.timeZone)) return "cli-period-future";
  const existing = (await deps.schedule.listPeriods()).find((p) => p.key === key);
  return existing && !existing.open ? "cli-period-closed" : undefined;
}

/** "due-3" -> "3 ngày trước hạn" and the like, for people reading the reminder plan. */
export function stageLabel(t: (key: string, args?: Record<string, string | number>) => string, stage: string): string {
  const [kind, days] = stage.split("-");
  if (stage === "due") return t("stage-due");
  if (stage === "escalation") return t("stage-escalation");
  return t(kind === "due" ? "stage-before" : "stage-overdue", { days: Number(days) });
}
