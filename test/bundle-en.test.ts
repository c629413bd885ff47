// The English-only script-tag bundle, dist/port-checklist.en.js: English whatever the page's language, and
// no translation runtime or locale chunk is ever fetched.
import { expect, waitUntil } from '@open-wc/testing';
import { counter, mount, root } from './i18n-helpers.js';

before(async () => {
  localStorage.clear();
  await import(/* @vite-ignore */ new URL('../dist/port-checklist.en.js', import.meta.url).href);
});

describe('dist/port-checklist.en.js', () => {
  it('stays English on a Swedish page and fetches no translation', async () => {
    const { el } = await mount('<div lang="sv"><port-checklist storage="none"></port-checklist></div>');
    expect(counter(el)).to.equal('0 of 46 completed');
    await waitUntil(() => root(el).querySelector('[part~="next-critical"]'), 'tools loaded');
    const chunks = performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => name.includes('/dist/chunks/'));
    expect(chunks.some((name) => /\/chunks\/tools-/.test(name))).to.equal(true);
    expect(chunks.filter((name) => /\/chunks\/(i18n-runtime|[a-z]{2})-/.test(name))).to.deep.equal([]);
  });
});
