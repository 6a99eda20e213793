import type { ConversationState } from "../domain/conversation/conversation-state.ts";
import type { Role, UnitRef } from "../domain/org.ts";
import type { PeriodKind } from "../domain/period.ts";
import type { AnswerValue, Answers } from "../domain/questionnaire/answer-value.ts";
import type { QuestionnaireDefinition } from "../domain/questionnaire/definition.ts";
import type { Standing } from "../domain/scoring/standing.ts";
import type { Locale } from "../i18n/locale.ts";
import type { ChatAddress, OutgoingMessage } from "./messages.ts";

/** The ports the engine needs; src/app composes them of the table stores (src/ports), tests may fake them. */

export interface Clock {
  now(): Date;
}

export interface PersonView {
  readonly id: number;
  readonly locale?: Locale;
  readonly memberships: readonly { readonly role: Role; readonly unit: UnitRef }[];
}

export interface PeriodView {
  readonly id: number;
  readonly key: string;
  readonly open: boolean;
  readonly questionnaireVersionId: number;
}

export interface AssessmentView {
  readonly id: number;
  readonly unit: UnitRef;
  readonly period: PeriodView;
  readonly questionnaireVersionId: number;
  readonly answers: Answers;
  /** Present once submitted: the assessment is then read-only. */
  readonly submitted?: Standing;
}

export interface ConversationView {
  readonly version: number;
  readonly state: ConversationState;
  readonly assessmentId: number | null;
  /** The stored state was of an older shape ("migrated") or unreadable ("reset", now idle). */
  readonly restored?: "migrated" | "reset";
  /**
   * Typed text answers no question: the bot wrote to this chat on its own (a reminder, an
   * invitation, a notice) after its last reply, or that reply had not been delivered yet when
   * the person sent the message (they were answering something older).
   */
  readonly interrupted: boolean;
}

export interface TurnSnapshot {
  /** The platform already delivered this message once and it was handled. */
  readonly seen: boolean;
  readonly person: PersonView | null;
  readonly conversation: ConversationView | null;
  readonly assessment: AssessmentView | null;
}

export interface OutboxDraft extends ChatAddress {
  readonly message: OutgoingMessage;
  /** Same key, same message: a second enqueue is ignored. */
  readonly dedupeKey?: string;
  /** Hold the message until then (quiet hours). */
  readonly notBefore?: Date;
}

export interface TurnWrite {
  readonly key: string;
  readonly at: Date;
  /** The platform's id of the message this turn handled, recorded so a re-delivery is skipped. */
  readonly inbound?: { readonly channel: string; readonly externalId: string };
  /** Who wrote: someone marked unreachable (blocked the bot once) who writes again is reachable again. */
  readonly sender?: { readonly channel: string; readonly externalId: string };
  /** Omitted when the turn changed no dialogue state (e.g. a stranger's message). */
  readonly conversation?: {
    readonly personId: number;
    /** null when the conversation did not exist yet. */
    readonly expectedVersion: number | null;
    readonly state: ConversationState;
    readonly assessmentId: number | null;
  };
  readonly answers?: {
    readonly assessmentId: number;
    readonly answeredBy: number;
    readonly save: readonly { readonly questionId: string; readonly value: AnswerValue }[];
    readonly clear: readonly string[];
    readonly submit?: Standing;
    /** On submit: pending outbox messages with this dedupe prefix (the cell's reminders) are dropped. */
    readonly dropDedupePrefix?: string;
  };
  readonly locale?: { readonly personId: number; readonly locale: Locale };
  /** An invite redeemed by the sender (single use: a code used meanwhile makes the turn conflict), or a failed try. */
  readonly invite?:
    | { readonly kind: "redeem"; readonly inviteId: number; readonly unitId: number; readonly role: Role; readonly unitCode: string }
    | { readonly kind: "failed" };
  readonly outbox: readonly OutboxDraft[];
}

/** Thrown by TurnStore.save when another turn changed the conversation first. */
export class VersionConflict extends Error {
  constructor(key: string) {
    super(`conversation ${key} changed concurrently`);
    this.name = "VersionConflict";
  }
}

/**
 * A cell may answer a period after its calendar window (a late report one admin allowed, or a
 * reopened period) until `until`.
 */
export interface LateAllowanceView {
  readonly unitId: number;
  readonly period: PeriodView;
  readonly until: Date;
}

