import { dayFirst, parseIsoDate, type CalendarDate } from "../domain/period.ts";
import type { Answers, AnswerValue } from "../domain/questionnaire/answer-value.ts";
import { CRITERION_IDS, type Question, type QuestionnaireDefinition } from "../domain/questionnaire/definition.ts";
import type { Standing } from "../domain/scoring/standing.ts";
import type { Translate } from "../i18n/translator.ts";

/**
 * The month's report as an office files it (`bontot report --format xlsx|csv|text`): every cell
 * of a subtree grouped under the unit it belongs to (a grassroots committee, or the commune
 * committee for its own cells) and the committee above that, with its status in words, score,
 * four-good verdict, the four criteria, vetoes, early warnings, the note and who is registered
 * to answer; subtotals per group; and every answer, a column per question. Pure: the use case
 * (src/app/period-sheet.ts) reads the data, the renderers (period-xlsx.ts, period-csv.ts,
 * period-text.ts) lay this model out.
 */

/** A cell's standing in the period; "returned": in progress again after a committee returned it for correction. */
export type SheetStatus = "not_started" | "in_progress" | "returned" | "submitted" | "not_reported";

export interface SheetUnit {
  readonly code: string;
  readonly name: string;
}

export interface SheetCellInput extends SheetUnit {
  /** The unit the cell is directly under (its grassroots committee, or a commune committee). */
  readonly group: SheetUnit | null;
  /** The unit above that one. */
  readonly above: SheetUnit | null;
  readonly status: SheetStatus;
  readonly standing: Standing | null;
  readonly answers: Answers;
  readonly notes: string | null;
  readonly submittedAt: Date | null;
  /** Secretaries and deputies registered; of those, people the bot can write to. */
  readonly registration: { readonly secretaries: number; readonly deputies: number; readonly reachable: number };
}

export interface PeriodSheetInput {
  readonly period: string;
  readonly open: boolean;
  readonly due: CalendarDate;
  /** The subtree asked for; null: every unit. */
  readonly scope: SheetUnit | null;
  /** The questionnaire the period is answered with: its questions are the answer columns. */
  readonly definition: QuestionnaireDefinition;
  readonly timeZone: string;
  /** In tree order: a group's cells come together. */
  readonly cells: readonly SheetCellInput[];
}

/** How a value is coloured in the workbook: met / done, not met / missing, waiting. */
export type Tone = "good" | "bad" | "wait";

export type SheetValue =
  | string
  | number
  | null
  | { readonly date: CalendarDate; readonly minutes?: number }
  | { readonly percent: number }
  | { readonly text: string; readonly tone: Tone };

export interface SheetColumn {
  readonly header: string;
  readonly width: number;
  readonly wrap?: boolean;
}

export interface SheetTable {
  readonly name: string;
  readonly columns: readonly SheetColumn[];
  /** Rows; a subtotal or total row is marked so that renderers can set it apart. */
  readonly rows: readonly { readonly values: readonly SheetValue[]; readonly kind: "row" | "subtotal" | "total" }[];
}

export interface GroupCounts {
  readonly cells: number;
  readonly submitted: number;
  readonly working: number;
  readonly notStarted: number;
  readonly notReported: number;
  readonly fourGood: number;
  readonly nobody: number;
}

export interface PeriodSheet {
  readonly title: string;
  /** One row per group and a total. */
  readonly summary: SheetTable;
  /** One row per cell, each group followed by its subtotal, then the total. */
  readonly cells: SheetTable;
  /** One row per cell, a column per question (a column per part of a several-number question). */
  readonly answers: SheetTable;
  readonly groups: readonly { readonly unit: SheetUnit | null; readonly above: SheetUnit | null; readonly cells: readonly SheetCellInput[]; readonly counts: GroupCounts }[];
  readonly total: GroupCounts;
  readonly withoutSecretary: readonly SheetUnit[];
}

export type T = Translate;

