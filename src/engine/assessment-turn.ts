import { CELL_CONTEXT, ITEM_WORDS, SHORTEN_OPTION, SUMMARY_OPTIONS, cellOption, parseCellOption, type AssessmentEvent } from "../domain/conversation/assessment-event.ts";
import { IDLE, interrupted, positionOf, type ConversationState } from "../domain/conversation/conversation-state.ts";
import { step, type StepResult } from "../domain/conversation/step.ts";
import { domainError, type DomainError } from "../domain/errors.ts";
import type { Lexicon } from "../domain/input/lexicon.ts";
import { fold } from "../domain/input/normalize.ts";
import { optionsOf, partsOf } from "../domain/input/parse-answer.ts";
import { ANSWERING_ROLES, type UnitRef } from "../domain/org.ts";
import { calendarDateAt, dayFirst, monthOfQuarter, periodMonthOf } from "../domain/period.ts";
import { reminderKeyPrefix } from "../domain/schedule-rules.ts";
import type { QuestionnaireDefinition } from "../domain/questionnaire/definition.ts";
import { lexiconFrom } from "../i18n/build-lexicon.ts";
import { questionnaireTranslator } from "../i18n/questionnaire-translator.ts";
import type { Locale } from "../i18n/locale.ts";
import type { Translator } from "../i18n/translator.ts";
import type { AssessmentView, Clock, PeriodStore, PeriodView, PersonView, QuestionnaireStore, TurnSnapshot, TurnStore, TurnWrite } from "./ports.ts";
import { lastDayOf } from "./render/late-until.ts";
import { periodLabel, periodMessage } from "./render/render-context.ts";
import { createCellProgress } from "./cell-progress.ts";
import { renderReply } from "./render/render-reply.ts";
import type { OutgoingMessage } from "./messages.ts";
import type { PeriodCalendar } from "../domain/schedule-rules.ts";

export interface AssessmentTurnDeps {
  readonly turns: TurnStore;
  readonly periods: PeriodStore;
  readonly questionnaires: QuestionnaireStore;
  readonly translator: Translator;
  readonly clock: Clock;
  readonly timeZone: string;
  readonly calendar: PeriodCalendar;
}

type TurnWriteBody = Omit<TurnWrite, "key" | "at" | "outbox" | "locale" | "inbound">;

export type AssessmentOutcome =
  | {
      readonly ok: true;
      readonly messages: readonly OutgoingMessage[];
      readonly write: TurnWriteBody;
      /** The event was a tap on a button of an earlier message; nothing changed. */
      readonly stale: boolean;
    }
  | { readonly ok: false; readonly error: DomainError };

/** The period a cell answers now; `until` when it answers late (an allowance, a reopened period). */
interface Target {
  readonly period: PeriodView;
  readonly until?: Date;
}

export interface AssessmentTurn {
  /** One dialogue event for a secretary or deputy. */
  run(snapshot: TurnSnapshot, event: AssessmentEvent, locale: Locale): Promise<AssessmentOutcome>;
  /** The greeting: the open period and each cell's progress. It leaves no question waiting. */
  greet(snapshot: TurnSnapshot, locale: Locale): Promise<AssessmentOutcome>;
}

/**
 * Runs the assessment dialogue for a person: picks the cell (asking when they answer for
 * several), finds or opens its assessment for the current period, steps the pure dialogue,
 * renders its replies and describes what to store.
 *
 * A grassroots committee's secretary or deputy answers its yearly self-assessment the same way:
 * the committee is one more unit to answer for, whose period is the open year (key YYYY) instead
 * of the open month, and someone answering for cells and a committee picks among them.
 */
