import { existsSync } from "node:fs";
import path from "node:path";
import type { Command } from "commander";
import { approveMissedMeeting, withdrawMissedMeeting } from "../app/approve-missed-meeting.ts";
import { enterYearEndRating } from "../app/enter-year-end-rating.ts";
import { importYearEnd, type ImportProblem, type MissedPlan, type RatingPlan } from "../app/import-year-end.ts";
import type { App } from "../app/open-app.ts";
import { recordTitleDecision } from "../app/record-title-decision.ts";
import { missedOutcomeText, ratingLabel, ratingOutcomeText, ratingValuesText, titleOutcomeText, withdrawOutcomeText, yearEndRefusalText } from "../app/year-end-text.ts";
import { RATED_KINDS, SYSTEM_ACTOR, refuse, type YearEndRefusal } from "../app/year-end-unit.ts";
import { parseConferred, parseMonth, parseSharePercent, parseYear, parseYearEndRating } from "../app/year-end-values.ts";
import { yearUnderReview } from "../domain/annual/annual-types.ts";
import { calendarDateAt } from "../domain/period.ts";
import { periodLabel } from "../engine/render/render-context.ts";
import type { Translate } from "../i18n/translator.ts";
import { YEAR_END_RATINGS } from "../ports/year-end-store.ts";
import { CommandUsageError, commandConfig, examples, notBlank, withApp, type CliContext } from "./command-support.ts";
import { fileNamePart, outputFile, outputOptions, type OutputFile } from "./output-file.ts";
import { CsvError } from "./parse-csv.ts";
import { SheetError, readYearEndSheet, writeYearEndTemplate, type TemplateUnit } from "./yearend-sheet.ts";
import { yearEndThresholdsCommand } from "./yearend-thresholds-command.ts";

/** A refused input (unknown unit, bad percent, …): its words, exit code 2. */
class YearEndRefused extends Error {
  constructor(readonly refusal: YearEndRefusal) {
    super(refusal.reason);
  }
}

/**
 * `npx bontot yearend rating|missed|title|import|template|thresholds …`: the committee's year-end inputs
 * from the command line, acting as the system (audited with no person).
 */
export function yearEndCommand(program: Command, context: CliContext): void {
  const { t } = context;
  const code = `--unit <${t("cli-placeholder-code")}>`;
  const yearFlag = `--year <${t("cli-placeholder-year")}>`;
  const yearend = program.command("yearend").description(t("cli-yearend-description"));
  examples(yearend, context, "cli-yearend-examples");

  const rating = yearend
    .command("rating")
    .description(t("cli-yearend-rating-description"))
    .requiredOption(code, t("cli-option-yearend-unit"), notBlank(t, "--unit"))
    .requiredOption(yearFlag, t("cli-option-year"))
    .option(`--rating <${t("cli-placeholder-rating")}>`, t("cli-option-yearend-rating"))
    .option(`--share <${t("cli-placeholder-percent")}>`, t("cli-option-yearend-share"));
  examples(rating, context, "cli-yearend-rating-examples").action(async (options: { unit: string; year: string; rating?: string; share?: string }) => {
    context.exitCode = await guarded(context, () => ratingAction(context, options));
  });

  const missed = yearend
    .command("missed")
    .description(t("cli-yearend-missed-description"))
    .requiredOption(code, t("cli-option-cell"), notBlank(t, "--unit"))
    .requiredOption(`--period <${t("cli-placeholder-period")}>`, t("cli-option-period"))
    .option(`--reason <${t("cli-placeholder-reason")}>`, t("cli-option-yearend-missed-reason"))
    .option("--withdraw", t("cli-option-yearend-withdraw"));
  examples(missed, context, "cli-yearend-missed-examples").action(async (options: { unit: string; period: string; reason?: string; withdraw?: boolean }) => {
    context.exitCode = await guarded(context, () => missedAction(context, options));
  });

  const title = yearend
    .command("title")
    .description(t("cli-yearend-title-description"))
    .requiredOption(code, t("cli-option-yearend-unit"), notBlank(t, "--unit"))
    .requiredOption(yearFlag, t("cli-option-year"))
    .requiredOption(`--conferred <${t("cli-placeholder-yes-no")}>`, t("cli-option-yearend-conferred"))
    .option(`--note <${t("cli-placeholder-note")}>`, t("cli-option-yearend-note"));
  examples(title, context, "cli-yearend-title-examples").action(async (options: { unit: string; year: string; conferred: string; note?: string }) => {
    context.exitCode = await guarded(context, () => titleAction(context, options));
  });

  const importCommand = yearend
    .command("import")
    .description(t("cli-yearend-import-description"))
    .argument(`[${t("cli-placeholder-file")}]`, t("cli-argument-yearend-file"))
    .option(yearFlag, t("cli-option-yearend-import-year"))
    .option("--dry-run", t("cli-option-dry-run"));
  examples(importCommand, context, "cli-yearend-import-examples").action(async (file: string | undefined, options: { year?: string; dryRun?: boolean }) => {
    context.exitCode = await guarded(context, () => importAction(context, file, options));
  });

  const template = outputOptions(
    yearend
      .command("template")
      .description(t("cli-yearend-template-description"))
      .option(yearFlag, t("cli-option-yearend-template-year"))
      .option(code, t("cli-option-annual-unit"), notBlank(t, "--unit")),
    context,
  );
  examples(template, context, "cli-yearend-template-examples").action(async (options: { out?: string; force?: boolean; year?: string; unit?: string }) => {
    context.exitCode = await guarded(context, () => templateAction(context, options));
  });

  yearEndThresholdsCommand(yearend, context);
}

