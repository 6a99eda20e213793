import { isRole, isUnitKind, type Role, type UnitRef } from "../domain/org.ts";
import { answerValueSchema, type AnswerValue } from "../domain/questionnaire/answer-value.ts";
import { standingSchema, type Standing } from "../domain/scoring/standing.ts";

/** Rows -> domain types. JSON columns are validated here, at the edge of storage. */

export function toUnitRef(row: { id: number; code: string; name: string; kind: string; memberCount: number }): UnitRef {
  if (!isUnitKind(row.kind)) throw new Error(`unit ${row.code} has unknown kind ${row.kind}`);
  return { id: row.id, code: row.code, name: row.name, kind: row.kind, memberCount: row.memberCount };
}

export function toRole(value: string): Role {
  if (!isRole(value)) throw new Error(`unknown role ${value}`);
  return value;
}

export const parseAnswerValue = (json: string): AnswerValue => answerValueSchema.parse(JSON.parse(json));
export const parseStanding = (json: string): Standing => standingSchema.parse(JSON.parse(json));
