// dist/port-checklist.js when its Swedish chunk fails to load: English, working, and an error event.
import { expect } from '@open-wc/testing';
import { counter, mount, root } from './i18n-helpers.js';

before(async () => {
  await import(/* @vite-ignore */ new URL('/broken/port-checklist.js', location.href).href);
});

it('stays in English and fires locale-load-failed', async () => {
  const { el, events } = await mount('<port-checklist storage="none" locale="sv"></port-checklist>');
  expect(counter(el)).to.equal('0 of 46 completed');
  expect(root(el).querySelectorAll('input[data-id]').length).to.equal(46);
  const errors = events.filter((e) => e.type === 'port-checklist-error');
  expect(errors.length).to.equal(1);
  expect(errors[0].detail.code).to.equal('locale-load-failed');
  expect(errors[0].detail.message).to.contain('"sv"');
  expect(el.setChecked('prep.contract', true)).to.be.true;
});
