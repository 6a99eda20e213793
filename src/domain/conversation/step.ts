import { domainError, type DomainError } from "../errors.ts";
import { fold } from "../input/normalize.ts";
import { parseAnswer, parseOption, type ParseContext, type ParseResult } from "../input/parse-answer.ts";
import type { AnswerValue, Answers } from "../questionnaire/answer-value.ts";
import type { Question, QuestionnaireDefinition } from "../questionnaire/definition.ts";
import { sumOf, type EvaluationContext } from "../questionnaire/evaluate.ts";
import {
  answeredItemCount,
  findQuestion,
  firstOfItem,
  firstUnanswered,
  itemCount,
  liveAnswers,
  nextAfter,
  nextInItem,
  previousBefore,
  visibleQuestions,
} from "../questionnaire/flow.ts";
import { computeStanding } from "../scoring/compute-standing.ts";
import type { Standing } from "../scoring/standing.ts";
import { answersToken } from "./answers-token.ts";
import { SHORTEN_OPTION, SUMMARY_OPTIONS, parseItemOption, summaryContext, type AssessmentEvent, type SummaryOption } from "./assessment-event.ts";
import { IDLE, positionOf, type ConversationState, type Position } from "./conversation-state.ts";
import { itemReference } from "./item-reference.ts";
import type { Reply } from "./reply.ts";
import { shortenText } from "./shorten-text.ts";

export type Effect =
  | { readonly kind: "save_answer"; readonly questionId: string; readonly value: AnswerValue }
  | { readonly kind: "submit"; readonly standing: Standing };

export interface StepInput {
  readonly definition: QuestionnaireDefinition;
  readonly state: ConversationState;
  readonly answers: Answers;
  /** The stored standing when the assessment is already submitted (read-only). */
  readonly submitted?: Standing;
  readonly context: Omit<ParseContext, "evaluation"> & Omit<EvaluationContext, "answers">;
  readonly event: AssessmentEvent;
}

export interface StepResult {
  readonly state: ConversationState;
  readonly effects: readonly Effect[];
  readonly replies: readonly Reply[];
}

type Answering = Extract<ConversationState, { mode: "answering" }>;

/**
 * The assessment dialogue as a pure function: (definition, state, answers, event) ->
 * (state, effects, replies). Bad input re-asks with a reason; nothing here throws or does I/O.
 *
 * A typed message answers only the prompt the state names, which is the last one shown. Coming
 * back ("open") never answers anything: it shows the prompt again, and the next message answers it.
 */
export function step(input: StepInput): StepResult {
  if (input.submitted) return result(IDLE, [], [{ kind: "already_submitted", standing: input.submitted }]);
  const { state, event } = input;
  if (event.kind === "open") return reopen(input, positionOf(state));
  if (event.kind === "pause") return pause(input);
  if (event.kind === "summary") return summary(input, input.answers);
  switch (state.mode) {
    case "idle":
    case "choosing_cell":
      return result(state, [], [{ kind: "idle_hint" }]);
    case "answering":
      return onAnswering(input, state);
    case "summary":
      return onSummary(input);
    case "choosing_item":
      return onChoosingItem(input);
  }
}

