/**
 * Splits text for platforms with a length limit: at a line break when one is in the second half
 * of the window, else at the last space, else (one unbroken word) at the limit itself.
 */
export function splitText(text: string, max: number): string[] {
  if (text.length <= max) return [text.length > 0 ? text : "…"];
  const parts: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const window = rest.slice(0, max + 1);
    const line = window.lastIndexOf("\n");
    const space = window.lastIndexOf(" ");
    const at = line > max / 2 ? line : space > max / 2 ? space : max;
    parts.push(rest.slice(0, at).trimEnd());
    rest = rest.slice(at).replace(/^[\n ]+/, "");
  }
  if (rest.length > 0) parts.push(rest);
  return parts;
}
