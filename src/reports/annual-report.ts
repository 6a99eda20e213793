import type { Decision, Figures } from "../domain/annual/annual-types.ts";
import type { AnnualReason, AnnualRule, CellAnnualResult, YearEndInput } from "../domain/annual/cell-annual-result.ts";
import type { CriterionSource, GrassrootsAnswers, GrassrootsCriterion, GrassrootsCriterionId, GrassrootsResult } from "../domain/annual/grassroots-criteria.ts";
import type { MonthStatus } from "../domain/annual/month-record.ts";
import { dayFirst } from "../domain/period.ts";
import type { CriterionId } from "../domain/questionnaire/definition.ts";
import { DEFAULT_MONTHLY_CELL } from "../domain/questionnaire/default-monthly-cell.ts";
import type { UnitKind, UnitRef } from "../domain/org.ts";
import type { Locale } from "../i18n/locale.ts";
import type { MessageArgs, Translator } from "../i18n/translator.ts";
import type { UnitNode } from "../ports/org-store.ts";
import type { StoredTitleDecision } from "../ports/year-end-store.ts";

/**
 * The annual results as `bontot annual --format json` prints them and every other view (text,
 * CSV, XLSX, /nam) renders them: the shape — `{ year, cells: [{ code, name, parent,
 * eligible, monthsReported, monthsFourGood, criteriaMonthsMet, reasons: [{ rule, met, detail }] }],
 * committees: [{ code, name, eligible, criteria: [{ id, met, source, detail }] }] }` — with a few
 * fields more (each rule's figures, the twelve months, what the committee entered, its title
 * decision beside the computation). `detail` is a sentence in the requested language.
 */
export interface AnnualReport {
  readonly year: number;
  /** The subtree reported on; null: everything. */
  readonly unit: { readonly code: string; readonly name: string; readonly kind: UnitKind } | null;
  readonly cells: readonly AnnualCellRow[];
  readonly committees: readonly AnnualCommitteeRow[];
}

export interface AnnualReasonRow {
  readonly rule: AnnualRule;
  /** null: still open (months not closed, or year-end input not entered). */
  readonly met: Decision;
  readonly detail: string;
  readonly figures: Figures;
}

export interface AnnualMonth {
  readonly period: string;
  readonly status: MonthStatus;
  /** Four-good that month: null while not submitted and not closed. */
  readonly fourGood: boolean | null;
}

/** The committee's decision on the title, as recorded: not the bot's computation. */
export interface AnnualTitle {
  readonly conferred: boolean;
  readonly note: string | null;
  /** A person's id; null when recorded by the CLI or an import. */
  readonly decidedBy: number | null;
  readonly decidedAt: string;
}

export interface AnnualCellRow {
  readonly code: string;
  readonly name: string;
  /** The parent unit's code. */
  readonly parent: string | null;
  readonly eligible: Decision;
  readonly monthsReported: number;
  readonly monthsFourGood: number;
  readonly criteriaMonthsMet: Readonly<Record<CriterionId, number>>;
  readonly reasons: readonly AnnualReasonRow[];
  readonly parentName: string | null;
  readonly members: number;
  /** Every month closed and the year-end input complete: the verdict can no longer change. */
  readonly final: boolean;
  readonly months: readonly AnnualMonth[];
  readonly yearEnd: { readonly rating: string | null; readonly shareGoodPercent: number | null; readonly approvedMissedMeetings: readonly string[] } | null;
  readonly title: AnnualTitle | null;
}

export interface AnnualCriterionRow {
  readonly id: GrassrootsCriterionId;
  readonly met: Decision;
  readonly source: CriterionSource;
  readonly detail: string;
  readonly figures: Figures;
}

export interface AnnualCommitteeRow {
  readonly code: string;
  readonly name: string;
  readonly eligible: Decision;
  readonly criteria: readonly AnnualCriterionRow[];
  readonly parent: string | null;
  readonly parentName: string | null;
  /** The unit's own member count, else its cells' sum (criterion 8's base). */
  readonly members: number;
  /** Codes of the cells below it, whose results criteria 1 and 4–8 roll up. */
  readonly cells: readonly string[];
  /** The year-end rating the committee above entered; the committee's own rating is in its self-assessment. */
  readonly yearEnd: { readonly rating: string | null; readonly shareGoodPercent: number | null } | null;
  /** Where its yearly self-assessment stands: only a submitted one feeds criteria 1–4, 7 and 9. */
  readonly selfAssessment: SelfAssessmentStatus;
  readonly title: AnnualTitle | null;
}

