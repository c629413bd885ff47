// The script-tag bundles on pages with a strict Content-Security-Policy (no inline scripts or styles), with
// and without Trusted Types enforced, and next to the page's own Lit.
import { expect, waitUntil } from '@open-wc/testing';

async function page(query: string): Promise<Window & { violations: string[] }> {
  const frame = document.createElement('iframe');
  frame.src = `/fixtures/csp.html?${query}`;
  frame.style.width = '800px';
  frame.style.height = '600px';
  document.body.append(frame);
  await waitUntil(
    () =>
      frame.contentDocument
        ?.querySelector('port-checklist')
        ?.shadowRoot?.querySelector('[part~="next-critical"]'),
    'widget rendered with its tools',
    { timeout: 8000 },
  );
  return frame.contentWindow as Window & { violations: string[] };
}

const variants: [string, string][] = [
  ['a strict CSP', 'bundle=port-checklist.js'],
  ['a strict CSP and the English-only bundle', 'bundle=port-checklist.en.js'],
  ['a strict CSP and Trusted Types', 'bundle=port-checklist.en.js&tt=1'],
  ['Trusted Types, the default bundle and the page’s own Lit', 'bundle=port-checklist.js&tt=1&lit=1'],
];

for (const [name, query] of variants) {
  describe(`on a page with ${name}`, () => {
    it('renders fully styled and works, with no violation', async () => {
      const win = await page(query);
      const el = win.document.querySelector('port-checklist')!;
      const root = el.shadowRoot!;
      expect(root.querySelectorAll('input[data-id]').length).to.equal(46);
      const base = root.querySelector('[part~="base"]')!;
      expect(win.getComputedStyle(base).borderTopStyle).to.equal('solid');
      expect(win.getComputedStyle(root.querySelector('[part~="badge"]')!).textTransform).to.equal(
        'uppercase',
      );
      expect(root.querySelectorAll('[style]').length).to.equal(0);
      root.querySelector<HTMLInputElement>('input[data-id]')!.click();
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(root.querySelector('[part~="counter"]')!.textContent!.trim()).to.equal('1 of 46 completed');
      if (query.includes('lit=1'))
        expect(win.document.getElementById('own-lit')?.textContent).to.equal('host Lit');
      expect(win.violations).to.deep.equal([]);
    });
  });
}
