import {
  THRESHOLD_NAMES,
  annualThresholdsOf,
  setAnnualThresholds,
  type SetThresholdsOutcome,
  type ThresholdsView,
} from "../app/annual-thresholds.ts";
import { yearEndRefusalText } from "../app/year-end-text.ts";
import { refuse } from "../app/year-end-unit.ts";
import { THRESHOLD_FIELDS, THRESHOLD_RANGES, type AnnualThresholdSettings, type ThresholdField } from "../ports/annual-thresholds-store.ts";
import type { Command } from "commander";
import { examples, notBlank, withApp, type CliContext } from "./command-support.ts";
import type { Translate } from "../i18n/translator.ts";

interface ThresholdOptions {
  readonly unit: string;
  readonly clear?: boolean;
  readonly shareGood?: string;
  readonly fourGoodMonths?: string;
  readonly criterionMonths?: string;
  readonly meetingsWithReason?: string;
  readonly admissionsPercent?: string;
}

/**
 * `npx bontot yearend thresholds --unit CODE [--share-good 100] [--four-good-months 10]
 * [--criterion-months 10] [--meetings-with-reason 11] [--admissions-percent 3] [--clear]`:
 * sets a committee's annual thresholds for its subtree (audited, as the system), or without
 * values prints those in force for the unit and where each comes from.
 */
export function yearEndThresholdsCommand(yearend: Command, context: CliContext): void {
  const { t } = context;
  const value = `<${t("cli-placeholder-number")}>`;
  const command = yearend
    .command("thresholds")
    .description(t("cli-yearend-thresholds-description"))
    .requiredOption(`--unit <${t("cli-placeholder-code")}>`, t("cli-option-yearend-unit"), notBlank(t, "--unit"))
    .option(`--share-good ${value}`, t("cli-option-threshold-share-good"))
    .option(`--four-good-months ${value}`, t("cli-option-threshold-four-good-months"))
    .option(`--criterion-months ${value}`, t("cli-option-threshold-criterion-months"))
    .option(`--meetings-with-reason ${value}`, t("cli-option-threshold-meetings-with-reason"))
    .option(`--admissions-percent ${value}`, t("cli-option-threshold-admissions-percent"))
    .option("--clear", t("cli-option-threshold-clear"));
  examples(command, context, "cli-yearend-thresholds-examples").action(async (options: ThresholdOptions) => {
    context.exitCode = await thresholds(context, options);
  });
}

async function thresholds(context: CliContext, values: ThresholdOptions): Promise<number> {
  const { io, t } = context;
  const given: Record<ThresholdField, string | undefined> = {
    shareGoodMin: values.shareGood,
    fourGoodMonths: values.fourGoodMonths,
    criterionMonths: values.criterionMonths,
    meetingsWithApprovedReason: values.meetingsWithReason,
    admissionsPercent: values.admissionsPercent,
  };
  const unitCode = values.unit;
  const settings: Partial<Record<ThresholdField, number>> = {};
  for (const field of THRESHOLD_FIELDS) {
    const text = given[field];
    if (text === undefined) continue;
    const value = parseThreshold(text);
    if (value === undefined) {
      const range = THRESHOLD_RANGES[field];
      io.stderr.write(`${yearEndRefusalText(t, refuse(`bad-threshold-${THRESHOLD_NAMES[field]}`, { value: text, min: range.min, max: range.max }))}\n`);
      return 2;
    }
    settings[field] = value;
  }
  const clear = values.clear === true;
  const setting = clear || Object.keys(settings).length > 0;
  return withApp(context, async (app) => {
    if (!setting) {
      const view = await annualThresholdsOf(app, unitCode);
      if (!view.ok) {
        io.stderr.write(`${yearEndRefusalText(t, view)}\n`);
        return 2;
      }
      io.stdout.write(`${[t("cli-yearend-thresholds-in-force", { unit: view.unit.name, code: view.unit.code }), ...inForceLines(t, view)].join("\n")}\n`);
      return 0;
    }
    const outcome = await setAnnualThresholds(app, { unitCode, settings: settings as AnnualThresholdSettings, clear, actorId: null });
    if (!outcome.ok) {
      io.stderr.write(`${yearEndRefusalText(t, outcome)}\n`);
      return 2;
    }
    io.stdout.write(`${outcomeText(t, outcome)}\n`);
    return 0;
  });
}

/** "100", "100%", "3,5" or "3.5": a number; anything else undefined (its range is the use case's to check). */
function parseThreshold(text: string): number | undefined {
  const match = /^\s*(\d{1,3}(?:[.,]\d{1,2})?)\s*%?\s*$/.exec(text);
  return match?.[1] === undefined ? undefined : Number(match[1].replace(",", "."));
}

/** One line per field: the value in force and where it comes from. */
function inForceLines(t: Translate, view: ThresholdsView): string[] {
  return THRESHOLD_FIELDS.map((field) => {
    const { value, from } = view.inForce.fields[field];
    const source = from === null ? undefined : view.sources.get(from);
    const origin =
      from === null
        ? t("cli-yearend-threshold-from-default")
        : from === view.unit.id
          ? t("cli-yearend-threshold-from-self")
          : t("cli-yearend-threshold-from-unit", { unit: source?.name ?? String(from), code: source?.code ?? "" });
    return `  ${t(`yearend-threshold-${THRESHOLD_NAMES[field]}`, { value })} — ${origin}`;
  });
}

function outcomeText(t: Translate, outcome: Exclude<SetThresholdsOutcome, { ok: false }>): string {
  const args = { unit: outcome.unit.name, code: outcome.unit.code };
  const head =
    outcome.change === "cleared"
      ? t("cli-yearend-thresholds-cleared", args)
      : outcome.change === "unchanged"
        ? t(outcome.after === null ? "cli-yearend-thresholds-none-to-clear" : "cli-yearend-thresholds-unchanged", args)
        : t("cli-yearend-thresholds-saved", args);
  return [head, t("cli-yearend-thresholds-in-force", args), ...inForceLines(t, outcome)].join("\n");
}
