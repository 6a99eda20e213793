export const LOCALES = ["vi", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "vi";

export function isLocale(value: string | undefined): value is Locale {
  return value !== undefined && (LOCALES as readonly string[]).includes(value);
}

/** "vi-VN", "en_US", "EN" -> a supported locale, or undefined. */
export function toLocale(hint: string | undefined): Locale | undefined {
  const base = hint?.toLowerCase().split(/[-_]/)[0];
  return isLocale(base) ? base : undefined;
}
