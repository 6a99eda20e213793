import { z } from "zod";

/** Where a chat stands in the assessment dialogue. Persisted as JSON with the conversation. */
export type ConversationState =
  | { readonly mode: "idle" }
  | { readonly mode: "answering"; readonly questionId: string; readonly returnToSummary: boolean }
  | { readonly mode: "summary" }
  | { readonly mode: "choosing_item" };

export const IDLE: ConversationState = { mode: "idle" };

export const conversationStateSchema: z.ZodType<ConversationState> = z.discriminatedUnion("mode", [
  z.object({ mode: z.literal("idle") }),
  z.object({ mode: z.literal("answering"), questionId: z.string(), returnToSummary: z.boolean() }),
  z.object({ mode: z.literal("summary") }),
  z.object({ mode: z.literal("choosing_item") }),
]);
