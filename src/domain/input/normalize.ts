/** Longest message the bot reads at all; anything longer is refused before parsing. */
export const MAX_INPUT_LENGTH = 10_000;

// Control characters are exactly what this strips.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B\u2060\uFEFF]/g;
const PICTOGRAPHS = /\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200D|\uFE0E|\uFE0F|\u20E3/gu;

/** NFC, no control characters, single spaces, trimmed. Keeps line breaks in free text. */
export function cleanText(raw: string): string {
  return raw
    // NFKC also turns full-width digits (１２) into plain ones, then NFC recomposes Vietnamese.
    .normalize("NFKC")
    .normalize("NFC")
    .replace(CONTROL, "")
    .replace(/\r\n?/g, "\n")
    .replace(/[^\S\n]+/g, " ")
    .replace(/ *\n */g, "\n")
    .trim();
}

/** Lower case without Vietnamese diacritics: "Không" -> "khong", "Đã" -> "da". */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** True for input made only of emoji (and spaces): it carries no answer. */
export function isPictographsOnly(text: string): boolean {
  return text.length > 0 && text.replace(PICTOGRAPHS, "").replace(/\s/g, "").length === 0;
}

/** Folded words without punctuation around them, e.g. "Có ạ!" -> ["co", "a"]. */
export function words(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}
