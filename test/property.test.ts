// Property-based tests (fast-check): thousands of random and mutated configs and stored values.
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import { defaultConfig } from '../src/content/default-config.js';
import { applyChange, parseRecord } from '../src/state/storage.js';
import { parseConfigJson, validateConfig } from '../src/config/validate.js';
import type { PortChecklist } from './helpers.js';
import './helpers.js';

/** A valid config with one random change somewhere in it. */
const mutatedConfig = fc
  .tuple(fc.nat(), fc.jsonValue(), fc.constantFrom('set', 'delete', 'wrap'))
  .map(([seed, value, how]) => {
    const config = JSON.parse(JSON.stringify(defaultConfig())) as Record<string, unknown>;
    const paths: [Record<string, unknown> | unknown[], string | number][] = [];
    const visit = (node: unknown) => {
      if (node && typeof node === 'object') {
        for (const key of Object.keys(node)) {
          paths.push([node as Record<string, unknown>, Array.isArray(node) ? Number(key) : key]);
          visit((node as Record<string, unknown>)[key]);
        }
      }
    };
    visit(config);
    const [parent, key] = paths[seed % paths.length];
    const target = parent as Record<string | number, unknown>;
    if (how === 'set') target[key] = value;
    else if (how === 'delete') Reflect.deleteProperty(target, key);
    else target[key] = [target[key]];
    return config;
  });

const isWellFormed = (result: ReturnType<typeof validateConfig>) =>
  result.ok
    ? typeof result.config.title !== 'undefined' &&
      Array.isArray(result.config.sections) &&
      result.config.sections.length > 0
    : result.errors.length > 0 && result.errors.every((e) => typeof e === 'string' && e.includes(': '));

describe('properties of the validator', () => {
  it('never throws and always answers with a config or path-named errors (3,000 random values)', () => {
    fc.assert(
      fc.property(fc.anything({ withObjectString: true, withNullPrototype: true }), (value) =>
        isWellFormed(validateConfig(value)),
      ),
      { numRuns: 3000 },
    );
  });

  it('handles 3,000 mutated configs; what it accepts it accepts again unchanged', () => {
    fc.assert(
      fc.property(mutatedConfig, (config) => {
        const result = validateConfig(config);
        if (!isWellFormed(result)) return false;
        if (!result.ok) return true;
        const again = validateConfig(result.config);
        return again.ok && JSON.stringify(again.config) === JSON.stringify(result.config);
      }),
      { numRuns: 3000 },
    );
  });

  it('parses any text without throwing (3,000 strings)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        (text) => {
          const result = parseConfigJson(text);
          return result.ok ? true : result.error.startsWith('config:');
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('properties of stored values', () => {
  it('reads any stored text without throwing; what it accepts is well formed (3,000 values)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        (raw) => {
          const result = parseRecord(raw);
          if (result.status !== 'ok') return result.status === 'corrupt' && result.raw === raw;
          const { record } = result;
          return typeof record.v === 'number' && record.checked.every((id) => typeof id === 'string');
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('never loses an id it was not asked to change (2,000 runs)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string(), { maxLength: 20 }),
        fc.array(fc.tuple(fc.string(), fc.boolean()), { maxLength: 10 }),
        (stored, changes) => {
          const next = applyChange({ v: 1, checked: stored }, { checked: new Map(changes) });
          const changed = new Map(changes);
          return (
            stored.every((id) => changed.has(id) || next.checked.includes(id)) &&
            [...changed].every(([id, on]) => next.checked.includes(id) === on)
          );
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('properties of the element', () => {
  it('always renders the given config or the bundled one, with well-formed events (150 configs)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(mutatedConfig, fc.jsonValue()), async (config) => {
        const container = await fixture<HTMLElement>(html`<div></div>`);
        const details: unknown[] = [];
        for (const type of ['port-checklist-ready', 'port-checklist-error']) {
          container.addEventListener(type, (e) => details.push((e as CustomEvent).detail));
        }
        const original = console.warn;
        console.warn = () => undefined;
        const el = document.createElement('port-checklist') as PortChecklist;
        el.storage = 'none';
        el.config = config as never;
        container.append(el);
        await el.updateComplete;
        console.warn = original;
        const result = validateConfig(config);
        const items = el.shadowRoot!.querySelectorAll('input[data-id]').length;
        const expected = result.ok ? result.config.sections.reduce((n, s) => n + s.items.length, 0) : 46;
        const ready = details.find((d) => d && typeof d === 'object' && 'usingDefault' in d) as
          { usingDefault: boolean; total: number; percent: number } | undefined;
        expect(items).to.equal(expected);
        expect(ready).to.exist;
        expect(ready!.usingDefault).to.equal(!result.ok);
        expect(ready!.total).to.equal(expected);
        for (const detail of details) expect(JSON.parse(JSON.stringify(detail))).to.deep.equal(detail);
        container.remove();
      }),
      { numRuns: 150 },
    );
  });
});