function onAnswering(input: StepInput, state: Answering): StepResult {
  const { definition, event, answers } = input;
  const question = findQuestion(definition, state.questionId);
  if (!question) return reopen(input, undefined);
  if (state.draft !== undefined) {
    const chosen = draftChoice(input, state, question, state.draft);
    if (chosen) return chosen;
  }
  switch (event.kind) {
    case "back": {
      const previous = previousBefore(definition, evaluation(input, answers), question.id);
      if (!previous) return ask(input, state, question, answers, { error: domainError("assessment/nothing-to-go-back-to") });
      return ask(input, { mode: "answering", questionId: previous.id, returnToSummary: false }, previous, answers);
    }
    case "skip":
      if (!question.optional) return ask(input, state, question, answers, { error: domainError("answer/not-optional") });
      return accept(input, state, question, { type: "skipped" });
    case "option":
      if (event.context !== undefined && event.context !== question.id) return result(state, [], [{ kind: "stale_option" }]);
      return acceptParsed(input, state, question, parseOption(question, event.option, parseContext(input, answers)));
    case "text": {
      // "sửa câu 5" / "câu 5" in the middle of the form goes to item 5; it is no answer to this question.
      const item = itemReference(event.text, input.context.lexicon, { bare: false });
      if (item !== undefined) return editItemNumber(input, item);
      const parsed = parseAnswer(question, event.text, parseContext(input, answers));
      if (!parsed.ok && parsed.error.code === "answer/text-too-long" && question.answer.type === "text") {
        // Kept, not lost: the person may take the shortened text with one tap instead of retyping.
        const draft = event.text.trim();
        return ask(input, { ...withoutDraft(state), draft }, question, answers, { error: parsed.error });
      }
      return acceptParsed(input, withoutDraft(state), question, parsed);
    }
    default:
      return ask(input, state, question, answers);
  }
}

/** With a kept draft, the offered choices (take the shortened text, skip) come before parsing. */
function draftChoice(input: StepInput, state: Answering, question: Question, draft: string): StepResult | undefined {
  const { event } = input;
  const max = question.answer.type === "text" ? question.answer.maxLength : draft.length;
  const offered = [SHORTEN_OPTION, ...(question.optional ? ["skip"] : [])];
  let chosen: string | undefined;
  if (event.kind === "option" && event.context === question.id) chosen = event.option;
  if (event.kind === "text") {
    const folded = fold(event.text).replace(/[.)!]+$/, "");
    chosen = /^\d+$/.test(folded) ? offered[Number(folded) - 1] : offered.find((id) => input.context.lexicon.options.get(id)?.has(folded));
  }
  if (chosen === SHORTEN_OPTION) return accept(input, withoutDraft(state), question, { type: "text", value: shortenText(draft, max) });
  if (chosen === "skip" && question.optional) return accept(input, withoutDraft(state), question, { type: "skipped" });
  return undefined;
}

function withoutDraft(state: Answering): Answering {
  return { mode: "answering", questionId: state.questionId, returnToSummary: state.returnToSummary };
}

function acceptParsed(input: StepInput, state: Answering, question: Question, parsed: ParseResult): StepResult {
  if (!parsed.ok) return ask(input, state, question, input.answers, { error: parsed.error });
  return accept(input, state, question, parsed.value);
}

/**
 * Store the answer at once and move on. Answers to questions this one now hides (the meeting's
 * details after "no meeting") are kept, not deleted: they no longer count, and they come back
 * if the answer is changed back.
 */
function accept(input: StepInput, state: Answering, question: Question, value: AnswerValue): StepResult {
  const { definition } = input;
  const updated = new Map(input.answers);
  updated.set(question.id, value);
  const effects: Effect[] = [{ kind: "save_answer", questionId: question.id, value }];

  const ctx = evaluation(input, updated);
  const next = state.returnToSummary
    ? (nextInItem(definition, ctx, question.id) ?? firstUnanswered(definition, ctx))
    : nextAfter(definition, ctx, question.id);
  if (!next) {
    const shown = summary(input, updated);
    return { ...shown, effects };
  }
  const asked = ask(input, { mode: "answering", questionId: next.id, returnToSummary: state.returnToSummary }, next, updated);
  return { ...asked, effects };
}