export function createAssessmentTurn(deps: AssessmentTurnDeps): AssessmentTurn {
  const lexicons = new Map<number, Lexicon>();
  const t = (locale: Locale, key: string, args?: Record<string, string | number>): string => deps.translator.t(locale, key, args);
  const progress = createCellProgress(deps);

  const lexiconFor = (versionId: number, definition: QuestionnaireDefinition): Lexicon => {
    let lexicon = lexicons.get(versionId);
    if (!lexicon) {
      const optionIds = new Set<string>([...SUMMARY_OPTIONS, SHORTEN_OPTION, ITEM_WORDS, ...definition.questions.flatMap((q) => optionsOf(q.answer))]);
      lexicon = lexiconFrom(questionnaireTranslator(deps.translator, definition), optionIds, definition.questions.flatMap((q) => partsOf(q.answer)));
      lexicons.set(versionId, lexicon);
    }
    return lexicon;
  };

  const answeringCells = (person: PersonView): UnitRef[] =>
    person.memberships.filter((m) => ANSWERING_ROLES.includes(m.role) && (m.unit.kind === "cell" || m.unit.kind === "grassroots_committee")).map((m) => m.unit);
  const isCommittee = (unit: UnitRef): boolean => unit.kind === "grassroots_committee";

  /** Keeps the conversation row as it is except for its state (and, when given, its assessment). */
  const conversationWrite = (snapshot: TurnSnapshot, person: PersonView, state: ConversationState, assessmentId?: number | null): TurnWriteBody => ({
    conversation: {
      personId: person.id,
      expectedVersion: snapshot.conversation?.version ?? null,
      state,
      assessmentId: assessmentId === undefined ? (snapshot.conversation?.assessmentId ?? null) : assessmentId,
    },
  });

  const said = (messages: readonly OutgoingMessage[], write: TurnWriteBody): AssessmentOutcome => ({ ok: true, messages, write, stale: false });

  async function noPeriod(snapshot: TurnSnapshot, person: PersonView, cells: readonly UnitRef[], locale: Locale, greeting?: string): Promise<AssessmentOutcome> {
    const text = [greeting, await progress.noOpenPeriod(cells, locale)].filter(Boolean).join("\n");
    return said([{ text }], conversationWrite(snapshot, person, interrupted(snapshot.conversation?.state ?? IDLE)));
  }

  /**
   * The period each cell answers now: a running late allowance (the oldest period first) before
   * the open period. A cell with neither is absent.
   */
  async function targetsOf(cells: readonly UnitRef[]): Promise<Map<number, Target>> {
    // The open year is read only for someone who answers for a grassroots committee.
    const [open, openYear, late] = await Promise.all([
      deps.periods.currentOpen(),
      cells.some(isCommittee) ? deps.periods.currentOpen("yearly") : null,
      deps.turns.lateAllowances(cells.map((c) => c.id), deps.clock.now()),
    ]);
    const targets = new Map<number, Target>();
    for (const cell of cells) {
      const allowed = late.find((a) => a.unitId === cell.id);
      const current = isCommittee(cell) ? openYear : open;
      if (allowed) targets.set(cell.id, { period: allowed.period, until: allowed.until });
      else if (current) targets.set(cell.id, { period: current });
    }
    return targets;
  }

  /** The period a picker or greeting names: the open one, else the first cell's late one. */
  const headlinePeriod = async (targets: ReadonlyMap<number, Target>): Promise<PeriodView | undefined> =>
    (await deps.periods.currentOpen()) ?? [...targets.values()][0]?.period;

  const lateNote = (locale: Locale, target: Target | undefined): string =>
    target?.until ? t(locale, periodMessage("late-report-note", target.period.key), { period: dayFirst(target.period.key), until: lastDayOf(target.until, deps.timeZone) }) : "";

  /** The picker's first words: "which cell" for cells only, "which report" once a committee's year is among them. */
  const pickerIntro = (locale: Locale, cells: readonly UnitRef[], period: PeriodView | undefined, again = false): string =>
    cells.some(isCommittee)
      ? t(locale, again ? "unit-picker-again" : "unit-picker", { count: cells.length })
      : again
        ? t(locale, "cell-picker-again", { count: cells.length })
        : t(locale, "cell-picker", { period: dayFirst(period?.key ?? ""), count: cells.length });

  async function cellPicker(snapshot: TurnSnapshot, person: PersonView, cells: readonly UnitRef[], targets: ReadonlyMap<number, Target>, locale: Locale, intro: string): Promise<AssessmentOutcome> {
    // One read per period (and late or not): usually all of them answer the open period.
    const groups = new Map<string, { target: Target; cells: UnitRef[] }>();
    for (const cell of cells) {
      const target = targets.get(cell.id);
      if (!target) continue;
      const key = `${target.period.id}:${target.until ? "late" : "open"}`;
      const group = groups.get(key) ?? { target, cells: [] };
      group.cells.push(cell);
      groups.set(key, group);
    }
    const progressOf = new Map<number, string>();
    for (const { target, cells: grouped } of groups.values()) {
      for (const [id, line] of await progress.lines(grouped, target.period, locale, { late: target.until !== undefined })) progressOf.set(id, line);
    }
    const lines = new Map<number, string>();
    // With a committee's year among the months, each line says which report it is.
    const mixed = cells.some(isCommittee);
    for (const cell of cells) {
      const target = targets.get(cell.id);
      const progressLine = target ? (progressOf.get(cell.id) ?? "") : t(locale, isCommittee(cell) ? "yearly-nothing-open" : "progress-nothing-open");
      const line = mixed && target ? t(locale, periodMessage("picker-line", target.period.key), { period: periodLabel(target.period.key), progress: progressLine }) : progressLine;
      lines.set(cell.id, [line, lateNote(locale, target)].filter(Boolean).join(" "));
    }
    const message: OutgoingMessage = {
      text: intro,
      choices: cells.map((unit, index) => ({ id: cellOption(index + 1), label: `${unit.name} — ${lines.get(unit.id) ?? ""}` })),
      choiceContext: CELL_CONTEXT,
      choiceStyle: "pick",
    };
    const state: ConversationState = { mode: "choosing_cell", unitIds: cells.map((u) => u.id), ...withResume(snapshot) };
    return said([message], conversationWrite(snapshot, person, state));
  }

  const withResume = (snapshot: TurnSnapshot): { resume?: NonNullable<ReturnType<typeof positionOf>> } => {
    const resume = positionOf(snapshot.conversation?.state ?? IDLE);
    return resume ? { resume } : {};
  };

  /** The cell a picker answer names: its number, its code or its name. */
  function chosenCell(state: Extract<ConversationState, { mode: "choosing_cell" }>, cells: readonly UnitRef[], event: AssessmentEvent): UnitRef | "stale" | undefined {
    const offered = state.unitIds.flatMap((id) => cells.filter((u) => u.id === id));
    if (event.kind === "option") {
      if (event.context !== CELL_CONTEXT) return "stale";
      const index = parseCellOption(event.option);
      return index === undefined ? undefined : offered[index - 1];
    }
    if (event.kind !== "text") return undefined;
    const folded = fold(event.text).replace(/[.)!]+$/, "");
    if (/^\d+$/.test(folded)) return offered[Number(folded) - 1];
    const exact = offered.filter((u) => fold(u.code) === folded || fold(u.name) === folded);
    if (exact.length === 1) return exact[0];
    // "Tả Thàng" names "Chi bộ thôn Tả Thàng" when no other offered cell contains it.
    const partial = folded.length >= 3 ? offered.filter((u) => fold(u.name).includes(folded)) : [];
    return partial.length === 1 ? partial[0] : undefined;
  }

  /** Whether the cell may still answer this closed period: its late allowance runs. */
  async function allowedLate(assessment: AssessmentView): Promise<boolean> {
    const running = await deps.turns.lateAllowances([assessment.unit.id], deps.clock.now());
    return running.some((a) => a.period.id === assessment.period.id);
  }

  async function stepOn(snapshot: TurnSnapshot, person: PersonView, cells: readonly UnitRef[], assessment: AssessmentView, event: AssessmentEvent, locale: Locale): Promise<AssessmentOutcome> {
    // Late answers are refused once the period has closed (the cell was recorded as not
    // reported), unless an admin allowed this cell a late report that is still running.
    if (!assessment.period.open && !assessment.submitted && !(await allowedLate(assessment))) {
      const closed = domainError("assessment/period-closed", { period: dayFirst(assessment.period.key) });
      return { ok: false, error: { ...closed, detail: periodMessage("error-assessment-period-closed", assessment.period.key) } };
    }
    const definition = await deps.questionnaires.get(assessment.questionnaireVersionId);
    const period = periodMonthOf(assessment.period.key);
    if (!period) throw new Error(`bad period key ${assessment.period.key}`);
    const sameAssessment = snapshot.conversation?.assessmentId === assessment.id;
    const stored = snapshot.conversation?.state ?? IDLE;
    // The state's position belongs to the assessment it was saved with; another cell starts fresh.
    const state: ConversationState = sameAssessment ? (stored.mode === "choosing_cell" ? { mode: "idle", ...withResume(snapshot) } : stored) : IDLE;
    const result: StepResult = step({
      definition,
      state,
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

    const renderContext = {
      // An office's questionnaire brings its own texts (issue 13); the rest is read from the locale files.
      translator: questionnaireTranslator(deps.translator, definition),
      locale,
      definition,
      unitName: assessment.unit.name,
      periodKey: assessment.period.key,
      // Someone answering for several cells always sees which one a question is about.
      ...(cells.length > 1 ? { cellHeader: assessment.unit.name } : {}),
    };
    const messages = result.replies.map((reply) => renderReply(renderContext, reply));
    const save = result.effects.flatMap((e) => (e.kind === "save_answer" ? [{ questionId: e.questionId, value: e.value }] : []));
    const submit = result.effects.find((e) => e.kind === "submit");
    return {
      ok: true,
      messages,
      stale: result.replies.some((reply) => reply.kind === "stale_option"),
      write: {
        ...conversationWrite(snapshot, person, result.state, assessment.id),
        ...(save.length > 0 || submit
          ? {
              answers: {
                assessmentId: assessment.id,
                answeredBy: person.id,
                save,
                clear: [],
                ...(submit && submit.kind === "submit"
                  ? { submit: submit.standing, dropDedupePrefix: reminderKeyPrefix(assessment.period.key, assessment.unit.code) }
                  : {}),
              },
            }
          : {}),
      },
    };
  }

  async function openFor(snapshot: TurnSnapshot, unit: UnitRef, period: PeriodView): Promise<AssessmentView> {
    const current = snapshot.assessment;
    if (current && current.unit.id === unit.id && current.period.id === period.id) return current;
    return deps.turns.openAssessment(unit.id, period);
  }

  return {
    async run(snapshot, event, locale) {
      const person = snapshot.person;
      if (!person) return { ok: false, error: domainError("auth/not-registered") };
      const cells = answeringCells(person);
      if (cells.length === 0) return { ok: false, error: domainError("auth/not-a-secretary") };
      const state = snapshot.conversation?.state ?? IDLE;

      if (state.mode === "choosing_cell" && (event.kind === "text" || event.kind === "option")) {
        const targets = await targetsOf(cells);
        if (targets.size === 0) return noPeriod(snapshot, person, cells, locale);
        const cell = chosenCell(state, cells, event);
        if (cell === "stale") return { ok: true, messages: [{ text: t(locale, "stale-option") }], write: {}, stale: true };
        if (!cell) return cellPicker(snapshot, person, cells, targets, locale, pickerIntro(locale, cells, undefined, true));
        const target = targets.get(cell.id);
        if (!target) return noPeriod(snapshot, person, [cell], locale);
        return stepOn(snapshot, person, cells, await openFor(snapshot, cell, target.period), { kind: "open" }, locale);
      }

      const opens = event.kind === "open" || event.kind === "summary";
      if (!opens && snapshot.assessment) return stepOn(snapshot, person, cells, snapshot.assessment, event, locale);
      const targets = await targetsOf(cells);
      if (targets.size === 0) return noPeriod(snapshot, person, cells, locale);
      const code = event.kind === "open" ? event.unitCode?.toUpperCase() : undefined;
      if (code !== undefined) {
        const cell = cells.find((u) => u.code.toUpperCase() === code);
        if (!cell) return { ok: false, error: domainError("command/bad-argument", { usage: cells.map((u) => `/baocao ${u.code}`).join(" | ") }) };
        const target = targets.get(cell.id);
        if (!target) return noPeriod(snapshot, person, [cell], locale);
        return stepOn(snapshot, person, cells, await openFor(snapshot, cell, target.period), event, locale);
      }
      const shown = snapshot.assessment;
      const current = shown && targets.get(shown.unit.id)?.period.id === shown.period.id ? shown : null;
      if (cells.length > 1 && !(event.kind === "summary" && current)) {
        const period = await headlinePeriod(targets);
        return cellPicker(snapshot, person, cells, targets, locale, pickerIntro(locale, cells, period));
      }
      const cell = current?.unit ?? cells[0];
      if (!cell) return { ok: false, error: domainError("auth/not-a-secretary") };
      const target = targets.get(cell.id);
      if (!target) return noPeriod(snapshot, person, cells, locale);
      return stepOn(snapshot, person, cells, await openFor(snapshot, cell, target.period), event, locale);
    },

    async greet(snapshot, locale) {
      const person = snapshot.person;
      if (!person) return { ok: false, error: domainError("auth/not-registered") };
      const cells = answeringCells(person);
      const keep = conversationWrite(snapshot, person, interrupted(snapshot.conversation?.state ?? IDLE));
      if (cells.length === 0) {
        const roles = person.memberships.map((m) => t(locale, `role-${m.role}`) + " · " + m.unit.name).join("\n");
        return said([{ text: t(locale, "greeting-member", { roles }) }], snapshot.conversation ? keep : {});
      }
      const first = person.memberships.find((m) => m.unit.id === cells[0]?.id);
      const hello = cells.length > 1 ? t(locale, "greeting-hello") : t(locale, "greeting-hello-cell", { role: t(locale, `role-${first?.role ?? "secretary"}`), unit: cells[0]?.name ?? "" });
      const targets = await targetsOf(cells);
      if (targets.size === 0) return noPeriod(snapshot, person, cells, locale, hello);
      if (cells.length > 1) {
        const period = await headlinePeriod(targets);
        return cellPicker(snapshot, person, cells, targets, locale, [hello, pickerIntro(locale, cells, period)].join("\n"));
      }
      const [cell] = cells;
      if (!cell) return { ok: false, error: domainError("auth/not-a-secretary") };
      const target = targets.get(cell.id);
      if (!target) return noPeriod(snapshot, person, cells, locale, hello);
      const { period, until } = target;
      const [assessment] = await deps.turns.assessmentsOf([cell.id], period.id);
      const line = (await progress.lines([cell], period, locale, { late: until !== undefined })).get(cell.id) ?? "";
      // A committee's year speaks of a year and a committee.
      const say = (key: string, args: Record<string, string | number>): string => t(locale, periodMessage(key, period.key), args);
      if (assessment?.submitted) {
        // Nothing left to start: no button that would only say "already sent".
        return said([{ text: [hello, say("greeting-period-sent", { period: dayFirst(period.key), progress: line })].join("\n") }], keep);
      }
      const started = (assessment?.answers.size ?? 0) > 0;
      // A late report names its own deadline: the calendar's has passed.
      const intro = until
        ? say(started ? "greeting-late-started" : "greeting-late", { period: dayFirst(period.key), progress: line, until: lastDayOf(until, deps.timeZone) })
        : say(started ? "greeting-period-started" : "greeting-period", { period: dayFirst(period.key), progress: line });
      const text = [hello, intro].join("\n");
      const label = t(locale, started ? "option-assess-continue" : "option-assess");
      return said([{ text, choices: [{ id: "assess", label }], choiceContext: "greeting", choiceStyle: "pick" }], keep);
    },
  };
}
