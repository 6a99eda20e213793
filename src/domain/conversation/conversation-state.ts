import { z } from "zod";

/**
 * Where a chat stands in the assessment dialogue: the prompt its person last saw, which is the
 * only prompt a typed message may answer. Persisted as JSON with the conversation, with a schema
 * version so that a release that changes this shape can still read what an older one stored.
 */
export type Position =
  | {
      readonly mode: "answering";
      readonly questionId: string;
      readonly returnToSummary: boolean;
      /** A free-text answer that was too long, kept so the person can accept a shortened one. */
      readonly draft?: string;
    }
  /** `shown` identifies the answers the summary showed: "Gửi" submits only those. */
  | { readonly mode: "summary"; readonly shown?: string }
  | { readonly mode: "choosing_item" };

export type ConversationState =
  | Position
  /** Nothing waits for an answer (a greeting, a pause, a submission); `resume` is where the person was. */
  | { readonly mode: "idle"; readonly resume?: Position }
  /** Someone who answers for several cells picks one; `unitIds` in the order offered. */
  | { readonly mode: "choosing_cell"; readonly unitIds: readonly number[]; readonly resume?: Position };

export const IDLE: ConversationState = { mode: "idle" };

/** Raised whenever the stored shape changes; older shapes are migrated in `decodeState`. */
export const STATE_VERSION = 2;

const positionSchema = z.discriminatedUnion("mode", [
  z.object({ mode: z.literal("answering"), questionId: z.string(), returnToSummary: z.boolean(), draft: z.string().optional() }),
  z.object({ mode: z.literal("summary"), shown: z.string().optional() }),
  z.object({ mode: z.literal("choosing_item") }),
]);

const stateSchema = z.union([
  positionSchema,
  z.object({ mode: z.literal("idle"), resume: positionSchema.optional() }),
  z.object({ mode: z.literal("choosing_cell"), unitIds: z.array(z.number().int()), resume: positionSchema.optional() }),
]);

/** Version 1 (no version field): the same modes without drafts, summary tokens or cell choice. */
const v1Schema = z.discriminatedUnion("mode", [
  z.object({ mode: z.literal("idle") }),
  z.object({ mode: z.literal("answering"), questionId: z.string(), returnToSummary: z.boolean() }),
  z.object({ mode: z.literal("summary") }),
  z.object({ mode: z.literal("choosing_item") }),
]);

export interface DecodedState {
  readonly state: ConversationState;
  /** "migrated": an older shape was read; "reset": unreadable, the person starts from the greeting. */
  readonly outcome: "current" | "migrated" | "reset";
}

export function encodeState(state: ConversationState): string {
  return JSON.stringify({ v: STATE_VERSION, ...state });
}

/**
 * Never throws: a state this release cannot read is reset to "idle, coming back to the summary",
 * so the chat keeps working, the person's next message shows every answer kept (answers are
 * stored apart from the state) and what is missing. A version-1 summary loses its token, so
 * "Gửi" needs the summary shown again: the person never submits a summary they did not see.
 */
export function decodeState(json: string): DecodedState {
  const reset: DecodedState = { state: { mode: "idle", resume: { mode: "summary" } }, outcome: "reset" };
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return reset;
  }
  if (typeof raw === "object" && raw !== null && "v" in raw) {
    if (raw.v !== STATE_VERSION) return reset;
    const current = stateSchema.safeParse(raw);
    return current.success ? { state: current.data, outcome: "current" } : reset;
  }
  const old = v1Schema.safeParse(raw);
  if (!old.success) return reset;
  const state: ConversationState = old.data.mode === "summary" ? { mode: "summary" } : old.data;
  return { state, outcome: "migrated" };
}

/** The prompt to come back to: where the person was, or nothing. */
export function positionOf(state: ConversationState): Position | undefined {
  return state.mode === "idle" || state.mode === "choosing_cell" ? state.resume : state;
}

/** The state after something else was shown (a greeting, a reminder): typed input answers nothing. */
export function interrupted(state: ConversationState): ConversationState {
  const resume = positionOf(state);
  return resume ? { mode: "idle", resume } : IDLE;
}