function onSummary(input: StepInput): StepResult {
  const { event, definition, answers } = input;
  const state = input.state as Extract<ConversationState, { mode: "summary" }>;
  const options = summaryOptions(input, answers);
  if (event.kind === "back") {
    const last = previousBefore(definition, evaluation(input, answers), "");
    return last ? ask(input, { mode: "answering", questionId: last.id, returnToSummary: true }, last, answers) : summary(input, answers);
  }
  if (event.kind === "option" && event.context !== undefined && (state.shown === undefined || event.context !== summaryContext(state.shown))) {
    return result(state, [], [{ kind: "stale_option" }]);
  }
  const text = event.kind === "text" ? event.text : "";
  const chosenByText = event.kind === "text" ? matchSummaryOption(input, text, options) : undefined;
  if (event.kind === "text" && chosenByText === undefined) {
    // "5" is an item only where no choice has that number; "sửa 5", "câu 5" always are.
    const item = itemReference(text, input.context.lexicon, { bare: true });
    if (item !== undefined) return editItemNumber(input, item);
  }
  const chosen = event.kind === "option" ? event.option : chosenByText;
  switch (chosen) {
    case "submit":
      // Only the answers this summary showed may be sent; anything changed since is shown first.
      if (state.shown !== answersToken(liveAnswers(definition, evaluation(input, answers)))) {
        return summary(input, answers, domainError("assessment/changed-since-summary"));
      }
      return submit(input);
    case "continue":
      return reopen(input, undefined);
    case "edit":
      return result({ mode: "choosing_item" }, [], [itemPicker(input)]);
    case "pause":
      return pause(input);
    default:
      return summary(input, answers, domainError("answer/not-a-choice", { count: options.length }), { short: true });
  }
}

function onChoosingItem(input: StepInput): StepResult {
  const { event } = input;
  if (event.kind === "back") return summary(input, input.answers);
  if (event.kind === "option" && event.context !== undefined && event.context !== "items") return result(input.state, [], [{ kind: "stale_option" }]);
  const item =
    event.kind === "option" ? parseItemOption(event.option) : event.kind === "text" ? itemReference(event.text, input.context.lexicon, { bare: true }) : undefined;
  if (item === undefined) return result(input.state, [], [itemPicker(input, domainError("answer/not-an-item"))]);
  return editItemNumber(input, item);
}

function editItemNumber(input: StepInput, item: number): StepResult {
  const question = firstOfItem(input.definition, evaluation(input, input.answers), item);
  if (!question) {
    const known = item >= 1 && item <= itemCount(input.definition);
    const error = known ? domainError("answer/item-not-asked", { item }) : domainError("answer/out-of-range", { min: 1, max: itemCount(input.definition) });
    return result({ mode: "choosing_item" }, [], [itemPicker(input, error)]);
  }
  return ask(input, { mode: "answering", questionId: question.id, returnToSummary: true }, question, input.answers);
}

function submit(input: StepInput): StepResult {
  const { definition, answers } = input;
  const ctx = evaluation(input, answers);
  const missing = firstUnanswered(definition, ctx);
  if (missing) return summary(input, answers, domainError("assessment/incomplete", { item: missing.item }));
  const broken = failedCheck(input, ctx);
  if (broken) {
    return ask(input, { mode: "answering", questionId: broken.question.id, returnToSummary: true }, broken.question, answers, { error: broken.error });
  }
  const standing = computeStanding(definition, { ...ctx, answers: liveAnswers(definition, ctx) });
  return result(IDLE, [{ kind: "submit", standing }], [{ kind: "receipt", standing }]);
}

/**
 * Coming back shows the prompt the person was at (the question being reviewed, the summary),
 * or the first unanswered question; it records nothing.
 */
function reopen(input: StepInput, position: Position | undefined): StepResult {
  const { definition, answers } = input;
  const ctx = evaluation(input, answers);
  if (position?.mode === "summary" || position?.mode === "choosing_item") return summary(input, answers);
  const at = position ? visibleQuestions(definition, ctx).find((q) => q.id === position.questionId) : undefined;
  if (at && position?.mode === "answering") {
    return ask(input, position, at, answers, { resumed: true });
  }
  const next = firstUnanswered(definition, ctx);
  if (!next) return summary(input, answers);
  return ask(input, { mode: "answering", questionId: next.id, returnToSummary: false }, next, answers, { resumed: answers.size > 0 });
}

