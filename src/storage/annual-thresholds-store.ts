import { z } from "zod";
import {
  THRESHOLD_FIELDS,
  THRESHOLD_RANGES,
  type AnnualThresholdSettings,
  type AnnualThresholdsStore,
  type StoredAnnualThresholds,
  type ThresholdField,
} from "../ports/annual-thresholds-store.ts";
import { chunks } from "./chunks.ts";
import { prepare, type SqlExecutor } from "./kysely/sql-executor.ts";
import { statementsFor } from "./kysely/statements.ts";
import { sqlTime } from "./sql-time.ts";

interface ThresholdsRow {
  unitId: number;
  settings: string;
  setBy: number | null;
  setAt: string;
}

const statements = statementsFor((b) => ({
  set: prepare<{ unitId: number; settings: string; by: number | null; at: string }, unknown>((p) =>
    b
      .insertInto("annual_thresholds")
      .values({ unit_id: p("unitId"), settings: p("settings"), set_by: p("by"), set_at: p("at") })
      .onConflict((c) =>
        c.column("unit_id").doUpdateSet((eb) => ({
          settings: eb.ref("excluded.settings"),
          set_by: eb.ref("excluded.set_by"),
          set_at: eb.ref("excluded.set_at"),
        })),
      ),
  ),
  clear: prepare<{ unitId: number }, unknown>((p) => b.deleteFrom("annual_thresholds").where("unit_id", "=", p("unitId"))),
}));

function field(name: ThresholdField) {
  const range = THRESHOLD_RANGES[name];
  const number = z.number().min(range.min).max(range.max);
  return (range.whole ? number.int() : number).optional();
}

/** The stored JSON: only known fields, each in its range, at least one. */
const settingsSchema = z
  .strictObject(Object.fromEntries(THRESHOLD_FIELDS.map((name) => [name, field(name)])) as Record<ThresholdField, ReturnType<typeof field>>)
  .refine((s) => THRESHOLD_FIELDS.some((name) => s[name] !== undefined), "no threshold set");

/** Only the fields set, in THRESHOLD_FIELDS order (so equal settings are stored as equal text). */
function compact(settings: Partial<Record<ThresholdField, number | undefined>>): AnnualThresholdSettings {
  const out: Partial<Record<ThresholdField, number>> = {};
  for (const name of THRESHOLD_FIELDS) {
    const value = settings[name];
    if (value !== undefined) out[name] = value;
  }
  return out;
}

function checked(settings: AnnualThresholdSettings): AnnualThresholdSettings {
  const parsed = settingsSchema.safeParse(settings);
  if (!parsed.success) throw new RangeError(`invalid annual thresholds: ${parsed.error.issues.map((i) => `${i.path.join(".") || "settings"}: ${i.message}`).join("; ")}`);
  return compact(parsed.data);
}

function parseSettings(unitId: number, text: string): AnnualThresholdSettings {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`annual thresholds of unit ${unitId} are not JSON`);
  }
  const parsed = settingsSchema.safeParse(json);
  if (!parsed.success) throw new Error(`annual thresholds of unit ${unitId} are invalid: ${parsed.error.message}`);
  return compact(parsed.data);
}

export function createAnnualThresholdsStore(exec: SqlExecutor): AnnualThresholdsStore {
  const q = statements(exec);
  return {
    async get(unitIds) {
      const ids = [...new Set(unitIds)];
      const byUnit = new Map<number, StoredAnnualThresholds>();
      for (const chunk of chunks(ids)) {
        const rows: ThresholdsRow[] = await exec.query(
          exec.builder.selectFrom("annual_thresholds").select(["unit_id as unitId", "settings", "set_by as setBy", "set_at as setAt"]).where("unit_id", "in", chunk),
        );
        for (const row of rows) byUnit.set(row.unitId, { ...row, settings: parseSettings(row.unitId, row.settings) });
      }
      return ids.flatMap((id) => byUnit.get(id) ?? []);
    },

    async set(entry) {
      const settings = checked(entry.settings);
      await exec.run(q.set, { unitId: entry.unitId, settings: JSON.stringify(settings), by: entry.by, at: sqlTime(entry.at) });
    },

    clear: async (unitId) => (await exec.run(q.clear, { unitId })) === 1,
  };
}
