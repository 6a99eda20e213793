import type { ConversationState } from "../domain/conversation/conversation-state.ts";

/** A chat's place in the assessment dialogue, version-checked so two turns never both win. */
export interface StoredConversation {
  readonly key: string;
  readonly version: number;
  /** The stored JSON; decoding (and migrating older shapes) is the domain's. */
  readonly state: string;
  readonly personId: number | null;
  readonly assessmentId: number | null;
  readonly updatedAt: string;
}

/** Owner of the `conversations` table. */
export interface ConversationStore {
  get(key: string): Promise<StoredConversation | undefined>;
  /**
   * Creates (expectedVersion null) or updates the conversation; false when another turn changed
   * it first (the caller retries the whole turn).
   */
  put(change: {
    readonly key: string;
    readonly expectedVersion: number | null;
    readonly state: ConversationState;
    readonly personId: number;
    readonly assessmentId: number | null;
    readonly at: Date;
  }): Promise<boolean>;
}
