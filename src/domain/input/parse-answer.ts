import { domainError, type DomainError } from "../errors.ts";
import { compareDates, dayFirst, daysInMonth, formatIsoDate, periodKeyOf, type CalendarDate } from "../period.ts";
import type { AnswerValue } from "../questionnaire/answer-value.ts";
import type { AnswerSpec, Question, Ref } from "../questionnaire/definition.ts";
import { resolveNumber, sumOf, type EvaluationContext } from "../questionnaire/evaluate.ts";
import { explain, type Reader } from "./explain.ts";
import type { Lexicon } from "./lexicon.ts";
import { MAX_INPUT_LENGTH, cleanText, fold, isPictographsOnly, words } from "./normalize.ts";
import type { Quantity } from "./numbers.ts";
import { parseDate } from "./parse-date.ts";
import { assignParts, listNumbers, partNames, type ListPiece } from "./parts.ts";
import type { Phrase } from "./phrases.ts";
import { connectors, duration, ignoring, marks, meaning, quantity, ratio } from "./readers.ts";
import { spokenNumberAt } from "./spoken-numbers.ts";
import { tokenize, type Token } from "./tokens.ts";
import { isAnswerWord, particleAt, readYesNo } from "./yes-no.ts";

export interface ParseContext {
  readonly lexicon: Lexicon;
  readonly period: { readonly year: number; readonly month: number };
  readonly today: CalendarDate;
  readonly evaluation: EvaluationContext;
}

export type ParseResult = { readonly ok: true; readonly value: AnswerValue } | { readonly ok: false; readonly error: DomainError };

const fail = (error: DomainError): ParseResult => ({ ok: false, error });
const ok = (value: AnswerValue): ParseResult => ({ ok: true, value });

/** The option ids a question offers as buttons or numbered lines. */
export function optionsOf(spec: AnswerSpec): readonly string[] {
  switch (spec.type) {
    case "yes_no":
      return ["yes", "no"];
    case "choice":
      return spec.options;
    case "integers":
      return spec.options ?? [];
    default:
      return [];
  }
}

/** The message keys of the parts of a number list ("part-due"), whose words may label its numbers. */
export function partsOf(spec: AnswerSpec): readonly string[] {
  return spec.type === "integers" ? spec.parts : [];
}

/** A tapped button (or a number already mapped to one): valid only if the question offers it. */
export function parseOption(question: Question, option: string, ctx: ParseContext): ParseResult {
  if (!optionsOf(question.answer).includes(option)) return fail(domainError("answer/not-a-choice"));
  const value: AnswerValue = question.answer.type === "yes_no" ? { type: "yes_no", value: option === "yes" ? "yes" : "no" } : { type: "choice", option };
  return withChecks(question, value, ctx);
}

/** Typed text against the question's answer type; never throws. */
export function parseAnswer(question: Question, raw: string, ctx: ParseContext): ParseResult {
  if (raw.length >= MAX_INPUT_LENGTH) return fail(domainError("answer/too-long"));
  const text = cleanText(raw);
  if (text.length === 0) return fail(domainError("answer/empty"));
  if (isPictographsOnly(text)) return fail(domainError("answer/not-understood"));
  const parsed = parseBySpec(question.answer, text, ctx);
  return parsed.ok ? withChecks(question, parsed.value, ctx) : parsed;
}

function parseBySpec(spec: AnswerSpec, text: string, ctx: ParseContext): ParseResult {
  switch (spec.type) {
    case "yes_no":
      return parseYesNo(text, ctx.lexicon);
    case "integer":
      return parseInteger(spec, bound(spec.max, ctx), text, ctx.lexicon);
    case "integers": {
      const option = matchOption(text, spec.options ?? [], ctx.lexicon, false);
      if (option) return ok({ type: "choice", option });
      return parseIntegers(spec, bound(spec.max, ctx), text, ctx.lexicon);
    }
    case "percent":
      return parsePercent(text, ctx.lexicon);
    case "choice": {
      const option = matchOption(text, spec.options, ctx.lexicon, true);
      return option ? ok({ type: "choice", option }) : fail(domainError("answer/not-a-choice", { count: spec.options.length }));
    }
    case "date_in_period":
      return parseDateInPeriod(text, ctx);
    case "text":
      if (words(text).length > 0 && ctx.lexicon.skip.has(fold(text))) return ok({ type: "skipped" });
      if (text.length > spec.maxLength) return fail(domainError("answer/text-too-long", { max: spec.maxLength, length: text.length }));
      return ok({ type: "text", value: text });
  }
}

/** Every word must be explained: "dạ không" is no, "có, không" and "không biết" are asked again. */
function parseYesNo(text: string, lexicon: Lexicon): ParseResult {
  const value = readYesNo(tokenize(text), lexicon);
  return value ? ok({ type: "yes_no", value }) : fail(domainError("answer/not-yes-no"));
}

type IntegerSpec = Extract<AnswerSpec, { type: "integer" }>;
type IntegersSpec = Extract<AnswerSpec, { type: "integers" }>;

