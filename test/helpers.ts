import { fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/define.js';
import type { PortChecklist } from '../src/port-checklist.js';
import type { ChecklistConfig } from '../src/config/types.js';
import './page-lang.js';

export type { PortChecklist };

/** A small valid config: 2 sections, 3 items, one critical. */
export function smallConfig(): ChecklistConfig {
  return {
    id: 'small',
    title: 'Small checklist',
    sections: [
      {
        id: 'a',
        title: 'Section A',
        subtitle: 'First things',
        items: [
          { id: 'a.one', title: 'One', detail: 'The first item', critical: true },
          { id: 'a.two', title: 'Two' },
        ],
      },
      { id: 'b', title: 'Section B', items: [{ id: 'b.three', title: 'Three' }] },
    ],
    cta: { title: 'Call to action', text: 'Do it.', label: 'Go', href: '#cta-target' },
  };
}

export async function render(template = html`<port-checklist></port-checklist>`): Promise<PortChecklist> {
  const el = await fixture<PortChecklist>(template);
  await el.updateComplete;
  return el;
}

export function shadow(el: PortChecklist): ShadowRoot {
  return el.shadowRoot!;
}

export function checkboxes(el: PortChecklist): HTMLInputElement[] {
  return [...shadow(el).querySelectorAll<HTMLInputElement>('input[type=checkbox][data-id]')];
}

export function checkbox(el: PortChecklist, id: string): HTMLInputElement {
  const found = shadow(el).querySelector<HTMLInputElement>(`input[data-id="${id}"]`);
  if (!found) throw new Error(`no checkbox for ${id}`);
  return found;
}

export function text(el: PortChecklist, selector: string): string {
  return shadow(el).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** Records every event of the given types that reaches `target`. */
export function record(target: EventTarget, types: string[]): CustomEvent[] {
  const seen: CustomEvent[] = [];
  for (const type of types) target.addEventListener(type, (e) => seen.push(e as CustomEvent));
  return seen;
}

export const ALL_EVENTS = [
  'port-checklist-ready',
  'port-checklist-progress',
  'port-checklist-complete',
  'port-checklist-cta',
  'port-checklist-export',
  'port-checklist-error',
];

/** Replaces `window.localStorage` for one test; returns the function that restores it. */
export function replaceLocalStorage(getter: () => Storage): () => void {
  const own = Object.getOwnPropertyDescriptor(window, 'localStorage');
  Object.defineProperty(window, 'localStorage', { configurable: true, get: getter });
  return () => {
    if (own) Object.defineProperty(window, 'localStorage', own);
    else delete (window as { localStorage?: Storage }).localStorage;
  };
}

/**
 * Emulates a media feature where the browser's automation can (Chromium, over CDP). Firefox over WebDriver
 * BiDi and WebKit over WebDriver cannot; then this resolves false and the caller checks what it can without.
 */
export async function emulate(media: Parameters<typeof emulateMedia>[0]): Promise<boolean> {
  try {
    await emulateMedia(media);
    return true;
  } catch {
    return false;
  }
}

/** The CSS text of the rules inside `@media <condition>` blocks of the element's stylesheets. */
export function mediaRules(el: Element, condition: string): string {
  const text: string[] = [];
  for (const sheet of el.shadowRoot!.adoptedStyleSheets) {
    for (const rule of sheet.cssRules) {
      if (rule instanceof CSSMediaRule && rule.conditionText.replace(/\s+/g, '').includes(condition)) {
        text.push(...[...rule.cssRules].map((inner) => inner.cssText));
      }
    }
  }
  return text.join('\n');
}

/** Writes an item's note through the UI, as a visitor does: opens its note editor, types, closes it. */
export async function writeNote(el: PortChecklist, id: string, note: string): Promise<void> {
  const toggle = checkbox(el, id).closest('li')!.querySelector<HTMLButtonElement>('[part~="note-toggle"]')!;
  toggle.click();
  await waitUntil(() => shadow(el).querySelector(`textarea[data-note="${id}"]`), `note editor of ${id}`);
  const field = shadow(el).querySelector<HTMLTextAreaElement>(`textarea[data-note="${id}"]`)!;
  field.value = note;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  toggle.click();
  await el.updateComplete;
}