const capitalized = (text: string): string => text.charAt(0).toLocaleUpperCase("vi") + text.slice(1);

export const statusText = (t: T, status: SheetStatus): string => capitalized(t(status === "returned" ? "report-sheet-status-returned" : `report-status-${status}`));

const statusTone = (status: SheetStatus): Tone => (status === "submitted" ? "good" : status === "not_reported" ? "bad" : "wait");

/** A cell's registration in words: who answers for it, or that nobody does yet. */
export function registrationText(t: T, r: SheetCellInput["registration"]): { text: string; tone: Tone } {
  if (r.secretaries + r.deputies === 0) return { text: t("report-sheet-no-secretary"), tone: "bad" };
  const who = [...(r.secretaries > 0 ? [t("role-secretary")] : []), ...(r.deputies > 0 ? [t("role-deputy")] : [])].join(", ");
  if (r.reachable === 0) return { text: t("report-sheet-unreachable", { who: capitalized(who) }), tone: "wait" };
  return { text: capitalized(who), tone: "good" };
}

export function buildPeriodSheet(input: PeriodSheetInput, translate: T): PeriodSheet {
  // The same few labels thousands of times over (a province's cells): each is formatted once.
  const labels = new Map<string, string>();
  const t: T = (key, args) => {
    if (args) return translate(key, args);
    let text = labels.get(key);
    if (text === undefined) labels.set(key, (text = translate(key)));
    return text;
  };
  const groups = groupCells(input.cells);
  const total = counts(input.cells);
  const place = input.scope ? `${input.scope.name} (${input.scope.code})` : t("report-sheet-all-units");
  const title = t("report-sheet-title", { period: dayFirst(input.period), unit: place, due: dayFirst(input.due) });

  const summary: SheetTable = {
    name: t("report-sheet-summary"),
    columns: [
      { header: t("report-col-above"), width: 30 },
      { header: t("report-col-group"), width: 38 },
      { header: t("report-col-code"), width: 14 },
      { header: t("report-col-cells"), width: 10 },
      { header: t("report-col-submitted"), width: 10 },
      { header: t("report-col-working"), width: 14 },
      { header: t("report-col-not-started"), width: 12 },
      { header: t("report-col-not-reported"), width: 12 },
      { header: t("report-col-four-good-count"), width: 12 },
      { header: t("report-col-no-secretary"), width: 16 },
    ],
    rows: [
      ...groups.map((g) => ({ kind: "row" as const, values: [g.above?.name ?? null, g.unit?.name ?? "—", g.unit?.code ?? null, ...countValues(g.counts)] })),
      { kind: "total" as const, values: [t("report-sheet-total"), null, null, ...countValues(total)] },
    ],
  };

  const criteria = input.definition.criteria;
  const cellColumns: SheetColumn[] = [
    { header: t("report-col-above"), width: 26 },
    { header: t("report-col-group"), width: 32 },
    { header: t("report-col-code"), width: 14 },
    { header: t("report-col-cell"), width: 32 },
    { header: t("report-col-status"), width: 16 },
    { header: t("report-col-submitted-at"), width: 17 },
    { header: t("report-col-score"), width: 8 },
    { header: t("report-col-max"), width: 8 },
    { header: t("report-col-four-good"), width: 12 },
    ...CRITERION_IDS.map((id) => {
      const c = criteria.find((x) => x.id === id);
      return { header: t("report-col-criterion", { id, name: c ? t(c.name) : id }), width: 18, wrap: true };
    }),
    { header: t("report-col-vetoes"), width: 40, wrap: true },
    { header: t("report-col-flags"), width: 40, wrap: true },
    { header: t("report-col-notes"), width: 50, wrap: true },
    { header: t("report-col-registration"), width: 26 },
  ];
  const cellRows: SheetTable["rows"][number][] = [];
  for (const g of groups) {
    for (const cell of g.cells) cellRows.push({ kind: "row", values: cellValues(cell, input, t) });
    cellRows.push({ kind: "subtotal", values: subtotalValues(t, g.above, g.unit, g.counts, cellColumns.length) });
  }
  cellRows.push({ kind: "total", values: subtotalValues(t, null, null, total, cellColumns.length) });

  const questions = answerColumns(input.definition, t);
  const answers: SheetTable = {
    name: t("report-sheet-answers"),
    columns: [
      { header: t("report-col-group"), width: 32 },
      { header: t("report-col-code"), width: 14 },
      { header: t("report-col-cell"), width: 32 },
      { header: t("report-col-status"), width: 16 },
      ...questions.map((q) => ({ header: q.header, width: q.width, ...(q.question.answer.type === "text" ? { wrap: true } : {}) })),
    ],
    rows: input.cells.map((cell) => ({
      kind: "row" as const,
      values: [cell.group?.name ?? null, cell.code, cell.name, { text: statusText(t, cell.status), tone: statusTone(cell.status) }, ...questions.map((q) => q.value(cell.answers.get(q.question.id)))],
    })),
  };

  return {
    title,
    summary,
    cells: { name: t("report-sheet-cells"), columns: cellColumns, rows: cellRows },
    answers,
    groups,
    total,
    withoutSecretary: input.cells.filter((c) => c.registration.secretaries + c.registration.deputies === 0).map((c) => ({ code: c.code, name: c.name })),
  };

  function countValues(c: GroupCounts): SheetValue[] {
    return [c.cells, c.submitted, c.working, c.notStarted, c.notReported, c.fourGood, c.nobody];
  }
}