export interface TurnStore {
  /** `sentAt`: when the person sent the message being handled (for whether they saw the last reply). */
  load(chat: ChatAddress, sender: { readonly channel: string; readonly externalId: string }, inboundId?: string, sentAt?: Date): Promise<TurnSnapshot>;
  /** One transaction: conversation (version-checked), answers, submission, locale, outbox rows. Returns the outbox rows' ids. */
  save(write: TurnWrite): Promise<readonly number[]>;
  /** The cell's assessment for the period, created on first use with the period's questionnaire. */
  openAssessment(unitId: number, period: PeriodView): Promise<AssessmentView>;
  /** The assessments these cells already have for the period (none is created). */
  assessmentsOf(unitIds: readonly number[], periodId: number): Promise<readonly AssessmentView[]>;
  /**
   * The late allowances of these cells still running at `at` whose period the cell has not
   * submitted: what they may still answer. Oldest period first.
   */
  lateAllowances(unitIds: readonly number[], at: Date): Promise<readonly LateAllowanceView[]>;
}

export interface PeriodStore {
  /** The period of this kind (monthly by default: cells' months) answered now: the latest open one. */
  currentOpen(kind?: PeriodKind): Promise<PeriodView | null>;
  /** The most recent period of this kind (monthly by default), open or closed. */
  latest(kind?: PeriodKind): Promise<PeriodView | null>;
}

export interface QuestionnaireStore {
  get(versionId: number): Promise<QuestionnaireDefinition>;
}

export interface OutboxSignal {
  /** New rows were committed: deliver soon. `added`: the ids of those rows, when known (claimed by id, without a search). */
  wake(added?: readonly number[]): void;
}

export interface OutboxRow extends ChatAddress {
  readonly id: number;
  readonly message: OutgoingMessage;
  readonly attempts: number;
  /** Platform calls of this message already made; delivery goes on from here. */
  readonly partsSent: number;
}

export interface OutboxStore {
  /** Adds messages for delivery; a message whose dedupe key exists already is skipped. */
  enqueue(drafts: readonly OutboxDraft[], at: Date): Promise<void>;
  /**
   * Claims each chat's oldest due message (one per chat keeps a chat's messages in order),
   * chosen in the query itself: no backlog of other chats or channels delays a live reply.
   */
  claimDue(now: Date, channels: readonly string[], limit: number): Promise<OutboxRow[]>;
  /** Claims those of these just-enqueued messages that are due and their chat's head; the others are left to `claimDue`. */
  claimNew(ids: readonly number[], now: Date, channels: readonly string[]): Promise<OutboxRow[]>;
  /**
   * Messages left claimed by a process that died are due again now. Only for a database this
   * process has to itself (SQLite): a second instance's claims are live, and expire on their own.
   */
  releaseAbandonedClaims(at: Date): Promise<number>;
  /** A claimed message is still being delivered: keep others off it until `until`. */
  renewLease(id: number, until: Date): Promise<void>;
  /** Call `partsSent - 1` went through; with `done` the whole message is delivered. */
  markPartSent(id: number, partsSent: number, done: boolean, at: Date, platformMessageId?: string): Promise<void>;
  /** Back to pending without counting an attempt (pacing, or the platform said "not yet"). */
  release(id: number, at: Date): Promise<void>;
  /** The chat's latest delivered message whose buttons are still live. */
  liveChoices(address: ChatAddress): Promise<{ readonly id: number; readonly platformMessageId: string } | null>;
  markChoicesCleared(id: number): Promise<void>;
  /** A delivered message's text erased (it carried a secret). */
  eraseDelivered(id: number): Promise<void>;
  retryLater(id: number, attempts: number, at: Date, error: string): Promise<void>;
  markFailed(id: number, attempts: number, error: string): Promise<void>;
  /** The recipient cannot be reached (blocked the bot, chat gone): stop trying them. */
  markUnreachable(address: ChatAddress, at: Date): Promise<void>;
  /** The chat lives on under a new id (a Telegram group upgraded to a supergroup): undelivered messages follow it. */
  moveChat(channel: string, from: string, to: string): Promise<void>;
  /** When the next pending message of these channels is due, if any (a chat's later messages wait for its head). */
  nextDueAt(channels: readonly string[], now: Date): Promise<Date | null>;
}

// The operator's view of the outbox is declared once, with the store that owns the table.
export type { OutboxAdmin, OutboxChatSummary, OutboxFilter } from "../ports/outbox-store.ts";

export type InviteCheck =
  | { readonly ok: true; readonly inviteId: number; readonly unit: UnitRef; readonly role: Role }
  | { readonly ok: false; readonly reason: "invalid" | "used" | "revoked" | "expired" | "too-many-attempts" };

