// The `link` of an item in the element: a safe new-tab link after the detail, its label as text.
import { expect, html } from '@open-wc/testing';
import { render, shadow } from './helpers.js';

const withLink = (link: unknown) => ({
  title: 'T',
  sections: [{ id: 's', title: 'S', items: [{ id: 's.a', title: 'A', link }] }],
});

describe('item link: rendering', () => {
  it('renders after the detail as a new-tab link that gives the page no handle, its label as text', async () => {
    const config = withLink({ href: 'https://example.com/loa?a=1&b=2', label: '<b>Our form</b>' });
    const el = await render(html`<port-checklist storage="none" .config=${config}></port-checklist>`);
    const link = shadow(el).querySelector<HTMLAnchorElement>('[part~="item-link"]')!;
    expect(link.getAttribute('href')).to.equal('https://example.com/loa?a=1&b=2');
    expect(link.target).to.equal('_blank');
    expect(link.rel).to.equal('noopener noreferrer');
    expect(link.querySelector('b')).to.equal(null);
    expect(link.textContent!.replace(/\s+/g, ' ').trim()).to.equal('<b>Our form</b> (opens in a new tab)');
    await expect(el).to.be.accessible();
  });

  it('renders no link for a dropped unsafe URL', async () => {
    const el = await render(
      html`<port-checklist
        storage="none"
        .config=${withLink({ href: 'javascript:alert(1)', label: 'x' })}
      ></port-checklist>`,
    );
    expect(shadow(el).querySelector('[part~="item-link"]')).to.equal(null);
  });
});