function cellValues(cell: SheetCellInput, input: PeriodSheetInput, t: T): SheetValue[] {
  const s = cell.standing;
  const notReported = cell.status === "not_reported";
  const fourGood: SheetValue = s ? verdict(t, s.fourGood) : notReported ? verdict(t, false) : null;
  return [
    cell.above?.name ?? null,
    cell.group?.name ?? null,
    cell.code,
    cell.name,
    { text: statusText(t, cell.status), tone: statusTone(cell.status) },
    cell.submittedAt ? localDateTime(cell.submittedAt, input.timeZone) : null,
    s ? s.score : null,
    s ? s.maxScore : null,
    fourGood,
    ...CRITERION_IDS.map((id): SheetValue => {
      const c = s?.criteria.find((x) => x.id === id);
      if (c) return { text: `${t(c.met ? "report-sheet-met" : "report-sheet-not-met")} ${number(c.points, t)}/${number(c.max, t)}`, tone: c.met ? "good" : "bad" };
      return notReported ? { text: t("report-sheet-not-met"), tone: "bad" } : null;
    }),
    s ? lines(s.criteria.flatMap((c) => c.vetoes.map((v) => t("report-sheet-veto", { id: c.id, label: t(v.label) })))) : null,
    s ? lines(s.flags.map((f) => t(f))) : null,
    cell.notes,
    registrationText(t, cell.registration),
  ];
}

const lines = (items: readonly string[]): string | null => (items.length > 0 ? items.join("\n") : null);

const verdict = (t: T, met: boolean): SheetValue => ({ text: t(met ? "report-sheet-four-good" : "report-sheet-not-four-good"), tone: met ? "good" : "bad" });

/** A fraction of a point keeps its decimal comma in Vietnamese. */
const number = (n: number, t: T): string => (Number.isInteger(n) ? String(n) : t("report-sheet-decimal", { value: n }));

function subtotalValues(t: T, above: SheetUnit | null, unit: SheetUnit | null, c: GroupCounts, width: number): SheetValue[] {
  const row: SheetValue[] = new Array<SheetValue>(width).fill(null);
  const label = unit ? t("report-sheet-subtotal", { unit: unit.name, cells: c.cells }) : t("report-sheet-grand-total", { cells: c.cells });
  row[0] = above?.name ?? null;
  row[1] = unit?.name ?? null;
  row[3] = label;
  row[4] = t("report-sheet-subtotal-submitted", { submitted: c.submitted, cells: c.cells });
  row[8] = t("report-sheet-subtotal-four-good", { count: c.fourGood });
  row[width - 1] = c.nobody > 0 ? { text: t("report-sheet-subtotal-no-secretary", { count: c.nobody }), tone: "bad" } : null;
  return row;
}

