// The English-only twin of localization.ts, used by the build of dist/port-checklist.js: no translation
// runtime, no locale chunks, every msg() returns its English source. Same exports, same types.
import type * as Localization from './localization.js';

export const sourceLocale = 'en';
export const targetLocales: readonly string[] = [];
export const allLocales: readonly string[] = [sourceLocale];
export const getLocale: typeof Localization.getLocale = () => sourceLocale;
export const setLocale: typeof Localization.setLocale = () => Promise.resolve();
export const isRtl: typeof Localization.isRtl = () => false;
export const localeFor: typeof Localization.localeFor = () => sourceLocale;
export const watchLang: typeof Localization.watchLang = () => undefined;
export const updateWhenLocaleChanges: typeof Localization.updateWhenLocaleChanges = () => undefined;
export const requestLocale: typeof Localization.requestLocale = () => undefined;
export const hasRegionTexts: typeof Localization.hasRegionTexts = () => true;
export const requestRegionTexts: typeof Localization.requestRegionTexts = () => undefined;
export const usePart: typeof Localization.usePart = () => Promise.resolve();
