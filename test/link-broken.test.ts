// dist/port-checklist.js when the progress link's chunk fails to load (a CDN hiccup): "Continue on another
// device" reports load-failed and the checklist carries on; nothing else is lost.
import { expect, waitUntil } from '@open-wc/testing';
import { mount, root } from './i18n-helpers.js';

before(async () => {
  await import(/* @vite-ignore */ new URL('/broken-link/port-checklist.js', location.href).href);
});

it('reports load-failed when the link chunk cannot load, and keeps working', async () => {
  const { el, events } = await mount('<port-checklist storage="none"></port-checklist>');
  await waitUntil(() => root(el).querySelector('[data-action="share"]'), 'the share button', {
    timeout: 5000,
  });
  root(el).querySelector<HTMLButtonElement>('[data-action="share"]')!.click();
  await waitUntil(() => events.some((e) => e.type === 'port-checklist-error'), 'an error', { timeout: 5000 });
  const errors = events.filter((e) => e.type === 'port-checklist-error');
  expect(errors.map((e) => e.detail.code)).to.deep.equal(['load-failed']);
  expect(root(el).querySelector('dialog')).to.equal(null);
  expect(el.setChecked('prep.csr', true)).to.equal(true);
  expect(el.progress.completed).to.equal(1);
});
