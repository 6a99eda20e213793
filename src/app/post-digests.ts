import pMap from "p-map";
import { buildDigest } from "../reports/digest.ts";
import { renderDigest } from "../reports/render-digest.ts";
import type { BoundGroup, OutboxDraft, PeriodView } from "../engine/ports.ts";
import type { ProactiveDeps } from "./proactive-deps.ts";
import { questionnairesTranslator } from "../i18n/questionnaire-translator.ts";

/** The period a digest speaks of: the latest open one, else the latest one. */
export async function digestPeriod(deps: ProactiveDeps): Promise<PeriodView | undefined> {
  const periods = await deps.schedule.listPeriods();
  return [...periods].reverse().find((p) => p.open) ?? periods.at(-1);
}

/**
 * Committees' digests built at once: on PostgreSQL one digest's reads are two round trips, and
 * while one waits for the server another is built (a province's 100 digests: 1.3 s → 1.05 s).
 */
export const DIGEST_CONCURRENCY = 4;

/** One digest (chart + text) per bound group, for the given period (default: the digest period). */
export async function digestMessages(
  deps: ProactiveDeps,
  periodKey: string | undefined,
  options: { final: boolean; dedupe: string; groups?: readonly BoundGroup[] },
): Promise<OutboxDraft[]> {
  const periods = await deps.schedule.listPeriods();
  const period = periodKey ? periods.find((p) => p.key === periodKey) : await digestPeriod(deps);
  if (!period) return [];
  const previous = periods.filter((p) => p.key < period.key).at(-1);
  const groups = options.groups ?? (await deps.schedule.boundGroups());
  return pMap(
    groups,
    async (group): Promise<OutboxDraft> => ({
      ...group.address,
      dedupeKey: `${options.dedupe}:${group.address.channel}:${group.address.chatId}`,
      message: await digestMessage(deps, group.unit.id, period, previous, options.final),
    }),
    { concurrency: DIGEST_CONCURRENCY },
  );
}

export async function digestMessage(
  deps: ProactiveDeps,
  unitId: number,
  period: PeriodView,
  previous: PeriodView | undefined,
  final: boolean,
): Promise<{ text: string; image: { base64: string; filename: string } }> {
  // Read side by side, both months together: on PostgreSQL each read is a round trip.
  const [unit, [states = [], before]] = await Promise.all([deps.schedule.unitOf(unitId), deps.schedule.cellStatesIn(unitId, previous ? [period.id, previous.id] : [period.id])]);
  if (!unit) throw new Error(`unit ${unitId} not found`);
  const digest = buildDigest(unit, period.key, states, previous && before ? { periodKey: previous.key, states: before } : null);
  const locale = deps.defaultLocale;
  // Veto and warning labels an office's questionnaire wrote itself are read from its own texts.
  const translator = questionnairesTranslator(deps.translator, states.flatMap((s) => (s.questionnaire ? [s.questionnaire.definition] : [])));
  return {
    text: renderDigest(translator, locale, digest, { final }),
    image: { base64: (await deps.chart(digest, locale)).toString("base64"), filename: `${unit.code}-${period.key}.png` },
  };
}

/** The weekly digest job: every bound group, once per slot. */
export async function postDigests(deps: ProactiveDeps, slot: string): Promise<number> {
  const drafts = await digestMessages(deps, undefined, { final: false, dedupe: `digest:${slot}` });
  await deps.outbox.enqueue(drafts, deps.clock.now());
  return drafts.length;
}
