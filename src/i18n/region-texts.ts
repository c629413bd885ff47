// The translations of the country presets' texts, out of the locale chunks: one small module per preset and
// locale (generated/regions/<region>.<locale>.ts, split out of the locale modules at build time by
// scripts/split-region-texts.mjs), so that a page loads only the texts of the presets it shows. A part is
// installed into its locale module's `templates`, the very object the translation runtime reads, so msg()
// finds its texts like any other. Part of the translation side: the English-only bundle has none of it.
import { sourceLocale } from './generated/locale-codes.js';
import { importRegionTexts, type RegionTexts } from './generated/region-texts.js';
import { loaders } from './loaders.js';

const installed = new Set<string>();
/** The preset each element on the page shows. */
const inUse = new Map<Element, string>();

/** Forgets the elements no longer on the page, so that the registry holds none of them for long. */
const prune = () => inUse.forEach((_, element) => element.isConnected || inUse.delete(element));

/** Records the preset `element` shows (null: none), so that a change of locale loads its texts too. */
export function useRegion(element: Element, region: string | null): void {
  prune();
  if (region) inUse.set(element, region);
  else inUse.delete(element);
}

/** Parts that lazy chunks of the widget loaded for themselves (the planner's texts): kept in every locale. */
const chunkParts = new Set<string>();

/** The presets shown by elements on the page, and the parts of the chunks loaded (`plan`). */
export function regionsInUse(): Set<string> {
  prune();
  return new Set([...inUse.values(), ...chunkParts]);
}

/**
 * Loads the texts of a lazy chunk's part (`plan`) in `locale`, and keeps them loaded in every locale the page
 * switches to. Resolves when msg() has them (English needs none); rejects when they fail to load.
 */
export function usePart(part: string, locale: string): Promise<void> {
  chunkParts.add(part);
  return hasRegionTexts(part, locale) ? Promise.resolve() : loadRegionTexts(part, locale);
}

/** Whether msg() has the texts of `region`'s preset in `locale`: always in English, the source. */
export const hasRegionTexts = (region: string, locale: string): boolean =>
  locale === sourceLocale || installed.has(`${region}.${locale}`);

/**
 * Loads the texts of `region`'s preset in `locale` beside the locale's own chunk (the same import), and
 * installs them once both are here. Rejects when the part fails to load. A locale chunk that fails is the
 * locale's failure, reported as such: the page stays in English, which needs no part.
 */
export const loadRegionTexts = (region: string, locale: string): Promise<void> =>
  Promise.all([
    importRegionTexts(region, locale),
    loaders[locale]().catch(() => undefined) as Promise<RegionTexts | undefined>,
  ]).then(([part, module]) => {
    if (!module) return;
    Object.assign(module.templates, part.templates);
    installed.add(`${region}.${locale}`);
  });
