/**
 * Expected errors carry a stable `area/reason` code; the engine turns each into a localized
 * message (`error-<area>-<reason>` in locales/*.ftl). Anything else is a bug and is logged.
 */
export const ERROR_CODES = [
  "answer/empty",
  "answer/too-long",
  "answer/not-understood",
  "answer/not-yes-no",
  "answer/not-a-number",
  "answer/not-exact-number",
  "answer/parts-unclear",
  "answer/not-whole-number",
  "answer/out-of-range",
  "answer/item-not-asked",
  "answer/exceeds-members",
  "answer/wrong-count",
  "answer/not-a-choice",
  "answer/not-a-date",
  "answer/date-outside-period",
  "answer/date-in-future",
  "answer/not-a-percent",
  "answer/text-too-long",
  "answer/check-failed",
  "answer/not-optional",
  "answer/not-an-item",
  "assessment/submitted",
  "assessment/incomplete",
  "assessment/no-period",
  "assessment/period-closed",
  "assessment/nothing-to-go-back-to",
  "assessment/changed-since-summary",
  "auth/not-registered",
  "auth/not-a-secretary",
  "command/unknown",
  "command/bad-argument",
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export type ErrorArgs = Readonly<Record<string, string | number>>;

export interface DomainError {
  readonly code: ErrorCode;
  readonly args?: ErrorArgs;
  /** A more specific message key from the questionnaire (e.g. a failed cross-question check). */
  readonly detail?: string;
}

export function domainError(code: ErrorCode, args?: ErrorArgs): DomainError {
  return args ? { code, args } : { code };
}

/** `answer/not-a-number` -> `error-answer-not-a-number` */
export function errorMessageKey(code: ErrorCode): string {
  return `error-${code.replace("/", "-")}`;
}
