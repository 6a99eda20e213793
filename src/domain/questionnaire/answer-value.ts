import { z } from "zod";

/** An accepted answer, as stored (JSON) and as scored. */
export type AnswerValue =
  | { readonly type: "yes_no"; readonly value: "yes" | "no" }
  | { readonly type: "integer"; readonly value: number }
  | { readonly type: "integers"; readonly values: readonly number[] }
  | { readonly type: "percent"; readonly value: number }
  | { readonly type: "choice"; readonly option: string }
  | { readonly type: "date"; readonly value: string }
  | { readonly type: "text"; readonly value: string }
  | { readonly type: "skipped" };

export const answerValueSchema: z.ZodType<AnswerValue> = z.discriminatedUnion("type", [
  z.object({ type: z.literal("yes_no"), value: z.enum(["yes", "no"]) }),
  z.object({ type: z.literal("integer"), value: z.number().int() }),
  z.object({ type: z.literal("integers"), values: z.array(z.number().int()) }),
  z.object({ type: z.literal("percent"), value: z.number().min(0).max(100) }),
  z.object({ type: z.literal("choice"), option: z.string() }),
  z.object({ type: z.literal("date"), value: z.string() }),
  z.object({ type: z.literal("text"), value: z.string() }),
  z.object({ type: z.literal("skipped") }),
]);

export type Answers = ReadonlyMap<string, AnswerValue>;
