import { expect } from './chai.js';
import type { ChecklistConfig } from '../src/config/types.js';
import { CONFIG_LIMITS, parseConfigJson, validateConfig } from '../src/config/validate.js';

type Json = Record<string, unknown>;

const ID_MESSAGE = "expected letters, digits, '.', '_', ':' or '-'";

/** A minimal valid config. */
function minimal(): Json {
  return { title: 'T', sections: [{ id: 's', title: 'S', items: [{ id: 'a', title: 'A' }] }] };
}

/** A fuller valid config: 3 sections, the third with 5 items, and every optional part. */
function full(): Json {
  return {
    id: 'full',
    title: 'Full',
    description: 'All the parts',
    banner: { title: 'Banner', text: 'Banner text' },
    sections: [
      {
        id: 's0',
        title: 'S0',
        subtitle: 'Sub',
        items: [{ id: 's0.a', title: 'A', detail: 'D', critical: true }],
      },
      { id: 's1', title: 'S1', items: [{ id: 's1.a', title: 'A', critical: false }] },
      {
        id: 's2',
        title: 'S2',
        items: [0, 1, 2, 3, 4].map((n) => ({ id: `s2.${n}`, title: `Item ${n}` })),
      },
    ],
    pitfalls: { title: 'Pitfalls', items: [{ title: 'P', text: 'Text' }] },
    cta: { title: 'CTA', text: 'Text', label: 'Go', href: 'https://example.com/' },
  };
}

type Editable = Json & { sections: (Json & { items: Json[] })[] };

/** `full()` with one change applied. */
function edit(change: (c: Editable) => void): Json {
  const c = full() as Editable;
  change(c);
  return c;
}