/**
 * A grassroots committee's yearly self-assessment: its period not opened yet ("not_open"), not
 * started, in progress, submitted, or closed without a submission ("not_reported").
 */
export type SelfAssessmentStatus = "not_open" | "not_started" | "in_progress" | "submitted" | "not_reported";

/** One cell as computed by the use case. */
export interface AnnualCellInput {
  readonly unit: UnitNode;
  readonly parentName: string | null;
  /** The twelve months, as shown. */
  readonly grid: readonly AnnualMonth[];
  readonly yearEnd: YearEndInput | null;
  readonly result: CellAnnualResult;
  readonly title: StoredTitleDecision | null;
}

/** One grassroots committee as computed by the use case. */
export interface AnnualCommitteeInput {
  readonly unit: UnitNode;
  readonly parentName: string | null;
  readonly cellCodes: readonly string[];
  readonly memberCount: number;
  readonly answers: GrassrootsAnswers;
  readonly selfAssessment: SelfAssessmentStatus;
  readonly result: GrassrootsResult;
  readonly title: StoredTitleDecision | null;
}

export interface AnnualComputation {
  readonly year: number;
  readonly scope: UnitRef | null;
  readonly cells: readonly AnnualCellInput[];
  readonly committees: readonly AnnualCommitteeInput[];
  /** Each veto rule's label by rule id, from every questionnaire version the months were answered with (issue 13); the built-in one's otherwise. */
  readonly vetoLabels?: ReadonlyMap<string, string>;
}

type T = (key: string, args?: MessageArgs) => string;

export function buildAnnualReport(computation: AnnualComputation, translator: Translator, locale: Locale): AnnualReport {
  const t: T = (key, args) => translator.t(locale, key, args);
  return {
    year: computation.year,
    unit: computation.scope ? { code: computation.scope.code, name: computation.scope.name, kind: computation.scope.kind } : null,
    cells: computation.cells.map((cell): AnnualCellRow => {
      const r = cell.result;
      return {
        code: cell.unit.code,
        name: cell.unit.name,
        parent: cell.unit.parentCode,
        eligible: r.eligible,
        monthsReported: r.monthsReported,
        monthsFourGood: r.monthsFourGood,
        criteriaMonthsMet: r.criteriaMonthsMet,
        reasons: r.reasons.map((reason) => ({ rule: reason.rule, met: reason.met, detail: reasonDetail(reason, t, computation.vetoLabels), figures: reason.figures })),
        parentName: cell.parentName,
        members: cell.unit.memberCount,
        final: r.final,
        months: cell.grid,
        yearEnd: cell.yearEnd
          ? { rating: cell.yearEnd.rating, shareGoodPercent: cell.yearEnd.shareGoodPercent, approvedMissedMeetings: cell.yearEnd.approvedMissedMeetings }
          : null,
        title: titleOf(cell.title),
      };
    }),
    committees: computation.committees.map((committee): AnnualCommitteeRow => ({
      code: committee.unit.code,
      name: committee.unit.name,
      eligible: committee.result.eligible,
      criteria: committee.result.criteria.map((c) => ({ id: c.id, met: c.met, source: c.source, detail: criterionDetail(c, committee.answers, t, committee.selfAssessment), figures: c.figures })),
      parent: committee.unit.parentCode,
      parentName: committee.parentName,
      members: committee.memberCount,
      cells: committee.cellCodes,
      yearEnd:
        committee.answers.orgRating === undefined && committee.answers.membersShareGoodPercent === undefined
          ? null
          : { rating: committee.answers.orgRating ?? null, shareGoodPercent: committee.answers.membersShareGoodPercent ?? null },
      selfAssessment: committee.selfAssessment,
      title: titleOf(committee.title),
    })),
  };
}

function titleOf(decision: StoredTitleDecision | null): AnnualTitle | null {
  return decision ? { conferred: decision.conferred, note: decision.note, decidedBy: decision.decidedBy, decidedAt: decision.decidedAt } : null;
}

