import { readFileSync } from "node:fs";
import path from "node:path";
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "./locale.ts";

export type MessageArgs = Readonly<Record<string, FluentVariable>>;

/** Every user-facing word comes from locales/<locale>.ftl through this. */
/** One locale's `t`, as the renderers and commands pass it around. */
export type Translate = (key: string, args?: Record<string, string | number>) => string;

export interface Translator {
  readonly locales: readonly Locale[];
  t(locale: Locale, key: string, args?: MessageArgs): string;
  /** An attribute of a message, e.g. `.aliases`; empty when the message has none. */
  attribute(locale: Locale, key: string, attribute: string): string;
  has(locale: Locale, key: string): boolean;
}

export const LOCALES_DIR = path.resolve(import.meta.dirname, "../../locales");

export function loadTranslator(dir: string = LOCALES_DIR): Translator {
  const bundles = new Map<Locale, FluentBundle>();
  for (const locale of LOCALES) {
    // Isolation marks would end up in Telegram and Zalo messages as invisible characters.
    const bundle = new FluentBundle(locale, { useIsolating: false });
    const errors = bundle.addResource(new FluentResource(readFileSync(path.join(dir, `${locale}.ftl`), "utf8")));
    if (errors.length > 0) throw new Error(`locales/${locale}.ftl: ${errors.map((e) => e.message).join("; ")}`);
    bundles.set(locale, bundle);
  }
  const bundleFor = (locale: Locale): FluentBundle => bundles.get(locale) ?? (bundles.get(DEFAULT_LOCALE) as FluentBundle);

  const format = (locale: Locale, key: string, attribute: string | undefined, args?: MessageArgs): string | undefined => {
    for (const candidate of locale === DEFAULT_LOCALE ? [locale] : [locale, DEFAULT_LOCALE]) {
      const bundle = bundleFor(candidate);
      const message = bundle.getMessage(key);
      const pattern = attribute === undefined ? message?.value : message?.attributes[attribute];
      if (pattern) return bundle.formatPattern(pattern, args);
    }
    return undefined;
  };

  return {
    locales: LOCALES,
    t: (locale, key, args) => format(locale, key, undefined, args) ?? key,
    attribute: (locale, key, attribute) => format(locale, key, attribute) ?? "",
    has: (locale, key) => bundleFor(locale).hasMessage(key),
  };
}