type Group = PeriodSheet["groups"][number];

function groupCells(cells: readonly SheetCellInput[]): Group[] {
  const byCode = new Map<string, { unit: SheetUnit | null; above: SheetUnit | null; cells: SheetCellInput[] }>();
  for (const cell of cells) {
    const key = cell.group?.code ?? "";
    let group = byCode.get(key);
    if (!group) byCode.set(key, (group = { unit: cell.group, above: cell.above, cells: [] }));
    group.cells.push(cell);
  }
  return [...byCode.values()].map((g) => ({ ...g, counts: counts(g.cells) }));
}

function counts(cells: readonly SheetCellInput[]): GroupCounts {
  return {
    cells: cells.length,
    submitted: cells.filter((c) => c.status === "submitted").length,
    working: cells.filter((c) => c.status === "in_progress" || c.status === "returned").length,
    notStarted: cells.filter((c) => c.status === "not_started").length,
    notReported: cells.filter((c) => c.status === "not_reported").length,
    fourGood: cells.filter((c) => c.status === "submitted" && c.standing?.fourGood === true).length,
    nobody: cells.filter((c) => c.registration.secretaries + c.registration.deputies === 0).length,
  };
}

const wallClocks = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock date and minute of an instant in the committees' time zone. */
function localDateTime(instant: Date, timeZone: string): { date: CalendarDate; minutes: number } {
  // Building the format costs far more than using it: one per time zone serves every cell.
  let format = wallClocks.get(timeZone);
  if (!format) wallClocks.set(timeZone, (format = new Intl.DateTimeFormat("en-GB", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" })));
  const parts = format.formatToParts(instant);
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  return { date: { year: get("year"), month: get("month"), day: get("day") }, minutes: get("hour") * 60 + get("minute") };
}

interface AnswerColumn {
  readonly header: string;
  readonly width: number;
  readonly question: Question;
  value(answer: AnswerValue | undefined): SheetValue;
}

/**
 * A column per question, headed by its item number and short label; a several-number question
 * (present / due / absent) a column per number, so that an office can sum and filter them.
 */
function answerColumns(definition: QuestionnaireDefinition, t: T): AnswerColumn[] {
  return definition.questions.flatMap((question): AnswerColumn[] => {
    const header = `${question.item}. ${t(question.label)}`;
    if (question.answer.type === "integers") {
      const parts = question.answer.parts;
      return parts.map((part, i) => ({
        header: `${header} — ${t(part)}`,
        width: 14,
        question,
        value: (answer) => {
          if (answer?.type === "integers") return answer.values[i] ?? null;
          // "No candidates left" and the like answer the whole question: said once, in its first column.
          return i === 0 && answer ? single(answer, t) : null;
        },
      }));
    }
    return [{ header, width: question.answer.type === "text" ? 50 : question.answer.type === "choice" ? 24 : 14, question, value: (answer) => (answer ? single(answer, t) : null) }];
  });
}

/** An answer as a person reads it: Có / Không, the option's label, a number, a date. */
function single(answer: AnswerValue, t: T): SheetValue {
  switch (answer.type) {
    case "yes_no":
      return t(`option-${answer.value}`);
    case "integer":
    case "percent":
      return answer.type === "percent" ? { percent: answer.value } : answer.value;
    case "integers":
      return answer.values.join(" · ");
    case "choice":
      return t(`option-${answer.option}`);
    case "date": {
      const date = parseIsoDate(answer.value);
      return date ? { date } : answer.value;
    }
    case "text":
      return answer.value;
    case "skipped":
      return t("answer-skipped");
  }
}