// ---- figures ----

const num = (f: Figures, key: string): number => {
  const value = f[key];
  return typeof value === "number" ? value : 0;
};
const list = (f: Figures, key: string): readonly string[] => {
  const value = f[key];
  return Array.isArray(value) ? (value as readonly string[]) : [];
};
const text = (f: Figures, key: string): string | undefined => {
  const value = f[key];
  return typeof value === "string" ? value : undefined;
};

/** At most `cap` items, then "and N more": a detail stays one readable sentence. */
export function listText(items: readonly string[], t: T, cap = 6): string {
  const shown = items.slice(0, cap).join(", ");
  return items.length > cap ? t("annual-list-more", { list: shown, more: items.length - cap }) : shown;
}

/** "2026-03" -> "03/2026"; "MK-PL1:2026-03" -> "MK-PL1 03/2026". */
const monthRef = (ref: string): string => {
  const at = ref.lastIndexOf(":");
  return at < 0 ? dayFirst(ref) : `${ref.slice(0, at)} ${dayFirst(ref.slice(at + 1))}`;
};
const months = (items: readonly string[], t: T): string => listText(items.map(monthRef), t);

export const ratingLabel = (rating: string, t: T): string => t(`annual-rating-${rating}`);

function vetoLabel(ruleId: string, t: T, labels?: ReadonlyMap<string, string>): string {
  const label = labels?.get(ruleId) ?? DEFAULT_MONTHLY_CELL.rules.find((r) => r.id === ruleId)?.label;
  return label ? t(label) : ruleId;
}

const sentence = (parts: readonly (string | false | undefined)[]): string => parts.filter((p): p is string => typeof p === "string" && p.length > 0).join("; ");

/** The sentence explaining one cell rule from its figures. */
export function reasonDetail(reason: AnnualReason, t: T, vetoLabels?: ReadonlyMap<string, string>): string {
  const f = reason.figures;
  const open = num(f, "open");
  const openMonths = open > 0 && t("annual-detail-open-months", { open });
  switch (reason.rule) {
    case "meetings":
      return sentence([
        t("annual-detail-meetings", { held: num(f, "held"), required: num(f, "required"), withReason: num(f, "requiredWithApprovedReason") }),
        list(f, "missedNotApproved").length > 0 && t("annual-detail-missed-not-approved", { months: months(list(f, "missedNotApproved"), t) }),
        list(f, "missedApproved").length > 0 && t("annual-detail-missed-approved", { months: months(list(f, "missedApproved"), t) }),
        openMonths,
      ]);
    case "thematic_quarters": {
      const quarters = (key: string): string => list(f, key).map((q) => t("annual-quarter", { n: q.replace(/^Q/, "") })).join(", ");
      return sentence([
        t("annual-detail-thematic", { held: list(f, "held").length }),
        list(f, "without").length > 0 && t("annual-detail-thematic-without", { quarters: quarters("without") }),
        list(f, "undecided").length > 0 && t("annual-detail-thematic-undecided", { quarters: quarters("undecided") }),
      ]);
    }
    case "four_good_months":
      return sentence([
        t("annual-detail-four-good", { months: num(f, "months"), required: num(f, "required") }),
        list(f, "notFourGood").length > 0 && t("annual-detail-not-four-good", { months: months(list(f, "notFourGood"), t) }),
        openMonths,
        list(f, "returnedNotResent").length > 0 && t("annual-detail-returned-not-resent", { months: months(list(f, "returnedNotResent"), t) }),
      ]);
    case "criterion_months":
      return sentence([
        t("annual-detail-criterion-months", { I: num(f, "I"), II: num(f, "II"), III: num(f, "III"), IV: num(f, "IV"), required: num(f, "required") }),
        list(f, "short").length > 0 && t("annual-detail-criterion-short", { criteria: list(f, "short").join(", ") }),
        openMonths,
      ]);
    case "no_veto":
      return list(f, "months").length > 0
        ? t("annual-detail-veto", { months: months(list(f, "months"), t), rules: list(f, "rules").map((id) => vetoLabel(id, t, vetoLabels)).join(", ") })
        : sentence([t("annual-detail-no-veto"), openMonths]);
    case "rating": {
      const rating = text(f, "rating");
      const min = ratingLabel(text(f, "min") ?? "good", t);
      return rating === undefined ? t("annual-detail-rating-missing", { min }) : t("annual-detail-rating", { rating: ratingLabel(rating, t), min });
    }
    case "share_good":
      return f["percent"] === undefined ? t("annual-detail-share-good-missing", { min: num(f, "min") }) : t("annual-detail-share-good", { percent: num(f, "percent"), min: num(f, "min") });
  }
}

