// Embed hardening: versions, upgrade order, leaks, many instances, events under stress, bad JSON, config-src,
// old stored data.
import { aTimeout, expect, html, waitUntil } from '@open-wc/testing';
import { define } from '../src/define.js';
import { PortChecklist } from '../src/port-checklist.js';
import { storageKey } from '../src/state/storage.js';
import { parseConfigJson, repairJson } from '../src/config/validate.js';
import { VERSION } from '../src/version.js';
import { checkbox, checkboxes, record, render, shadow, smallConfig, text } from './helpers.js';

describe('versions and double loading', () => {
  it('exposes the package version', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(PortChecklist.version).to.equal(pkg.version);
    expect(VERSION).to.equal(pkg.version);
  });

  it('a second, different version of the element warns once, naming both versions, and changes nothing', async () => {
    const el = await render();
    const original = console.warn;
    const warnings: string[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      class Newer extends PortChecklist {
        static override readonly version = '9.9.9';
      }
      expect(define('port-checklist', Newer)).to.be.false;
      expect(define('port-checklist', PortChecklist)).to.be.true;
    } finally {
      console.warn = original;
    }
    expect(warnings).to.deep.equal([
      `<port-checklist> ${VERSION} is already defined; this copy, 9.9.9, is not used`,
    ]);
    expect(customElements.get('port-checklist')).to.equal(PortChecklist);
    el.setChecked('prep.contract', true);
    await el.updateComplete;
    expect(text(el, '[part~="counter"]')).to.equal('1 of 46 completed');
  });
});

describe('upgrade order and lifecycle', () => {
  beforeEach(() => localStorage.clear());

  it('configured while disconnected, attached later: renders once with its final config, no progress events', async () => {
    const el = document.createElement('port-checklist');
    const seen = record(el, ['port-checklist-ready', 'port-checklist-progress', 'port-checklist-complete']);
    el.config = smallConfig();
    el.setAttribute('storage-key', 'late');
    el.config = { ...smallConfig(), title: 'Final' };
    document.body.append(el);
    await el.updateComplete;
    await aTimeout(20);
    expect(text(el, 'h2')).to.equal('Final');
    expect(seen.map((e) => e.type)).to.deep.equal(['port-checklist-ready']);
    el.remove();
  });

  it('leaks no listeners when removed and re-inserted', async () => {
    const added = new Map<string, number>();
    const originalAdd = window.addEventListener;
    const originalRemove = window.removeEventListener;
    window.addEventListener = function (this: Window, type: string, ...rest: unknown[]) {
      added.set(type, (added.get(type) ?? 0) + 1);
      return (originalAdd as (...a: unknown[]) => void).call(this, type, ...rest);
    } as typeof window.addEventListener;
    window.removeEventListener = function (this: Window, type: string, ...rest: unknown[]) {
      added.set(type, (added.get(type) ?? 0) - 1);
      return (originalRemove as (...a: unknown[]) => void).call(this, type, ...rest);
    } as typeof window.removeEventListener;
    try {
      const el = await render();
      for (let i = 0; i < 5; i++) {
        el.remove();
        document.body.append(el);
        await el.updateComplete;
      }
      expect(added.get('storage')).to.equal(1);
      el.remove();
      expect(added.get('storage')).to.equal(0);
    } finally {
      window.addEventListener = originalAdd;
      window.removeEventListener = originalRemove;
    }
  });

  it('keeps many instances apart', async () => {
    const els = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        render(html`<port-checklist storage-key=${`many-${i}`}></port-checklist>`),
      ),
    );
    els.forEach((el, i) => el.setChecked(checkboxes(el)[i].dataset.id!, true));
    els.forEach((el, i) => {
      expect(el.progress.checkedItems).to.deep.equal([checkboxes(el)[i].dataset.id]);
      expect(JSON.parse(localStorage.getItem(storageKey(`many-${i}`))!).checked.length).to.equal(1);
    });
  });
});

describe('events under stress', () => {
  beforeEach(() => localStorage.clear());

  it('gives exactly one event per state change for double clicks and rapid toggles', async () => {
    const el = await render();
    const seen = record(el, ['port-checklist-progress']);
    const box = checkbox(el, 'prep.contract');
    for (let i = 0; i < 11; i++) box.click();
    await el.updateComplete;
    expect(seen.length).to.equal(11);
    expect(seen.map((e) => e.detail.checked)).to.deep.equal([
      true,
      false,
      true,
      false,
      true,
      false,
      true,
      false,
      true,
      false,
      true,
    ]);
    expect(el.progress.checkedItems).to.deep.equal(['prep.contract']);
    expect(box.checked).to.be.true;
  });

  it('survives a host listener that throws, and a host that mutates a detail', async () => {
    const el = await render();
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => {
      errors.push(e.error);
      e.preventDefault();
    };
    window.addEventListener('error', onError);
    // The test framework fails a test on any uncaught error; this one is expected, so it is silenced here.
    const previous = window.onerror;
    window.onerror = () => true;
    el.addEventListener('port-checklist-progress', (e) => {
      e.detail.completed = 999;
      (e.detail as { itemId: string | null }).itemId = 'hacked';
      throw new Error('host bug');
    });
    try {
      checkbox(el, 'prep.contract').click();
      checkbox(el, 'prep.recent-bill').click();
      await el.updateComplete;
    } finally {
      window.removeEventListener('error', onError);
      window.onerror = previous;
    }
    expect(errors.length).to.equal(2);
    expect(el.progress.completed).to.equal(2);
    expect(el.progress.checkedItems).to.have.members(['prep.contract', 'prep.recent-bill']);
    expect(text(el, '[part~="counter"]')).to.equal('2 of 46 completed');
  });
});

