// validateConfig and repairJson, case by case: the exact errors and warnings of each part of a config, that an
// invalid entry claims no id, and every entity that repair knows. Written against mutants that survived
// (README "Testing"); each case names what it pins.
import { expect } from './chai.js';
import { CONFIG_LIMITS, repairJson, validateConfig, type ConfigResult } from '../src/config/validate.js';

type Json = Record<string, unknown>;

const section = (extra: Json = {}): Json => ({
  id: 's',
  title: 'S',
  items: [{ id: 'a', title: 'A' }],
  ...extra,
});
const config = (extra: Json = {}): Json => ({ title: 'T', sections: [section()], ...extra });
const cta = (extra: Json = {}): Json => ({ title: 'C', text: 'Text', label: 'Go', ...extra });

const NON_EMPTY = 'expected a non-empty string';

function outcome(result: ConfigResult): { errors: string[]; warnings: string[] } {
  return { errors: result.ok ? [] : result.errors, warnings: result.warnings };
}

describe('validateConfig: exact errors and warnings per part', () => {
  const cases: { name: string; input: Json; errors: string[]; warnings?: string[] }[] = [
    {
      name: 'a per-locale text stops at its first bad entry',
      input: config({ title: { en: '', sv: '' } }),
      errors: [`title.en: ${NON_EMPTY}`],
    },
    {
      name: 'a missing id is one error, not also a pattern error',
      input: config({ sections: [section({ items: [{ title: 'A' }] })] }),
      errors: [`sections[0].items[0].id: ${NON_EMPTY}`],
    },
    {
      name: 'items without an id claim no id (no duplicate warning)',
      input: config({ sections: [section({ items: [{ title: 'A' }, { title: 'B' }] })] }),
      errors: [`sections[0].items[0].id: ${NON_EMPTY}`, `sections[0].items[1].id: ${NON_EMPTY}`],
      warnings: [],
    },
    {
      name: 'items without a title claim no id',
      input: config({ sections: [section({ items: [{ id: 'a' }, { id: 'a' }] })] }),
      errors: [`sections[0].items[0].title: ${NON_EMPTY}`, `sections[0].items[1].title: ${NON_EMPTY}`],
      warnings: [],
    },
    {
      name: 'sections without an id claim no id',
      input: config({
        sections: [section({ id: undefined }), section({ id: undefined, items: [{ id: 'b', title: 'B' }] })],
      }),
      errors: [`sections[0].id: ${NON_EMPTY}`, `sections[1].id: ${NON_EMPTY}`],
      warnings: [],
    },
    {
      name: 'sections without a title claim no id',
      input: config({
        sections: [section({ title: '' }), section({ title: '', items: [{ id: 'b', title: 'B' }] })],
      }),
      errors: [`sections[0].title: ${NON_EMPTY}`, `sections[1].title: ${NON_EMPTY}`],
      warnings: [],
    },
    {
      name: 'sections without an item list claim no id',
      input: config({ sections: [section({ items: 'x' }), section({ items: 'x' })] }),
      errors: ['sections[0].items: expected an array', 'sections[1].items: expected an array'],
      warnings: [],
    },
    {
      name: 'the "config." prefix goes from the start of an error only',
      input: config({ sections: [section({ title: { en: 'S', 'config.x': 'y' } })] }),
      errors: ['sections[0].title.config.x: expected a locale code such as "en" or "pt-BR"'],
    },
    {
      name: 'the "config." prefix goes from the start of a warning only',
      input: config({ sections: [section({ 'config.x': 1 })] }),
      errors: [],
      warnings: ['sections[0].config.x: unknown field, ignored'],
    },
    {
      name: 'pitfalls that are not an object',
      input: config({ pitfalls: 'x' }),
      errors: ['pitfalls: expected an object'],
    },
    {
      name: 'pitfalls without a title',
      input: config({ pitfalls: { items: [{ title: 'P', text: 'T' }] } }),
      errors: [`pitfalls.title: ${NON_EMPTY}`],
    },
    {
      name: 'a pitfall that is not an object',
      input: config({ pitfalls: { title: 'P', items: ['x'] } }),
      errors: ['pitfalls.items[0]: expected an object'],
    },
    { name: 'a cta that is not an object', input: config({ cta: 'x' }), errors: ['cta: expected an object'] },
    ...(['title', 'text', 'label'] as const).map((field) => ({
      name: `a cta without its ${field} stops there: its link and utm are not looked at`,
      input: config({ cta: cta({ [field]: undefined, href: 'javascript:alert(1)', utm: { source: 5 } }) }),
      errors: [`cta.${field}: ${NON_EMPTY}`],
      warnings: [],
    })),
    {
      name: 'a cta href that is not a string',
      input: config({ cta: cta({ href: 5 }) }),
      errors: [`cta.href: ${NON_EMPTY}`],
    },
    {
      name: 'cta.utm that is not an object',
      input: config({ cta: cta({ utm: 'x' }) }),
      errors: ['cta.utm: expected an object'],
    },
    {
      name: 'cta.utm with a value that is not a string',
      input: config({ cta: cta({ utm: { source: 5 } }) }),
      errors: [`cta.utm.source: ${NON_EMPTY}`],
    },
    {
      name: 'cta.utm with an unknown field',
      input: config({ cta: cta({ utm: { source: 'a', term: 'b' } }) }),
      errors: [],
      warnings: ['cta.utm.term: unknown field, ignored'],
    },
    {
      name: 'a banner without a title',
      input: config({ banner: { text: 'B' } }),
      errors: [`banner.title: ${NON_EMPTY}`],
    },
  ];
  for (const { name, input, errors, warnings } of cases) {
    it(name, () => {
      const result = outcome(validateConfig(input));
      expect(result.errors).to.deep.equal(errors);
      if (warnings) expect(result.warnings).to.deep.equal(warnings);
    });
  }
});