/** What the grassroots committee answered itself, for the criteria that take its answer. */
function answerOf(id: GrassrootsCriterionId, answers: GrassrootsAnswers): boolean | undefined {
  if (id === 1) return answers.implementsPromptly;
  if (id === 2) return answers.innovatesLeadership;
  if (id === 4) return answers.executiveUnited;
  if (id === 7) return answers.inspectionPlanDone;
  return undefined;
}

/**
 * The sentence explaining one of a grassroots committee's nine criteria from its figures. Where
 * the committee's answer is missing, `self` says why (its self-assessment not sent, in progress…).
 */
export function criterionDetail(criterion: GrassrootsCriterion, answers: GrassrootsAnswers, t: T, self?: SelfAssessmentStatus): string {
  const f = criterion.figures;
  const answer = answerOf(criterion.id, answers);
  const missing = self === undefined || self === "submitted" ? t("annual-answer-missing") : t(`annual-self-${self.replaceAll("_", "-")}`);
  const answered = answer === undefined ? missing : t("annual-detail-answer", { answer: t(answer ? "annual-answer-yes" : "annual-answer-no") });
  const openCellMonths = num(f, "open") > 0 && t("annual-detail-open-cell-months", { open: num(f, "open") });
  const codes = (key: string): string => listText(list(f, key), t);
  switch (criterion.id) {
    case 1:
      return sentence([
        answered,
        list(f, "notImplemented").length > 0 && t("annual-detail-c1-not-implemented", { refs: months(list(f, "notImplemented"), t) }),
        list(f, "partial").length > 0 && t("annual-detail-c1-partial", { count: list(f, "partial").length }),
        openCellMonths,
      ]);
    case 2:
      return answered;
    case 3:
      return f["assigned"] === undefined ? missing : t("annual-detail-c3", { met: num(f, "met"), assigned: num(f, "assigned") });
    case 4: {
      // What the committee said of its executive committee, when its self-assessment says it.
      const disunity = text(f, "executiveDisunity");
      return sentence([
        disunity === undefined ? answered : t(`annual-detail-c4-executive-${disunity}`),
        list(f, "unresolved").length > 0 && t("annual-detail-c4-unresolved", { refs: months(list(f, "unresolved"), t) }),
        openCellMonths,
      ]);
    }
    case 5:
      if (num(f, "cells") === 0) return t("annual-detail-no-cells");
      return sentence([
        t("annual-detail-c5", { eligible: list(f, "eligible").length, cells: num(f, "cells") }),
        list(f, "notEligible").length > 0 && t("annual-detail-c5-not-eligible", { codes: codes("notEligible") }),
        list(f, "undecided").length > 0 && t("annual-detail-undecided-cells", { codes: codes("undecided") }),
      ]);
    case 6: {
      if (num(f, "cells") === 0) return t("annual-detail-no-cells");
      const notOk = new Set([...list(f, "meetingsNotMet"), ...list(f, "thematicNotMet"), ...list(f, "undecided")]);
      return sentence([
        t("annual-detail-c6", { ok: num(f, "cells") - notOk.size, cells: num(f, "cells") }),
        list(f, "meetingsNotMet").length > 0 && t("annual-detail-c6-meetings", { codes: codes("meetingsNotMet") }),
        list(f, "thematicNotMet").length > 0 && t("annual-detail-c6-thematic", { codes: codes("thematicNotMet") }),
        list(f, "undecided").length > 0 && t("annual-detail-undecided-cells", { codes: codes("undecided") }),
      ]);
    }
    case 7:
      return sentence([
        list(f, "foundByHigher").length > 0 ? t("annual-detail-c7-found", { refs: months(list(f, "foundByHigher"), t) }) : num(f, "open") === 0 && t("annual-detail-c7-none"),
        openCellMonths,
        answer === undefined
          ? t("annual-detail-c7-plan-missing")
          : f["planned"] === undefined
            ? t("annual-detail-c7-plan", { answer: t(answer ? "annual-answer-yes" : "annual-answer-no") })
            : t("annual-detail-c7-inspections", { done: num(f, "done"), planned: num(f, "planned") }),
      ]);
    case 8:
      if (!(num(f, "members") > 0)) return t("annual-detail-c8-no-members");
      return sentence([t("annual-detail-c8", { admitted: num(f, "admitted"), target: num(f, "target"), percent: num(f, "percent"), members: num(f, "members") }), openCellMonths]);
    case 9: {
      const rating = text(f, "rating");
      const ratingMin = ratingLabel(text(f, "ratingMin") ?? "good", t);
      // Whose figure it is: the committee above's entry, or the committee's own self-assessment.
      const from = (key: string): string | false => text(f, key) !== undefined && t(`annual-from-${text(f, key) ?? ""}`);
      return sentence([
        rating === undefined ? t("annual-detail-c9-rating-missing", { min: ratingMin }) : [t("annual-detail-c9-rating", { rating: ratingLabel(rating, t), min: ratingMin }), from("ratingFrom")].filter(Boolean).join(" "),
        f["percent"] === undefined
          ? t("annual-detail-c9-share-missing", { min: num(f, "shareGoodMin") })
          : [t("annual-detail-c9-share", { percent: num(f, "percent"), min: num(f, "shareGoodMin") }), from("shareFrom")].filter(Boolean).join(" "),
      ]);
    }
  }
}

