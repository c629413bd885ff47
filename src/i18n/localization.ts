// The runtime side of localization: which locales ship, which one an element gets, and switching to it. Each
// target locale is a chunk of its own in the script-tag bundle (loaders.ts). The translation runtime of
// @lit/localize (i18n-runtime.ts) is a chunk too, loaded with the first locale other than English.
// @lit/localize keeps one active locale for the page.
import { updateWhenLocaleChanges } from '@lit/localize';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';
import { lazy } from '../lazy.js';
import { loaders } from './loaders.js';
import { isRtl, resolveLocale } from './locale.js';
import { hasRegionTexts, loadRegionTexts, usePart, useRegion } from './region-texts.js';
import { localeTags } from './tags.js';

export { hasRegionTexts, isRtl, sourceLocale, targetLocales, updateWhenLocaleChanges, usePart };

/** Every locale the widget ships, English first. */
export const allLocales: readonly string[] = [sourceLocale, ...targetLocales];

const runtime = lazy<typeof import('./i18n-runtime.js')>(() => import('./i18n-runtime.js'));
let translating = false;

/** The active locale: English until the translation runtime has loaded. */
export const getLocale = (): string => runtime.get()?.getLocale() ?? sourceLocale;

/**
 * Makes `locale` the page's locale. English needs nothing until another locale has been asked for; any other
 * loads the runtime and the locale's chunk side by side. Rejects when either fails to load.
 */
export function setLocale(locale: string): Promise<void> {
  if (!translating && locale === sourceLocale) return Promise.resolve();
  translating = true;
  // Starts the locale's chunk now rather than after the runtime; the runtime's own import of it reuses it.
  loaders[locale]?.().catch(() => undefined);
  return runtime.load().then((loaded) => loaded.setLocale(locale));
}

/**
 * The locale for an element: its `locale` property, then the nearest ancestor's `lang`, then `<html lang>`,
 * then the browser's languages, then English.
 */
export function localeFor(element: HTMLElement & { locale?: string }): string {
  return resolveLocale(localeTags(element), allLocales);
}

// One observer of <html lang> for every instance: changing the page's language re-renders them all in it.
const watching = new Set<{ requestUpdate(): void }>();
let langObserver: MutationObserver | undefined;

/** Starts or stops re-rendering `element` when `<html lang>` changes. */
export function watchLang(element: { requestUpdate(): void }, on: boolean): void {
  if (on) watching.add(element);
  else watching.delete(element);
  if (on) {
    langObserver ??= new MutationObserver(() => watching.forEach((el) => el.requestUpdate()));
    langObserver.observe(document.documentElement, { attributeFilter: ['lang'] });
  } else if (watching.size === 0) {
    langObserver?.disconnect();
  }
}

const asked = new WeakMap<Element, string>();

/**
 * Asks @lit/localize for the element's locale when that changed. The promise settles when the locale is
 * ready, or when it failed to load: then `onError` hears why and the page stays in the language it had.
 */
export function requestLocale(
  element: HTMLElement,
  onError: (message: string) => void,
): Promise<unknown> | undefined {
  const wanted = localeFor(element);
  if (asked.get(element) === wanted) return undefined;
  asked.set(element, wanted);
  return setLocale(wanted).catch((e: unknown) =>
    onError(`"${wanted}" failed to load (${String(e)}); showing English`),
  );
}

const askedTexts = new WeakMap<Element, Set<string>>();

/**
 * Records that `element` shows `region`'s preset (null: none), and loads the preset's texts in the element's
 * locale unless they are installed or this element asked for them before (so a failure is reported once, not
 * on every update). The promise settles when they are installed and rejects when they fail to load;
 * undefined when there is nothing to wait for. The page's locale, when another instance chose it, gets the
 * texts of every preset in use from the translation runtime (i18n-runtime.ts).
 */
export function requestRegionTexts(element: HTMLElement, region: string | null): Promise<void> | undefined {
  useRegion(element, region);
  const locale = localeFor(element);
  const key = `${region}.${locale}`;
  if (!region || hasRegionTexts(region, locale) || askedTexts.get(element)?.has(key)) return undefined;
  askedTexts.set(element, (askedTexts.get(element) ?? new Set()).add(key));
  return loadRegionTexts(region, locale);
}
