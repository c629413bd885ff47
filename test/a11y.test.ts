import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { checkboxes, emulate, render, shadow, smallConfig, type PortChecklist } from './helpers.js';

interface AxeResults {
  violations: { id: string; nodes: { target: unknown; failureSummary?: string }[] }[];
}

/** Runs axe rules that `to.be.accessible()` leaves off by default (WCAG 2.2's target size). */
async function axeRules(el: Element, rules: string[]): Promise<AxeResults['violations']> {
  await expect(el).to.be.accessible(); // also loads axe
  const { axe } = window as unknown as {
    axe: { run(context: Element, options: object): Promise<AxeResults> };
  };
  const results = await axe.run(el, { runOnly: { type: 'rule', values: rules } });
  return results.violations;
}

function checkAll(el: PortChecklist, count = Infinity) {
  checkboxes(el)
    .slice(0, count)
    .forEach((input) => el.setChecked(input.dataset.id!, true));
  return el.updateComplete;
}

describe('<port-checklist> accessibility (axe)', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => emulate({ colorScheme: 'light' }));

  it('passes with no item checked', async () => {
    const el = await render();
    await expect(el).to.be.accessible();
  });

  it('passes with some items checked', async () => {
    const el = await render();
    await checkAll(el, 7);
    expect(el.progress.completed).to.equal(7);
    await expect(el).to.be.accessible();
  });

  it('passes with every item checked', async () => {
    const el = await render();
    await checkAll(el);
    expect(el.progress.complete).to.be.true;
    await expect(el).to.be.accessible();
  });

  it("passes while the host's storage is loading (aria-busy, checkboxes disabled)", async () => {
    let answer: ((value: null) => void) | undefined;
    const adapter = {
      load: () => new Promise<null>((resolve) => (answer = resolve)),
      save: () => undefined,
    };
    const el = await render(html`<port-checklist .storage=${adapter}></port-checklist>`);
    await waitUntil(() => checkboxes(el)[0]?.disabled, 'shown as loading');
    expect(shadow(el).querySelector('[aria-busy="true"]')).to.not.equal(null);
    await expect(el).to.be.accessible();
    await waitUntil(() => answer, 'load called');
    answer!(null);
    await waitUntil(() => !checkboxes(el)[0]?.disabled, 'loaded');
    await expect(el).to.be.accessible();
  });

  it('passes in the dark colour scheme (theme="dark")', async () => {
    const el = await render(html`<port-checklist theme="dark"></port-checklist>`);
    await checkAll(el, 3);
    const base = shadow(el).querySelector('[part~="base"]')!;
    expect(getComputedStyle(base).backgroundColor).to.equal('rgb(17, 24, 39)');
    await expect(el).to.be.accessible();
  });

  it("follows the visitor's dark preference by default", async () => {
    if (!(await emulate({ colorScheme: 'dark' }))) {
      // No media emulation in this engine: check that the widget takes part in both schemes instead.
      const el = await render();
      expect(getComputedStyle(el).colorScheme).to.equal('light dark');
      return;
    }
    const el = await render();
    const base = shadow(el).querySelector('[part~="base"]')!;
    expect(getComputedStyle(base).backgroundColor).to.equal('rgb(17, 24, 39)');
    await expect(el).to.be.accessible();
  });

  it('theme="light" keeps light colours when the system prefers dark', async () => {
    const emulated = await emulate({ colorScheme: 'dark' });
    const el = await render(html`<port-checklist theme="light"></port-checklist>`);
    // Without media emulation, the fixed scheme is what keeps it light.
    expect(getComputedStyle(el).colorScheme).to.equal('light');
    if (!emulated) return;
    const base = shadow(el).querySelector('[part~="base"]')!;
    expect(getComputedStyle(base).backgroundColor).to.equal('rgb(255, 255, 255)');
    await expect(el).to.be.accessible();
  });

  it('shows a visible focus ring on a checkbox focused from the keyboard', async () => {
    const el = await render();
    const input = checkboxes(el)[0];
    // After a key press, Chromium treats focus as keyboard focus, so :focus-visible applies.
    await sendKeys({ press: 'Shift' });
    input.focus();
    expect(input.matches(':focus-visible')).to.be.true;
    const style = getComputedStyle(input);
    expect(style.outlineStyle).to.equal('solid');
    expect(style.outlineWidth).to.equal('3px');
  });
});

describe('<port-checklist> target size (WCAG 2.2 AA, 24 × 24 px)', () => {
  beforeEach(() => localStorage.clear());

  for (const [name, template] of [
    ['the bundled checklist', html`<port-checklist></port-checklist>`],
    ['items without detail text', html`<port-checklist .config=${smallConfig()}></port-checklist>`],
    ['a 320 px wide screen', html`<div style="width: 320px"><port-checklist></port-checklist></div>`],
  ] as const) {
    it(`every control is large or spaced enough: ${name}`, async () => {
      const host = await render(template as ReturnType<typeof html>);
      const el = host.localName === 'port-checklist' ? host : host.querySelector('port-checklist')!;
      await waitUntil(() => shadow(el).querySelector('.actions button'), 'the tools chunk did not load');
      const failing = await axeRules(el, ['target-size']);
      expect(
        failing.flatMap((v) => v.nodes.map((n) => `${String(n.target)}: ${n.failureSummary}`)),
      ).to.deep.equal([]);
    });
  }
});

describe('<port-checklist> on a 320 px wide screen', () => {
  it('fits without horizontal scrolling', async () => {
    localStorage.clear();
    const wrapper = await render(html`<div class="phone"><port-checklist></port-checklist></div>`);
    // A 320 px column stands for the phone (viewport emulation is Chromium-only).
    (wrapper as unknown as HTMLElement).style.width = '320px';
    const el = wrapper.querySelector('port-checklist') as PortChecklist;
    await el.updateComplete;
    const base = shadow(el).querySelector<HTMLElement>('[part~="base"]')!;
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
    expect(base.scrollWidth).to.be.at.most(base.clientWidth);
    for (const item of shadow(el).querySelectorAll<HTMLElement>('[part~="item"]')) {
      expect(item.scrollWidth).to.be.at.most(item.clientWidth + 1);
    }
  });
});
