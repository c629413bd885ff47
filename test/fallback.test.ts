// Before the script runs: the light-DOM fallback shows, and with the README's rule the upgrade shifts nothing
// the visitor can see (the bundled checklist is taller than a screen, so the rule reserves a screen's height).
import { expect, waitUntil } from '@open-wc/testing';

it('shows the fallback before the script, and upgrades without a visible layout shift', async () => {
  const frame = document.createElement('iframe');
  frame.src = '/fixtures/fallback.html';
  frame.style.width = '800px';
  frame.style.height = '600px';
  document.body.append(frame);
  await waitUntil(
    () => frame.contentDocument?.readyState === 'complete' && frame.contentDocument.getElementById('after'),
    'page and its stylesheet loaded',
  );
  const doc = frame.contentDocument!;
  const win = frame.contentWindow!;
  const fallback = doc.getElementById('fallback')!;
  const widget = doc.querySelector('port-checklist')!;
  const after = doc.getElementById('after')!;
  expect(fallback.getClientRects().length).to.be.greaterThan(0);
  expect(fallback.textContent).to.contain('needs JavaScript');
  expect(widget.getBoundingClientRect().height).to.be.at.least(win.innerHeight);
  const before = {
    widgetTop: widget.getBoundingClientRect().top,
    afterTop: after.getBoundingClientRect().top,
  };
  expect(before.afterTop).to.be.at.least(win.innerHeight);

  const shifts: number[] = [];
  const Observer = (win as unknown as { PerformanceObserver: typeof PerformanceObserver })
    .PerformanceObserver;
  const layoutShift = Observer.supportedEntryTypes?.includes('layout-shift');
  if (layoutShift) {
    new Observer((list) => {
      for (const entry of list.getEntries()) shifts.push((entry as unknown as { value: number }).value);
    }).observe({ type: 'layout-shift' });
  }
  const script = doc.createElement('script');
  script.type = 'module';
  script.src = '/dist/port-checklist.js';
  doc.head.append(script);
  await waitUntil(() => widget.shadowRoot?.querySelector('[part~="next-critical"]'), 'upgraded', {
    timeout: 8000,
  });
  await new Promise((resolve) => setTimeout(resolve, 200));

  expect(fallback.getClientRects().length, 'fallback hidden once defined').to.equal(0);
  expect(widget.getBoundingClientRect().top).to.equal(before.widgetTop);
  expect(after.getBoundingClientRect().top).to.be.at.least(win.innerHeight);
  if (layoutShift) expect(shifts.reduce((sum, value) => sum + value, 0)).to.equal(0);
});
