/**
 * Button payloads: "a|<context>|<option>", ids only (Telegram allows 1–64 bytes). Anything else
 * that arrives — old formats, forged or malformed data — decodes to undefined and is ignored.
 */
const PATTERN = /^a\|([a-z0-9_]{1,24})\|([a-z0-9-]{1,32})$/;
const MAX_BYTES = 64;

export function encodeCallbackData(context: string | undefined, option: string): string {
  const data = `a|${context ?? "none"}|${option}`;
  if (!PATTERN.test(data) || Buffer.byteLength(data, "utf8") > MAX_BYTES) throw new Error(`option id not encodable as callback data: ${data}`);
  return data;
}

export function decodeCallbackData(data: string): { context?: string; id: string } | undefined {
  if (Buffer.byteLength(data, "utf8") > MAX_BYTES) return undefined;
  const match = PATTERN.exec(data);
  if (!match || match[1] === undefined || match[2] === undefined) return undefined;
  return match[1] === "none" ? { id: match[2] } : { context: match[1], id: match[2] };
}
