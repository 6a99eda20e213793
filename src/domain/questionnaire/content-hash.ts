import { createHash } from "node:crypto";

/**
 * JSON with every object's keys sorted (recursively) and undefined properties left out, so two
 * definitions with the same content serialize the same way whatever order their properties were
 * written in, and a definition read back from its stored JSON matches the one in code.
 */
export function canonicalJson(value: unknown): string {
  // Non-finite numbers become null here, as they did in the JSON that was stored.
  if (value === null || typeof value === "string" || typeof value === "number" || typeof value === "boolean") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((item: unknown) => (item === undefined ? "null" : canonicalJson(item))).join(",")}]`;
  if (typeof value === "object") {
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(",")}}`;
  }
  // A questionnaire is plain data; anything else would hash differently from its stored JSON.
  throw new TypeError(`not JSON data: ${typeof value}`);
}

/**
 * The identity of a questionnaire's content (sha256 of its canonical JSON, hex). A stored
 * version keeps it so a definition changed without raising its version number is noticed.
 * Takes a QuestionnaireDefinition or the object parsed from its stored JSON: a stored row is
 * hashed as read, before validation could reshape it.
 */
export function questionnaireContentHash(definition: object): string {
  return createHash("sha256").update(canonicalJson(definition)).digest("hex");
}
