import { notBefore } from "../domain/schedule-rules.ts";
import { digestMessages } from "./post-digests.ts";
import type { ProactiveDeps } from "./proactive-deps.ts";

/** Closes a period once: missing reports are recorded, and bound groups get the final summary. */
export async function closePeriod(deps: ProactiveDeps, key: string): Promise<{ notReported: number } | null> {
  const now = deps.clock.now();
  if (!(await deps.jobRuns.claim("period-close", key, now))) return null;
  const closed = await deps.schedule.closePeriod(key, now);
  if (closed) {
    const at = notBefore(now, deps.quiet, deps.timeZone);
    const drafts = (await digestMessages(deps, key, { final: true, dedupe: `close:${key}` })).map((d) => ({ ...d, notBefore: at }));
    await deps.outbox.enqueue(drafts, now);
    deps.logger.info({ period: key, notReported: closed.notReported, summaries: drafts.length }, "period closed");
  }
  await deps.jobRuns.finish("period-close", key, deps.clock.now());
  return closed;
}
