import { expect, html } from '@open-wc/testing';
import { render, shadow, text } from './helpers.js';

describe('<port-checklist> style isolation', () => {
  let pageStyle: HTMLStyleElement;
  beforeEach(() => {
    localStorage.clear();
    pageStyle = document.createElement('style');
    pageStyle.textContent = `
      * { all: unset; }
      html { font-size: 62.5%; background: #000; color: #eee; color-scheme: dark; }
      body { line-height: 0.5; letter-spacing: 8px; text-transform: uppercase; text-align: center; }
      h2, h3, label, input, p, li, ul, section { display: none !important; color: red !important; }
      button { all: unset; }
      .badge, .item, .base { display: none !important; }
    `;
    document.head.append(pageStyle);
  });
  afterEach(() => pageStyle.remove());

  it('keeps its layout and text styles under hostile page CSS', async () => {
    const el = await render(html`<port-checklist></port-checklist>`);
    const base = shadow(el).querySelector<HTMLElement>('[part~="base"]')!;
    const label = shadow(el).querySelector('label')!;
    const badge = shadow(el).querySelector('[part~="badge"]')!;
    expect(getComputedStyle(base).display).to.equal('block');
    expect(getComputedStyle(label).display).to.not.equal('none');
    expect(getComputedStyle(badge).display).to.equal('inline-block');
    expect(getComputedStyle(label).color).to.not.equal('rgb(255, 0, 0)');
    expect(getComputedStyle(base).letterSpacing).to.equal('normal');
    expect(getComputedStyle(base).textTransform).to.equal('none');
    expect(getComputedStyle(base).textAlign).to.equal('start');
    expect(parseFloat(getComputedStyle(base).lineHeight)).to.be.greaterThan(
      parseFloat(getComputedStyle(base).fontSize),
    );
    expect(base.getBoundingClientRect().height).to.be.greaterThan(500);
    expect(text(el, '[part~="counter"]')).to.equal('0 of 46 completed');
  });

  it('does not leak its styles into the page', async () => {
    pageStyle.remove();
    await render();
    const outside = document.createElement('span');
    outside.className = 'badge';
    outside.textContent = 'page badge';
    document.body.append(outside);
    const style = getComputedStyle(outside);
    expect(style.textTransform).to.equal('none');
    expect(style.borderStyle).to.equal('none');
    outside.remove();
    document.head.append(pageStyle);
  });
});