// ---- shared by the renderings ----

/** ✓ met, ✗ not met, … still open. */
export const mark = (met: Decision): string => (met === true ? "✓" : met === false ? "✗" : "…");

/** A criterion's mark: "?" when it waits for input nobody has entered, rather than for the year to go on. */
export const criterionMark = (c: Pick<AnnualCriterionRow, "met" | "source">): string => (c.met === null && c.source === "missing" ? "?" : mark(c.met));

export const verdictKey = (eligible: Decision): string =>
  eligible === true ? "annual-verdict-eligible" : eligible === false ? "annual-verdict-not-eligible" : "annual-verdict-open";

export const criterionVerdictKey = (c: Pick<AnnualCriterionRow, "met" | "source">): string =>
  c.met === true ? "annual-met" : c.met === false ? "annual-not-met" : c.source === "missing" ? "annual-missing" : "annual-pending";

/** The cells of one parent unit (a committee above cells, or a grassroots committee), in report order. */
export interface AnnualGroup {
  readonly code: string;
  readonly name: string;
  readonly cells: readonly AnnualCellRow[];
  /** Set when the parent is a grassroots committee: its nine criteria. */
  readonly committee: AnnualCommitteeRow | undefined;
}

/**
 * The report's cells grouped by their parent, in the order the parents first appear; a
 * grassroots committee without cells of its own still gets a group (its criteria).
 */
export function annualGroups(report: AnnualReport): AnnualGroup[] {
  const groups = new Map<string, { code: string; name: string; cells: AnnualCellRow[] }>();
  const committees = new Map(report.committees.map((c) => [c.code, c]));
  for (const cell of report.cells) {
    const code = cell.parent ?? "";
    let group = groups.get(code);
    if (!group) groups.set(code, (group = { code, name: cell.parentName ?? "—", cells: [] }));
    group.cells.push(cell);
  }
  for (const committee of report.committees) {
    if (!groups.has(committee.code)) groups.set(committee.code, { code: committee.code, name: committee.name, cells: [] });
  }
  return [...groups.values()].map((g) => ({ ...g, committee: committees.get(g.code) }));
}

export interface VerdictCounts {
  readonly eligible: number;
  readonly notEligible: number;
  readonly open: number;
}

export function verdictCounts(cells: readonly Pick<AnnualCellRow, "eligible">[]): VerdictCounts {
  return {
    eligible: cells.filter((c) => c.eligible === true).length,
    notEligible: cells.filter((c) => c.eligible === false).length,
    open: cells.filter((c) => c.eligible === null).length,
  };
}