/** The year-end refusals and spreadsheet problems, each printed its own way, exit code 2. */
async function guarded(context: CliContext, body: () => Promise<number>): Promise<number> {
  const { io, t } = context;
  try {
    return await body();
  } catch (error) {
    if (error instanceof YearEndRefused) {
      io.stderr.write(`${yearEndRefusalText(t, error.refusal)}\n`);
      return 2;
    }
    if (error instanceof SheetError) throw new CommandUsageError(error.key, error.args);
    if (error instanceof CsvError) {
      io.stderr.write(`${t("cli-yearend-csv-quote", { row: String(error.record) })}\n`);
      return 2;
    }
    throw error;
  }
}

function yearOption(value: string): number {
  const year = parseYear(value);
  if (year === undefined) throw new YearEndRefused(refuse("bad-year", { year: value }));
  return year;
}

/** Prints the outcome's words: to stdout when it succeeded, else to stderr with exit code 2. */
function done(context: CliContext, outcome: { readonly ok: boolean }, text: string): number {
  (outcome.ok ? context.io.stdout : context.io.stderr).write(`${text}\n`);
  return outcome.ok ? 0 : 2;
}

const appFor = <T>(context: CliContext, work: (app: App) => Promise<T>): Promise<T> => withApp(context, work);

async function ratingAction(context: CliContext, values: { unit: string; year: string; rating?: string; share?: string }): Promise<number> {
  const { t } = context;
  const year = yearOption(values.year);
  if (values.rating === undefined && values.share === undefined) throw new CommandUsageError("cli-yearend-rating-or-share");
  const rating = values.rating === undefined ? undefined : parseYearEndRating(values.rating);
  if (values.rating !== undefined && rating === undefined) throw new YearEndRefused(refuse("bad-rating", { rating: values.rating }));
  const share = values.share === undefined ? undefined : parseSharePercent(values.share);
  if (share && !share.ok) throw new YearEndRefused(refuse("bad-percent", { share: values.share ?? "" }));
  return appFor(context, async (app) => {
    const outcome = await enterYearEndRating(app, { unitCode: values.unit, year, ...(rating ? { rating } : {}), ...(share?.ok ? { shareGoodPercent: share.value } : {}), actor: SYSTEM_ACTOR });
    return done(context, outcome, ratingOutcomeText(t, outcome));
  });
}