describe('validateConfig: the call to action', () => {
  const ctaOf = (input: Json) => {
    const result = validateConfig(config({ cta: input }));
    if (!result.ok) throw new Error(result.errors.join('; '));
    return { cta: result.config.cta!, warnings: result.warnings };
  };

  it('without a link: no href key and no warning', () => {
    const { cta: result, warnings } = ctaOf(cta());
    expect(result).to.deep.equal({ title: 'C', text: 'Text', label: 'Go' });
    expect('href' in result).to.equal(false);
    expect(warnings).to.deep.equal([]);
  });

  it('keeps every utm parameter given, without a warning', () => {
    const utm = { source: 'site', medium: 'widget', campaign: 'porting' };
    const { cta: result, warnings } = ctaOf(cta({ utm }));
    expect(result.utm).to.deep.equal(utm);
    expect(warnings).to.deep.equal([]);
  });

  it('keeps only the utm parameters given', () => {
    const { cta: result } = ctaOf(cta({ utm: { medium: 'widget' } }));
    expect(result.utm).to.deep.equal({ medium: 'widget' });
    expect(Object.keys(result.utm!)).to.deep.equal(['medium']);
  });

  it('an empty utm object gives empty parameters', () => {
    expect(ctaOf(cta({ utm: {} })).cta.utm).to.deep.equal({});
  });
});

describe('validateConfig: an object that cannot be read', () => {
  it('names what was thrown', () => {
    const input = {
      get title(): string {
        throw new Error('boom');
      },
    };
    expect(outcome(validateConfig(input))).to.deep.equal({
      errors: ['config: could not be read (Error: boom)'],
      warnings: [],
    });
  });
});

describe('validateConfig: the total of items, counted over every section', () => {
  // The same limits as the timing tests in validate.test.ts, without a clock (the mutation run leaves those out).
  const sections = (total: number) =>
    Array.from({ length: Math.ceil(total / 200) }, (_, s) => ({
      id: `s${s}`,
      title: 'S',
      items: Array.from({ length: Math.min(200, total - s * 200) }, (_, i) => ({
        id: `s${s}.${i}`,
        title: 'I',
      })),
    }));

  it('takes CONFIG_LIMITS.items items', () => {
    expect(validateConfig({ title: 'T', sections: sections(CONFIG_LIMITS.items) }).ok).to.equal(true);
  });

  it('rejects one more with one error, before looking at any item', () => {
    const input = {
      title: 'T',
      sections: [...sections(CONFIG_LIMITS.items), { id: 'x', title: 'X', items: [{}] }],
    };
    expect(outcome(validateConfig(input))).to.deep.equal({
      errors: [`sections: expected at most ${CONFIG_LIMITS.items} items in all`],
      warnings: [],
    });
  });

  it('counts the items of entries that are sections only', () => {
    const input = { title: 'T', sections: [...sections(CONFIG_LIMITS.items), 'x', { items: 'x' }] };
    expect(outcome(validateConfig(input)).errors).to.deep.equal([
      'sections[5]: expected an object',
      'sections[6].id: expected a non-empty string',
      'sections[6].title: expected a non-empty string',
      'sections[6].items: expected an array',
    ]);
  });
});

describe('repairJson', () => {
  const cases: [string, string][] = [
    ['&quot;a&quot;', '"a"'],
    ['&#34;a&#34;', '"a"'],
    ['&apos;a&apos;', "'a'"],
    ['&#39;a&#39;', "'a'"],
    ['&lt;b&gt;', '<b>'],
    ['a&nbsp;b', 'a b'],
    ['a&amp;b', 'a&b'],
    ['&QUOT;a&Quot;', '"a"'],
    ['&amp;quot;', '&quot;'],
    ['&copy; &#35;', '&copy; &#35;'],
    ['a\u00A0b', 'a b'],
    ['\u201Ca\u201D \u201Eb\u201F \u2033c\u2036', '"a" "b" "c"'],
    ['{"a": 1}', '{"a": 1}'],
  ];
  for (const [input, output] of cases) {
    it(`${JSON.stringify(input)} → ${JSON.stringify(output)}`, () => {
      expect(repairJson(input)).to.equal(output);
    });
  }
});
