import { expect, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { checkboxes, render, shadow, type PortChecklist } from './helpers.js';

function checkAll(el: PortChecklist, count = Infinity) {
  checkboxes(el)
    .slice(0, count)
    .forEach((input) => el.setChecked(input.dataset.id!, true));
  return el.updateComplete;
}

describe('<port-checklist> accessibility (axe)', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

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

  it('passes in the dark colour scheme', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await render();
    await checkAll(el, 3);
    const base = shadow(el).querySelector('[part~="base"]')!;
    expect(getComputedStyle(base).backgroundColor).to.equal('rgb(17, 24, 39)');
    await expect(el).to.be.accessible();
  });

  it('theme="light" keeps light colours when the system prefers dark', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await render(html`<port-checklist theme="light"></port-checklist>`);
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

describe('<port-checklist> on a 320 px wide screen', () => {
  before(() => setViewport({ width: 320, height: 640 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('fits without horizontal scrolling', async () => {
    localStorage.clear();
    const el = await render();
    const base = shadow(el).querySelector<HTMLElement>('[part~="base"]')!;
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
    expect(base.scrollWidth).to.be.at.most(base.clientWidth);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });
});
