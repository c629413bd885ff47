// dist/port-checklist.js when a country preset chunk fails to load: the generic checklist, working, and an
// error event with code region-load-failed.
import { expect } from '@open-wc/testing';
import { mount, root } from './i18n-helpers.js';

before(async () => {
  await import(/* @vite-ignore */ new URL('/broken-region/port-checklist.js', location.href).href);
});

it('shows the generic checklist and fires region-load-failed', async () => {
  const { el, events } = await mount('<port-checklist storage="none" region="se"></port-checklist>');
  expect(root(el).querySelector('[part~="region"]')).to.equal(null);
  expect(root(el).querySelectorAll('input[data-id]').length).to.equal(46);
  const errors = events.filter((e) => e.type === 'port-checklist-error');
  expect(errors.map((e) => e.detail.code)).to.deep.equal(['region-load-failed']);
  expect(errors[0].detail.message).to.contain('"se"');
  const ready = events.find((e) => e.type === 'port-checklist-ready')!;
  expect(ready.detail.region).to.equal(null);
  expect(el.setChecked('prep.csr', true)).to.be.true;
});