export interface InviteStore {
  /**
   * What a code would do for this identity, read only: the redemption (or the failed attempt
   * that counts towards a lock-out) is written by the turn, in the turn's one transaction.
   */
  check(code: string, identity: { readonly channel: string; readonly externalId: string }, at: Date): Promise<InviteCheck>;
}

export interface GroupStore {
  bind(address: ChatAddress, unitCode: string, by: number | null, at: Date): Promise<UnitRef | null>;
  unbind(address: ChatAddress): Promise<UnitRef | null>;
  boundUnit(address: ChatAddress): Promise<UnitRef | null>;
}

/** The organisation tree as far as deciding who may act where needs it. */
export interface UnitTree {
  findUnit(code: string): Promise<UnitRef | null>;
  /** Units without a parent: their admins administer everything. */
  topUnits(): Promise<readonly UnitRef[]>;
  /** Whether `unitCode` is `ancestorId` or below it in the tree. */
  isWithin(unitCode: string, ancestorId: number): Promise<boolean>;
}

/** (job, slot) runs at most once, across restarts and processes; declared with its table. */
export type { JobRunStore } from "../ports/job-run-store.ts";

export interface Recipient extends ChatAddress {
  readonly personId: number;
  readonly locale?: Locale;
}

export interface CellRecipients {
  readonly unit: UnitRef;
  /** Secretaries and deputies who can be reached. */
  readonly recipients: readonly Recipient[];
}

export interface BoundGroup {
  readonly address: ChatAddress;
  readonly unit: UnitRef;
}

export interface CellPeriodState {
  readonly unit: UnitRef;
  readonly status: "not_started" | "in_progress" | "submitted" | "not_reported";
  readonly standing: Standing | null;
  /** The free-text item, when answered. */
  readonly notes: string | null;
  /** The questionnaire version its assessment uses (issue 13: a subtree may use its own); absent without an assessment. */
  readonly questionnaire?: { readonly name: string; readonly definition: QuestionnaireDefinition };
}

/**
 * Periods are of two kinds (src/domain/period.ts): months, answered by cells, and years, the
 * grassroots committees' self-assessment. Where a method takes a `kind`, the default is the
 * monthly one; "cells" then means the units that answer that kind of period.
 */
export interface ScheduleStore {
  /** Creates the period as open unless it exists; `created` tells which. */
  openPeriod(key: string, questionnaireVersionId: number, at: Date): Promise<{ readonly period: PeriodView; readonly created: boolean }>;
  /** Closes it; every unit answering it without a submission is recorded as not reported. */
  closePeriod(key: string, at: Date): Promise<{ readonly notReported: number } | null>;
  /** The periods of a kind, oldest first. */
  listPeriods(kind?: PeriodKind): Promise<readonly PeriodView[]>;
  /** Every unit answering periods of this kind, with its answering people. */
  cells(kind?: PeriodKind): Promise<readonly CellRecipients[]>;
  /**
   * The period's late allowances in short: when the last was granted (a reopening grants one to
   * every cell at once) and when the latest ends; null when it has none. A reopened period stays
   * open until then.
   */
  lateReportsOf(periodId: number): Promise<{ readonly lastAllowedAt: Date; readonly until: Date } | null>;
  /**
   * Cells of closed periods whose late allowance ended before they submitted are recorded as not
   * reported again; returns how many.
   */
  endLateReports(at: Date): Promise<number>;
  /** Units answering the period (of this kind) that have not submitted, with their answering people. */
  cellsAwaiting(periodId: number, kind?: PeriodKind): Promise<readonly CellRecipients[]>;
  boundGroups(): Promise<readonly BoundGroup[]>;
  unitOf(unitId: number): Promise<UnitRef | null>;
  /** People with an admin role, on every channel they can be reached on. */
  adminRecipients(): Promise<readonly Recipient[]>;
  /** A registered person or a bound group on that channel. */
  isKnownChat(channel: string, chatId: string): Promise<boolean>;
  /** The units answering the period (of this kind) under a unit, itself included, with their state. */
  cellStates(unitId: number, periodId: number, kind?: PeriodKind): Promise<readonly CellPeriodState[]>;
  /** `cellStates` of several periods of one kind (a digest's month and the month before), read together: one list per period, in order. */
  cellStatesIn(unitId: number, periodIds: readonly number[], kind?: PeriodKind): Promise<readonly (readonly CellPeriodState[])[]>;
}
