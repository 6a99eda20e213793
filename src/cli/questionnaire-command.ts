import { readFileSync, statSync } from "node:fs";
import type { Command } from "commander";
import { importQuestionnaire, type ImportOutcome } from "../app/import-questionnaire.ts";
import { listQuestionnaires } from "../app/list-questionnaires.ts";
import { checkQuestionnaireFile, problemLines, versionName, type QuestionnaireFileCheck } from "../app/questionnaire-file.ts";
import { questionnaireForUnit } from "../app/questionnaire-for-unit.ts";
import { rescoreQuestionnaire, type RescoreOutcome } from "../app/rescore-questionnaire.ts";
import { calendarDateAt, dayFirst, periodKeyAt } from "../domain/period.ts";
import { questionnaireContentHash } from "../domain/questionnaire/content-hash.ts";
import { DEFAULT_MONTHLY_CELL } from "../domain/questionnaire/default-monthly-cell.ts";
import type { QuestionnaireDefinition } from "../domain/questionnaire/definition.ts";
import { questionnaireYaml } from "../domain/questionnaire/file/questionnaire-yaml.ts";
import { itemCount } from "../domain/questionnaire/flow.ts";
import { periodLabel } from "../engine/render/render-context.ts";
import { messageAsWritten, questionnaireTranslator } from "../i18n/questionnaire-translator.ts";
import { choiceOption, CommandUsageError, commandConfig, examples, notBlank, periodKey, withApp, type CliContext } from "./command-support.ts";
import { fileSystemReason, outputFile, writeOutput } from "./output-file.ts";
import { questionnairePreview } from "./questionnaire-preview.ts";

/** A questionnaire is a few dozen kilobytes; anything far larger is the wrong file. */
const MAX_FILE_BYTES = 1_000_000;

/**
 * `npx bontot questionnaire check|preview|export|import|list|rescore`: the monthly questionnaire
 * as a YAML file an office edits (issue 13). check, preview and export need no database (export
 * --unit does); import writes, as the system, audited; rescore reads only.
 */
export function questionnaireCommand(program: Command, context: CliContext): void {
  const { t } = context;
  const file = `<${t("cli-placeholder-file")}>`;
  const unit = `--unit <${t("cli-placeholder-code")}>`;
  const questionnaire = program.command("questionnaire").description(t("cli-questionnaire-description"));
  examples(questionnaire, context, "cli-questionnaire-examples");

  const check = questionnaire.command("check").description(t("cli-questionnaire-check-description")).argument(file, t("cli-argument-questionnaire-file"));
  examples(check, context, "cli-questionnaire-check-examples").action((path: string) => {
    context.exitCode = checkAction(context, path);
  });

  const preview = questionnaire.command("preview").description(t("cli-questionnaire-preview-description")).argument(file, t("cli-argument-questionnaire-file"));
  examples(preview, context, "cli-questionnaire-preview-examples").action((path: string) => {
    context.exitCode = previewAction(context, path);
  });

  const exportCommand = questionnaire
    .command("export")
    .description(t("cli-questionnaire-export-description"))
    .option(unit, t("cli-option-questionnaire-export-unit"), notBlank(t, "--unit"))
    .option(`--period <${t("cli-placeholder-period")}>`, t("cli-option-questionnaire-export-period"), periodKey(t))
    .option(`--out <${t("cli-placeholder-file")}>`, t("cli-option-questionnaire-out"))
    .option("--force", t("cli-option-force"));
  examples(exportCommand, context, "cli-questionnaire-export-examples").action(async (options: ExportOptions) => {
    context.exitCode = await exportAction(context, options);
  });

  const importCommand = questionnaire
    .command("import")
    .description(t("cli-questionnaire-import-description"))
    .argument(file, t("cli-argument-questionnaire-file"))
    .requiredOption(unit, t("cli-option-questionnaire-unit"), notBlank(t, "--unit"))
    .requiredOption(`--from <${t("cli-placeholder-period")}>`, t("cli-option-questionnaire-from"), periodKey(t))
    .option("--dry-run", t("cli-option-dry-run"));
  examples(importCommand, context, "cli-questionnaire-import-examples").action(async (path: string, options: { unit: string; from: string; dryRun?: boolean }) => {
    context.exitCode = await importAction(context, path, options);
  });

  const list = questionnaire.command("list").description(t("cli-questionnaire-list-description"));
  examples(list, context, "cli-questionnaire-list-examples").action(async () => {
    context.exitCode = await listAction(context);
  });

  const rescore = questionnaire
    .command("rescore")
    .description(t("cli-questionnaire-rescore-description"))
    .argument(file, t("cli-argument-questionnaire-file"))
    .requiredOption(`--period <${t("cli-placeholder-period")}>`, t("cli-option-questionnaire-rescore-period"), periodKey(t))
    .option(unit, t("cli-option-questionnaire-rescore-unit"), notBlank(t, "--unit"));
  rescore.addOption(choiceOption(rescore, `--format <${t("cli-placeholder-format")}>`, t("cli-option-format"), ["text", "json"], "text"));
  examples(rescore, context, "cli-questionnaire-rescore-examples").action(async (path: string, options: { period: string; unit?: string; format: "text" | "json" }) => {
    context.exitCode = await rescoreAction(context, path, options);
  });
}

