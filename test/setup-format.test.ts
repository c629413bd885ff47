// The setup's additions to the pure modules, table-style: the country names, option ids with `+` and the
// options' short forms in validation and localization, and the answers' line in the export.
import { expect } from './chai.js';
import type { ChecklistConfig } from '../src/config/types.js';
import { localizeConfig } from '../src/config/localize-config.js';
import { validateConfig } from '../src/config/validate.js';
import { regionName } from '../src/content/region.js';
import { toMarkdown } from '../src/view/export.js';

describe('regionName', () => {
  const cases = [
    ['us', 'United States'],
    ['gb', 'United Kingdom'],
    ['se', 'Sweden'],
    ['de', 'Germany'],
  ] as const;
  for (const [region, name] of cases)
    it(`${region}: ${name}`, () => expect(regionName(region)).to.equal(name));
});

const withOption = (option: unknown): unknown => ({
  title: 'T',
  questions: [{ id: 'q', title: 'Q?', options: [option] }],
  sections: [{ id: 's', title: 'S', items: [{ id: 'a', title: 'A' }] }],
});

describe('options: ids and short forms', () => {
  const cases: [string, unknown, string | null][] = [
    ['an id with +', { id: '21+', label: 'More' }, null],
    ['an id with + inside', { id: 'a+b', label: 'More' }, null],
    ['an id starting with +', { id: '+1', label: 'More' }, 'questions[0].options[0].id'],
    [
      'an id with a space after valid characters',
      { id: '21+ x', label: 'More' },
      'questions[0].options[0].id',
    ],
    ['an id with a character before the pattern', { id: '!21', label: 'More' }, 'questions[0].options[0].id'],
    ['a short form', { id: 'o', label: 'One', summary: '1 number' }, null],
    ['an empty short form', { id: 'o', label: 'One', summary: '' }, 'questions[0].options[0].summary'],
    ['a short form per language', { id: 'o', label: 'One', summary: { en: '1', sv: '1 nummer' } }, null],
  ];
  for (const [name, option, error] of cases) {
    it(name, () => {
      const result = validateConfig(withOption(option));
      if (error === null) {
        expect(result.ok, JSON.stringify(result)).to.equal(true);
        if (result.ok) expect(result.config.questions?.[0].options[0]).to.deep.equal(option);
      } else {
        expect(result.ok).to.equal(false);
        if (!result.ok) expect(result.errors.join('\n')).to.contain(error);
      }
    });
  }

  it("names '+' among the characters of an option id, and only there", () => {
    const option = validateConfig(withOption({ id: '+1', label: 'One' }));
    expect(!option.ok && option.errors).to.deep.equal([
      "questions[0].options[0].id: expected letters, digits, '.', '_', ':', '+' or '-'",
    ]);
    const item = validateConfig({
      title: 'T',
      sections: [{ id: 's', title: 'S', items: [{ id: '+1', title: 'A' }] }],
    });
    expect(!item.ok && item.errors).to.deep.equal([
      "sections[0].items[0].id: expected letters, digits, '.', '_', ':' or '-'",
    ]);
  });

  it('an option without a short form has none after validation', () => {
    const result = validateConfig(withOption({ id: 'o', label: 'One' }));
    expect(result.ok && result.config.questions?.[0].options[0]).to.deep.equal({ id: 'o', label: 'One' });
  });

  it('localizes the short form with the label, and adds none where there is none', () => {
    const config = {
      title: 'T',
      questions: [
        {
          id: 'q',
          title: { en: 'Q?', sv: 'F?' },
          options: [
            { id: 'a', label: { en: 'One', sv: 'Ett' }, summary: { en: '1 number', sv: '1 nummer' } },
            { id: 'b', label: { en: 'Two', sv: 'Två' } },
          ],
        },
      ],
      sections: [{ id: 's', title: 'S', items: [{ id: 'x', title: 'X' }] }],
    } as ChecklistConfig;
    expect(localizeConfig(config, 'sv').questions).to.deep.equal([
      {
        id: 'q',
        title: 'F?',
        options: [
          { id: 'a', label: 'Ett', summary: '1 nummer' },
          { id: 'b', label: 'Två' },
        ],
      },
    ]);
  });
});

describe('the export with answers', () => {
  const config: ChecklistConfig<string> = {
    title: 'Porting',
    sections: [{ id: 's', title: 'S', items: [{ id: 'a', title: 'A' }] }],
  };
  const labels = {
    counter: '0 of 1 completed',
    sectionCount: () => '0/1',
    critical: 'Critical',
    note: 'Note:',
  };
  it('puts the answers under the counter, escaped', () => {
    expect(
      toMarkdown(config, new Set(), new Map(), { ...labels, answers: 'About your port: *1* number' }),
    ).to.equal('# Porting\n\n0 of 1 completed\n\nAbout your port: \\*1\\* number\n\n## S (0/1)\n\n- [ ] A\n');
  });
  it('has no answers line without answers', () => {
    expect(toMarkdown(config, new Set(), new Map(), labels)).to.equal(
      '# Porting\n\n0 of 1 completed\n\n## S (0/1)\n\n- [ ] A\n',
    );
  });
});
