// dist/port-checklist.js when the translation runtime chunk fails to load: English, working, an error.
import { expect } from '@open-wc/testing';
import { counter, mount, root } from './i18n-helpers.js';

before(async () => {
  await import(/* @vite-ignore */ new URL('/broken-runtime/port-checklist.js', location.href).href);
});

it('stays in English and fires locale-load-failed', async () => {
  const { el, events } = await mount('<port-checklist storage="none" locale="sv"></port-checklist>');
  expect(counter(el)).to.equal('0 of 46 completed');
  expect(root(el).querySelectorAll('input[data-id]').length).to.equal(46);
  const errors = events.filter((e) => e.type === 'port-checklist-error');
  expect(errors.map((e) => (e.detail as { code: string }).code)).to.deep.equal(['locale-load-failed']);
  expect(el.setChecked('prep.contract', true)).to.be.true;
  expect(el.progress.completed).to.equal(1);
});
