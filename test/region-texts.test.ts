// dist/port-checklist.js: a country preset's texts in the page's language are a chunk of their own, loaded
// with the preset's chunk and the locale's, and installed before the first render that shows the preset. So
// a translated page never shows the preset in English, nor the generic checklist first; a change of language
// shows the new language's preset texts in its first render; elements with different presets each get theirs.
import { expect, waitUntil } from '@open-wc/testing';
import { base, root } from './i18n-helpers.js';
import { missing, place, presetTexts, present, rulesFor, type Shown } from './region-texts-helpers.js';

// From /slow/ (web-test-runner.config.mjs), where some chunks answer 400 ms late: the French texts of every
// preset and the UK preset's texts arrive after the locale's and the preset's own chunks, so a render that
// did not wait for them would show.
before(async () => {
  localStorage.clear();
  // Addresses of this page's own, so that no other test's page has them in the browser's cache.
  const token = Math.random().toString(36).slice(2);
  await import(/* @vite-ignore */ new URL(`/slow/~${token}/port-checklist.js`, location.href).href);
});
afterEach(() => {
  document.documentElement.lang = 'en';
  document.querySelectorAll('body > div').forEach((div) => div.remove());
});

/** Asserts that `shown` is `region`'s preset in `locale`: its "Rules for" line and every text translated. */
async function expectPreset(shown: Shown, region: string, locale: string, what: string) {
  const { translated, english } = await presetTexts(region, locale);
  expect(shown.lang, `${what}: language`).to.equal(locale);
  expect(shown.region, `${what}: "Rules for"`).to.equal(await rulesFor(region, locale));
  expect(missing(shown, translated), `${what}: ${locale} texts missing`).to.deep.equal([]);
  expect(present(shown, english), `${what}: English texts`).to.deep.equal([]);
}

const firstReady = (events: CustomEvent[], el: Element) =>
  waitUntil(() => events.some((e) => e.type === 'port-checklist-ready' && e.target === el), 'ready', {
    timeout: 5000,
  });

describe('country preset texts in their own chunks', () => {
  it('a Swedish page with region="se" shows the Swedish preset text in its first render', async () => {
    const { els, seen, events } = place(
      '<div lang="sv"><port-checklist storage="none" region="se"></port-checklist></div>',
    );
    await firstReady(events, els[0]);
    // The first render is the one the observer saw first: the preset, in Swedish, from the start.
    await expectPreset(seen[0][0], 'se', 'sv', 'first render');
    expect(events.filter((e) => e.type === 'port-checklist-error')).to.deep.equal([]);
    expect(events.find((e) => e.type === 'port-checklist-ready')!.detail.region).to.equal('se');
  });

  it('a German page switching language keeps region="de", in the new language from its first render in it', async () => {
    const { els, seen, events } = place(
      '<port-checklist storage="none" region="de" locale="de"></port-checklist>',
    );
    const [el] = els;
    await firstReady(events, el);
    await expectPreset(seen[0][0], 'de', 'de', 'German');
    // By the element's locale attribute…
    el.setAttribute('locale', 'fr');
    await waitUntil(() => base(el).lang === 'fr', 'switched to French', { timeout: 5000 });
    const french = seen[0].find((s) => s.lang === 'fr')!;
    await expectPreset(french, 'de', 'fr', 'first render in French');
    // …and by the page's language.
    el.removeAttribute('locale');
    document.documentElement.lang = 'pl';
    await waitUntil(() => base(el).lang === 'pl', 'switched to Polish', { timeout: 5000 });
    await expectPreset(
      seen[0].find((s) => s.lang === 'pl')!,
      'de',
      'pl',
      'first render in Polish',
    );
    // Never the generic checklist in between.
    expect(seen[0].filter((s) => s.region === null)).to.deep.equal([]);
    expect(events.filter((e) => e.type === 'port-checklist-error')).to.deep.equal([]);
  });

  it('two elements with different presets each show theirs, and both follow a change of language', async () => {
    const { els, seen, events } = place(`<div lang="sv">
      <port-checklist storage="none" region="se" storage-key="a"></port-checklist>
      <port-checklist storage="none" region="de" storage-key="b"></port-checklist></div>`);
    await firstReady(events, els[0]);
    await firstReady(events, els[1]);
    await expectPreset(seen[0][0], 'se', 'sv', 'se, first render');
    await expectPreset(seen[1][0], 'de', 'sv', 'de, first render');
    // The Swedish texts of one preset are not in the other's element (some, like the 112 step, are in both).
    const se = (await presetTexts('se', 'sv')).translated;
    const de = (await presetTexts('de', 'sv')).translated;
    expect(
      present(
        seen[1][0],
        se.filter((t) => !de.includes(t)),
      ),
    ).to.deep.equal([]);
    expect(
      present(
        seen[0][0],
        de.filter((t) => !se.includes(t)),
      ),
    ).to.deep.equal([]);
    // The nearest lang chooses the locale; a change of <html lang> is what makes the elements look again.
    (els[0].parentElement as HTMLElement).lang = 'da';
    document.documentElement.lang = 'da';
    await waitUntil(() => els.every((el) => base(el).lang === 'da'), 'switched to Danish', { timeout: 5000 });
    await expectPreset(
      seen[0].find((s) => s.lang === 'da')!,
      'se',
      'da',
      'se, first render in Danish',
    );
    await expectPreset(
      seen[1].find((s) => s.lang === 'da')!,
      'de',
      'da',
      'de, first render in Danish',
    );
    expect(events.filter((e) => e.type === 'port-checklist-error')).to.deep.equal([]);
  });

  it('a preset set after the first render shows in the page language once its texts are here', async () => {
    const { els, seen, events } = place(
      '<div lang="sv"><port-checklist storage="none" region="generic"></port-checklist></div>',
    );
    const [el] = els;
    await firstReady(events, el);
    expect(seen[0][0].region).to.equal(null);
    el.setAttribute('region', 'gb');
    await waitUntil(() => root(el).querySelector('[part~="region"]'), 'the UK preset', { timeout: 5000 });
    // Every render that names the country has its texts in Swedish: none shows the preset in English.
    const withPreset = seen[0].filter((s) => s.region !== null);
    for (const [i, s] of withPreset.entries()) await expectPreset(s, 'gb', 'sv', `render ${i}`);
  });
});
