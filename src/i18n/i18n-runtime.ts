// The translation runtime of @lit/localize, a chunk of its own: a page shown in English never loads it.
// Installing it makes every msg() look up the active locale's translations; a change of locale then
// re-renders every instance (updateWhenLocaleChanges in the element).
import { configureLocalization } from '@lit/localize/init/runtime.js';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';
import { loaders } from './loaders.js';
import { loadRegionTexts, regionsInUse } from './region-texts.js';

type LoadLocale = Parameters<typeof configureLocalization>[0]['loadLocale'];

export const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  // A locale becomes active once the texts of every preset on the page are here in it too, so that its first
  // render shows them translated; a part that fails does not hold the locale back (the element reports it).
  loadLocale: (locale) =>
    Promise.all([
      loaders[locale](),
      ...[...regionsInUse()].map((region) => loadRegionTexts(region, locale).catch(() => undefined)),
    ]).then(([module]) => module) as ReturnType<LoadLocale>,
});
