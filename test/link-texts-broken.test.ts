// dist/port-checklist.js on a Swedish page when the progress link's texts fail to load: the dialog opens in
// English, and locale-load-failed says why, once.
import { expect, waitUntil } from '@open-wc/testing';
import { mount, root } from './i18n-helpers.js';

before(async () => {
  document.documentElement.lang = 'sv';
  await import(/* @vite-ignore */ new URL('/broken-link-texts/port-checklist.js', location.href).href);
});

it('opens the share dialog in English and reports locale-load-failed once', async () => {
  const { el, events } = await mount('<port-checklist storage="none"></port-checklist>');
  await waitUntil(() => root(el).querySelector('[data-action="share"]'), 'the share button', {
    timeout: 5000,
  });
  const button = root(el).querySelector<HTMLButtonElement>('[data-action="share"]')!;
  expect(button.textContent!.trim()).to.equal('Fortsätt på en annan enhet');
  button.click();
  await waitUntil(() => root(el).querySelector('dialog[open]'), 'the dialog', { timeout: 5000 });
  expect(root(el).querySelector('dialog h2')!.textContent!.trim()).to.equal('Continue on another device');
  const errors = events.filter((e) => e.type === 'port-checklist-error');
  expect(errors.map((e) => e.detail.code)).to.deep.equal(['locale-load-failed']);
  root(el).querySelector('dialog')!.close();
});
