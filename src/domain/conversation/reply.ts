import type { DomainError } from "../errors.ts";
import type { AnswerValue, Answers } from "../questionnaire/answer-value.ts";
import type { Standing } from "../scoring/standing.ts";
import type { SummaryOption } from "./assessment-event.ts";

/** What the bot answers, as meaning; the engine renders it in the user's language. */
export type Reply =
  | {
      readonly kind: "question";
      readonly questionId: string;
      readonly item: number;
      readonly items: number;
      /** The answer already stored, shown when going back or editing. */
      readonly current?: AnswerValue;
      readonly resumed?: boolean;
      /** Set when re-asking after input that was not accepted. */
      readonly error?: DomainError;
      /** An over-long note was kept: the shortened text offered in its place. */
      readonly shortened?: { readonly text: string; readonly length: number; readonly max: number };
    }
  | {
      readonly kind: "summary";
      /** Identifies the answers shown; the summary's buttons carry it. */
      readonly token: string;
      /** The questions asked, in order (answered or not). */
      readonly questionIds: readonly string[];
      readonly answers: Answers;
      readonly preview: Standing;
      readonly missingItems: readonly number[];
      readonly options: readonly SummaryOption[];
      readonly error?: DomainError;
      /** Only the error and the choices: a re-ask on a weak connection, not the whole summary again. */
      readonly short?: boolean;
    }
  | { readonly kind: "item_picker"; readonly items: readonly number[]; readonly error?: DomainError }
  | { readonly kind: "receipt"; readonly standing: Standing }
  | { readonly kind: "already_submitted"; readonly standing: Standing }
  /** `complete`: every question is answered, yet nothing is sent until the person submits. */
  | { readonly kind: "paused"; readonly answered: number; readonly items: number; readonly complete: boolean }
  | { readonly kind: "stale_option" }
  | { readonly kind: "idle_hint" };
