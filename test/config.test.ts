import { aTimeout, expect, html } from '@open-wc/testing';
import { checkboxes, record, render, shadow, smallConfig, text, type PortChecklist } from './helpers.js';

/** Captures console.warn calls made while `run` executes. */
async function captureWarnings(run: () => Promise<unknown>): Promise<string[]> {
  const original = console.warn;
  const warnings: string[] = [];
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return warnings;
}

/** Creates an element inside a container that records errors, so errors fired before the fixture returns are seen. */
async function renderWithErrors(setup: (el: PortChecklist) => void) {
  const container = document.createElement('div');
  const errors = record(container, ['port-checklist-error']);
  const ready = record(container, ['port-checklist-ready']);
  const el = document.createElement('port-checklist');
  setup(el);
  container.append(el);
  document.body.append(container);
  await el.updateComplete;
  await aTimeout(0);
  return { el, errors, ready, cleanup: () => container.remove() };
}

describe('<port-checklist> config input', () => {
  beforeEach(() => localStorage.clear());

  it('takes JSON from the config attribute', async () => {
    const json = JSON.stringify(smallConfig());
    const el = await render(html`<port-checklist config=${json}></port-checklist>`);
    expect(checkboxes(el).length).to.equal(3);
    expect(text(el, 'h2')).to.equal('Small checklist');
    expect(text(el, '[part~="counter"]')).to.equal('0 of 3 completed');
  });

  it('takes an object from the config property, and re-renders when it changes', async () => {
    const el = await render();
    el.config = smallConfig();
    await el.updateComplete;
    expect(checkboxes(el).length).to.equal(3);
    el.config = { ...smallConfig(), title: 'Changed' };
    await el.updateComplete;
    expect(text(el, 'h2')).to.equal('Changed');
  });

  it('takes a child <script type="application/json">, also when it arrives after the upgrade', async () => {
    const el = await render(
      html`<port-checklist
        ><script type="application/json">
          ${JSON.stringify(smallConfig())}
        </script></port-checklist
      >`,
    );
    expect(checkboxes(el).length).to.equal(3);

    const late = await render();
    expect(checkboxes(late).length).to.equal(46);
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify({ ...smallConfig(), title: 'Late' });
    late.append(script);
    await aTimeout(0);
    await late.updateComplete;
    expect(text(late, 'h2')).to.equal('Late');
  });

  it('prefers the property or attribute over the child script', async () => {
    const json = JSON.stringify({ ...smallConfig(), title: 'From attribute' });
    const el = await render(
      html`<port-checklist config=${json}
        ><script type="application/json">
          ${JSON.stringify({ ...smallConfig(), title: 'From script' })}
        </script></port-checklist
      >`,
    );
    expect(text(el, 'h2')).to.equal('From attribute');
  });

  it('honours a config property set before the element is connected', async () => {
    const pc = document.createElement('port-checklist');
    pc.config = smallConfig();
    const ready = record(pc, ['port-checklist-ready']);
    document.body.append(pc);
    await pc.updateComplete;
    expect(checkboxes(pc).length).to.equal(3);
    expect(ready.length).to.equal(1);
    expect(ready[0].detail.usingDefault).to.be.false;
    pc.remove();
  });

  const invalid: [string, (el: PortChecklist) => void, string][] = [
    ['malformed JSON in the attribute', (el) => el.setAttribute('config', '{"title": "x", '), 'invalid JSON'],
    [
      'a wrong shape in the property',
      (el) => (el.config = { title: 'x', sections: 'nope' } as never),
      'sections: expected an array',
    ],
    [
      'an empty item title',
      (el) => {
        const config = smallConfig();
        config.sections[1].items[0].title = '';
        el.config = config;
      },
      'sections[1].items[0].title: expected a non-empty string',
    ],
    [
      'a broken child script',
      (el) => {
        const script = document.createElement('script');
        script.type = 'application/json';
        script.textContent = '{ "title": "truncated", ';
        el.append(script);
      },
      'invalid JSON',
    ],
    ['an array', (el) => (el.config = [] as never), 'config: expected an object'],
  ];
  for (const [name, setup, message] of invalid) {
    it(`falls back to the bundled checklist on ${name}, warning once and firing config-invalid`, async () => {
      let result!: Awaited<ReturnType<typeof renderWithErrors>>;
      const warnings = await captureWarnings(async () => {
        result = await renderWithErrors(setup);
        result.el.requestUpdate();
        await result.el.updateComplete;
      });
      const { el, errors, ready, cleanup } = result;
      expect(checkboxes(el).length).to.equal(46);
      expect(errors.length).to.equal(1);
      expect(errors[0].detail.code).to.equal('config-invalid');
      expect(errors[0].detail.message).to.contain(message);
      expect(errors[0].bubbles && errors[0].composed).to.be.true;
      expect(warnings.filter((w) => w.includes('Invalid config')).length).to.equal(1);
      expect(ready[0].detail.usingDefault).to.be.true;
      cleanup();
    });
  }

  it('renders config text as text, never as HTML', async () => {
    const config = smallConfig();
    config.title = '<img src=x onerror="window.__pwned = true">';
    config.sections[0].items[0].title = '<script>window.__pwned = true</script><b>bold</b>';
    const el = await render();
    el.config = config;
    await el.updateComplete;
    await aTimeout(50);
    expect(text(el, 'h2')).to.equal(config.title);
    expect(shadow(el).querySelector('img, b, script')).to.equal(null);
    expect((window as { __pwned?: boolean }).__pwned).to.equal(undefined);
  });

  const urls: [string, string | null][] = [
    ['https://example.com/signup', 'https://example.com/signup'],
    ['http://example.com/', 'http://example.com/'],
    ['mailto:sales@example.com', 'mailto:sales@example.com'],
    ['tel:+46101234567', 'tel:+46101234567'],
    ['javascript:alert(1)', null],
    ['JavaScript:alert(1)', null],
    ['java\tscript:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['vbscript:msgbox(1)', null],
  ];
  for (const [href, expected] of urls) {
    it(`${expected ? 'keeps' : 'drops'} a CTA link to ${JSON.stringify(href)}`, async () => {
      const config = smallConfig();
      config.cta!.href = href;
      let el!: PortChecklist;
      const warnings = await captureWarnings(async () => {
        el = await render();
        el.config = config;
        await el.updateComplete;
      });
      const link = shadow(el).querySelector<HTMLAnchorElement>('[part~="cta-link"]');
      if (expected === null) {
        expect(link).to.equal(null);
        expect(text(el, '[part~="cta"]')).to.contain('Call to action');
        expect(warnings.some((w) => w.includes('cta.href'))).to.be.true;
      } else {
        expect(link!.getAttribute('href')).to.equal(expected);
      }
    });
  }
});

describe('<port-checklist> loaded twice', () => {
  it('keeps working when the registering module runs again', async () => {
    const el = await render();
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    window.addEventListener('error', onError);
    // A second copy of the registering module (another URL, so it evaluates again).
    await import(/* @vite-ignore */ `../src/define.ts?copy=${Date.now()}`);
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    el.setChecked('prep.contract', true);
    await el.updateComplete;
    expect(text(el, '[part~="counter"]')).to.equal('1 of 46 completed');
    const fresh = await render();
    expect(checkboxes(fresh).length).to.equal(46);
  });
});
