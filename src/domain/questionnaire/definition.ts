import { z } from "zod";

/**
 * A questionnaire is data: questions, answer types, cross-question checks, scoring rules and
 * thresholds. Committees may publish their own versions; each period is scored with the
 * version in force when it opened. Text is referenced by Fluent message keys (locales/*.ftl),
 * or brought by the questionnaire itself (`texts`, from an office's YAML file: ./file/).
 */

export const CRITERION_IDS = ["I", "II", "III", "IV"] as const;
export type CriterionId = (typeof CRITERION_IDS)[number];

/** Where a number comes from: an answer (or one part of it), the unit's registry, or a constant. */
export type Ref =
  | { readonly q: string; readonly part?: number }
  | { readonly unit: "memberCount" }
  | { readonly const: number };

export type Scalar = string | number;

export type Condition =
  | { readonly ref: Ref; readonly in: readonly Scalar[] }
  | { readonly ref: Ref; readonly atLeast?: number; readonly atMost?: number }
  | { readonly monthOfQuarter: readonly number[] }
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }
  | { readonly not: Condition };

export type AnswerSpec =
  | { readonly type: "yes_no" }
  | {
      readonly type: "integer";
      readonly min: number;
      readonly max?: Ref;
      /** "minutes": "2 tiếng", "1h30", "2 giờ 15" are read as hours and minutes. */
      readonly unit?: "minutes";
    }
  | {
      readonly type: "integers";
      readonly parts: readonly string[];
      readonly min: number;
      readonly max?: Ref;
      /** Buttons that may be chosen instead of typing the numbers. */
      readonly options?: readonly string[];
    }
  | { readonly type: "percent" }
  | { readonly type: "choice"; readonly options: readonly string[] }
  | { readonly type: "date_in_period" }
  | { readonly type: "text"; readonly maxLength: number };

/** sum(left) <= sum(right), checked when the question is answered and again before submit. */
export interface Check {
  readonly left: readonly Ref[];
  readonly right: readonly Ref[];
  readonly error: string;
}

export interface Question {
  readonly id: string;
  /** The numbered item (1..n) this question belongs to; several questions may share one. */
  readonly item: number;
  readonly criterion?: CriterionId;
  /** Short name shown on the summary. */
  readonly label: string;
  readonly prompt: string;
  readonly answer: AnswerSpec;
  readonly optional?: boolean;
  readonly askIf?: Condition;
  readonly checks?: readonly Check[];
}

export type NumberExpr =
  | { readonly ref: Ref }
  | { readonly sum: readonly Ref[] }
  | { readonly percentOf: readonly [Ref, Ref] };

export interface Band {
  readonly points: number;
  readonly atLeast?: number;
  readonly above?: number;
  readonly atMost?: number;
  readonly when?: Condition;
  /** Explains `when` to the user, e.g. "and nobody absent without reason". */
  readonly note?: string;
}

export type ValueUnit = "count" | "percent" | "minutes";

export type Rule =
  | {
      readonly kind: "choice";
      readonly id: string;
      readonly criterion: CriterionId;
      readonly label: string;
      readonly q: string;
      readonly points: Readonly<Record<string, number>>;
      readonly when?: Condition;
    }
  | {
      readonly kind: "bands";
      readonly id: string;
      readonly criterion: CriterionId;
      readonly label: string;
      readonly value: NumberExpr;
      readonly unit: ValueUnit;
      readonly bands: readonly Band[];
      readonly when?: Condition;
    }
  | {
      /** The better of several ways to earn the same points (e.g. numbers or "no candidates left"). */
      readonly kind: "best";
      readonly id: string;
      readonly criterion: CriterionId;
      readonly label: string;
      readonly of: readonly Rule[];
      readonly when?: Condition;
    }
  | {
      /** A veto makes its criterion not met whatever the points; `zeroes` also scores it 0. */
      readonly kind: "veto";
      readonly id: string;
      readonly criterion: CriterionId;
      readonly label: string;
      readonly when: Condition;
      readonly zeroes?: boolean;
    }
  | {
      /** An early warning for the committee; not scored. */
      readonly kind: "flag";
      readonly id: string;
      readonly label: string;
      readonly when: Condition;
    };

