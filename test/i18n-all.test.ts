// dist/port-checklist.all.js: one file with every language and chunk inline, for CMSs that take one upload.
import { expect, waitUntil } from '@open-wc/testing';
import { counter, mount } from './i18n-helpers.js';
import { presetTexts } from './region-texts-helpers.js';

before(async () => {
  await import(/* @vite-ignore */ new URL('../dist/port-checklist.all.js', import.meta.url).href);
});

it('renders Swedish, a config and the tools without fetching any chunk', async () => {
  const { el } = await mount(`<port-checklist storage="none" locale="sv"><script type="application/json">
    {"title":{"en":"Move","sv":"Flytt"},"sections":[{"id":"s","title":"S","items":[{"id":"s.a","title":"A"}]}]}
  </script></port-checklist>`);
  expect(counter(el)).to.equal('0 av 1 slutförda');
  expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Flytt');
  await waitUntil(() => el.shadowRoot!.querySelector('[part~="next-critical"]'), 'tools rendered');
  const chunks = performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => name.includes('/chunks/'));
  expect(chunks).to.deep.equal([]);
});

it('renders a country preset in Swedish, its texts inline too, without fetching any chunk', async () => {
  const { el } = await mount(
    '<div lang="sv"><port-checklist storage="none" region="se"></port-checklist></div>',
  );
  const { translated } = await presetTexts('se', 'sv');
  const shown = el.shadowRoot!.querySelector('[part~="base"]')!.textContent!.replace(/\s+/g, ' ');
  expect(el.shadowRoot!.querySelector('[part~="region"]')!.textContent).to.contain('Sverige');
  expect(translated.filter((text) => !shown.includes(text))).to.deep.equal([]);
  expect(
    performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => name.includes('/chunks/')),
  ).to.deep.equal([]);
});