describe('bad JSON from CMS editors', () => {
  const good =
    '{"title": "T", "sections": [{"id": "s", "title": "S", "items": [{"id": "a", "title": "A"}]}]}';
  const cases: [string, string][] = [
    ['typographic quotes', good.replace(/"/g, (_, i: number) => (i % 2 ? '\u201C' : '\u201D'))],
    ['HTML entities', good.replace(/"/g, '&quot;')],
    ['numeric entities', good.replace(/"/g, '&#34;')],
    ['no-break spaces', good.replace(/ /g, '\u00A0')],
  ];
  for (const [name, text] of cases) {
    it(`repairs ${name}, with a warning`, () => {
      const result = parseConfigJson(text);
      expect(result.ok).to.be.true;
      if (result.ok) {
        expect(result.value).to.deep.equal(JSON.parse(good));
        expect(result.warning).to.contain('repaired');
      }
    });
  }

  it('still reports truncated JSON', () => {
    const result = parseConfigJson(good.slice(0, 30));
    expect(result.ok).to.be.false;
  });

  it('leaves valid JSON with typographic quotes inside strings alone', () => {
    const value = '{"title": "Say \u201Chello\u201D &amp; go"}';
    const result = parseConfigJson(value);
    expect(result.ok && result.value).to.deep.equal({ title: 'Say \u201Chello\u201D &amp; go' });
    expect(repairJson('&QUOT;x&quot;')).to.equal('"x"');
  });

  it('renders a config pasted with typographic quotes into a child script', async () => {
    const el = await render(
      html`<port-checklist storage="none"
        ><script type="application/json">
          {“title”: “Pasted”, “sections”: [{“id”: “s”, “title”: “S”, “items”: [{“id”: “a”, “title”: “A”}]}]}
        </script></port-checklist
      >`,
    );
    expect(text(el, 'h2')).to.equal('Pasted');
  });
});

describe('config-src', () => {
  async function mount(attributes: string) {
    const container = document.createElement('div');
    const events = record(container, ['port-checklist-ready', 'port-checklist-error']);
    container.innerHTML = `<port-checklist storage="none" ${attributes}></port-checklist>`;
    document.body.append(container);
    const el = container.firstElementChild as PortChecklist;
    await waitUntil(() => events.some((e) => e.type === 'port-checklist-ready'), 'ready', { timeout: 5000 });
    container.remove();
    return { el, errors: events.filter((e) => e.type === 'port-checklist-error').map((e) => e.detail) };
  }

  it('loads the config from a URL, rendering once with it', async () => {
    const { el, errors } = await mount('config-src="/fixtures/config.json"');
    expect(text(el, 'h2')).to.equal('Remote checklist');
    expect(errors).to.deep.equal([]);
  });

  const failures: [string, string, string][] = [
    ['a non-200 answer', 'config-src="/fixtures/error"', 'HTTP 500'],
    ['a timeout', 'config-src="/fixtures/slow" config-timeout="300"', 'no answer within 300 ms'],
    ['a CORS failure', `config-src="http://localhost:${location.port}/fixtures/config.json"`, 'config-src'],
    ['a javascript: URL', 'config-src="javascript:alert(1)"', 'not an http(s) URL'],
  ];
  for (const [name, attributes, message] of failures) {
    it(`falls back to the bundled checklist on ${name}`, async () => {
      const { el, errors } = await mount(attributes);
      expect(checkboxes(el).length).to.equal(46);
      expect(errors.length).to.equal(1);
      expect(errors[0].code).to.equal('config-load-failed');
      expect(errors[0].message).to.contain(message);
    });
  }

  it('falls back on a body that is not JSON, with config-invalid', async () => {
    const { el, errors } = await mount('config-src="/fixtures/html"');
    expect(checkboxes(el).length).to.equal(46);
    expect(errors.map((e) => e.code)).to.deep.equal(['config-invalid']);
  });
});

describe('old stored data', () => {
  beforeEach(() => localStorage.clear());

  it('migrates schema 0 (a bare array of ids) instead of dropping it', async () => {
    localStorage.setItem(storageKey('number-porting'), JSON.stringify(['prep.contract', 'gone.item']));
    const el = await render();
    expect(el.progress.checkedItems).to.deep.equal(['prep.contract']);
    checkbox(el, 'prep.recent-bill').click();
    await el.updateComplete;
    const stored = JSON.parse(localStorage.getItem(storageKey('number-porting'))!);
    expect(stored.v).to.equal(3);
    expect(stored.checked).to.have.members(['prep.contract', 'gone.item', 'prep.recent-bill']);
    expect(shadow(el).querySelectorAll('input[data-id]:checked').length).to.equal(2);
  });
});
