// The multilingual script-tag bundle, dist/port-checklist.js (built by `npm test`'s pretest step):
// locale choice, runtime switching, plurals, number formats and right-to-left, with real translations.
import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { base, counter, mount, root, type Checklist } from './i18n-helpers.js';

before(async () => {
  localStorage.clear();
  await import(/* @vite-ignore */ new URL('../dist/port-checklist.js', import.meta.url).href);
});
afterEach(() => {
  document.documentElement.lang = 'en';
  document.querySelectorAll('body > div').forEach((div) => div.remove());
});

const check = async (el: Checklist, count: number) => {
  el.reset();
  const ids = [...root(el).querySelectorAll<HTMLInputElement>('input[data-id]')].map((i) => i.dataset.id!);
  for (const id of ids.slice(0, count)) el.setChecked(id, true);
  await el.updateComplete;
  return counter(el);
};
const shape = (text: string) => text.replace(/[\d\u0660-\u0669]+/g, '#');

describe('dist/port-checklist.js', () => {
  it('speaks Swedish under lang="sv": "0 av 46 slutförda", "KRITISKT", translated content', async () => {
    const { el } = await mount('<div lang="sv"><port-checklist storage="none"></port-checklist></div>');
    expect(counter(el)).to.equal('0 av 46 slutförda');
    const badge = root(el).querySelector<HTMLElement>('[part~="badge"]')!;
    expect(badge.innerText).to.equal('KRITISKT');
    expect(root(el).querySelector('h2')!.textContent).to.equal('Checklista för nummerportering');
    expect(root(el).querySelector('[part~="banner"] h3')!.textContent).to.equal(
      'Viktigt: Säg inte upp din gamla tjänst!',
    );
    expect(base(el).lang).to.equal('sv');
    expect(base(el).dir).to.equal('ltr');
    const titles = [...root(el).querySelectorAll('[part~="item-title"]')].map((t) => t.textContent);
    expect(titles).to.not.include('Gather your account details');
    // A Swedish page follows Swedish rules: the company registration number, in Swedish.
    expect(root(el).querySelector('[part~="region"]')!.textContent).to.contain('Sverige');
    expect(root(el).querySelector('[part~="base"]')!.textContent).to.match(/organisationsnum/i);
  });

  it('a German page follows German rules: the Anbieterwechsel, in German', async () => {
    const { el, events } = await mount(
      '<div lang="de"><port-checklist storage="none"></port-checklist></div>',
    );
    expect(base(el).lang).to.equal('de');
    expect(root(el).querySelector('[part~="region"]')!.textContent).to.contain('Deutschland');
    expect(root(el).querySelector('[part~="banner"]')!.textContent).to.contain('Anbieterwechsel');
    expect(events.find((e) => e.type === 'port-checklist-ready')!.detail.region).to.equal('de');
  });

  it('has every preset complete in every language: no English left in what a preset changes', async () => {
    const locales = ['ar', 'cs', 'da', 'de', 'es', 'fi', 'fr', 'ja', 'nb', 'pl', 'pt', 'ro', 'sv'];
    const { el } = await mount('<port-checklist storage="none" region="us"></port-checklist>');
    const texts = () =>
      [...root(el).querySelectorAll('[part~="item-title"], [part~="item-detail"], [part~="region"]')].map(
        (node) => node.textContent!.trim(),
      );
    const english: Record<string, string[]> = {};
    for (const region of ['us', 'gb', 'se', 'de']) {
      el.setAttribute('region', region);
      await waitUntil(
        async () => (await el.updateComplete, root(el).querySelector('[part~="region"]')),
        region,
      );
      await el.updateComplete;
      english[region] = texts();
    }
    for (const locale of locales) {
      el.setAttribute('locale', locale);
      await waitUntil(() => base(el).lang === locale, `switched to ${locale}`);
      for (const region of ['us', 'gb', 'se', 'de']) {
        el.setAttribute('region', region);
        // The preset shows once its chunk and its texts in the locale (a chunk of their own) are here.
        await waitUntil(
          async () => (await el.updateComplete, root(el).querySelector('[part~="region"]')),
          `${locale} ${region}`,
        );
        const left = texts().filter((t) => english[region].includes(t) && /[a-z]{4} [a-z]{3}/.test(t));
        expect(left, `${locale} ${region}`).to.deep.equal([]);
      }
    }
  });

  it('follows the locale attribute and <html lang> at run time', async () => {
    const { el } = await mount(
      '<port-checklist storage="none" locale="de" region="generic"></port-checklist>',
    );
    const german = counter(el);
    expect(base(el).lang).to.equal('de');
    el.removeAttribute('locale');
    document.documentElement.lang = 'fr';
    await waitUntil(() => base(el).lang === 'fr', 'switched to French');
    expect(counter(el)).to.not.equal(german);
    document.documentElement.lang = 'nb-NO';
    await waitUntil(() => base(el).lang === 'nb', 'switched to Bokmål');
    el.setAttribute('locale', 'xx');
    document.documentElement.lang = '123';
    await waitUntil(() => base(el).lang === 'en', 'invalid codes fall back to English');
    expect(counter(el)).to.equal('0 of 46 completed');
  });

  it('shows one language per page: the locale asked for last applies to every instance', async () => {
    const { el: first } = await mount('<port-checklist storage="none" locale="sv"></port-checklist>');
    const { el: second } = await mount('<port-checklist storage="none" locale="da"></port-checklist>');
    await aTimeout(50);
    await first.updateComplete;
    expect(base(second).lang).to.equal('da');
    expect(base(first).lang).to.equal('da');
  });

  // CLDR: Polish 1 one, 2 few, 5 many, 22 few; Czech 1 one, 2 few, 5 other, 22 other.
  for (const [locale, forms] of [
    ['pl', { 1: 'one', 2: 'few', 5: 'many', 22: 'few' }],
    ['cs', { 1: 'one', 2: 'few', 5: 'other', 22: 'other' }],
  ] as const) {
    it(`chooses ${locale} plural forms for 1, 2, 5 and 22`, async () => {
      const { el } = await mount(`<port-checklist storage="none" locale="${locale}"></port-checklist>`);
      const texts = new Map<number, string>();
      for (const n of [1, 2, 5, 22] as const) {
        expect(new Intl.PluralRules(locale).select(n), `${n}`).to.equal(forms[n]);
        texts.set(n, await check(el, n));
        expect(texts.get(n)).to.contain(String(n));
      }
      // Numbers of one category share a form; the categories' forms differ, as the grammar requires.
      for (const a of [1, 2, 5, 22] as const) {
        for (const b of [1, 2, 5, 22] as const) {
          const sameForm = shape(texts.get(a)!) === shape(texts.get(b)!);
          expect(sameForm, `${a} and ${b}: ${texts.get(a)} / ${texts.get(b)}`).to.equal(
            forms[a] === forms[b],
          );
        }
      }
    });
  }

  it('formats counts for the locale', async () => {
    const { el } = await mount('<port-checklist storage="none" locale="ar"></port-checklist>');
    const expected = new Intl.NumberFormat('ar').format(46);
    expect(counter(el)).to.contain(expected);
  });

  it('mirrors the layout in Arabic', async () => {
    const { el } = await mount('<port-checklist storage="none" locale="ar"></port-checklist>');
    expect(base(el).dir).to.equal('rtl');
    const item = root(el).querySelector('[part~="item"]')!;
    const box = item.querySelector('input')!.getBoundingClientRect();
    const label = item.querySelector('label')!.getBoundingClientRect();
    expect(box.left).to.be.greaterThan(label.left);
    const banner = root(el).querySelector('[part~="banner"]')!;
    expect(getComputedStyle(banner).borderRightWidth).to.not.equal(getComputedStyle(banner).borderLeftWidth);
    const svg = root(el).querySelector('[part~="progress"] svg')!;
    expect(getComputedStyle(svg).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
  });
});