export interface CriterionDefinition {
  readonly id: CriterionId;
  readonly name: string;
  readonly max: number;
  readonly metAt: number;
}

export interface ScoreBand {
  readonly atLeast: number;
  readonly label: string;
}

export interface QuestionnaireDefinition {
  readonly code: string;
  readonly version: number;
  /**
   * The four criteria a monthly self-assessment is scored on; none for a questionnaire that is
   * not scored on its own (the grassroots committee's yearly one: the annual computation reads
   * its answers beside the cells' months). An unscored questionnaire has no scored rules and
   * no bands.
   */
  readonly criteria: readonly CriterionDefinition[];
  readonly questions: readonly Question[];
  readonly rules: readonly Rule[];
  readonly bands: readonly ScoreBand[];
  /** Text the questionnaire brings itself (an office's file); absent when every text is in locales/*.ftl. */
  readonly texts?: Readonly<Record<string, QuestionnaireText>>;
}

/**
 * One text of an office's questionnaire file, in both languages, under the key its field names
 * (keys not listed in `texts` are read from locales/*.ftl). `{ $name }` is filled in like a
 * Fluent variable; `aliases` are other words a secretary may type for an option or a part.
 */
export interface QuestionnaireText {
  readonly vi: string;
  readonly en: string;
  readonly aliases?: readonly string[];
}

// The unions' messages name what was expected; a questionnaire file's problems are worded from them.
const refSchema: z.ZodType<Ref> = z.union(
  [
    z.strictObject({ q: z.string().min(1), part: z.number().int().min(0).optional() }),
    z.strictObject({ unit: z.literal("memberCount") }),
    z.strictObject({ const: z.number() }),
  ],
  { error: "expected-ref" },
);

const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union(
    [
      z.strictObject({ ref: refSchema, in: z.array(z.union([z.string(), z.number()])).min(1) }),
      z.strictObject({ ref: refSchema, atLeast: z.number().optional(), atMost: z.number().optional() }),
      z.strictObject({ monthOfQuarter: z.array(z.number().int().min(1).max(3)).min(1) }),
      z.strictObject({ all: z.array(conditionSchema).min(1) }),
      z.strictObject({ any: z.array(conditionSchema).min(1) }),
      z.strictObject({ not: conditionSchema }),
    ],
    { error: "expected-condition" },
  ),
);

const criterionIdSchema = z.enum(CRITERION_IDS);
const key = z.string().regex(/^[a-z][a-z0-9-]*$/, "a Fluent message key");

const answerSpecSchema: z.ZodType<AnswerSpec> = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("yes_no") }),
  z.strictObject({ type: z.literal("integer"), min: z.number().int(), max: refSchema.optional(), unit: z.literal("minutes").optional() }),
  z.strictObject({
    type: z.literal("integers"),
    parts: z.array(key).min(2).max(5),
    min: z.number().int(),
    max: refSchema.optional(),
    options: z.array(key).min(1).optional(),
  }),
  z.strictObject({ type: z.literal("percent") }),
  z.strictObject({ type: z.literal("choice"), options: z.array(key).min(2) }),
  z.strictObject({ type: z.literal("date_in_period") }),
  z.strictObject({ type: z.literal("text"), maxLength: z.number().int().min(1).max(4000) }),
]);

export const questionSchema: z.ZodType<Question> = z.strictObject({
  id: z.string().regex(/^[a-z0-9_]+$/),
  item: z.number().int().min(1),
  criterion: criterionIdSchema.optional(),
  label: key,
  prompt: key,
  answer: answerSpecSchema,
  optional: z.boolean().optional(),
  askIf: conditionSchema.optional(),
  checks: z
    .array(z.strictObject({ left: z.array(refSchema).min(1), right: z.array(refSchema).min(1), error: key }))
    .optional(),
});

const numberExprSchema: z.ZodType<NumberExpr> = z.union(
  [z.strictObject({ ref: refSchema }), z.strictObject({ sum: z.array(refSchema).min(1) }), z.strictObject({ percentOf: z.tuple([refSchema, refSchema]) })],
  { error: "expected-value" },
);

