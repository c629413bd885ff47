// fetchConfig and resolveConfig without an element: a stand-in for the element's attributes, a stubbed fetch and
// a recorded console.warn. The element's config-src tests (config.test.ts) cover the same over the network.
import { expect } from './chai.js';
import { fetchConfig, resolveConfig } from '../src/config/validate.js';

type Fetch = typeof globalThis.fetch;

const element = (attributes: Record<string, string>) =>
  ({ getAttribute: (name: string) => attributes[name] ?? null }) as unknown as Element;

const GOOD = '{"title":"T","sections":[{"id":"s","title":"S","items":[{"id":"a","title":"A"}]}]}';

describe('fetchConfig', () => {
  const original = globalThis.fetch;
  let calls: { url: string; init: RequestInit }[];
  let reports: [string, string][];
  const report = (code: string, message: string) => reports.push([code, message]);

  /** fetch answers after `delay` ms with `response()`, or rejects as a real fetch does when aborted first. */
  function stub(response: () => Response, delay = 0): void {
    globalThis.fetch = ((url: string, init: RequestInit) => {
      calls.push({ url, init });
      return new Promise<Response>((resolve, reject) => {
        const timer = setTimeout(() => resolve(response()), delay);
        init.signal?.addEventListener('abort', () => {
          clearTimeout(timer);
          reject(new DOMException('aborted', 'AbortError'));
        });
      });
    }) as Fetch;
  }

  beforeEach(() => {
    calls = [];
    reports = [];
  });
  afterEach(() => {
    globalThis.fetch = original;
  });

  it('returns the answer, fetched without credentials and with an abort signal', async () => {
    stub(() => new Response(GOOD));
    const text = await fetchConfig(element({ 'config-src': 'https://example.com/c.json' }), report);
    expect(text).to.equal(GOOD);
    expect(reports).to.deep.equal([]);
    expect(calls.map((c) => c.url)).to.deep.equal(['https://example.com/c.json']);
    expect(calls[0].init.credentials).to.equal('omit');
    expect(calls[0].init.signal).to.be.instanceOf(AbortSignal);
  });

  it('fetches a web link whose path mentions mailto: or tel:', async () => {
    stub(() => new Response(GOOD));
    const src = 'https://example.com/mailto:tel:1.json';
    expect(await fetchConfig(element({ 'config-src': src }), report)).to.equal(GOOD);
    expect(calls.map((c) => c.url)).to.deep.equal([src]);
  });

  it('waits 8000 ms by default: a 60 ms answer is taken', async () => {
    stub(() => new Response(GOOD), 60);
    expect(await fetchConfig(element({ 'config-src': '/c.json' }), report)).to.equal(GOOD);
    expect(reports).to.deep.equal([]);
  });

  it('gives up after config-timeout milliseconds', async () => {
    stub(() => new Response(GOOD), 400);
    const text = await fetchConfig(element({ 'config-src': '/c.json', 'config-timeout': '20' }), report);
    expect(text).to.equal(undefined);
    expect(reports).to.deep.equal([
      ['config-load-failed', 'config-src "/c.json": no answer within 20 ms; showing the bundled checklist'],
    ]);
  });

  it('reports an answer that is not 200', async () => {
    stub(() => new Response('oops', { status: 500 }));
    expect(await fetchConfig(element({ 'config-src': '/c.json' }), report)).to.equal(undefined);
    expect(reports).to.deep.equal([
      ['config-load-failed', 'config-src "/c.json": Error: HTTP 500; showing the bundled checklist'],
    ]);
  });

  const refused: [string, Record<string, string>][] = [
    ['a javascript: link', { 'config-src': 'javascript:alert(1)' }],
    ['a mailto: link', { 'config-src': 'mailto:a@example.com' }],
    ['a tel: link', { 'config-src': 'TEL:+4612345' }],
    ['no config-src at all', {}],
  ];
  for (const [name, attributes] of refused) {
    it(`never fetches ${name}`, async () => {
      stub(() => new Response(GOOD));
      expect(await fetchConfig(element(attributes), report)).to.equal(undefined);
      expect(calls).to.deep.equal([]);
      const src = attributes['config-src'] ?? '';
      expect(reports).to.deep.equal([
        [
          'config-load-failed',
          `config-src "${src}": Error: not an http(s) URL; showing the bundled checklist`,
        ],
      ]);
    });
  }

  it('clears its timer once the answer is in', async () => {
    stub(() => new Response(GOOD));
    const cleared: unknown[] = [];
    const started: unknown[] = [];
    const { setTimeout: set, clearTimeout: clear } = globalThis;
    globalThis.setTimeout = ((fn: () => void, ms?: number) => {
      const id = set(fn, ms);
      if (ms === 8000) started.push(id);
      return id;
    }) as typeof setTimeout;
    globalThis.clearTimeout = ((id?: Parameters<typeof clearTimeout>[0]) => {
      cleared.push(id);
      clear(id);
    }) as typeof clearTimeout;
    try {
      await fetchConfig(element({ 'config-src': '/c.json' }), report);
    } finally {
      globalThis.setTimeout = set;
      globalThis.clearTimeout = clear;
    }
    expect(started).to.have.length(1);
    expect(cleared).to.include(started[0]);
  });
});

describe('resolveConfig', () => {
  const original = console.warn;
  let warned: string[];
  let reports: [string, string][];
  const report = (code: string, message: string) => reports.push([code, message]);

  beforeEach(() => {
    warned = [];
    reports = [];
    console.warn = (...args: unknown[]) => warned.push(args.map(String).join(' '));
  });
  afterEach(() => {
    console.warn = original;
  });

  it('takes JSON text', () => {
    expect(resolveConfig(GOOD, report)).to.deep.equal(JSON.parse(GOOD));
    expect([warned, reports]).to.deep.equal([[], []]);
  });

  it('takes an object as it is, never as JSON text', () => {
    const input = JSON.parse(GOOD) as object;
    expect(resolveConfig(input, report)).to.deep.equal(input);
    expect([warned, reports]).to.deep.equal([[], []]);
  });

  it('warns about a repair and unknown fields, and still takes the config', () => {
    const text = GOOD.replace('{"title"', '{"x":1,"title"').replace(/"/g, '&quot;');
    expect(resolveConfig(text, report)).to.deep.equal(JSON.parse(GOOD));
    expect(warned).to.deep.equal([
      '<port-checklist> config: repaired typographic quotes, HTML entities or <p>/<br> tags in the JSON',
      '<port-checklist> x: unknown field, ignored',
    ]);
    expect(reports).to.deep.equal([]);
  });

  it('reports every error of an invalid config', () => {
    expect(resolveConfig({ title: '', sections: 1 }, report)).to.equal(undefined);
    const message =
      'Invalid config, showing the bundled checklist instead:\ntitle: expected a non-empty string\nsections: expected an array';
    expect(reports).to.deep.equal([['config-invalid', message]]);
    expect(warned).to.deep.equal([`<port-checklist> ${message}`]);
  });

  it('reports JSON that does not parse', () => {
    expect(resolveConfig('{', report)).to.equal(undefined);
    expect(reports).to.have.length(1);
    expect(reports[0][0]).to.equal('config-invalid');
    expect(reports[0][1]).to.match(
      /^Invalid config, showing the bundled checklist instead:\nconfig: invalid JSON \(.+\)$/,
    );
    expect(warned).to.deep.equal([`<port-checklist> ${reports[0][1]}`]);
  });
});