/** Every word must be explained: "12 abc", "khoảng 15" and "15 hay 16" are refused. */
function parseInteger(spec: IntegerSpec, max: Bound | undefined, text: string, lexicon: Lexicon): ParseResult {
  const tokens = tokenize(text);
  const values = explain(tokens, integerReaders(spec, max, lexicon));
  if (!values) return fail(unexplained(tokens, 1));
  const [only, ...more] = values;
  if (!only) return fail(domainError("answer/not-a-number"));
  if (more.length > 0) return fail(domainError("answer/wrong-count", { count: 1 }));
  const { value, whole } = only;
  if (!whole) return fail(domainError("answer/not-whole-number"));
  return inRange(value, spec.min, max) ? ok({ type: "integer", value }) : fail(rangeError(spec.min, max, value));
}

function integerReaders(spec: IntegerSpec, max: Bound | undefined, lexicon: Lexicon): Reader<Quantity>[] {
  const common = [ignoring(lexicon.fillers), marks];
  if (spec.unit === "minutes") return [duration(lexicon), ...common];
  // "tất cả" has a meaning only where the natural total is the cell's members.
  const all = max?.isMemberCount ? [meaning(lexicon.all, { value: max.max, whole: true })] : [];
  // "ko", "chưa", "none": nothing to count (and out of range where at least one is asked for).
  const none = meaning(lexicon.none, { value: 0, whole: true });
  return [quantity, ...all, none, ignoring(lexicon.counted), ...common];
}

/**
 * Numbers in the order the question names its parts, or named: "có mặt 17, phải dự 18, vắng 0"
 * (see assignParts). A part's name is read before fillers and numbers, so "có mặt" is a name,
 * not the filler "có" and an unknown word.
 */
function parseIntegers(spec: IntegersSpec, max: Bound | undefined, text: string, lexicon: Lexicon): ParseResult {
  const tokens = tokenize(text);
  const names = partNames(spec.parts, lexicon.parts);
  const readers: Reader<ListPiece>[] = [names, listNumbers, ignoring(lexicon.counted), ignoring(lexicon.fillers), connectors, marks];
  const pieces = explain(tokens, readers);
  const count = spec.parts.length;
  if (!pieces) return fail(tokens.some((_, at) => names(tokens, at)) ? domainError("answer/parts-unclear") : unexplained(tokens, count));
  if (!pieces.some((p) => p.kind === "number")) return fail(domainError("answer/not-a-number"));
  const assigned = assignParts(pieces, spec.parts);
  if (!assigned.ok) return fail(assigned.reason === "count" ? domainError("answer/wrong-count", { count }) : domainError("answer/parts-unclear"));
  const values = assigned.values.map((q) => q.value);
  const outside = values.find((v) => !inRange(v, spec.min, max));
  if (outside !== undefined) return fail(rangeError(spec.min, max, outside));
  return ok({ type: "integers", values });
}

/** "95", "95,5%", "chín mươi phần trăm", or "17/18" (17 of 18). */
function parsePercent(text: string, lexicon: Lexicon): ParseResult {
  const values = explain(tokenize(text), [ratio, quantity, ignoring(lexicon.percent), ignoring(lexicon.fillers), marks]);
  const [only, ...more] = values ?? [];
  if (!only || more.length > 0) return fail(domainError("answer/not-a-percent"));
  const { value } = only;
  if (!Number.isFinite(value) || value < 0 || value > 100) return fail(domainError("answer/out-of-range", { min: 0, max: 100 }));
  return ok({ type: "percent", value });
}

function parseDateInPeriod(text: string, ctx: ParseContext): ParseResult {
  const date = parseDate(text, ctx.period, ctx.today, ctx.lexicon);
  if (!date) return fail(domainError("answer/not-a-date"));
  const { year, month } = ctx.period;
  if (date.year !== year || date.month !== month) {
    return fail(
      domainError("answer/date-outside-period", {
        from: dayFirst({ year, month, day: 1 }),
        to: dayFirst({ year, month, day: daysInMonth(year, month) }),
        period: periodKeyOf(year, month),
      }),
    );
  }
  if (compareDates(date, ctx.today) > 0) return fail(domainError("answer/date-in-future"));
  return ok({ type: "date", value: formatIsoDate(date) });
}

/**
 * Answer text refused because some of it is unexplained: digits with other words ("khoảng 15",
 * "15?") ask for an exact number; without digits, for the number in digits.
 */
function unexplained(tokens: readonly Token[], count: number): DomainError {
  return tokens.some((t) => t.kind === "numeral") ? domainError("answer/not-exact-number", { count }) : domainError("answer/not-a-number");
}

/**
 * A number 1..n, or a label/alias of one option: exactly, or as the unique option it starts.
 * Punctuation, and politeness particles around the answer ("dạ, một phần ạ"), are set aside;
 * the text as typed is tried first ("da to chuc" is "đã tổ chức", not "dạ" and "to chuc").
 * A number word alone ("một", "hai", "one") never names an option: "một" may mean the first
 * option or "only one". A prefix needs a word of its own: "không", "khong c" or "chưa" start
 * labels ("Không có văn bản mới") but are answers in themselves, so they match only exactly.
 */