const bandSchema: z.ZodType<Band> = z.strictObject({
  points: z.number().min(0),
  atLeast: z.number().optional(),
  above: z.number().optional(),
  atMost: z.number().optional(),
  when: conditionSchema.optional(),
  note: key.optional(),
});

export const ruleSchema: z.ZodType<Rule> = z.lazy(() =>
  z.discriminatedUnion("kind", [
    z.strictObject({
      kind: z.literal("choice"),
      id: z.string(),
      criterion: criterionIdSchema,
      label: key,
      q: z.string(),
      points: z.record(z.string(), z.number().min(0)),
      when: conditionSchema.optional(),
    }),
    z.strictObject({
      kind: z.literal("bands"),
      id: z.string(),
      criterion: criterionIdSchema,
      label: key,
      value: numberExprSchema,
      unit: z.enum(["count", "percent", "minutes"]),
      bands: z.array(bandSchema).min(1),
      when: conditionSchema.optional(),
    }),
    z.strictObject({
      kind: z.literal("best"),
      id: z.string(),
      criterion: criterionIdSchema,
      label: key,
      of: z.array(ruleSchema).min(2),
      when: conditionSchema.optional(),
    }),
    z.strictObject({
      kind: z.literal("veto"),
      id: z.string(),
      criterion: criterionIdSchema,
      label: key,
      when: conditionSchema,
      zeroes: z.boolean().optional(),
    }),
    z.strictObject({ kind: z.literal("flag"), id: z.string(), label: key, when: conditionSchema }),
  ]),
);

export const criterionSchema: z.ZodType<CriterionDefinition> = z.strictObject({
  id: criterionIdSchema,
  name: key,
  max: z.number().positive(),
  metAt: z.number().min(0),
});

export const scoreBandSchema: z.ZodType<ScoreBand> = z.strictObject({ atLeast: z.number(), label: key });

const nonBlank = z.string().trim().min(1);

export const questionnaireTextSchema: z.ZodType<QuestionnaireText> = z.strictObject({
  vi: nonBlank,
  en: nonBlank,
  aliases: z.array(nonBlank).optional(),
});

export const questionnaireSchema: z.ZodType<QuestionnaireDefinition> = z
  .strictObject({
    code: z.string().min(1),
    version: z.number().int().min(1),
    criteria: z
      .array(criterionSchema)
      .refine((criteria) => criteria.length === 0 || criteria.length === 4, "four criteria, or none for an unscored questionnaire"),
    questions: z.array(questionSchema).min(1),
    rules: z.array(ruleSchema),
    bands: z.array(scoreBandSchema),
    texts: z.record(key, questionnaireTextSchema).optional(),
  })
  .superRefine((definition, ctx) => {
    if (definition.criteria.length > 0 && definition.bands.length === 0) ctx.addIssue({ code: "custom", message: "a scored questionnaire needs at least one band" });
    if (definition.criteria.length === 0 && (definition.bands.length > 0 || definition.rules.some((rule) => rule.kind !== "flag"))) {
      ctx.addIssue({ code: "custom", message: "an unscored questionnaire (no criteria) has no scored rules and no bands" });
    }
    const ids = new Set<string>();
    for (const question of definition.questions) {
      if (ids.has(question.id)) ctx.addIssue({ code: "custom", message: `duplicate question id ${question.id}` });
      ids.add(question.id);
    }
    const refsIn = (value: unknown): string[] =>
      JSON.stringify(value)
        .match(/"q":"([a-z0-9_]+)"/g)
        ?.map((m) => m.slice(5, -1)) ?? [];
    for (const id of [...refsIn(definition.questions), ...refsIn(definition.rules)]) {
      if (!ids.has(id)) ctx.addIssue({ code: "custom", message: `reference to unknown question ${id}` });
    }
  });

/** Parses and validates a questionnaire from untrusted data (a file, a database row). */
export function loadQuestionnaire(data: unknown): QuestionnaireDefinition {
  return questionnaireSchema.parse(data);
}
