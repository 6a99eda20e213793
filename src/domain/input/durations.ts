import { quantityAt } from "./numbers.ts";
import { phraseAt, type Phrase } from "./phrases.ts";
import { isWord, type Reading, type Token } from "./tokens.ts";

/** The lexicon's words for hours ("tiếng", "giờ", "h") and minutes ("phút", "p", "'"). */
export interface DurationWords {
  readonly hours: readonly Phrase[];
  readonly minutes: readonly Phrase[];
}

/**
 * A length of time in minutes: "90", "90 phút", "2 tiếng", "1h30", "2 tiếng 15 phút",
 * "1 tiếng rưỡi", "tiếng rưỡi", "nửa tiếng", "1,5 tiếng", "an hour and a half", "half an hour".
 * "rưỡi", "nửa", "half" and "and" are grammar, so they are here; hour and minute words are data.
 * The value may be fractional ("1,33 tiếng"); the caller refuses what is not whole.
 */
export function durationAt(tokens: readonly Token[], at: number, words: DurationWords): Reading | undefined {
  const hours = halfHourAt(tokens, at, words) ?? hoursAt(tokens, at, words) ?? hourAndHalfAt(tokens, at, words);
  if (!hours) return minutesAt(tokens, at, words);
  const minutes = hours.open ? minutesAfterHoursAt(tokens, hours.next, words) : undefined;
  return { value: hours.value * 60 + (minutes?.value ?? 0), next: minutes?.next ?? hours.next };
}

interface Hours extends Reading {
  /** Whole hours, which minutes may follow: "2 tiếng 15", but not "1 tiếng rưỡi 15". */
  readonly open: boolean;
}

const HALF_WORDS = ["nua", "half"];
const HALF_AFTER = "ruoi";

/** "nửa tiếng", "half an hour", "half hour". */
function halfHourAt(tokens: readonly Token[], at: number, words: DurationWords): Hours | undefined {
  if (!isWord(tokens[at], ...HALF_WORDS)) return undefined;
  const hourAt = isWord(tokens[at + 1], "a", "an") ? at + 2 : at + 1;
  const hour = phraseAt(tokens, hourAt, words.hours);
  return hour > 0 ? { value: 0.5, next: hourAt + hour, open: false } : undefined;
}

/** "2 tiếng", "1,5 tiếng", "1 giờ rưỡi", "an hour", "one and a half hours", "1 hour and a half". */
function hoursAt(tokens: readonly Token[], at: number, words: DurationWords): Hours | undefined {
  const count = countAt(tokens, at);
  if (!count) return undefined;
  const halfBefore = andAHalfAt(tokens, count.next);
  const hourAt = halfBefore ?? count.next;
  const hour = phraseAt(tokens, hourAt, words.hours);
  if (hour === 0) return undefined;
  const halfAfter = halfBefore === undefined ? halfAfterHourAt(tokens, hourAt + hour) : undefined;
  if (halfBefore !== undefined || halfAfter !== undefined) return { value: count.value + 0.5, next: halfAfter ?? hourAt + hour, open: false };
  return { value: count.value, next: hourAt + hour, open: Number.isInteger(count.value) };
}

/** How many hours: a number, or "a"/"an" in "an hour". */
function countAt(tokens: readonly Token[], at: number): Reading | undefined {
  const quantity = quantityAt(tokens, at);
  if (quantity) return { value: quantity.value.value, next: quantity.next };
  return isWord(tokens[at], "a", "an") ? { value: 1, next: at + 1 } : undefined;
}

/** "tiếng rưỡi": an hour and a half, with the one left out. */
function hourAndHalfAt(tokens: readonly Token[], at: number, words: DurationWords): Hours | undefined {
  const hour = phraseAt(tokens, at, words.hours);
  return hour > 0 && isWord(tokens[at + hour], HALF_AFTER) ? { value: 1.5, next: at + hour + 1, open: false } : undefined;
}

function halfAfterHourAt(tokens: readonly Token[], at: number): number | undefined {
  return isWord(tokens[at], HALF_AFTER) ? at + 1 : andAHalfAt(tokens, at);
}

/** "and a half": the token after it, or undefined. */
function andAHalfAt(tokens: readonly Token[], at: number): number | undefined {
  return isWord(tokens[at], "and") && isWord(tokens[at + 1], "a") && isWord(tokens[at + 2], "half") ? at + 3 : undefined;
}

/** "90", "90 phút", "15 mins". */
function minutesAt(tokens: readonly Token[], at: number, words: DurationWords): Reading | undefined {
  const count = quantityAt(tokens, at);
  if (!count) return undefined;
  return { value: count.value.value, next: count.next + phraseAt(tokens, count.next, words.minutes) };
}

/** The minutes of "2 tiếng 15", "1h30p", "1 hour and 30 minutes": whole and under an hour. */
function minutesAfterHoursAt(tokens: readonly Token[], at: number, words: DurationWords): Reading | undefined {
  const start = isWord(tokens[at], "and", "va") ? at + 1 : at;
  const minutes = minutesAt(tokens, start, words);
  return minutes && Number.isInteger(minutes.value) && minutes.value >= 0 && minutes.value < 60 ? minutes : undefined;
}