function matchOption(text: string, options: readonly string[], lexicon: Lexicon, byNumber: boolean): string | undefined {
  const typed = withoutMarks(tokenize(text));
  const answer = withoutParticles(typed, lexicon);
  const [first] = answer;
  if (!first) return undefined;
  if (answer.length === 1 && first.kind === "numeral" && byNumber) {
    return /^\d+$/.test(first.text) && !first.negative ? options[Number(first.text) - 1] : undefined;
  }
  // Zero is no option's number, so "không" is left to be read as the word it also is.
  const spoken = spokenNumberAt(answer, 0);
  if (spoken?.next === answer.length && spoken.value > 0) return undefined;
  const labels = new Map(options.map((id) => [id, [...(lexicon.options.get(id) ?? [])].map((label) => withoutMarks(tokenize(label)).map((t) => t.text))]));
  const readings = answer.length === typed.length ? [typed] : [typed, answer];
  const exactly = (reading: readonly Token[]) => (label: Phrase) => label.length === reading.length && label.every((text, i) => text === reading[i]?.text);
  const starting = (reading: readonly Token[]) => (label: Phrase) => startsWith(label, reading.map((t) => t.text));
  for (const reading of readings) {
    const found = options.filter((id) => labels.get(id)?.some(exactly(reading)));
    if (found.length > 0) return found.length === 1 ? found[0] : undefined;
  }
  for (const reading of readings) {
    if (reading.map((t) => t.text).join(" ").length < 3 || !reading.some((_, at) => isOwnWord(reading, at, lexicon))) continue;
    const found = options.filter((id) => labels.get(id)?.some(starting(reading)));
    if (found.length > 0) return found.length === 1 ? found[0] : undefined;
  }
  return undefined;
}

/** A word that is no yes, no, hedge, particle or number word: "văn" in "không có văn". */
function isOwnWord(tokens: readonly Token[], at: number, lexicon: Lexicon): boolean {
  return tokens[at]?.kind === "word" && !isAnswerWord(tokens, at, lexicon) && !spokenNumberAt(tokens, at);
}

/** `typed` starts `label`, its last word perhaps cut short: "đã tổ" starts "đã tổ chức". */
function startsWith(label: Phrase, typed: readonly string[]): boolean {
  if (typed.length > label.length) return false;
  return typed.every((text, i) => (i === typed.length - 1 ? (label[i] ?? "").startsWith(text) : label[i] === text));
}

function withoutMarks(tokens: readonly Token[]): Token[] {
  return tokens.filter((_, at) => !marks(tokens, at));
}

/** Without the particles before and after an answer ("dạ", "ạ"), unless they are all of it. */
function withoutParticles(tokens: readonly Token[], lexicon: Lexicon): readonly Token[] {
  let start = 0;
  let end = tokens.length;
  for (let length = particleAt(tokens, start, lexicon); length > 0 && start + length < end; length = particleAt(tokens, start, lexicon)) {
    start += length;
  }
  while (end - 1 > start && particleAt(tokens, end - 1, lexicon) === 1) end--;
  return tokens.slice(start, end);
}

interface Bound {
  readonly max: number;
  readonly isMemberCount: boolean;
}

function bound(ref: Ref | undefined, ctx: ParseContext): Bound | undefined {
  const max = ref ? resolveNumber(ref, ctx.evaluation) : undefined;
  // A unit without a registered member count puts no ceiling on answers.
  if (max === undefined || (ref !== undefined && "unit" in ref && max <= 0)) return undefined;
  return { max, isMemberCount: ref !== undefined && "unit" in ref };
}

/** Digits beyond what a number can hold exactly ("1" typed 400 times) are out of any range. */
function inRange(value: number, min: number, max: Bound | undefined): boolean {
  return Number.isSafeInteger(value) && value >= min && (max === undefined || value <= max.max);
}

function rangeError(min: number, max: Bound | undefined, value: number): DomainError {
  if (max?.isMemberCount && value > max.max) return domainError("answer/exceeds-members", { max: max.max });
  return max === undefined ? domainError("answer/out-of-range", { min, max: "∞" }) : domainError("answer/out-of-range", { min, max: max.max });
}

/** Cross-question checks with the new value in place of the old one. */
function withChecks(question: Question, value: AnswerValue, ctx: ParseContext): ParseResult {
  const answers = new Map(ctx.evaluation.answers);
  answers.set(question.id, value);
  const evaluation = { ...ctx.evaluation, answers };
  for (const check of question.checks ?? []) {
    const left = sumOf(check.left, evaluation);
    const right = sumOf(check.right, evaluation);
    if (left !== undefined && right !== undefined && left > right) {
      return fail({ code: "answer/check-failed", args: { left, right }, detail: check.error });
    }
  }
  return ok(value);
}