interface ExportOptions {
  readonly unit?: string;
  readonly period?: string;
  readonly out?: string;
  readonly force?: boolean;
}

/** The file's text: refused readably when it is missing, a folder, too large or not UTF-8 text. */
function readText(context: CliContext, path: string): string {
  const { t } = context;
  let bytes: Buffer;
  try {
    const size = statSync(path).size;
    if (size > MAX_FILE_BYTES) throw new CommandUsageError("cli-questionnaire-too-large", { file: path, size });
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof CommandUsageError) throw error;
    throw new CommandUsageError("cli-questionnaire-unreadable", { file: path, reason: fileSystemReason(t, error) });
  }
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new CommandUsageError("cli-questionnaire-not-text", { file: path });
  }
}

/** Checks the file; its problems, when it has some, go to stderr (exit code 2 by the caller). */
function checked(context: CliContext, path: string): QuestionnaireFileCheck {
  const { t, translator, locale, io } = context;
  const result = checkQuestionnaireFile(translator, readText(context, path));
  if (!result.ok) io.stderr.write(`${[t("cli-questionnaire-invalid", { file: path, count: result.problems.length }), ...problemLines(translator, t, locale, result.problems).map((line) => `  ${line}`)].join("\n")}\n`);
  return result;
}

const maxScore = (definition: QuestionnaireDefinition): number => definition.criteria.reduce((sum, c) => sum + c.max, 0);

function checkAction(context: CliContext, path: string): number {
  const result = checked(context, path);
  if (!result.ok) return 2;
  const { definition, hash } = result;
  context.io.stdout.write(
    `${context.t("cli-questionnaire-valid", { file: path, name: versionName(definition), items: itemCount(definition), questions: definition.questions.length, max: maxScore(definition), hash: hash.slice(0, 12) })}\n`,
  );
  return 0;
}

/** This month (in the configured time zone), for the example date in a preview and the export's default. */
function thisMonth(context: CliContext): string {
  let timeZone: string | undefined;
  try {
    timeZone = commandConfig(context.io).timeZone;
  } catch {
    // A preview needs no configuration; a broken one is the bot's problem, not the preview's.
  }
  return periodKeyAt(new Date(), timeZone);
}

function previewAction(context: CliContext, path: string): number {
  const result = checked(context, path);
  if (!result.ok) return 2;
  context.io.stdout.write(questionnairePreview(context.translator, context.locale, result.definition, { periodKey: thisMonth(context), hash: result.hash }));
  return 0;
}

async function exportAction(context: CliContext, options: ExportOptions): Promise<number> {
  const { t, translator, io } = context;
  const period = options.period ?? thisMonth(context);
  // The built-in questionnaire needs no database; a unit's is read from it.
  const found =
    options.unit === undefined
      ? { ok: true as const, definition: DEFAULT_MONTHLY_CELL, hash: questionnaireContentHash(DEFAULT_MONTHLY_CELL) }
      : await withApp(context, (app) => questionnaireForUnit(app, options.unit, period));
  if (!found.ok) throw new CommandUsageError("cli-unknown-unit", { code: found.code });
  const { definition, hash } = found;
  const texts = questionnaireTranslator(translator, definition);
  const header = t(found.source ? "cli-questionnaire-export-header-unit" : "cli-questionnaire-export-header", {
    name: versionName(definition),
    hash: hash.slice(0, 12),
    period: periodLabel(period),
    ...(found.source ? { unit: found.source.unit.name, code: found.source.unit.code, from: periodLabel(found.source.fromPeriod) } : {}),
  }).split("\n");
  const yaml = questionnaireYaml(definition, {
    header,
    describe: (key) => {
      const vi = messageAsWritten(texts, "vi", key);
      const en = messageAsWritten(texts, "en", key);
      return vi !== undefined && en !== undefined ? { vi, en } : undefined;
    },
  });
  if (options.out === undefined) {
    io.stdout.write(yaml);
    return 0;
  }
  // With --out given, no default folder is involved.
  const target = outputFile(t, { dbPath: "." }, { out: options.out, force: options.force === true }, "bo-cau-hoi.yaml");
  writeOutput(t, target, yaml);
  io.stdout.write(`${t("cli-file-written", { file: target.shown })}\n`);
  return 0;
}

