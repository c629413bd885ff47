// The JSON Schema in schema/, the TypeScript types and the run-time validator agree: the bundled checklist
// and the README's example configs pass both; a table of invalid configs fails both.
import { Validator } from '@cfworker/json-schema';
import { expect } from '@open-wc/testing';
import { defaultConfig } from '../src/content/default-config.js';
import { validateConfig } from '../src/config/validate.js';

let schema: Validator;
let readmeConfigs: unknown[];

before(async () => {
  const json = await (await fetch('/schema/port-checklist.config.schema.json')).json();
  schema = new Validator(json, '2020-12', false);
  const readme = await (await fetch('/README.md')).text();
  const blocks = [
    ...[...readme.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1]),
    ...[...readme.matchAll(/<script type="application\/json">\n([\s\S]*?)<\/script>/g)].map((m) => m[1]),
  ];
  readmeConfigs = blocks
    .filter((text) => text.includes('"sections"') && !text.includes('[…]'))
    .map((text) => JSON.parse(text) as unknown);
});

const valid = () => ({ title: 'T', sections: [{ id: 's', title: 'S', items: [{ id: 's.a', title: 'A' }] }] });

describe('config schema', () => {
  it('accepts the bundled checklist', () => {
    expect(schema.validate(defaultConfig()).valid).to.be.true;
  });

  it('accepts the README’s example configs, as the validator does', () => {
    expect(readmeConfigs.length).to.be.greaterThan(0);
    for (const config of readmeConfigs) {
      expect(schema.validate(config).valid, JSON.stringify(config).slice(0, 80)).to.be.true;
      expect(validateConfig(config).ok).to.be.true;
    }
  });

  const invalid: [string, (c: Record<string, unknown> & ReturnType<typeof valid>) => unknown][] = [
    ['a missing title', ({ title: _, ...rest }) => rest],
    ['an empty title', (c) => ({ ...c, title: ' ' })],
    ['sections that are not an array', (c) => ({ ...c, sections: {} })],
    ['no sections', (c) => ({ ...c, sections: [] })],
    ['a section without items', (c) => ({ ...c, sections: [{ id: 's', title: 'S', items: [] }] })],
    ['an id with spaces', (c) => ({ ...c, sections: [{ ...c.sections[0], id: 'a b' }] })],
    [
      'critical that is not a boolean',
      (c) => ({ ...c, sections: [{ ...c.sections[0], items: [{ id: 'a', title: 'A', critical: 'yes' }] }] }),
    ],
    ['per-locale text without "en"', (c) => ({ ...c, title: { sv: 'Titel' } })],
    ['a title over 300 characters', (c) => ({ ...c, title: 'x'.repeat(301) })],
    [
      '51 sections',
      (c) => ({ ...c, sections: Array.from({ length: 51 }, (_, i) => ({ ...c.sections[0], id: `s${i}` })) }),
    ],
    ['a banner without text', (c) => ({ ...c, banner: { title: 'B' } })],
    [
      'a cta without a label',
      (c) => ({ ...c, cta: { title: 'C', text: 'T', href: 'https://example.com/' } }),
    ],
    ['a pitfall without text', (c) => ({ ...c, pitfalls: { title: 'P', items: [{ title: 'x' }] } })],
    ['a question without options', (c) => ({ ...c, questions: [{ id: 'q', title: 'Q', options: [] }] })],
    [
      'a question called "not"',
      (c) => ({ ...c, questions: [{ id: 'not', title: 'Q', options: [{ id: 'a', label: 'A' }] }] }),
    ],
    [
      'an empty condition',
      (c) => ({ ...c, sections: [{ ...c.sections[0], items: [{ id: 'a', title: 'A', when: {} }] }] }),
    ],
    ['an empty any', (c) => ({ ...c, sections: [{ ...c.sections[0], when: { any: [] } }] })],
    [
      'a condition with a number for an option',
      (c) => ({ ...c, sections: [{ ...c.sections[0], items: [{ id: 'a', title: 'A', when: { q: 1 } }] }] }),
    ],
  ];

  it('accepts questions and conditions, as the validator does', () => {
    const config = {
      ...valid(),
      questions: [
        {
          id: 'q',
          title: 'Q',
          multiple: true,
          options: [
            { id: 'a', label: 'A' },
            { id: 'b', label: 'B' },
          ],
        },
      ],
      sections: [
        {
          id: 's',
          title: 'S',
          when: { not: { q: 'b' } },
          items: [{ id: 's.a', title: 'A', when: { any: [{ q: ['a', 'b'] }, { all: [{ q: 'a' }] }] } }],
        },
      ],
    };
    expect(schema.validate(config).valid, 'schema').to.be.true;
    expect(validateConfig(config).ok, 'validator').to.be.true;
  });
  for (const [name, make] of invalid) {
    it(`rejects ${name}, as the validator does`, () => {
      const config = make(valid());
      expect(schema.validate(config).valid, 'schema').to.be.false;
      expect(validateConfig(config).ok, 'validator').to.be.false;
    });
  }
});
