/**
 * The language tags that choose an element's locale, in order: its `locale` property, the nearest ancestor's
 * `lang`, `<html lang>`, the browser's languages. The first that names a shipped locale wins (locale.ts); the
 * region preset reads its region subtag too (content/region.ts), in both bundles.
 */
export const localeTags = (element: HTMLElement & { locale?: string }): unknown[] => [
  element.locale,
  element.closest('[lang]')?.getAttribute('lang'),
  document.documentElement.lang,
  ...navigator.languages,
];
