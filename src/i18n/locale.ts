/**
 * Locale choice, pure: which of the shipped locales a visitor gets, and how config text given per locale
 * resolves. The chain is the element's `locale` attribute, then the nearest ancestor's `lang`, then
 * `<html lang>`, then `navigator.languages`, then English. Invalid codes never throw; they are skipped.
 */

export const SOURCE_LOCALE = 'en';

/** Codes that stand for a shipped locale under another name: Norwegian (`no`, `nn`) is served as Bokmål. */
export const LOCALE_ALIASES: Readonly<Record<string, string>> = { no: 'nb', nn: 'nb' };

/** Locales written right to left. */
const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ur']);

/** The canonical form of a BCP 47 tag (`sv_SE` and `123` are not tags), or undefined. */
export function canonicalLocale(tag: unknown): string | undefined {
  if (typeof tag !== 'string' || tag.trim() === '') return undefined;
  try {
    return Intl.getCanonicalLocales(tag.trim())[0];
  } catch {
    return undefined;
  }
}

/** The shipped locale for one tag: the tag itself, else its language (`sv-FI` → `sv`), with aliases. */
export function matchLocale(tag: unknown, supported: readonly string[]): string | undefined {
  const canonical = canonicalLocale(tag)?.toLowerCase();
  if (!canonical) return undefined;
  const language = canonical.split('-')[0];
  for (const candidate of [canonical, language, LOCALE_ALIASES[language]]) {
    const found = supported.find((locale) => locale.toLowerCase() === candidate);
    if (found) return found;
  }
  return undefined;
}

/** The first candidate that matches a shipped locale, else English. */
export function resolveLocale(candidates: Iterable<unknown>, supported: readonly string[]): string {
  for (const candidate of candidates) {
    const found = matchLocale(candidate, supported);
    if (found) return found;
  }
  return SOURCE_LOCALE;
}

export function isRtl(locale: string): boolean {
  return RTL_LANGUAGES.has(locale.split('-')[0].toLowerCase());
}

/** Config text: one string for every locale, or one per locale (`{ "en": "…", "sv": "…" }`, `en` required). */
export type LocalizedText = string | Readonly<Record<string, string>>;

/** The text of `value` for `locale`: the exact locale, then its language, then its alias, then English. */
export function localizeText(value: LocalizedText, locale: string): string {
  if (typeof value === 'string') return value;
  const keys = Object.keys(value);
  return value[matchLocale(locale, keys) ?? SOURCE_LOCALE] ?? value[SOURCE_LOCALE] ?? '';
}
