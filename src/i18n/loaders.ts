// The locale modules, one chunk each in the script-tag bundle, imported relative to the bundle's URL (so a CDN
// works). Static import() paths, so that rollup can see and split them. Shared by localization.ts, which
// starts a locale's chunk early, and the translation runtime (i18n-runtime.ts), which installs it.
export const loaders: Record<string, () => Promise<unknown>> = {
  ar: () => import('./generated/locales/ar.js'),
  cs: () => import('./generated/locales/cs.js'),
  da: () => import('./generated/locales/da.js'),
  de: () => import('./generated/locales/de.js'),
  es: () => import('./generated/locales/es.js'),
  fi: () => import('./generated/locales/fi.js'),
  fr: () => import('./generated/locales/fr.js'),
  ja: () => import('./generated/locales/ja.js'),
  nb: () => import('./generated/locales/nb.js'),
  pl: () => import('./generated/locales/pl.js'),
  pt: () => import('./generated/locales/pt.js'),
  ro: () => import('./generated/locales/ro.js'),
  sv: () => import('./generated/locales/sv.js'),
};
