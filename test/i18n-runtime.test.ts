// dist/port-checklist.js loads the translation runtime only for a language other than English.
import { expect, waitUntil } from '@open-wc/testing';
import { counter, mount } from './i18n-helpers.js';

const requested = (name: string) =>
  performance.getEntriesByType('resource').some((entry) => entry.name.includes(`/chunks/${name}-`));

before(async () => {
  await import(/* @vite-ignore */ new URL('/dist/port-checklist.js', location.href).href);
});

it('shows English without loading the translation runtime or any locale', async () => {
  const { el, events } = await mount('<port-checklist storage="none" locale="en"></port-checklist>');
  expect(counter(el)).to.equal('0 of 46 completed');
  expect(events.filter((e) => e.type === 'port-checklist-error')).to.deep.equal([]);
  expect(requested('i18n-runtime'), 'runtime chunk requested').to.equal(false);
  expect(requested('sv'), 'Swedish chunk requested').to.equal(false);
});

it('loads the runtime with the first other language, and the page switches to it', async () => {
  const { el } = await mount('<port-checklist storage="none" locale="sv"></port-checklist>');
  expect(counter(el)).to.equal('0 av 46 slutförda');
  expect(requested('i18n-runtime')).to.equal(true);
  expect(requested('sv')).to.equal(true);
  el.locale = 'en';
  await waitUntil(() => counter(el) === '0 of 46 completed', 'back to English');
});
