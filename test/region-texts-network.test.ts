// dist/port-checklist.js from /slow/, where the Swedish chunk and the Swedish preset's chunk answer 400 ms
// late: on a Swedish page with region="se", the Swedish texts of the se preset load in parallel with both (not
// after them), and no other preset's texts, nor the se preset's in another language, load at all. Seen in the
// browser's own record of what the page fetched (Resource Timing).
import { expect, waitUntil } from '@open-wc/testing';
import { place } from './region-texts-helpers.js';

const fetched: PerformanceResourceTiming[] = [];
new PerformanceObserver((list) => {
  fetched.push(...(list.getEntries() as PerformanceResourceTiming[]));
}).observe({ type: 'resource', buffered: true });

before(async () => {
  localStorage.clear();
  // Addresses of this page's own, so that no other test's page has them in the browser's cache.
  const token = Math.random().toString(36).slice(2);
  await import(/* @vite-ignore */ new URL(`/slow/~${token}/port-checklist.js`, location.href).href);
});

const file = (entry: PerformanceResourceTiming) => new URL(entry.name).pathname.split('/').pop()!;

it('a Swedish page with region="se" fetches sv texts for se beside the sv and se chunks, and no other texts', async () => {
  const { els, events } = place(
    '<div lang="sv"><port-checklist storage="none" region="se"></port-checklist></div>',
  );
  await waitUntil(() => events.some((e) => e.type === 'port-checklist-ready'), 'ready', { timeout: 5000 });
  expect(els[0].shadowRoot!.querySelector('[part~="region"]')!.textContent).to.contain('Sverige');
  await waitUntil(() => fetched.some((e) => /^region-se\.sv-/.test(file(e))), 'resource entries', {
    timeout: 2000,
  });
  const texts = fetched.filter((e) => /^region-[a-z]{2}\.[a-z]{2,3}-/.test(file(e))).map(file);
  expect(texts.length, texts.join(', ')).to.equal(1);
  expect(texts[0]).to.match(/^region-se\.sv-[\w-]+\.js$/);
  const part = fetched.find((e) => /^region-se\.sv-/.test(file(e)))!;
  const locale = fetched.find((e) => /^sv-/.test(file(e)))!;
  const preset = fetched.find((e) => /^region-se-/.test(file(e)))!;
  expect(locale, 'the Swedish chunk').to.exist;
  expect(preset, 'the se preset chunk').to.exist;
  // Asked for while both were still on their way (each takes 400 ms): in parallel, not after either.
  expect(part.startTime, 'before the Swedish chunk arrived').to.be.below(locale.responseEnd - 200);
  expect(part.startTime, 'before the preset chunk arrived').to.be.below(preset.responseEnd - 200);
});
