import type { Answers } from "../questionnaire/answer-value.ts";

/**
 * A short fingerprint of a set of answers (FNV-1a over their canonical JSON). The summary
 * carries it so that "Gửi" submits exactly the answers that summary showed: a change made
 * meanwhile (by the deputy, or by an edit) makes the old summary's "Gửi" ask again.
 */
export function answersToken(answers: Answers): string {
  const canonical = JSON.stringify([...answers.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  let hash = 0x811c9dc5;
  for (let i = 0; i < canonical.length; i++) {
    hash ^= canonical.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}
