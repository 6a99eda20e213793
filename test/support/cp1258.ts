/**
 * Text as Excel on Vietnamese Windows saves "CSV" (the ANSI code page, windows-1258): letters
 * with a circumflex, breve or horn are single bytes, tone marks are combining bytes after them.
 * Built from the platform's own decoder table, so the test reads back exactly what it wrote.
 */
const decoder = new TextDecoder("windows-1258");
const BYTE_OF = new Map<string, number>(Array.from({ length: 256 }, (_, b) => [decoder.decode(Uint8Array.of(b)), b] as const));
const TONES = ["\u0300", "\u0301", "\u0303", "\u0309", "\u0323"];

export function cp1258(text: string): Buffer {
  const bytes: number[] = [];
  for (const char of text.normalize("NFC")) {
    const single = BYTE_OF.get(char);
    if (single !== undefined) {
      bytes.push(single);
      continue;
    }
    const tone = TONES.find((mark) => char.normalize("NFD").includes(mark));
    const base = tone === undefined ? undefined : char.normalize("NFD").replace(tone, "").normalize("NFC");
    const [b, m] = [base === undefined ? undefined : BYTE_OF.get(base), tone === undefined ? undefined : BYTE_OF.get(tone)];
    if (b === undefined || m === undefined) throw new Error(`"${char}" has no windows-1258 form`);
    bytes.push(b, m);
  }
  return Buffer.from(bytes);
}