function importText(context: CliContext, outcome: ImportOutcome): string[] {
  const { t, translator, locale } = context;
  if (!outcome.ok) {
    switch (outcome.reason) {
      case "invalid-file":
        return [t("cli-questionnaire-invalid-file"), ...problemLines(translator, t, locale, outcome.problems).map((line) => `  ${line}`)];
      case "unknown-unit":
        return [t("cli-unknown-unit", { code: outcome.code })];
      case "bad-period":
        return [t("cli-bad-period", { period: outcome.period })];
      case "unscored":
        return [t("cli-questionnaire-unscored", { name: outcome.name })];
      case "built-in-code":
        return [t("cli-questionnaire-built-in-code", { code: outcome.code })];
      case "period-begun":
        return [t("cli-questionnaire-period-begun", { period: periodLabel(outcome.period), latest: periodLabel(outcome.latest), open: outcome.open ? "yes" : "no", next: outcome.next })];
      case "version-taken":
        return [t("cli-questionnaire-version-taken", { name: outcome.name, stored: outcome.storedHash.slice(0, 12), file: outcome.fileHash.slice(0, 12) })];
    }
  }
  const name = versionName(outcome.definition);
  const args = { name, hash: outcome.hash.slice(0, 12), unit: outcome.unit.name, code: outcome.unit.code, from: periodLabel(outcome.fromPeriod), cells: outcome.cells };
  if (outcome.assignment === "unchanged") return [t("cli-questionnaire-import-unchanged", args)];
  const lines = [t(outcome.dryRun ? "cli-questionnaire-import-plan" : "cli-questionnaire-import-done", args)];
  lines.push(t(outcome.version === "new" ? (outcome.dryRun ? "cli-questionnaire-import-version-new" : "cli-questionnaire-import-version-saved") : "cli-questionnaire-import-version-stored", { name }));
  if (outcome.replaced) lines.push(t("cli-questionnaire-import-replaces", { previous: outcome.replaced, code: outcome.unit.code, from: periodLabel(outcome.fromPeriod) }));
  const before = outcome.before.filter((b) => b.name !== name);
  if (before.length > 0) lines.push(t("cli-questionnaire-import-before", { list: before.map((b) => t("cli-questionnaire-import-before-item", { name: b.name, cells: b.cells })).join(", ") }));
  for (const own of outcome.keepOwn) lines.push(t("cli-questionnaire-import-keep-own", { unit: own.unit.name, code: own.unit.code, name: own.name, cells: own.cells }));
  if (outcome.dryRun) lines.push(t("cli-questionnaire-import-dry-run"));
  return lines;
}

async function importAction(context: CliContext, path: string, options: { unit: string; from: string; dryRun?: boolean }): Promise<number> {
  const text = readText(context, path);
  const outcome = await withApp(context, (app) => importQuestionnaire(app, { text, unitCode: options.unit, fromPeriod: options.from, dryRun: options.dryRun === true, actorId: null }));
  (outcome.ok ? context.io.stdout : context.io.stderr).write(`${importText(context, outcome).join("\n")}\n`);
  return outcome.ok ? 0 : 2;
}

async function listAction(context: CliContext): Promise<number> {
  const { t, io } = context;
  return withApp(context, async (app) => {
    const list = await listQuestionnaires(app);
    const lines = [t("cli-questionnaire-list-title")];
    if (list.assignments.length === 0) lines.push(`  ${t("cli-questionnaire-list-none")}`);
    for (const a of list.assignments) {
      lines.push(`  ${t("cli-questionnaire-list-line", { unit: a.unit.name, code: a.unit.code, name: a.name, from: periodLabel(a.fromPeriod), begun: a.begun ? "yes" : "no", cells: a.cells, hash: a.hash.slice(0, 12) })}`);
    }
    lines.push(`  ${t("cli-questionnaire-list-default", { name: list.builtIn.name, hash: list.builtIn.hash.slice(0, 12) })}`);
    if (list.versions.length > 0) {
      lines.push(t("cli-questionnaire-list-versions"));
      for (const v of list.versions) {
        const date = dayFirst(calendarDateAt(new Date(v.createdAt), app.config.timeZone));
        lines.push(`  ${t("cli-questionnaire-list-version", { name: v.name, hash: v.contentHash.slice(0, 12), date })}`);
      }
    }
    io.stdout.write(`${lines.join("\n")}\n`);
    return 0;
  });
}

