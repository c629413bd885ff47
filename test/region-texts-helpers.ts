// Shared by the tests of the presets' texts in the multilingual bundle: the translations as xliff/ has them,
// and what an element shows at a given render, seen by a MutationObserver on its shadow root.
import { root } from './i18n-helpers.js';

/** The text of a source or target, a placeholder (`<x id="0"/>`) as `{0}`. */
const plain = (node: Element) =>
  [...node.childNodes]
    .map((child) =>
      child.nodeType === Node.ELEMENT_NODE ? `{${(child as Element).getAttribute('id')}}` : child.textContent,
    )
    .join('');

const xliff = new Map<string, Promise<Map<string, { source: string; target: string }>>>();

/** The units of xliff/<locale>.xlf by id, their source and target as text. */
export function units(locale: string): Promise<Map<string, { source: string; target: string }>> {
  let loaded = xliff.get(locale);
  if (!loaded) {
    loaded = fetch(`/xliff/${locale}.xlf`)
      .then((response) => response.text())
      .then((text) => {
        const doc = new DOMParser().parseFromString(text, 'application/xml');
        return new Map(
          [...doc.querySelectorAll('trans-unit')].map((unit) => [
            unit.getAttribute('id')!,
            { source: plain(unit.querySelector('source')!), target: plain(unit.querySelector('target')!) },
          ]),
        );
      });
    xliff.set(locale, loaded);
  }
  return loaded;
}

/** The texts of `region`'s preset (not its name) in `locale`, and the English sources that differ. */
export async function presetTexts(
  region: string,
  locale: string,
): Promise<{ translated: string[]; english: string[] }> {
  const all = [...(await units(locale))].filter(
    ([id]) => id.startsWith(`region.${region}.`) && id !== `region.${region}.name`,
  );
  const translated = all.map(([, u]) => u.target);
  return {
    translated,
    // Names such as "Bundesnetzagentur" stay in a translation: not a sign of English.
    english: all.map(([, u]) => u.source).filter((source) => !translated.some((t) => t.includes(source))),
  };
}

/** What a render showed: the element's language, its "Rules for" line and all of its text. */
export interface Shown {
  lang: string;
  region: string | null;
  text: string;
}

export const shown = (el: Element): Shown => {
  const base = root(el).querySelector<HTMLElement>('[part~="base"]');
  return {
    lang: base?.lang ?? '',
    region: root(el).querySelector('[part~="region"]')?.textContent?.trim() ?? null,
    text: (base?.textContent ?? '').replace(/\s+/g, ' '),
  };
};

/**
 * Records what `el` shows after each of its renders from now on: a MutationObserver on its shadow root is
 * called once after each render, before the next can start (a render is synchronous, its DOM changes one
 * batch).
 */
export function renders(el: Element): Shown[] {
  const seen: Shown[] = [];
  new MutationObserver(() => seen.push(shown(el))).observe(el.shadowRoot!, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
  });
  return seen;
}

/** Adds `markup` to the page and records every render of its `<port-checklist>` elements from the first on. */
export function place(markup: string): {
  container: HTMLElement;
  els: Element[];
  seen: Shown[][];
  events: CustomEvent[];
} {
  const container = document.createElement('div');
  const events: CustomEvent[] = [];
  for (const type of ['port-checklist-ready', 'port-checklist-error'])
    container.addEventListener(type, (e) => events.push(e as CustomEvent));
  container.innerHTML = markup;
  document.body.append(container);
  // Upgraded and connected by now, with an empty shadow root: nothing has rendered yet.
  const els = [...container.querySelectorAll('port-checklist')];
  const seen = els.map((el) => renders(el));
  return { container, els, seen, events };
}

const squash = (text: string) => text.replace(/\s+/g, ' ');

/** The texts of `expected` that `shown` lacks. */
export const missing = (shown: Shown, expected: string[]) =>
  expected.filter((text) => !shown.text.includes(squash(text)));
/** The texts of `unwanted` that `shown` has. */
export const present = (shown: Shown, unwanted: string[]) =>
  unwanted.filter((text) => shown.text.includes(squash(text)));

/** "Rules for: <country>" in `locale`, as xliff/ has it. */
export async function rulesFor(region: string, locale: string): Promise<string> {
  const all = await units(locale);
  return all.get('region.rules-for')!.target.replace('{0}', all.get(`region.${region}.name`)!.target);
}
