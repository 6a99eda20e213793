import { existsSync } from "node:fs";
import { yearUnderReview } from "../domain/annual/annual-types.ts";
import type { Translate } from "../i18n/translator.ts";
import { calendarDateAt } from "../domain/period.ts";
import { argumentProblem } from "./argument-problem.ts";
import path from "node:path";
import { parseArgs } from "node:util";
import { approveMissedMeeting, withdrawMissedMeeting } from "../app/approve-missed-meeting.ts";
import { enterYearEndRating } from "../app/enter-year-end-rating.ts";
import { importYearEnd, type ImportProblem, type MissedPlan, type RatingPlan } from "../app/import-year-end.ts";
import { openApp, type App } from "../app/open-app.ts";
import { recordTitleDecision } from "../app/record-title-decision.ts";
import { missedOutcomeText, ratingLabel, ratingOutcomeText, ratingValuesText, titleOutcomeText, withdrawOutcomeText, yearEndRefusalText } from "../app/year-end-text.ts";
import { RATED_KINDS, SYSTEM_ACTOR, refuse, type YearEndRefusal } from "../app/year-end-unit.ts";
import { parseConferred, parseMonth, parseSharePercent, parseYear, parseYearEndRating } from "../app/year-end-values.ts";
import { loadConfig, type Config } from "../config.ts";
import { periodLabel } from "../engine/render/render-context.ts";
import { YEAR_END_RATINGS } from "../ports/year-end-store.ts";
import { CsvError } from "./parse-csv.ts";
import { SheetError, readYearEndSheet, writeYearEndTemplate, type TemplateUnit } from "./yearend-sheet.ts";
import { yearEndThresholdsCommand } from "./yearend-thresholds-command.ts";

/** What the CLI runs with (the same shape as src/cli/main.ts's). */
export interface YearEndIo {
  readonly stdin: NodeJS.ReadableStream;
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  readonly env: NodeJS.ProcessEnv;
}

/** A mistake in how the command was called, or a refused input: printed, exit code 2. */
class YearEndUsage extends Error {
  constructor(
    readonly key: string,
    readonly args: Record<string, string | number> = {},
  ) {
    super(key);
  }
}

/** A refused input (unknown unit, bad percent, …): its words, exit code 2. */
class YearEndRefused extends Error {
  constructor(readonly refusal: YearEndRefusal) {
    super(refusal.reason);
  }
}

/**
 * `npx bontot yearend rating|missed|title|import|template|thresholds …`: the committee's year-end inputs
 * from the command line, acting as the system (audited with no person). Returns the exit code.
 */
export async function yearEndCommand(args: readonly string[], io: YearEndIo, t: Translate): Promise<number> {
  const [action, ...rest] = args;
  try {
    switch (action) {
      case "rating":
        return await rating(rest, io, t);
      case "missed":
        return await missed(rest, io, t);
      case "title":
        return await title(rest, io, t);
      case "import":
        return await importSheet(rest, io, t);
      case "template":
        return await template(rest, io, t);
      case "thresholds":
        return await yearEndThresholdsCommand(rest, io, t);
      case "help":
      case "--help":
      case "-h":
        io.stdout.write(`${t("cli-yearend-usage")}\n`);
        return 0;
      default:
        throw new YearEndUsage("cli-yearend-usage");
    }
  } catch (error) {
    if (error instanceof YearEndRefused) {
      io.stderr.write(`${yearEndRefusalText(t, error.refusal)}\n`);
      return 2;
    }
    if (error instanceof YearEndUsage || error instanceof SheetError) {
      io.stderr.write(`${t(error.key, error.args)}\n${t("cli-see-help")}\n`);
      return 2;
    }
    if (error instanceof CsvError) {
      io.stderr.write(`${t("cli-yearend-csv-quote", { row: String(error.record) })}\n`);
      return 2;
    }
    throw error;
  }
}

function options<T extends Record<string, { type: "string" | "boolean" }>>(args: readonly string[], spec: T, positionals = 0) {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options: { ...spec, lang: { type: "string" } }, allowPositionals: positionals > 0, strict: true });
  } catch (error) {
    const problem = argumentProblem(error);
    throw new YearEndUsage(problem.key, problem.args);
  }
  if (parsed.positionals.length > positionals) throw new YearEndUsage("cli-yearend-usage");
  return parsed;
}

function config(io: YearEndIo): Config {
  if (existsSync(".env")) process.loadEnvFile(".env");
  // One-shot commands print results, not the bot's info logs.
  return loadConfig(io.env["LOG_LEVEL"] ? io.env : { ...io.env, LOG_LEVEL: "warn" });
}

async function withApp<T>(io: YearEndIo, work: (app: App) => Promise<T>): Promise<T> {
  const app = await openApp(config(io));
  try {
    return await work(app);
  } finally {
    await app.close();
  }
}

const required = (value: string | undefined, key: string): string => {
  if (value === undefined || value.trim().length === 0) throw new YearEndUsage(key);
  return value;
};

function yearOption(value: string | undefined): number {
  const year = parseYear(required(value, "cli-yearend-missing-year"));
  if (year === undefined) throw new YearEndRefused(refuse("bad-year", { year: value ?? "" }));
  return year;
}

/** Prints the outcome's words: to stdout when it succeeded, else to stderr with exit code 2. */
function done(io: YearEndIo, outcome: { readonly ok: boolean }, text: string): number {
  (outcome.ok ? io.stdout : io.stderr).write(`${text}\n`);
  return outcome.ok ? 0 : 2;
}

