// The script-tag bundle as a marketing site loads it: dist/port-checklist.js (built by `npm run build`, which
// `npm test` runs first), with its on-demand chunks resolved relative to the bundle's own URL.
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import './page-lang.js';

interface Checklist extends HTMLElement {
  progress: { completed: number; total: number };
  setChecked(id: string, checked: boolean): boolean;
  reset(): void;
  updateComplete: Promise<boolean>;
}

const BUNDLE = new URL('../dist/port-checklist.js', import.meta.url).href;

// Elements that exist, with attributes and properties, before the script defines the tag (a late script tag,
// a tag manager): the upgrade must honour both.
const early = document.createElement('div');
early.innerHTML = `<port-checklist id="early-attr" storage="none"
  config='{"title":"From the attribute","sections":[{"id":"s","title":"S","items":[{"id":"s.a","title":"A"}]}]}'
></port-checklist><port-checklist id="early-prop" storage="none"></port-checklist>`;
document.body.append(early);
(early.querySelector('#early-prop') as HTMLElement & { config: unknown }).config = {
  title: 'From the property',
  sections: [
    {
      id: 's',
      title: 'S',
      items: [
        { id: 's.a', title: 'A' },
        { id: 's.b', title: 'B' },
      ],
    },
  ],
};

before(async () => {
  localStorage.clear();
  await import(/* @vite-ignore */ BUNDLE);
});

const root = (el: Element) => el.shadowRoot!;
const ids = (el: Element) =>
  [...root(el).querySelectorAll<HTMLInputElement>('input[data-id]')].map((input) => input.dataset.id);

describe('dist/port-checklist.js', () => {
  it('honours attributes and properties set before the element was defined', async () => {
    const byAttribute = document.getElementById('early-attr') as Checklist;
    const byProperty = document.getElementById('early-prop') as Checklist;
    await waitUntil(
      () => byAttribute.shadowRoot?.querySelector('h2') && byProperty.shadowRoot?.querySelector('h2'),
    );
    await byAttribute.updateComplete;
    await byProperty.updateComplete;
    expect(root(byAttribute).querySelector('h2')!.textContent).to.equal('From the attribute');
    expect(root(byProperty).querySelector('h2')!.textContent).to.equal('From the property');
    expect(ids(byProperty)).to.deep.equal(['s.a', 's.b']);
  });

  it('registers the element, renders the bundled checklist and loads its tools chunk', async () => {
    const el = await fixture<Checklist>(html`<port-checklist></port-checklist>`);
    expect(customElements.get('port-checklist')).to.exist;
    expect(ids(el).length).to.equal(46);
    await waitUntil(() => root(el).querySelector('[part~="next-critical"]'), 'tools chunk loaded');
    const chunks = performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => name.includes('/dist/chunks/'));
    expect(chunks.some((name) => /\/dist\/chunks\/tools-[\w-]+\.js$/.test(name))).to.be.true;
    expect(root(el).querySelectorAll('[style]').length).to.equal(0);
  });

  it('loads the validator chunk for a given config and renders it once', async () => {
    const container = document.createElement('div');
    const ready: CustomEvent[] = [];
    container.addEventListener('port-checklist-ready', (e) => ready.push(e as CustomEvent));
    container.innerHTML = `<port-checklist storage="none"><script type="application/json">
      {"id":"b","title":"Bundle test","sections":[{"id":"s","title":"S","items":[{"id":"s.a","title":"A"}]}]}
    </script></port-checklist>`;
    document.body.append(container);
    const el = container.firstElementChild as Checklist;
    await waitUntil(() => ready.length > 0, 'ready');
    await aTimeout(50);
    expect(ready.length).to.equal(1);
    expect(ready[0].detail.usingDefault).to.be.false;
    expect(ids(el)).to.deep.equal(['s.a']);
    container.remove();
  });

  it('works across chunks: filter, start over with undo, copy fallback', async () => {
    localStorage.clear();
    const el = await fixture<Checklist>(html`<port-checklist storage-key="bundle"></port-checklist>`);
    await waitUntil(() => root(el).querySelector('[part~="next-critical"]'), 'tools chunk loaded');
    el.setChecked('prep.contract', true);
    root(el).querySelector<HTMLInputElement>('input[name="critical-only"]')!.click();
    await el.updateComplete;
    expect(root(el).querySelector('[role="status"]')!.textContent).to.equal('19 of 46 items shown.');

    const button = (name: string) => root(el).querySelector<HTMLButtonElement>(`[data-action="${name}"]`)!;
    button('reset').click();
    await el.updateComplete;
    button('confirm').click();
    await el.updateComplete;
    expect(el.progress.completed).to.equal(0);
    button('undo').click();
    await el.updateComplete;
    expect(el.progress.completed).to.equal(1);

    const original = navigator.clipboard.writeText;
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
    try {
      setTimeout(() => button('copy').click());
      await oneEvent(el, 'port-checklist-export');
    } finally {
      navigator.clipboard.writeText = original;
    }
    await el.updateComplete;
    const fallback = root(el).querySelector<HTMLTextAreaElement>('[part~="export-fallback"]')!;
    expect(fallback.value).to.contain("- [x] Check your contract's end date and fees");
  });

  it('is the production build of Lit', async () => {
    const source = await (await fetch(BUNDLE)).text();
    expect(source).to.not.contain('Lit is in dev mode');
    expect(source.length).to.be.below(60_000);
  });
});
