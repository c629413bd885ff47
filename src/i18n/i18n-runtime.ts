// The translation runtime of @lit/localize, a chunk of its own: a page shown in English never loads it.
// Installing it makes every msg() look up the active locale's translations; a change of locale then
// re-renders every instance (updateWhenLocaleChanges in the element).
import { configureLocalization } from '@lit/localize/init/runtime.js';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';
import { loaders } from './loaders.js';

type LoadLocale = Parameters<typeof configureLocalization>[0]['loadLocale'];

export const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (locale) => loaders[locale]() as ReturnType<LoadLocale>,
});