function pause(input: StepInput): StepResult {
  const answered = answeredItemCount(input.definition, evaluation(input, input.answers));
  const resume = positionOf(input.state);
  const complete = firstUnanswered(input.definition, evaluation(input, input.answers)) === undefined;
  return result(resume ? { mode: "idle", resume } : IDLE, [], [{ kind: "paused", answered, items: itemCount(input.definition), complete }]);
}

function summary(input: StepInput, answers: Answers, error?: DomainError, options: { short?: boolean } = {}): StepResult {
  const { definition } = input;
  const ctx = evaluation(input, answers);
  const live = liveAnswers(definition, ctx);
  const missingItems = [...new Set(visibleQuestions(definition, ctx).filter((q) => !live.has(q.id)).map((q) => q.item))];
  const token = answersToken(live);
  const reply: Reply = {
    kind: "summary",
    token,
    questionIds: visibleQuestions(definition, ctx).map((q) => q.id),
    answers: live,
    preview: computeStanding(definition, { ...ctx, answers: live }),
    missingItems,
    options: summaryOptions(input, answers),
    ...(error ? { error } : {}),
    ...(options.short ? { short: true } : {}),
  };
  return result({ mode: "summary", shown: token }, [], [reply]);
}

function ask(
  input: StepInput,
  state: ConversationState,
  question: Question,
  answers: Answers,
  extra: { error?: DomainError; resumed?: boolean } = {},
): StepResult {
  const current = answers.get(question.id);
  const draft = state.mode === "answering" ? state.draft : undefined;
  const max = question.answer.type === "text" ? question.answer.maxLength : undefined;
  const reply: Reply = {
    kind: "question",
    questionId: question.id,
    item: question.item,
    items: itemCount(input.definition),
    ...(current ? { current } : {}),
    ...(extra.resumed ? { resumed: true } : {}),
    ...(extra.error ? { error: extra.error } : {}),
    ...(draft !== undefined && max !== undefined ? { shortened: { text: shortenText(draft, max), length: draft.length, max } } : {}),
  };
  return result(state, [], [reply]);
}

function itemPicker(input: StepInput, error?: DomainError): Reply {
  return { kind: "item_picker", items: visibleItems(input), ...(error ? { error } : {}) };
}

function visibleItems(input: StepInput): number[] {
  return [...new Set(visibleQuestions(input.definition, evaluation(input, input.answers)).map((q) => q.item))];
}

function summaryOptions(input: StepInput, answers: Answers): SummaryOption[] {
  const complete = firstUnanswered(input.definition, evaluation(input, answers)) === undefined;
  return SUMMARY_OPTIONS.filter((option) => (complete ? option !== "continue" : option !== "submit"));
}

/**
 * The summary's actions are chosen by word ("gửi") or button, never by number: the summary lists
 * the answers by item number, so a number there always names an item to change.
 */
function matchSummaryOption(input: StepInput, text: string, options: readonly SummaryOption[]): SummaryOption | undefined {
  const folded = fold(text).replace(/[.)!]+$/, "");
  return options.find((option) => input.context.lexicon.options.get(option)?.has(folded));
}

function failedCheck(input: StepInput, ctx: EvaluationContext): { question: Question; error: DomainError } | undefined {
  for (const question of visibleQuestions(input.definition, ctx)) {
    for (const check of question.checks ?? []) {
      const left = sumOf(check.left, ctx);
      const right = sumOf(check.right, ctx);
      if (left !== undefined && right !== undefined && left > right) {
        return { question, error: { code: "answer/check-failed", args: { left, right }, detail: check.error } };
      }
    }
  }
  return undefined;
}

function evaluation(input: StepInput, answers: Answers): EvaluationContext {
  return { answers, memberCount: input.context.memberCount, monthOfQuarter: input.context.monthOfQuarter };
}

function parseContext(input: StepInput, answers: Answers): ParseContext {
  const { lexicon, period, today } = input.context;
  return { lexicon, period, today, evaluation: evaluation(input, answers) };
}

function result(state: ConversationState, effects: readonly Effect[], replies: readonly Reply[]): StepResult {
  return { state, effects, replies };
}