async function missedAction(context: CliContext, values: { unit: string; period: string; reason?: string; withdraw?: boolean }): Promise<number> {
  const { t } = context;
  const periodKey = parseMonth(values.period);
  if (periodKey === undefined) throw new YearEndRefused(refuse("bad-period", { period: values.period }));
  if (values.withdraw && values.reason !== undefined) throw new CommandUsageError("cli-conflicting-options", { option: "--withdraw", other: "--reason" });
  if (!values.withdraw && (values.reason === undefined || values.reason.trim().length === 0)) throw new CommandUsageError("cli-yearend-missing-reason");
  return appFor(context, async (app) => {
    if (values.withdraw) {
      const outcome = await withdrawMissedMeeting(app, { unitCode: values.unit, periodKey, actor: SYSTEM_ACTOR });
      return done(context, outcome, withdrawOutcomeText(t, outcome));
    }
    const outcome = await approveMissedMeeting(app, { unitCode: values.unit, periodKey, reason: values.reason ?? "", actor: SYSTEM_ACTOR });
    return done(context, outcome, missedOutcomeText(t, outcome));
  });
}

async function titleAction(context: CliContext, values: { unit: string; year: string; conferred: string; note?: string }): Promise<number> {
  const { t } = context;
  const year = yearOption(values.year);
  const conferred = parseConferred(values.conferred);
  if (conferred === undefined) throw new YearEndRefused(refuse("bad-conferred", { value: values.conferred }));
  return appFor(context, async (app) => {
    const outcome = await recordTitleDecision(app, { unitCode: values.unit, year, conferred, ...(values.note === undefined ? {} : { note: values.note }), actor: SYSTEM_ACTOR });
    return done(context, outcome, titleOutcomeText(t, outcome));
  });
}

const rowLabel = (t: Translate, where: { readonly sheet?: string; readonly row: number }): string =>
  where.sheet === undefined ? t("cli-yearend-row", { row: String(where.row) }) : t("cli-yearend-sheet-row", { sheet: where.sheet, row: String(where.row) });

function problemLine(t: Translate, problem: ImportProblem): string {
  return `  ${rowLabel(t, problem)}: ${yearEndRefusalText(t, problem.refusal)}`;
}

function ratingPlanLine(t: Translate, plan: RatingPlan): string {
  const args = { change: t(`cli-yearend-change-${plan.change}`), code: plan.unit.code, unit: plan.unit.name, year: String(plan.year), values: ratingValuesText(t, plan.after) };
  const line = t("cli-yearend-plan-rating", args);
  return plan.change === "changed" && plan.before ? `${line} ${t("cli-yearend-plan-before", { values: ratingValuesText(t, plan.before) })}` : line;
}

function missedPlanLine(t: Translate, plan: MissedPlan): string {
  const line = t("cli-yearend-plan-missed", { change: t(`cli-yearend-change-${plan.change}`), code: plan.unit.code, unit: plan.unit.name, period: periodLabel(plan.periodKey), reason: plan.reason });
  return plan.change === "changed" && plan.before !== null ? `${line} ${t("cli-yearend-plan-before", { values: plan.before })}` : line;
}

