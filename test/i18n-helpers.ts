// Shared by the tests of the multilingual bundle (dist/port-checklist.js), each test file loading it
// from another place. Elements are typed loosely: these tests see the built bundle, not the sources.
import { waitUntil } from '@open-wc/testing';
import './page-lang.js';

export interface Checklist extends HTMLElement {
  locale?: string;
  progress: { completed: number; total: number };
  setChecked(id: string, checked: boolean): boolean;
  reset(): void;
  updateComplete: Promise<boolean>;
}

export const root = (el: Element) => el.shadowRoot!;
export const counter = (el: Element) => root(el).querySelector('[part~="counter"]')!.textContent!.trim();
export const base = (el: Element) => root(el).querySelector<HTMLElement>('[part~="base"]')!;

/** Mounts `<port-checklist>` inside a container with the given attributes, and waits for its first render. */
export async function mount(
  html: string,
): Promise<{ el: Checklist; container: HTMLElement; events: CustomEvent[] }> {
  const container = document.createElement('div');
  const events: CustomEvent[] = [];
  for (const type of ['port-checklist-ready', 'port-checklist-error']) {
    container.addEventListener(type, (e) => events.push(e as CustomEvent));
  }
  container.innerHTML = html;
  document.body.append(container);
  const el = container.querySelector('port-checklist') as Checklist;
  await waitUntil(() => events.some((e) => e.type === 'port-checklist-ready'), 'first render', {
    timeout: 5000,
  });
  return { el, container, events };
}
