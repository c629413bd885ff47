// dist/port-checklist.js from /broken-region-texts/, where every preset's Swedish texts fail with 503 (the
// Swedish chunk itself and the preset chunks load): like a failing preset chunk, the generic checklist, in
// Swedish, working, and an error event with code region-load-failed; on the first render as on a change of
// language.
import { expect, waitUntil } from '@open-wc/testing';
import { base, counter, mount, root, type Checklist } from './i18n-helpers.js';
import { place, presetTexts, present } from './region-texts-helpers.js';

before(async () => {
  localStorage.clear();
  await import(/* @vite-ignore */ new URL('/broken-region-texts/port-checklist.js', location.href).href);
});
afterEach(() => {
  document.documentElement.lang = 'en';
  document.querySelectorAll('body > div').forEach((div) => div.remove());
});

const errors = (events: CustomEvent[]) => events.filter((e) => e.type === 'port-checklist-error');

it('a Swedish page with region="se": the generic checklist in Swedish and region-load-failed', async () => {
  const { el, events } = await mount(
    '<div lang="sv"><port-checklist storage="none" region="se"></port-checklist></div>',
  );
  expect(base(el).lang).to.equal('sv');
  expect(counter(el)).to.equal('0 av 46 slutförda');
  expect(root(el).querySelector('[part~="region"]')).to.equal(null);
  expect(root(el).querySelectorAll('input[data-id]').length).to.equal(46);
  expect(errors(events).map((e) => e.detail.code)).to.deep.equal(['region-load-failed']);
  expect(errors(events)[0].detail.message).to.contain('"se"');
  expect(events.find((e) => e.type === 'port-checklist-ready')!.detail.region).to.equal(null);
  // Not the preset in English either.
  const { english } = await presetTexts('se', 'sv');
  const text = base(el).textContent!.replace(/\s+/g, ' ');
  expect(english.filter((t) => text.includes(t))).to.deep.equal([]);
  expect(el.setChecked('prep.csr', true)).to.be.true;
});

it('switching a German page with region="de" to Swedish: the generic checklist and region-load-failed', async () => {
  const { els, seen, events } = place(
    '<port-checklist storage="none" region="de" locale="de"></port-checklist>',
  );
  const [el] = els;
  await waitUntil(() => events.some((e) => e.type === 'port-checklist-ready'), 'ready', { timeout: 5000 });
  expect(seen[0][0].region).to.contain('Deutschland');
  el.setAttribute('locale', 'sv');
  await waitUntil(() => errors(events).length > 0, 'region-load-failed', { timeout: 5000 });
  await waitUntil(() => base(el).lang === 'sv', 'in Swedish', { timeout: 5000 });
  expect(errors(events).map((e) => e.detail.code)).to.deep.equal(['region-load-failed']);
  expect(errors(events)[0].detail.message).to.contain('"de"');
  expect(root(el).querySelector('[part~="region"]')).to.equal(null);
  // No render showed the German preset with English or German texts in a Swedish page.
  const { english } = await presetTexts('de', 'sv');
  const german = (await presetTexts('de', 'de')).translated.filter((t) => t.length > 30);
  for (const s of seen[0].filter((s) => s.lang === 'sv')) {
    expect(s.region).to.equal(null);
    expect(present(s, english)).to.deep.equal([]);
    expect(present(s, german)).to.deep.equal([]);
  }
  expect((el as Checklist).setChecked('prep.csr', true)).to.be.true;
});
