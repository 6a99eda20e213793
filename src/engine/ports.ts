import type { ConversationState } from "../domain/conversation/conversation-state.ts";
import type { Role, UnitRef } from "../domain/org.ts";
import type { AnswerValue, Answers } from "../domain/questionnaire/answer-value.ts";
import type { QuestionnaireDefinition } from "../domain/questionnaire/definition.ts";
import type { Standing } from "../domain/scoring/standing.ts";
import type { Locale } from "../i18n/locale.ts";
import type { ChatAddress, OutgoingMessage } from "./messages.ts";

/** The ports the engine needs; storage implements them with Prisma, tests may too. */

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
}

export interface TurnSnapshot {
  readonly person: PersonView | null;
  readonly conversation: ConversationView | null;
  readonly assessment: AssessmentView | null;
}

export interface OutboxDraft extends ChatAddress {
  readonly message: OutgoingMessage;
  /** Same key, same message: a second enqueue is ignored. */
  readonly dedupeKey?: string;
}

export interface TurnWrite {
  readonly key: string;
  readonly at: Date;
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
  };
  readonly locale?: { readonly personId: number; readonly locale: Locale };
  readonly outbox: readonly OutboxDraft[];
}

/** Thrown by TurnStore.save when another turn changed the conversation first. */
export class VersionConflict extends Error {
  constructor(key: string) {
    super(`conversation ${key} changed concurrently`);
    this.name = "VersionConflict";
  }
}

export interface TurnStore {
  load(key: string, sender: { readonly channel: string; readonly externalId: string }): Promise<TurnSnapshot>;
  /** One transaction: conversation (version-checked), answers, submission, locale, outbox rows. */
  save(write: TurnWrite): Promise<void>;
  /** The cell's assessment for the period, created on first use with the period's questionnaire. */
  openAssessment(unitId: number, period: PeriodView): Promise<AssessmentView>;
}

export interface PeriodStore {
  /** The period secretaries answer now: the latest open one. */
  currentOpen(): Promise<PeriodView | null>;
}

export interface QuestionnaireStore {
  get(versionId: number): Promise<QuestionnaireDefinition>;
}

export interface OutboxSignal {
  /** New rows were committed: deliver soon. */
  wake(): void;
}

export interface OutboxRow extends ChatAddress {
  readonly id: number;
  readonly message: OutgoingMessage;
  readonly attempts: number;
}

export interface OutboxStore {
  /** Claims the oldest due message of each chat (one per chat keeps a chat's messages in order). */
  claimDue(now: Date, channels: readonly string[], limit: number): Promise<OutboxRow[]>;
  markSent(id: number, at: Date): Promise<void>;
  retryLater(id: number, attempts: number, at: Date, error: string): Promise<void>;
  markFailed(id: number, attempts: number, error: string): Promise<void>;
  /** The recipient cannot be reached (blocked the bot, chat gone): stop trying them. */
  markUnreachable(address: ChatAddress, at: Date): Promise<void>;
  /** When the next pending message of these channels is due, if any. */
  nextDueAt(channels: readonly string[]): Promise<Date | null>;
}
