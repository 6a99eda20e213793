import { SUMMARY_OPTIONS, type AssessmentEvent } from "../domain/conversation/assessment-event.ts";
import { IDLE } from "../domain/conversation/conversation-state.ts";
import { step, type StepResult } from "../domain/conversation/step.ts";
import { domainError, type DomainError } from "../domain/errors.ts";
import type { Lexicon } from "../domain/input/lexicon.ts";
import { optionsOf } from "../domain/input/parse-answer.ts";
import { ANSWERING_ROLES } from "../domain/org.ts";
import { calendarDateAt, dayFirst, monthOfQuarter, parsePeriodKey } from "../domain/period.ts";
import { reminderKeyPrefix } from "../domain/schedule-rules.ts";
import type { QuestionnaireDefinition } from "../domain/questionnaire/definition.ts";
import { lexiconFrom } from "../i18n/build-lexicon.ts";
import type { Locale } from "../i18n/locale.ts";
import type { Translator } from "../i18n/translator.ts";
import type { AssessmentView, Clock, PeriodStore, QuestionnaireStore, TurnSnapshot, TurnStore, TurnWrite } from "./ports.ts";
import { renderReply } from "./render/render-reply.ts";
import type { OutgoingMessage } from "./messages.ts";

export interface AssessmentTurnDeps {
  readonly turns: TurnStore;
  readonly periods: PeriodStore;
  readonly questionnaires: QuestionnaireStore;
  readonly translator: Translator;
  readonly clock: Clock;
  readonly timeZone: string;
}

export type AssessmentOutcome =
  | {
      readonly ok: true;
      readonly messages: readonly OutgoingMessage[];
      readonly write: Omit<TurnWrite, "key" | "at" | "outbox" | "locale" | "inbound">;
      /** The event was a tap on a button of an earlier message; nothing changed. */
      readonly stale: boolean;
    }
  | { readonly ok: false; readonly error: DomainError };

/**
 * Runs one dialogue event for a secretary: finds (or opens) the cell's assessment for the
 * current period, steps the pure dialogue, renders its replies and describes what to store.
 */
export function createAssessmentTurn(deps: AssessmentTurnDeps) {
  const lexicons = new Map<number, Lexicon>();

  const lexiconFor = (versionId: number, definition: QuestionnaireDefinition): Lexicon => {
    let lexicon = lexicons.get(versionId);
    if (!lexicon) {
      const optionIds = new Set<string>([...SUMMARY_OPTIONS, ...definition.questions.flatMap((q) => optionsOf(q.answer))]);
      lexicon = lexiconFrom(deps.translator, optionIds);
      lexicons.set(versionId, lexicon);
    }
    return lexicon;
  };

  async function assessmentFor(snapshot: TurnSnapshot, event: AssessmentEvent): Promise<AssessmentView | DomainError> {
    const person = snapshot.person;
    if (!person) return domainError("auth/not-registered");
    const opens = event.kind === "open" || event.kind === "summary";
    if (!opens && snapshot.assessment) return snapshot.assessment;
    const cells = person.memberships.filter((m) => ANSWERING_ROLES.includes(m.role) && m.unit.kind === "cell").map((m) => m.unit);
    if (cells.length === 0) return domainError("auth/not-a-secretary");
    const period = await deps.periods.currentOpen();
    if (!period) return domainError("assessment/no-period");
    const current = snapshot.assessment;
    const code = event.kind === "open" ? event.unitCode?.toUpperCase() : undefined;
    let cell = code === undefined ? undefined : cells.find((u) => u.code.toUpperCase() === code);
    if (code !== undefined && !cell) return domainError("command/bad-argument", { usage: cells.map((u) => `/baocao ${u.code}`).join(" | ") });
    if (!cell) {
      // Someone answering for several cells goes on with the one in progress, or the next one once it is sent.
      const index = current ? cells.findIndex((u) => u.id === current.unit.id) : -1;
      const continuing = index >= 0 && current?.period.id === period.id;
      cell = continuing && current?.submitted ? (cells[index + 1] ?? cells[index]) : continuing ? cells[index] : cells[0];
    }
    if (!cell) return domainError("auth/not-a-secretary");
    if (current && current.unit.id === cell.id && current.period.id === period.id) return current;
    return deps.turns.openAssessment(cell.id, period);
  }

  return async function run(snapshot: TurnSnapshot, event: AssessmentEvent, locale: Locale): Promise<AssessmentOutcome> {
    const found = await assessmentFor(snapshot, event);
    if ("code" in found) return { ok: false, error: found };
    const person = snapshot.person;
    if (!person) return { ok: false, error: domainError("auth/not-registered") };
    const assessment = found;
    // Late answers are refused once the period has closed; the cell was recorded as not reported.
    if (!assessment.period.open && !assessment.submitted) {
      return { ok: false, error: domainError("assessment/period-closed", { period: dayFirst(assessment.period.key) }) };
    }
    const definition = await deps.questionnaires.get(assessment.questionnaireVersionId);
    const period = parsePeriodKey(assessment.period.key);
    if (!period) throw new Error(`bad period key ${assessment.period.key}`);
    const sameAssessment = snapshot.conversation?.assessmentId === assessment.id;
    const result: StepResult = step({
      definition,
      state: sameAssessment && snapshot.conversation ? snapshot.conversation.state : IDLE,
      answers: assessment.answers,
      ...(assessment.submitted ? { submitted: assessment.submitted } : {}),
      context: {
        lexicon: lexiconFor(assessment.questionnaireVersionId, definition),
        period,
        today: calendarDateAt(deps.clock.now(), deps.timeZone),
        memberCount: assessment.unit.memberCount,
        monthOfQuarter: monthOfQuarter(period.month),
      },
      event,
    });

    const renderContext = { translator: deps.translator, locale, definition, unitName: assessment.unit.name, periodKey: assessment.period.key };
    const messages = result.replies.map((reply) => renderReply(renderContext, reply));
    const save = result.effects.flatMap((e) => (e.kind === "save_answer" ? [{ questionId: e.questionId, value: e.value }] : []));
    const clear = result.effects.flatMap((e) => (e.kind === "clear_answers" ? e.questionIds : []));
    const submit = result.effects.find((e) => e.kind === "submit");
    return {
      ok: true,
      messages,
      stale: result.replies.some((reply) => reply.kind === "stale_option"),
      write: {
        conversation: {
          personId: person.id,
          expectedVersion: snapshot.conversation?.version ?? null,
          state: result.state,
          assessmentId: assessment.id,
        },
        ...(save.length + clear.length > 0 || submit
          ? {
              answers: {
                assessmentId: assessment.id,
                answeredBy: person.id,
                save,
                clear,
                ...(submit && submit.kind === "submit"
                  ? { submit: submit.standing, dropDedupePrefix: reminderKeyPrefix(assessment.period.key, assessment.unit.code) }
                  : {}),
              },
            }
          : {}),
      },
    };
  };
}

export type AssessmentTurn = ReturnType<typeof createAssessmentTurn>;
