// dist/port-checklist.js served from another origin, as from a CDN: the translation chunk is fetched
// relative to the bundle's URL, from that origin.
import { expect } from '@open-wc/testing';
import { counter, mount } from './i18n-helpers.js';

const CDN = `http://localhost:${location.port}/cdn/`;

before(async () => {
  expect(location.hostname).to.equal('127.0.0.1');
  await import(/* @vite-ignore */ `${CDN}port-checklist.js`);
});

it('loads the Swedish chunk from the bundle’s origin', async () => {
  const { el, events } = await mount('<port-checklist storage="none" locale="sv"></port-checklist>');
  expect(counter(el)).to.equal('0 av 46 slutförda');
  expect(events.filter((e) => e.type === 'port-checklist-error')).to.deep.equal([]);
  const chunks = performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => name.includes('/chunks/sv-'));
  expect(chunks.length).to.equal(1);
  expect(chunks[0].startsWith(`${CDN}chunks/`)).to.be.true;
});
