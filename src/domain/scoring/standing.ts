import { z } from "zod";
import { CRITERION_IDS } from "../questionnaire/definition.ts";
import type { CriterionId, ValueUnit } from "../questionnaire/definition.ts";

/** Why a rule gave the points it gave: enough for the user to see what failed and by how much. */
export interface RuleOutcome {
  readonly ruleId: string;
  readonly label: string;
  readonly points: number;
  readonly max: number;
  /** The measured value (bands rules); absent when the inputs were not answered. */
  readonly value?: number;
  readonly unit?: ValueUnit;
  /** The chosen option (choice rules). */
  readonly option?: string;
  /** What would have earned more points. */
  readonly need?: { readonly op: "≥" | ">" | "≤"; readonly threshold: number; readonly points: number; readonly note?: string };
}

export interface VetoOutcome {
  readonly ruleId: string;
  readonly label: string;
  readonly zeroes: boolean;
}

export interface CriterionStanding {
  readonly id: CriterionId;
  readonly name: string;
  readonly points: number;
  readonly max: number;
  readonly metAt: number;
  readonly met: boolean;
  readonly vetoes: readonly VetoOutcome[];
  readonly outcomes: readonly RuleOutcome[];
}

export interface Standing {
  readonly criteria: readonly CriterionStanding[];
  readonly score: number;
  readonly maxScore: number;
  readonly fourGood: boolean;
  /** Unofficial display band mirroring QĐ 366's cut-offs. */
  readonly band: string;
  /** Early warnings for the committee (labels). */
  readonly flags: readonly string[];
}

const ruleOutcomeSchema = z.object({
  ruleId: z.string(),
  label: z.string(),
  points: z.number(),
  max: z.number(),
  value: z.number().optional(),
  unit: z.enum(["count", "percent", "minutes"]).optional(),
  option: z.string().optional(),
  need: z
    .object({ op: z.enum(["≥", ">", "≤"]), threshold: z.number(), points: z.number(), note: z.string().optional() })
    .optional(),
});

/** Validates a standing read back from storage (it is stored as JSON with the submission). */
export const standingSchema: z.ZodType<Standing> = z.object({
  criteria: z.array(
    z.object({
      id: z.enum(CRITERION_IDS),
      name: z.string(),
      points: z.number(),
      max: z.number(),
      metAt: z.number(),
      met: z.boolean(),
      vetoes: z.array(z.object({ ruleId: z.string(), label: z.string(), zeroes: z.boolean() })),
      outcomes: z.array(ruleOutcomeSchema),
    }),
  ),
  score: z.number(),
  maxScore: z.number(),
  fourGood: z.boolean(),
  band: z.string(),
  flags: z.array(z.string()),
});
