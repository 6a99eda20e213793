import { dayFirst, isYearKey } from "../../domain/period.ts";
import type { QuestionnaireDefinition } from "../../domain/questionnaire/definition.ts";
import type { Locale } from "../../i18n/locale.ts";
import type { MessageArgs, Translator } from "../../i18n/translator.ts";

export interface RenderContext {
  readonly translator: Translator;
  readonly locale: Locale;
  readonly definition: QuestionnaireDefinition;
  readonly unitName: string;
  readonly periodKey: string;
  /** Set for someone who answers for several cells: every question names its cell. */
  readonly cellHeader?: string;
}

export const tr = (ctx: Pick<RenderContext, "translator" | "locale">, key: string, args?: MessageArgs): string =>
  ctx.translator.t(ctx.locale, key, args);

/** "2026-11" -> "11/2026", as Vietnamese forms write a month; a year's key ("2026") as it is. */
export const periodLabel = (key: string): string => dayFirst(key);

/**
 * The message for a period: `key` for a month, `yearly-<key>` for a grassroots committee's yearly
 * self-assessment (period key YYYY), whose texts speak of a year and a committee, not a month and
 * a cell. Every such key exists in both forms in the locales.
 */
export const periodMessage = (key: string, periodKey: string): string => (isYearKey(periodKey) ? `yearly-${key}` : key);