async function importAction(context: CliContext, file: string | undefined, values: { year?: string; dryRun?: boolean }): Promise<number> {
  const { io, t } = context;
  if (file === undefined || file.trim().length === 0) throw new CommandUsageError("cli-yearend-missing-file");
  const year = values.year === undefined ? undefined : yearOption(values.year);
  if (!existsSync(file)) throw new CommandUsageError("cli-yearend-no-file", { file });
  const rows = await readYearEndSheet(file);
  const dryRun = values.dryRun === true;
  return appFor(context, async (app) => {
    const outcome = await importYearEnd(app, { rows, ...(year === undefined ? {} : { year }), dryRun, source: path.basename(file) });
    if (!outcome.ok) {
      io.stderr.write(`${[t("cli-yearend-problems", { count: outcome.problems.length, file }), ...outcome.problems.map((p) => problemLine(t, p))].join("\n")}\n`);
      return 2;
    }
    const count = (plans: readonly { change: string }[], change: string): number => plans.filter((p) => p.change === change).length;
    const all = [...outcome.ratings, ...outcome.missed];
    const lines = [
      ...outcome.ratings.map((p) => ratingPlanLine(t, p)),
      ...outcome.missed.map((p) => missedPlanLine(t, p)),
      t(dryRun ? "cli-yearend-dry-run" : "cli-yearend-written", { new: count(all, "new"), changed: count(all, "changed"), unchanged: count(all, "unchanged") }),
    ];
    if (all.length === 0) lines.unshift(t("cli-yearend-nothing-in-file", { file }));
    io.stdout.write(`${lines.join("\n")}\n`);
    return 0;
  });
}

const SHEET_TYPES = [".csv", ".xlsx"];

async function templateAction(context: CliContext, values: { out?: string; force?: boolean; year?: string; unit?: string }): Promise<number> {
  const { io, t } = context;
  if (values.out !== undefined && !SHEET_TYPES.includes(path.extname(values.out).toLowerCase())) throw new CommandUsageError("cli-yearend-file-type", { file: values.out });
  const given = values.year === undefined ? undefined : yearOption(values.year);
  const config = commandConfig(io);
  // Refused before the tree is read: an existing file, a folder that does not exist.
  const explicit = values.out === undefined ? undefined : outputFile(t, config, values, values.out);
  return withApp(
    context,
    async (app) => {
      // Without --year, the year being rated (last year in January, as /nam): a template without a
      // year would come back with every row refused for want of one.
      const today = calendarDateAt(app.clock.now(), app.config.timeZone);
      const year = given ?? yearUnderReview(today);
      const all = await app.stores.org.listUnits();
      let listed = all.filter((u) => !u.archived);
      if (values.unit !== undefined) {
        const top = await app.stores.org.findUnit(values.unit);
        if (!top) throw new YearEndRefused(refuse("unknown-unit", { code: values.unit }));
        const below = new Set((await app.stores.org.subtree(top.id)).map((u) => u.id));
        listed = all.filter((u) => below.has(u.id));
      }
      const target: OutputFile = explicit ?? outputFile(t, config, {}, `mau-cuoi-nam-${year}${values.unit === undefined ? "" : `-${fileNamePart(values.unit)}`}.xlsx`);
      const rated = listed.filter((u) => RATED_KINDS.includes(u.kind));
      const entered = new Map((await app.stores.yearEnd.ratingsOf(rated.map((u) => u.id), year)).map((r) => [r.unitId, r]));
      const units: TemplateUnit[] = rated.map((u) => {
        const stored = entered.get(u.id);
        return {
          code: u.code,
          name: u.name,
          kind: t(`kind-${u.kind}`),
          parent: u.parentCode ?? "",
          ...(stored?.rating ? { rating: ratingLabel(t, stored.rating) } : {}),
          ...(typeof stored?.shareGoodPercent === "number" ? { share: stored.shareGoodPercent } : {}),
        };
      });
      const header = (key: string): string => t(`yearend-header-${key}`);
      await writeYearEndTemplate(target.file, units, year, {
        headers: { code: header("code"), name: header("name"), kind: header("kind"), parent: header("parent"), year: header("year"), rating: header("rating"), share: header("share"), month: header("month"), reason: header("reason") },
        sheets: { ratings: t("yearend-sheet-ratings"), missed: t("yearend-sheet-missed"), guide: t("yearend-sheet-guide") },
        ratings: YEAR_END_RATINGS.map((r) => ratingLabel(t, r)),
        guide: t("yearend-template-guide").split("\n"),
      });
      io.stdout.write(`${t("cli-yearend-template-written", { file: target.shown, units: units.length })}\n`);
      return 0;
    },
    config,
  );
}
