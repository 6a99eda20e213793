import { dayFirst } from "../../domain/period.ts";
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

/** "2026-11" -> "11/2026", as Vietnamese forms write a month. */
export const periodLabel = (key: string): string => dayFirst(key);