function rescoreLines(context: CliContext, outcome: Extract<RescoreOutcome, { ok: true }>, definition: QuestionnaireDefinition): string[] {
  const { t, translator, locale } = context;
  const texts = questionnaireTranslator(translator, definition);
  const score = (s: { score: number; maxScore: number; fourGood: boolean }): string => t("cli-questionnaire-rescore-score", { score: s.score, max: s.maxScore, fourGood: s.fourGood ? "yes" : "no" });
  const lines = [
    outcome.scope
      ? t("cli-questionnaire-rescore-title-unit", { period: periodLabel(outcome.period), name: outcome.name, unit: outcome.scope.name, code: outcome.scope.code })
      : t("cli-questionnaire-rescore-title", { period: periodLabel(outcome.period), name: outcome.name }),
  ];
  for (const cell of outcome.cells) {
    const old = cell.old ? score(cell.old) : t("cli-questionnaire-rescore-not-submitted", { status: t(`cli-questionnaire-status-${cell.status}`) });
    const line = cell.new
      ? t("cli-questionnaire-rescore-line", { code: cell.unit.code, name: cell.unit.name, old, oldVersion: cell.oldVersion ?? "—", new: score(cell.new) })
      : t("cli-questionnaire-rescore-no-answers", { code: cell.unit.code, name: cell.unit.name, status: t(`cli-questionnaire-status-${cell.status}`) });
    lines.push(`  ${line}`);
    if (cell.new) {
      const failed = cell.new.criteria.filter((c) => !c.met).map((c) => c.id);
      if (failed.length > 0 && cell.new.criteria.length > 0) lines.push(`    ${t("cli-questionnaire-rescore-failed", { criteria: failed.join(", ") })}`);
    }
    if (cell.missing.length > 0) {
      const questions = cell.missing.map((q) => t("cli-questionnaire-rescore-question", { item: q.item, label: texts.t(locale, q.label) })).join("; ");
      lines.push(`    ${t("cli-questionnaire-rescore-missing", { count: cell.missing.length, questions })}`);
    }
  }
  const submitted = outcome.cells.filter((c) => c.old !== null);
  const rescored = outcome.cells.filter((c) => c.new !== null);
  const average = (values: readonly number[]): string => (values.length === 0 ? "—" : (Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10).toLocaleString(locale === "vi" ? "vi-VN" : "en-US"));
  lines.push(
    t("cli-questionnaire-rescore-summary", {
      oldFourGood: submitted.filter((c) => c.old?.fourGood).length,
      submitted: submitted.length,
      newFourGood: rescored.filter((c) => c.new?.fourGood).length,
      rescored: rescored.length,
      oldAverage: average(submitted.map((c) => c.old?.score ?? 0)),
      newAverage: average(rescored.map((c) => c.new?.score ?? 0)),
    }),
  );
  if (rescored.some((c) => c.missing.length > 0)) lines.push(t("cli-questionnaire-rescore-missing-note"));
  lines.push(t("cli-questionnaire-rescore-nothing-stored"));
  return lines;
}

async function rescoreAction(context: CliContext, path: string, options: { period: string; unit?: string; format: "text" | "json" }): Promise<number> {
  const result = checked(context, path);
  if (!result.ok) return 2;
  const outcome = await withApp(context, (app) => rescoreQuestionnaire(app, result.definition, { periodKey: options.period, ...(options.unit !== undefined ? { unitCode: options.unit } : {}) }));
  if (!outcome.ok) {
    if (outcome.reason === "unknown-unit") throw new CommandUsageError("cli-unknown-unit", { code: outcome.code });
    if (outcome.reason === "unscored") throw new CommandUsageError("cli-questionnaire-rescore-unscored", { name: outcome.code });
    throw new CommandUsageError("cli-unknown-period", { period: outcome.code });
  }
  if (options.format === "json") {
    const cells = outcome.cells.map((c) => ({
      code: c.unit.code,
      name: c.unit.name,
      status: c.status,
      oldVersion: c.oldVersion,
      old: c.old,
      new: c.new ? { score: c.new.score, maxScore: c.new.maxScore, fourGood: c.new.fourGood, criteria: c.new.criteria.map((k) => ({ id: k.id, points: k.points, max: k.max, met: k.met })) } : null,
      missing: c.missing.map((q) => q.id),
    }));
    context.io.stdout.write(`${JSON.stringify({ period: outcome.period, questionnaire: outcome.name, hash: result.hash, unit: outcome.scope?.code ?? null, cells }, null, 2)}\n`);
    return 0;
  }
  context.io.stdout.write(`${rescoreLines(context, outcome, result.definition).join("\n")}\n`);
  return 0;
}
