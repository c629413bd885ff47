// Country presets in the element: each renders its steps, the generic set none of their claims, the region
// follows the page's language, and links open safely in a new tab.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { render, shadow, text, type PortChecklist } from './helpers.js';

const titles = (el: PortChecklist) =>
  [...shadow(el).querySelectorAll('[part~="item-title"]')].map((t) => t.textContent!.trim());
const ids = (el: PortChecklist) =>
  [...shadow(el).querySelectorAll<HTMLInputElement>('input[data-id]')].map((input) => input.dataset.id!);
const body = (el: PortChecklist) =>
  shadow(el).querySelector('[part~="base"]')!.textContent!.replace(/\s+/g, ' ');

/** Claims that belong to one country and must not appear anywhere else. */
const CLAIMS: Record<string, RegExp[]> = {
  us: [/\bFCC\b/, /\b911\b/, /RespOrg/, /10DLC/, /Customer Service Record/, /\bBTN\b/, /\bFOC\b/],
  gb: [/Ofcom/, /\bPAC\b/, /65075/, /\b999\b/],
  se: [/organisationsnummer/, /fullmakt/, /firmatecknare/, /\bPTS\b/, /bindningstid/],
  de: [/Anbieterwechsel/, /Kundennummer/, /Bundesnetzagentur/, /Handelsregister/],
};

async function withRegion(region: string, lang = 'en'): Promise<PortChecklist> {
  const el = await render(
    html`<port-checklist storage="none" region=${region} locale=${lang}></port-checklist>`,
  );
  await waitUntil(
    () => shadow(el).querySelector('[part~="region"]') || region === 'generic',
    'preset applied',
  );
  await el.updateComplete;
  return el;
}

describe('country presets', () => {
  beforeEach(() => localStorage.clear());

  it('the generic set makes none of the presets’ country claims and names no country', async () => {
    const el = await render(html`<port-checklist storage="none" region="generic"></port-checklist>`);
    const all = body(el);
    for (const [region, claims] of Object.entries(CLAIMS)) {
      for (const claim of claims) expect(all, `${region}: ${claim}`).to.not.match(claim);
    }
    expect(shadow(el).querySelector('[part~="region"]')).to.equal(null);
    expect(shadow(el).querySelector('[part~="item-link"]')).to.equal(null);
    expect(ids(el).length).to.equal(46);
  });

  const expected: Record<string, { name: string; steps: string[]; added: string[] }> = {
    us: {
      name: 'United States',
      steps: [
        'Request the Customer Service Record (CSR)',
        'Wireless numbers: get a Number Transfer PIN',
        'Get the FOC date in writing',
        'Register a 911 location for every number',
      ],
      added: ['prep.resporg', 'tech.10dlc'],
    },
    gb: {
      name: 'United Kingdom',
      steps: ['Mobile numbers: get a PAC', "Register each site's address for 999 and 112 calls"],
      added: [],
    },
    se: {
      name: 'Sweden',
      steps: ['Sign the porting authorization (fullmakt)', "Register each site's address for 112 calls"],
      added: [],
    },
    de: {
      name: 'Germany',
      steps: [
        'Order the provider switch (Anbieterwechsel) from the new provider',
        'Check the contract end and order in time',
      ],
      added: [],
    },
  };
  for (const [region, { name, steps, added }] of Object.entries(expected)) {
    it(`${region}: its own steps, its name, an official link, and no other country's claims`, async () => {
      const el = await withRegion(region);
      expect(text(el, '[part~="region"]')).to.equal(`Rules for: ${name}`);
      for (const step of steps) expect(titles(el)).to.include(step);
      for (const id of added) expect(ids(el)).to.include(id);
      expect(ids(el).length).to.equal(46 + added.length);
      const all = body(el);
      for (const [other, claims] of Object.entries(CLAIMS)) {
        if (other === region) continue;
        for (const claim of claims) expect(all, `${other}: ${claim}`).to.not.match(claim);
      }
      expect(
        CLAIMS[region].some((claim) => claim.test(all)),
        'its own claims',
      ).to.equal(true);
      const link = shadow(el).querySelector<HTMLAnchorElement>('[part~="item-link"]')!;
      expect(new URL(link.href).hostname).to.match(
        /(^|\.)(fcc\.gov|ofcom\.org\.uk|pts\.se|bundesnetzagentur\.de)$/,
      );
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.equal('noopener noreferrer');
      expect(link.textContent).to.contain('(opens in a new tab)');
      await expect(el).to.be.accessible();
    });
  }

  it('de: the banner says the new provider cancels the old contract', async () => {
    const el = await withRegion('de');
    expect(text(el, '[part~="banner"]')).to.contain('Anbieterwechsel');
  });

  it('follows the page language when no region is set: en-GB → gb, de → de, en and fr → generic', async () => {
    for (const [lang, region] of [
      ['en-GB', 'gb'],
      ['en-US', 'us'],
      ['de', 'de'],
      ['en', null],
      ['fr', null],
    ]) {
      const seen: CustomEvent[] = [];
      const wrapper = await fixture<HTMLElement>(
        html`<div lang=${lang!} @port-checklist-ready=${(e: CustomEvent) => seen.push(e)}>
          <port-checklist storage="none"></port-checklist>
        </div>`,
      );
      await waitUntil(() => seen.length > 0, `${lang}: ready`);
      expect(seen[0].detail.region, lang!).to.equal(region);
      const el = wrapper.querySelector('port-checklist')!;
      expect(!!shadow(el).querySelector('[part~="region"]'), lang!).to.equal(region !== null);
    }
  });

  it('switches preset when the region attribute changes, keeping the progress of items that stay', async () => {
    const el = await withRegion('us');
    el.setChecked('prep.resporg', true);
    el.setChecked('prep.csr', true);
    el.setAttribute('region', 'se');
    await waitUntil(() => text(el, '[part~="region"]') === 'Rules for: Sweden', 'switched to Sweden');
    expect(ids(el)).to.not.include('prep.resporg');
    expect(el.progress.checkedItems).to.deep.equal(['prep.csr']);
    el.setAttribute('region', 'us');
    await waitUntil(() => ids(el).includes('prep.resporg'), 'back to the US');
    expect(el.progress.checkedItems).to.include('prep.resporg');
  });

  it('warns once about an unknown region and shows the generic set', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(String(message));
    try {
      const el = await render(html`<port-checklist storage="none" region="narnia"></port-checklist>`);
      el.requestUpdate();
      await el.updateComplete;
      expect(shadow(el).querySelector('[part~="region"]')).to.equal(null);
      expect(warnings.filter((w) => w.includes('narnia')).length).to.equal(1);
    } finally {
      console.warn = original;
    }
  });

  it('reports the region in the ready event and carries it into the export', async () => {
    const el = await withRegion('gb');
    const detail = (
      await new Promise<CustomEvent>((resolve) => {
        el.addEventListener('port-checklist-ready', (e) => resolve(e as CustomEvent), { once: true });
        el.setAttribute('storage-key', 'other');
      })
    ).detail;
    expect(detail.region).to.equal('gb');
  });

  it('does not change a given config', async () => {
    const el = await render(
      html`<port-checklist
        storage="none"
        region="us"
        config='{"title":"Mine","sections":[{"id":"s","title":"S","items":[{"id":"prep.csr","title":"Own text"}]}]}'
      ></port-checklist>`,
    );
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Own text']);
    expect(shadow(el).querySelector('[part~="region"]')).to.equal(null);
  });
});