function items(n: number, prefix = 'i'): Json[] {
  return Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i}`, title: `Item ${i}` }));
}

function expectErrors(input: unknown, errors: string[]): void {
  const result = validateConfig(input);
  expect(result.ok, JSON.stringify(result)).to.equal(false);
  if (!result.ok) expect(result.errors).to.deep.equal(errors);
}

function expectOk(input: unknown): { config: ChecklistConfig; warnings: string[] } {
  const result = validateConfig(input);
  expect(result.ok, JSON.stringify(result)).to.equal(true);
  if (!result.ok) throw new Error('unreachable');
  return result;
}

describe('validateConfig', () => {
  describe('valid configs', () => {
    it('accepts a minimal config and returns an equal copy without warnings', () => {
      const { config, warnings } = expectOk(minimal());
      expect(config).to.deep.equal(minimal());
      expect(warnings).to.deep.equal([]);
    });

    it('accepts a config with every optional part', () => {
      const { config, warnings } = expectOk(full());
      expect(warnings).to.deep.equal([]);
      const expected = full() as unknown as ChecklistConfig;
      // critical: false is dropped from the output; everything else is kept.
      delete expected.sections[1].items[0].critical;
      expect(config).to.deep.equal(expected);
    });

    it('accepts a $schema field without a warning', () => {
      const { config, warnings } = expectOk({ ...minimal(), $schema: './schema.json' });
      expect(warnings).to.deep.equal([]);
      expect(config).to.not.have.property('$schema');
    });

    it('accepts strings at exactly the length limits', () => {
      const { config } = expectOk(
        edit((c) => {
          c.title = 't'.repeat(CONFIG_LIMITS.titleLength);
          c.sections[0].items[0].id = 'i'.repeat(CONFIG_LIMITS.idLength);
          c.sections[0].items[0].detail = 'd'.repeat(CONFIG_LIMITS.textLength);
        }),
      );
      expect(config.title).to.have.length(CONFIG_LIMITS.titleLength);
      expect(config.sections[0].items[0].id).to.have.length(CONFIG_LIMITS.idLength);
    });

    it('accepts exactly the limits of sections, items per section and total items', () => {
      const perSection = CONFIG_LIMITS.items / 5;
      expect(perSection).to.be.at.most(CONFIG_LIMITS.itemsPerSection);
      const { config } = expectOk({
        title: 'T',
        sections: Array.from({ length: 5 }, (_, s) => ({
          id: `s${s}`,
          title: 'S',
          items: items(perSection, `s${s}.`),
        })),
      });
      expect(config.sections.flatMap((s) => s.items)).to.have.length(CONFIG_LIMITS.items);
      expectOk({
        title: 'T',
        sections: Array.from({ length: CONFIG_LIMITS.sections }, (_, s) => ({
          id: `s${s}`,
          title: 'S',
          items: items(1, `s${s}.`),
        })),
      });
    });
  });

  describe('due', () => {
    const valid: [days: number][] = [[-120], [-10], [0], [3], [120]];
    for (const [days] of valid) {
      it(`keeps due ${days}`, () => {
        const { config, warnings } = expectOk(
          edit((c) => {
            c.sections[0].items[0].due = { days };
          }),
        );
        expect(config.sections[0].items[0].due).to.deep.equal({ days });
        expect(warnings).to.deep.equal([]);
      });
    }
    const invalid: [name: string, due: unknown, error: string][] = [
      ['a fraction', { days: -1.5 }, 'sections[0].items[0].due.days: expected a whole number'],
      ['below -120', { days: -121 }, 'sections[0].items[0].due.days: expected a whole number'],
      ['above 120', { days: 121 }, 'sections[0].items[0].due.days: expected a whole number'],
      ['text', { days: '-10' }, 'sections[0].items[0].due.days: expected a whole number'],
      ['missing days', {}, 'sections[0].items[0].due.days: expected a whole number'],
      ['not finite', { days: Infinity }, 'sections[0].items[0].due.days: expected a whole number'],
      ['a number', -10, 'sections[0].items[0].due: expected an object'],
    ];
    for (const [name, due, error] of invalid) {
      it(`refuses due: ${name}`, () => {
        const result = validateConfig(
          edit((c) => {
            c.sections[0].items[0].due = due;
          }),
        );
        expect(result.ok).to.be.false;
        if (result.ok) return;
        expect(result.errors).to.have.length(1);
        expect(result.errors[0].startsWith(error), result.errors[0]).to.be.true;
      });
    }
    it('warns about an unknown field in due and keeps days', () => {
      const { config, warnings } = expectOk(
        edit((c) => {
          c.sections[0].items[0].due = { days: -2, of: 'foc' };
        }),
      );
      expect(config.sections[0].items[0].due).to.deep.equal({ days: -2 });
      expect(warnings).to.have.length(1);
    });
  });

  describe('errors', () => {
    const cases: { name: string; input: unknown; errors: string[] }[] = [
      {
        name: 'empty title of sections[2].items[4]',
        input: edit((c) => {
          c.sections[2].items[4].title = '';
        }),
        errors: ['sections[2].items[4].title: expected a non-empty string'],
      },
      {
        name: 'missing title',
        input: edit((c) => {
          delete c.title;
        }),
        errors: ['title: expected a non-empty string'],
      },
      {
        name: 'blank title',
        input: edit((c) => {
          c.title = ' \n\t ';
        }),
        errors: ['title: expected a non-empty string'],
      },
      {
        name: 'title that is a number',
        input: edit((c) => {
          c.title = 42;
        }),
        errors: ['title: expected a non-empty string'],
      },
      {
        name: 'description that is not a string',
        input: edit((c) => {
          c.description = ['x'];
        }),
        errors: ['description: expected a non-empty string'],
      },
      {
        name: 'root id with a space',
        input: edit((c) => {
          c.id = 'my list';
        }),
        errors: [`id: ${ID_MESSAGE}`],
      },
      {
        name: 'sections missing',
        input: edit((c) => {
          delete (c as Json).sections;
        }),
        errors: ['sections: expected an array'],
      },
      {
        name: 'sections is an object',
        input: { title: 'T', sections: { 0: { id: 's', title: 'S', items: [] } } },
        errors: ['sections: expected an array'],
      },
      {
        name: 'sections is a string',
        input: { title: 'T', sections: 'abc' },
        errors: ['sections: expected an array'],
      },
      {
        name: 'sections is empty',
        input: { title: 'T', sections: [] },
        errors: ['sections: expected at least one entry'],
      },
      {
        name: 'a section that is null',
        input: { title: 'T', sections: [null] },
        errors: ['sections[0]: expected an object'],
      },
      {
        name: 'a section without items',
        input: { title: 'T', sections: [{ id: 's', title: 'S' }] },
        errors: ['sections[0].items: expected an array'],
      },
      {
        name: 'a section with an empty items list',
        input: { title: 'T', sections: [{ id: 's', title: 'S', items: [] }] },
        errors: ['sections[0].items: expected at least one entry'],
      },
      {
        name: 'a section id with a slash',
        input: edit((c) => {
          c.sections[1].id = 'a/b';
        }),
        errors: [`sections[1].id: ${ID_MESSAGE}`],
      },
      {
        name: 'an item that is a string',
        input: edit((c) => {
          (c.sections[0].items as unknown[])[0] = 'item';
        }),
        errors: ['sections[0].items[0]: expected an object'],
      },
      {
        name: 'an item without an id',
        input: edit((c) => {
          delete c.sections[0].items[0].id;
        }),
        errors: ['sections[0].items[0].id: expected a non-empty string'],
      },
      ...['has space', '-leading-dash', '.dot', 'a/b', 'a~2', 'é', 'a<b>', 'tab\there'].map((id) => ({
        name: `item id ${JSON.stringify(id)}`,
        input: edit((c) => {
          c.sections[2].items[1].id = id;
        }),
        errors: [`sections[2].items[1].id: ${ID_MESSAGE}`],
      })),
      ...(['yes', 1, 0, null, 'true', {}] as unknown[]).map((critical) => ({
        name: `critical ${JSON.stringify(critical)}`,
        input: edit((c) => {
          c.sections[0].items[0].critical = critical;
        }),
        errors: ['sections[0].items[0].critical: expected true or false'],
      })),
      {
        name: 'detail that is a number',
        input: edit((c) => {
          c.sections[0].items[0].detail = 7;
        }),
        errors: ['sections[0].items[0].detail: expected a non-empty string'],
      },
      {
        name: 'subtitle that is empty',
        input: edit((c) => {
          c.sections[0].subtitle = '';
        }),
        errors: ['sections[0].subtitle: expected a non-empty string'],
      },
      {
        name: 'banner that is a string',
        input: edit((c) => {
          c.banner = 'Warning!';
        }),
        errors: ['banner: expected an object'],
      },
      {
        name: 'banner without text',
        input: edit((c) => {
          c.banner = { title: 'B' };
        }),
        errors: ['banner.text: expected a non-empty string'],
      },
      {
        name: 'pitfalls without items',
        input: edit((c) => {
          c.pitfalls = { title: 'P', items: [] };
        }),
        errors: ['pitfalls.items: expected at least one entry'],
      },
      {
        name: 'a pitfall without text',
        input: edit((c) => {
          c.pitfalls = { title: 'P', items: [{ title: 'x' }] };
        }),
        errors: ['pitfalls.items[0].text: expected a non-empty string'],
      },
      {
        name: 'cta without a label',
        input: edit((c) => {
          c.cta = { title: 'C', text: 'T', href: 'https://example.com/' };
        }),
        errors: ['cta.label: expected a non-empty string'],
      },
      {
        name: 'several errors, reported in document order',
        input: edit((c) => {
          c.title = '';
          c.sections[0].items[0].critical = 'no';
          c.sections[2].items[4].title = '';
        }),
        errors: [
          'title: expected a non-empty string',
          'sections[0].items[0].critical: expected true or false',
          'sections[2].items[4].title: expected a non-empty string',
        ],
      },
    ];
    for (const { name, input, errors } of cases) {
      it(name, () => expectErrors(input, errors));
    }

    describe('root that is not an object', () => {
      const roots: [string, unknown][] = [
        ['null', null],
        ['an array', []],
        ['an array of sections', [minimal()]],
        ['a string', 'x'],
        ['a JSON string', JSON.stringify(minimal())],
        ['a number', 42],
        ['undefined', undefined],
        ['true', true],
        ['a function', () => minimal()],
      ];
      for (const [name, input] of roots) {
        it(name, () => expectErrors(input, ['config: expected an object']));
      }
    });
  });

  describe('limits', () => {
    const cases: { name: string; input: () => unknown; errors: string[] }[] = [
      {
        name: 'too many sections',
        input: () => ({
          title: 'T',
          sections: Array.from({ length: CONFIG_LIMITS.sections + 1 }, (_, s) => ({
            id: `s${s}`,
            title: 'S',
            items: items(1, `s${s}.`),
          })),
        }),
        errors: [`sections: expected at most ${CONFIG_LIMITS.sections} entries`],
      },
      {
        name: 'too many items in a section',
        input: () => ({
          title: 'T',
          sections: [{ id: 's', title: 'S', items: items(CONFIG_LIMITS.itemsPerSection + 1) }],
        }),
        errors: [`sections[0].items: expected at most ${CONFIG_LIMITS.itemsPerSection} entries`],
      },
      {
        name: 'too many pitfalls',
        input: () => ({
          ...minimal(),
          pitfalls: {
            title: 'P',
            items: Array.from({ length: CONFIG_LIMITS.pitfalls + 1 }, () => ({ title: 'p', text: 't' })),
          },
        }),
        errors: [`pitfalls.items: expected at most ${CONFIG_LIMITS.pitfalls} entries`],
      },
      {
        name: 'title too long',
        input: () => ({ ...minimal(), title: 't'.repeat(CONFIG_LIMITS.titleLength + 1) }),
        errors: [`title: expected at most ${CONFIG_LIMITS.titleLength} characters`],
      },
      {
        name: 'description too long',
        input: () => ({ ...minimal(), description: 'd'.repeat(CONFIG_LIMITS.textLength + 1) }),
        errors: [`description: expected at most ${CONFIG_LIMITS.textLength} characters`],
      },
      {
        name: 'item id too long',
        input: () => ({
          title: 'T',
          sections: [
            { id: 's', title: 'S', items: [{ id: 'i'.repeat(CONFIG_LIMITS.idLength + 1), title: 'A' }] },
          ],
        }),
        errors: [`sections[0].items[0].id: expected at most ${CONFIG_LIMITS.idLength} characters`],
      },
      {
        name: 'item detail too long',
        input: () => ({
          title: 'T',
          sections: [
            {
              id: 's',
              title: 'S',
              items: [{ id: 'a', title: 'A', detail: 'x'.repeat(CONFIG_LIMITS.textLength + 1) }],
            },
          ],
        }),
        errors: [`sections[0].items[0].detail: expected at most ${CONFIG_LIMITS.textLength} characters`],
      },
      {
        name: 'a very long title (1 MB) is rejected, not copied',
        input: () => ({ ...minimal(), title: 'x'.repeat(1_000_000) }),
        errors: [`title: expected at most ${CONFIG_LIMITS.titleLength} characters`],
      },
    ];
    for (const { name, input, errors } of cases) {
      it(name, () => expectErrors(input(), errors));
    }

    const overTotal = (sameId: boolean) => {
      const total = CONFIG_LIMITS.items + 1;
      const per = CONFIG_LIMITS.itemsPerSection;
      return {
        title: 'T',
        sections: Array.from({ length: Math.ceil(total / per) }, (_, s) => ({
          id: `s${s}`,
          title: 'S',
          items: Array.from({ length: Math.min(per, total - s * per) }, (_, i) => ({
            id: sameId ? 'same' : `s${s}.i${i}`,
            title: 'Item',
          })),
        })),
      };
    };

    for (const sameId of [false, true]) {
      it(`rejects CONFIG_LIMITS.items + 1 items${sameId ? ' that all share one id' : ''}, quickly`, () => {
        const input = overTotal(sameId);
        expect(input.sections.flatMap((s) => s.items)).to.have.length(CONFIG_LIMITS.items + 1);
        const start = performance.now();
        const result = validateConfig(input);
        const elapsed = performance.now() - start;
        expect(result.ok).to.equal(false);
        if (!result.ok) {
          expect(result.errors).to.deep.equal([
            `sections: expected at most ${CONFIG_LIMITS.items} items in all`,
          ]);
        }
        expect(elapsed, `${elapsed.toFixed(0)} ms`).to.be.below(1000);
      });
    }
  });

  describe('duplicate ids', () => {
    it('renames duplicate item ids deterministically with a warning', () => {
      const input = {
        title: 'T',
        sections: [
          {
            id: 's',
            title: 'S',
            items: [
              { id: 'x', title: '1' },
              { id: 'x', title: '2' },
            ],
          },
          {
            id: 't',
            title: 'T',
            items: [
              { id: 'y', title: '3' },
              { id: 'x', title: '4' },
            ],
          },
        ],
      };
      const first = expectOk(input);
      expect(first.config.sections.flatMap((s) => s.items.map((i) => i.id))).to.deep.equal([
        'x',
        'x~2',
        'y',
        'x~3',
      ]);
      expect(first.config.sections.flatMap((s) => s.items.map((i) => i.title))).to.deep.equal([
        '1',
        '2',
        '3',
        '4',
      ]);
      expect(first.warnings).to.deep.equal([
        'sections[0].items[1].id: duplicate id "x", renamed to "x~2"',
        'sections[1].items[1].id: duplicate id "x", renamed to "x~3"',
      ]);
      const second = expectOk(input);
      expect(second).to.deep.equal(first);
    });

    it('renames duplicate section ids with a warning', () => {
      const { config, warnings } = expectOk({
        title: 'T',
        sections: [
          { id: 'dup', title: 'A', items: [{ id: 'a', title: 'A' }] },
          { id: 'dup', title: 'B', items: [{ id: 'b', title: 'B' }] },
        ],
      });
      expect(config.sections.map((s) => s.id)).to.deep.equal(['dup', 'dup~2']);
      expect(warnings).to.deep.equal(['sections[1].id: duplicate id "dup", renamed to "dup~2"']);
    });

    it('keeps section and item id spaces apart', () => {
      const { config, warnings } = expectOk({
        title: 'T',
        sections: [{ id: 'a', title: 'S', items: [{ id: 'a', title: 'A' }] }],
      });
      expect(config.sections[0].id).to.equal('a');
      expect(config.sections[0].items[0].id).to.equal('a');
      expect(warnings).to.deep.equal([]);
    });
  });

  describe('unknown fields', () => {
    it('warns about unknown fields at every level, stays valid and drops them', () => {
      const input = edit((c) => {
        c.theme = 'dark';
        c.sections[0].color = 'red';
        c.sections[0].items[0].weight = 3;
        (c.banner as Json).icon = 'warn';
        (c.cta as Json).target = '_blank';
      });
      const { config, warnings } = expectOk(input);
      expect(warnings).to.have.members([
        'theme: unknown field, ignored',
        'sections[0].color: unknown field, ignored',
        'sections[0].items[0].weight: unknown field, ignored',
        'banner.icon: unknown field, ignored',
        'cta.target: unknown field, ignored',
      ]);
      expect(warnings).to.have.length(5);
      expect(config).to.not.have.property('theme');
      expect(config.sections[0]).to.not.have.property('color');
      expect(config.sections[0].items[0]).to.not.have.property('weight');
      expect(config.banner).to.not.have.property('icon');
      expect(config.cta).to.not.have.property('target');
    });
  });

  describe('prototype pollution', () => {
    const json = `{
      "title": "T",
      "__proto__": { "polluted": true, "title": "from proto" },
      "constructor": { "prototype": { "polluted": true } },
      "sections": [{
        "id": "s",
        "title": "S",
        "__proto__": { "polluted": true },
        "items": [{ "id": "a", "title": "A", "__proto__": { "polluted": true, "critical": true },
                    "constructor": { "polluted": true } }]
      }],
      "cta": { "title": "C", "text": "T", "label": "L", "href": "/x", "__proto__": { "polluted": true } }
    }`;

    afterEach(() => {
      // Clean up if a failing implementation did pollute, so that other tests are not affected.
      delete (Object.prototype as Json).polluted;
    });

    it('never pollutes Object.prototype and does not copy the keys', () => {
      const input: unknown = JSON.parse(json);
      const { config, warnings } = expectOk(input);
      expect(({} as Json).polluted).to.equal(undefined);
      expect(Object.prototype).to.not.have.own.property('polluted');
      const objects: object[] = [config, config.sections[0], config.sections[0].items[0], config.cta!];
      for (const obj of objects) {
        expect(Object.getPrototypeOf(obj)).to.equal(Object.prototype);
        expect(Object.keys(obj)).to.not.include('__proto__');
        expect(Object.keys(obj)).to.not.include('constructor');
        expect((obj as Json).polluted).to.equal(undefined);
      }
      expect(config.sections[0].items[0].critical).to.equal(undefined);
      expect(JSON.stringify(config)).to.not.include('polluted');
      expect(warnings).to.include('__proto__: unknown field, ignored');
      expect(warnings).to.include('constructor: unknown field, ignored');
      expect(warnings).to.include('sections[0].items[0].__proto__: unknown field, ignored');
    });

    it('reads own properties only, never inherited ones', () => {
      const inherited = Object.create(minimal()) as object;
      expectErrors(inherited, ['title: expected a non-empty string', 'sections: expected an array']);
    });

    it('accepts an object without a prototype', () => {
      const bare = Object.assign(Object.create(null) as object, minimal());
      const { config } = expectOk(bare);
      expect(config).to.deep.equal(minimal());
    });
  });

  describe('text is kept as plain text', () => {
    const markup = [
      '<img src=x onerror=alert(1)>',
      '<script>alert(1)</script>',
      '"><svg onload=alert(1)>',
      '&lt;b&gt; &amp; ${x} {{x}}',
    ];
    for (const text of markup) {
      it(JSON.stringify(text), () => {
        const { config } = expectOk({
          title: text,
          description: text,
          sections: [
            { id: 's', title: text, subtitle: text, items: [{ id: 'a', title: text, detail: text }] },
          ],
        });
        expect(config.title).to.equal(text);
        expect(config.description).to.equal(text);
        expect(config.sections[0].title).to.equal(text);
        expect(config.sections[0].subtitle).to.equal(text);
        expect(config.sections[0].items[0].title).to.equal(text);
        expect(config.sections[0].items[0].detail).to.equal(text);
      });
    }
  });

  describe('cta.href', () => {
    const dropped = [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,x',
      'vbscript:x',
    ];
    for (const href of dropped) {
      it(`drops ${JSON.stringify(href)} with a warning and stays valid`, () => {
        const { config, warnings } = expectOk({
          ...minimal(),
          cta: { title: 'C', text: 'T', label: 'L', href },
        });
        expect(config.cta).to.deep.equal({ title: 'C', text: 'T', label: 'L' });
        expect(config.cta).to.not.have.property('href');
        expect(warnings).to.deep.equal([
          'cta.href: dropped a link that is not https:, http:, mailto:, tel: or relative',
        ]);
      });
    }

    const kept: [string, string][] = [
      ['https://example.com/', 'https://example.com/'],
      ['HTTPS://Example.com', 'https://example.com/'],
      ['mailto:sales@example.com', 'mailto:sales@example.com'],
      ['tel:+15550100', 'tel:+15550100'],
      ['/contact', '/contact'],
      ['#cta', '#cta'],
    ];
    for (const [href, expected] of kept) {
      it(`keeps ${JSON.stringify(href)} as ${JSON.stringify(expected)}`, () => {
        const { config, warnings } = expectOk({
          ...minimal(),
          cta: { title: 'C', text: 'T', label: 'L', href },
        });
        expect(config.cta?.href).to.equal(expected);
        expect(warnings).to.deep.equal([]);
      });
    }
  });

  describe('never throws', () => {
    const deep: Json = {};
    let cursor = deep;
    for (let i = 0; i < 10_000; i++) {
      const next: Json = {};
      cursor.title = next;
      cursor.sections = [next];
      cursor = next;
    }
    const sparse: unknown[] = [];
    sparse.length = 3;
    const odd: [string, unknown][] = [
      ['undefined', undefined],
      ['NaN', NaN],
      ['Infinity', Infinity],
      ['a symbol', Symbol('config')],
      ['a bigint', BigInt(1)],
      ['a function', function config() {}],
      ['a Date', new Date(0)],
      ['a Map', new Map([['title', 'T']])],
      ['a RegExp', /x/],
      ['a frozen empty object', Object.freeze({})],
      ['an object without a prototype', Object.create(null)],
      ['deeply nested junk', deep],
      ['an array of nulls', [null, null, null]],
      ['sections that is an array of nulls', { title: 'T', sections: [null, null] }],
      [
        'items that is an array of nulls',
        { title: 'T', sections: [{ id: 's', title: 'S', items: [null, undefined] }] },
      ],
      ['sections of arrays', { title: 'T', sections: [[], [[]], [[null]]] }],
      [
        'NaN and functions in every field',
        { id: NaN, title: () => 'T', sections: [{ id: NaN, title: NaN, items: [() => 1] }] },
      ],
      ['an object title', { title: { toString: () => 'T' }, sections: [] }],
      ['banner, pitfalls and cta that are arrays', { ...minimal(), banner: [], pitfalls: [null], cta: [1] }],
      [
        'pitfalls items of junk',
        { ...minimal(), pitfalls: { title: 'P', items: [null, 1, 'x', [], { title: 1 }] } },
      ],
      ['cta with junk values', { ...minimal(), cta: { title: 1, text: null, label: [], href: {} } }],
      [
        'title that is a huge array',
        { title: new Array(100_000).fill(null), sections: new Array(100_000).fill(null) },
      ],
      [
        'sections holding the root itself',
        (() => {
          const self: Json = { title: 'T' };
          self.sections = [self];
          return self;
        })(),
      ],
    ];
    for (const [name, input] of odd) {
      it(name, () => {
        let result: ReturnType<typeof validateConfig> | undefined;
        expect(() => {
          result = validateConfig(input);
        }).to.not.throw();
        expect(result!.ok).to.equal(false);
        if (!result!.ok) {
          expect(result!.errors).to.not.be.empty;
          for (const error of result!.errors) expect(error).to.be.a('string');
        }
      });
    }
  });

  describe('returns a fresh copy', () => {
    it('mutating the result does not change the input', () => {
      const input = full();
      const snapshot = JSON.stringify(input);
      const { config } = expectOk(input);
      expect(config).to.not.equal(input);
      expect(config.sections).to.not.equal(input.sections);
      config.title = 'changed';
      config.sections[0].title = 'changed';
      config.sections[0].items[0].title = 'changed';
      config.sections[0].items.push({ id: 'new', title: 'New' });
      config.sections.pop();
      config.banner!.text = 'changed';
      config.pitfalls!.items[0].text = 'changed';
      config.cta!.label = 'changed';
      expect(JSON.stringify(input)).to.equal(snapshot);
    });

    it('mutating the input does not change an earlier result', () => {
      const input = full() as Editable;
      const { config } = expectOk(input);
      const snapshot = JSON.stringify(config);
      input.title = 'changed';
      input.sections[0].items[0].title = 'changed';
      input.sections.length = 0;
      expect(JSON.stringify(config)).to.equal(snapshot);
    });
  });
});

describe('validateConfig regressions', () => {
  it('rejects 10,000 items with one repeated id at once, not after renaming them all', () => {
    const sections = Array.from({ length: 50 }, (_, s) => ({
      id: `s${s}`,
      title: 'S',
      items: Array.from({ length: 200 }, () => ({ id: 'a-rather-long-item-id', title: 'A' })),
    }));
    const started = performance.now();
    expectErrors({ title: 'T', sections }, [
      `sections: expected at most ${CONFIG_LIMITS.items} items in all`,
    ]);
    expect(performance.now() - started).to.be.below(200);
  });

  it('renames 1,000 repeated ids in linear time', () => {
    const input = {
      title: 'T',
      sections: [0, 1, 2, 3, 4].map((s) => ({ id: `s${s}`, title: 'S', items: [] as Json[] })),
    };
    for (const section of input.sections)
      section.items = Array.from({ length: 200 }, () => ({ id: 'x', title: 'X' }));
    const started = performance.now();
    const { config } = expectOk(input);
    expect(performance.now() - started).to.be.below(200);
    expect(config.sections[4].items[199].id).to.equal('x~1000');
  });

  it('accepts a call to action without a link, so a validated config validates again', () => {
    const { config } = expectOk({
      ...minimal(),
      cta: { title: 'C', text: 'T', label: 'L', href: 'javascript:x' },
    });
    expect(config.cta).to.deep.equal({ title: 'C', text: 'T', label: 'L' });
    expect(validateConfig(config).ok).to.be.true;
  });

  it('reports the holes of sparse arrays', () => {
    expectErrors({ title: 'T', sections: new Array(2) }, [
      'sections[0]: expected an object',
      'sections[1]: expected an object',
    ]);
  });

  it('does not throw on an object whose getter throws', () => {
    const hostile = {
      get title(): string {
        throw new Error('boom');
      },
    };
    const result = validateConfig(hostile);
    expect(result.ok).to.be.false;
    if (!result.ok) expect(result.errors[0]).to.match(/^config: could not be read \(Error: boom\)$/);
  });
});

describe('parseConfigJson', () => {
  it('parses valid JSON', () => {
    const text = JSON.stringify(full());
    const result = parseConfigJson(text);
    expect(result).to.deep.equal({ ok: true, value: full() });
  });

  it('parses JSON that is not an object (validateConfig rejects it later)', () => {
    expect(parseConfigJson('[1, 2]')).to.deep.equal({ ok: true, value: [1, 2] });
    expect(parseConfigJson('null')).to.deep.equal({ ok: true, value: null });
  });

  it('accepts text of exactly CONFIG_LIMITS.jsonLength characters', () => {
    const text = '{}' + ' '.repeat(CONFIG_LIMITS.jsonLength - 2);
    expect(text).to.have.length(CONFIG_LIMITS.jsonLength);
    expect(parseConfigJson(text)).to.deep.equal({ ok: true, value: {} });
  });

  it('repairs smart-quoted JSON, with a warning', () => {
    const result = parseConfigJson('{\u201ctitle\u201d: \u201cT\u201d, \u201csections\u201d: []}');
    expect(result).to.deep.equal({
      ok: true,
      value: { title: 'T', sections: [] },
      warning: 'config: repaired typographic quotes, HTML entities or <p>/<br> tags in the JSON',
    });
  });

  const bad: [string, string][] = [
    ['truncated JSON', JSON.stringify(full()).slice(0, 40)],
    ['single-quoted JSON', "{'title': 'T'}"],
    ['a trailing comma', '{"title": "T",}'],
    ['an empty string', ''],
    ['whitespace only', '  \n '],
    ['JavaScript, not JSON', '({ title: "T" })'],
    ['text longer than CONFIG_LIMITS.jsonLength', '{}' + ' '.repeat(CONFIG_LIMITS.jsonLength - 1)],
  ];
  for (const [name, text] of bad) {
    it(`rejects ${name} without throwing`, () => {
      let result: ReturnType<typeof parseConfigJson> | undefined;
      expect(() => {
        result = parseConfigJson(text);
      }).to.not.throw();
      expect(result!.ok).to.equal(false);
      if (!result!.ok) expect(result!.error.startsWith('config:'), result!.error).to.equal(true);
    });
  }

  it('names the length limit for text that is too long', () => {
    const result = parseConfigJson('x'.repeat(CONFIG_LIMITS.jsonLength + 1));
    expect(result).to.deep.equal({
      ok: false,
      error: `config: JSON text longer than ${CONFIG_LIMITS.jsonLength} characters`,
    });
  });

  it('says the JSON is invalid for a syntax error', () => {
    const result = parseConfigJson('{"title": ');
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.error).to.match(/^config: invalid JSON \(.+\)$/);
  });

  it('keeps a "__proto__" key as data without polluting Object.prototype', () => {
    const result = parseConfigJson('{"__proto__": {"polluted": true}}');
    expect(result.ok).to.equal(true);
    expect(({} as Json).polluted).to.equal(undefined);
    if (result.ok) expect(Object.keys(result.value as object)).to.deep.equal(['__proto__']);
  });
});
