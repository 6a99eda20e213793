import type { AssessmentEvent } from "./assessment-event.ts";
import type { ConversationState } from "./conversation-state.ts";

/** What a message means once the prompt its sender last saw is taken into account. */
export type Entry =
  | { readonly kind: "event"; readonly event: AssessmentEvent }
  /** Nothing waits for an answer and the message does not ask to start: say how to start. */
  | { readonly kind: "hint" }
  /** A button of a prompt that is no longer shown. */
  | { readonly kind: "stale" };

/**
 * The rule of re-entry: a typed message answers only the prompt its sender last saw. After
 * something else was shown — a greeting, a pause, a reminder or any message the bot sent on its
 * own — typed text brings the waiting prompt back instead of answering it; the next message
 * answers it. Commands and buttons name their own target, so they pass (the dialogue checks a
 * button's prompt).
 */
export function entryFor(state: ConversationState, event: AssessmentEvent, seen: { readonly interrupted: boolean; readonly startWord: boolean }): Entry {
  const pass: Entry = { kind: "event", event };
  if (event.kind === "open" || event.kind === "summary" || event.kind === "pause") return pass;
  const waiting = state.mode !== "idle";
  if (event.kind === "text") {
    if (waiting && !seen.interrupted) return pass;
    const wasSomewhere = waiting || state.resume !== undefined;
    return wasSomewhere || seen.startWord ? { kind: "event", event: { kind: "open" } } : { kind: "hint" };
  }
  if (event.kind === "option") return waiting ? pass : { kind: "stale" };
  // back, skip
  return waiting ? pass : { kind: "hint" };
}