async function rating(args: readonly string[], io: YearEndIo, t: Translate): Promise<number> {
  const { values } = options(args, { unit: { type: "string" }, year: { type: "string" }, rating: { type: "string" }, share: { type: "string" } });
  const unitCode = required(values.unit, "cli-missing-unit");
  const year = yearOption(values.year);
  if (values.rating === undefined && values.share === undefined) throw new YearEndUsage("cli-yearend-rating-or-share");
  const rating = values.rating === undefined ? undefined : parseYearEndRating(values.rating);
  if (values.rating !== undefined && rating === undefined) throw new YearEndRefused(refuse("bad-rating", { rating: values.rating }));
  const share = values.share === undefined ? undefined : parseSharePercent(values.share);
  if (share && !share.ok) throw new YearEndRefused(refuse("bad-percent", { share: values.share ?? "" }));
  return withApp(io, async (app) => {
    const outcome = await enterYearEndRating(app, { unitCode, year, ...(rating ? { rating } : {}), ...(share?.ok ? { shareGoodPercent: share.value } : {}), actor: SYSTEM_ACTOR });
    return done(io, outcome, ratingOutcomeText(t, outcome));
  });
}

async function missed(args: readonly string[], io: YearEndIo, t: Translate): Promise<number> {
  const { values } = options(args, { unit: { type: "string" }, period: { type: "string" }, reason: { type: "string" }, withdraw: { type: "boolean" } });
  const unitCode = required(values.unit, "cli-missing-unit");
  const periodText = required(values.period, "cli-missing-period");
  const periodKey = parseMonth(periodText);
  if (periodKey === undefined) throw new YearEndRefused(refuse("bad-period", { period: periodText }));
  if (values.withdraw && values.reason !== undefined) throw new YearEndUsage("cli-yearend-usage");
  return withApp(io, async (app) => {
    if (values.withdraw) {
      const outcome = await withdrawMissedMeeting(app, { unitCode, periodKey, actor: SYSTEM_ACTOR });
      return done(io, outcome, withdrawOutcomeText(t, outcome));
    }
    const outcome = await approveMissedMeeting(app, { unitCode, periodKey, reason: required(values.reason, "cli-yearend-missing-reason"), actor: SYSTEM_ACTOR });
    return done(io, outcome, missedOutcomeText(t, outcome));
  });
}

async function title(args: readonly string[], io: YearEndIo, t: Translate): Promise<number> {
  const { values } = options(args, { unit: { type: "string" }, year: { type: "string" }, conferred: { type: "string" }, note: { type: "string" } });
  const unitCode = required(values.unit, "cli-missing-unit");
  const year = yearOption(values.year);
  const conferredText = required(values.conferred, "cli-yearend-missing-conferred");
  const conferred = parseConferred(conferredText);
  if (conferred === undefined) throw new YearEndRefused(refuse("bad-conferred", { value: conferredText }));
  return withApp(io, async (app) => {
    const outcome = await recordTitleDecision(app, { unitCode, year, conferred, ...(values.note === undefined ? {} : { note: values.note }), actor: SYSTEM_ACTOR });
    return done(io, outcome, titleOutcomeText(t, outcome));
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

async function importSheet(args: readonly string[], io: YearEndIo, t: Translate): Promise<number> {
  const { values, positionals } = options(args, { year: { type: "string" }, "dry-run": { type: "boolean" } }, 1);
  const file = positionals[0];
  if (file === undefined) throw new YearEndUsage("cli-yearend-missing-file");
  const year = values.year === undefined ? undefined : yearOption(values.year);
  if (!existsSync(file)) throw new YearEndUsage("cli-yearend-no-file", { file });
  const rows = await readYearEndSheet(file);
  const dryRun = values["dry-run"] === true;
  return withApp(io, async (app) => {
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

async function template(args: readonly string[], io: YearEndIo, t: Translate): Promise<number> {
  const { values } = options(args, { out: { type: "string" }, year: { type: "string" }, unit: { type: "string" } });
  const out = required(values.out, "cli-yearend-missing-out");
  const lower = out.toLowerCase();
  if (!lower.endsWith(".csv") && !lower.endsWith(".xlsx")) throw new YearEndUsage("cli-yearend-file-type", { file: out });
  if (existsSync(out)) throw new YearEndUsage("cli-yearend-out-exists", { file: out });
  const given = values.year === undefined ? undefined : yearOption(values.year);
  return withApp(io, async (app) => {
    // Without --year, the year being rated (last year in January, as /nam): a template without a
    // year would come back with every row refused for want of one.
    const today = calendarDateAt(app.clock.now(), app.config.timeZone);
    const year = given ?? yearUnderReview(today);
    const all = await app.stores.org.listUnits();
    let listed = all;
    if (values.unit !== undefined) {
      const top = await app.stores.org.findUnit(values.unit);
      if (!top) throw new YearEndRefused(refuse("unknown-unit", { code: values.unit }));
      const below = new Set((await app.stores.org.subtree(top.id)).map((u) => u.id));
      listed = all.filter((u) => below.has(u.id));
    }
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
    await writeYearEndTemplate(out, units, year, {
      headers: { code: header("code"), name: header("name"), kind: header("kind"), parent: header("parent"), year: header("year"), rating: header("rating"), share: header("share"), month: header("month"), reason: header("reason") },
      sheets: { ratings: t("yearend-sheet-ratings"), missed: t("yearend-sheet-missed"), guide: t("yearend-sheet-guide") },
      ratings: YEAR_END_RATINGS.map((r) => ratingLabel(t, r)),
      guide: t("yearend-template-guide").split("\n"),
    });
    io.stdout.write(`${t("cli-yearend-template-written", { file: out, units: units.length })}\n`);
    return 0;
  });
}
