// Country presets of the bundled checklist, pure: which one applies, and what it changes. The generic set
// (default-config.ts) holds everywhere and makes no country's claim; a preset changes what differs in one
// country (identifiers and documents, the legal timeline, the emergency number, where to escalate), each
// change with its sources in sources.ts. Each preset is a chunk of its own (regions.ts), loaded before the
// first render when it applies, as a language is.
import { msg } from '@lit/localize';
import type { ChecklistBanner, ChecklistConfig, ChecklistItem } from '../config/types.js';
import { canonicalLocale, matchLocale } from '../i18n/locale.js';

/** The presets, by ISO 3166 code in lower case. */
export const REGIONS = ['us', 'gb', 'se', 'de'] as const;
export type RegionId = (typeof REGIONS)[number];

/** Other names accepted for a preset: `uk` is the everyday name of `gb`. */
const ALIASES: Readonly<Record<string, RegionId>> = { uk: 'gb' };

/** Languages with one main porting regime, for a page that names no country. */
const LANGUAGE_REGIONS: Readonly<Record<string, RegionId>> = { sv: 'se', de: 'de' };

/** The setup question whose answer sets the preset, when the host fixed no `region` (questions.ts). */
export const COUNTRY_QUESTION = 'country';

/** The country question's answer for "none of these": the generic checklist. */
export const OTHER_COUNTRY = 'other';

/** `region="generic"`: no preset, and no warning. */
export const GENERIC = 'generic';

/** A preset's country name, for "Rules for: …" and the country question of the setup. */
export function regionName(region: RegionId): string {
  return region === 'us'
    ? msg('United States', {
        id: 'region.us.name',
        desc: 'Country name, after "Rules for:" and in the country question',
      })
    : region === 'gb'
      ? msg('United Kingdom', {
          id: 'region.gb.name',
          desc: 'Country name, after "Rules for:" and in the country question',
        })
      : region === 'se'
        ? msg('Sweden', {
            id: 'region.se.name',
            desc: 'Country name, after "Rules for:" and in the country question',
          })
        : msg('Germany', {
            id: 'region.de.name',
            desc: 'Country name, after "Rules for:" and in the country question',
          });
}

/** What a preset changes in the bundled checklist, its texts resolved for the active locale. */
export interface RegionPreset {
  id: RegionId;
  /** The country's name, for "Rules for: …". */
  name: string;
  /** Changed texts (or a link) of bundled items, by item id; what a change leaves out stays. */
  items?: Readonly<Record<string, Partial<Pick<ChecklistItem<string>, 'title' | 'detail' | 'link'>>>>;
  /** Steps only this country has, each placed after the bundled item named by `after`. */
  add?: readonly { after: string; item: ChecklistItem<string> }[];
  banner?: ChecklistBanner<string>;
  /** The country's public holidays, which the port-date planner skips as it skips weekends. */
  holidays?: PresetHolidays;
}

/** A preset country's public holidays, for the years its data covers. */
export interface PresetHolidays {
  /** First and last year fully covered. */
  first: number;
  last: number;
  /** Non-working days besides weekends, 'YYYY-MM-DD', in order. */
  days: readonly string[];
}

/** The preset an explicit `region` value names (case-insensitive, `uk` for `gb`); `undefined` for none. */
export function regionOf(value: string): RegionId | typeof GENERIC | undefined {
  const code = value.trim().toLowerCase();
  if (code === GENERIC) return GENERIC;
  return (REGIONS as readonly string[]).includes(code) ? (code as RegionId) : ALIASES[code];
}

/** The preset a language tag implies: its region subtag if that is a preset (`en-GB`), else its language's. */
function regionOfTag(tag: string): RegionId | undefined {
  const [language, ...rest] = tag.toLowerCase().split('-');
  const region = rest.find((subtag) => /^([a-z]{2}|\d{3})$/.test(subtag));
  if (region) return (REGIONS as readonly string[]).includes(region) ? (region as RegionId) : undefined;
  return LANGUAGE_REGIONS[language];
}

/**
 * The region for an element: its `region` value if set (an unknown value is reported in `unknown` and gives
 * the generic set); else the region subtag of the language tag that chose the locale (`en-GB` → gb), then a
 * language with one main porting regime (`sv` → se, `de` → de); else `null`, the generic set.
 * `tags` are the locale candidates in order (the element's `locale`, `lang` attributes, the browser's
 * languages), `supported` the locales that ship: the first tag that matches one is the one that counts.
 */
export function resolveRegion(
  explicit: string | null | undefined,
  tags: Iterable<unknown>,
  supported: readonly string[],
): { region: RegionId | null; unknown?: string } {
  if (explicit != null && explicit.trim() !== '') {
    const region = regionOf(explicit);
    if (region === undefined) return { region: null, unknown: explicit };
    return { region: region === GENERIC ? null : region };
  }
  for (const tag of tags) {
    const canonical = canonicalLocale(tag);
    if (!canonical || !matchLocale(canonical, supported)) continue;
    return { region: regionOfTag(canonical) ?? null };
  }
  return { region: null };
}

/** The bundled checklist with a preset's changes: items changed in place, country steps added after theirs. */
export function applyRegion(config: ChecklistConfig<string>, preset: RegionPreset): ChecklistConfig<string> {
  return {
    ...config,
    banner: preset.banner ?? config.banner,
    sections: config.sections.map((section) => ({
      ...section,
      items: section.items.flatMap((item) => [
        { ...item, ...preset.items?.[item.id] },
        ...(preset.add ?? []).filter((added) => added.after === item.id).map((added) => added.item),
      ]),
    })),
  };
}
