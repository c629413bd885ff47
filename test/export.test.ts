// The Markdown export without a DOM: toMarkdown and escapeMarkdown as tables of input and exact output. The
// element's copy and download buttons are tested in features.test.ts.
import { expect } from './chai.js';
import type { ChecklistConfig } from '../src/config/types.js';
import { escapeMarkdown, toMarkdown, type ExportLabels } from '../src/view/export.js';

const labels: ExportLabels = {
  counter: '1 of 3 completed',
  sectionCount: (completed, total) => `${completed}/${total}`,
  critical: 'Critical',
  note: 'Note:',
};

const base: ChecklistConfig<string> = {
  title: 'Porting',
  sections: [
    {
      id: 'a',
      title: 'First',
      items: [
        { id: 'a.1', title: 'One', critical: true },
        { id: 'a.2', title: 'Two' },
      ],
    },
    { id: 'b', title: 'Second', items: [{ id: 'b.1', title: 'Three' }] },
  ],
};

describe('escapeMarkdown', () => {
  const cases: [string, string][] = [
    ['plain text', 'plain text'],
    ['a\\b', 'a\\\\b'],
    ['`code`', '\\`code\\`'],
    ['*bold* _it_', '\\*bold\\* \\_it\\_'],
    ['[link](x)', '\\[link\\](x)'],
    ['<b>', '\\<b\\>'],
    ['# head', '\\# head'],
    ['a|b~c', 'a\\|b\\~c'],
    ['line\nnext', 'line next'],
    ['line  \r\n \t next', 'line next'],
    ['a\n\n\nb', 'a b'],
    ['a b', 'a b'],
  ];
  for (const [input, output] of cases) {
    it(`${JSON.stringify(input)} → ${JSON.stringify(output)}`, () => {
      expect(escapeMarkdown(input)).to.equal(output);
    });
  }
});

describe('toMarkdown', () => {
  const cases: {
    name: string;
    config: ChecklistConfig<string>;
    checked?: string[];
    notes?: [string, string][];
    markdown: string;
  }[] = [
    {
      name: 'nothing checked: every item unchecked, section counts 0',
      config: base,
      markdown:
        '# Porting\n\n1 of 3 completed\n\n## First (0/2)\n\n- [ ] One **(Critical)**\n- [ ] Two\n\n' +
        '## Second (0/1)\n\n- [ ] Three\n',
    },
    {
      name: 'checked items and per-section counts; ids of other configs ignored',
      config: base,
      checked: ['a.2', 'b.1', 'gone'],
      markdown:
        '# Porting\n\n1 of 3 completed\n\n## First (1/2)\n\n- [ ] One **(Critical)**\n- [x] Two\n\n' +
        '## Second (1/1)\n\n- [x] Three\n',
    },
    {
      name: 'notes under their item, escaped; an empty note and notes of unknown ids are left out',
      config: base,
      checked: ['a.1'],
      notes: [
        ['a.1', 'Signed by *Anna*\nat noon'],
        ['a.2', ''],
        ['gone', 'lost'],
      ],
      markdown:
        '# Porting\n\n1 of 3 completed\n\n## First (1/2)\n\n- [x] One **(Critical)**\n' +
        '  Note: Signed by \\*Anna\\* at noon\n- [ ] Two\n\n## Second (0/1)\n\n- [ ] Three\n',
    },
    {
      name: 'banner, pitfalls and escaped titles',
      config: {
        title: 'Port #1',
        banner: { title: 'Heads *up*', text: 'Keep <b>service</b>' },
        sections: [{ id: 's', title: 'S_1', items: [{ id: 's.a', title: '[A]' }] }],
        pitfalls: {
          title: 'Pitfalls',
          items: [
            { title: 'Early `cancel`', text: 'Do not | ever' },
            { title: 'Typos', text: 'Check' },
          ],
        },
      },
      markdown:
        '# Port \\#1\n\n1 of 3 completed\n\n> **Heads \\*up\\*** Keep \\<b\\>service\\</b\\>\n\n' +
        '## S\\_1 (0/1)\n\n- [ ] \\[A\\]\n\n## Pitfalls\n\n- **Early \\`cancel\\`**: Do not \\| ever\n' +
        '- **Typos**: Check\n',
    },
    {
      name: 'a pitfalls block without items is left out',
      config: { ...base, sections: [base.sections[1]], pitfalls: { title: 'Pitfalls', items: [] } },
      markdown: '# Porting\n\n1 of 3 completed\n\n## Second (0/1)\n\n- [ ] Three\n',
    },
  ];
  for (const { name, config, checked = [], notes = [], markdown } of cases) {
    it(name, () => {
      expect(toMarkdown(config, new Set(checked), new Map(notes), labels)).to.equal(markdown);
    });
  }
});

describe('toMarkdown with the planner', () => {
  const due = (id: string) => ({ 'a.1': 'due Thu, Dec 24', 'b.1': 'due Thu, Jan 14, 2027, *overdue*' })[id];

  it('puts the port date under the counter and each step’s date after it, escaped', () => {
    const markdown = toMarkdown(base, new Set(['a.1']), new Map(), {
      ...labels,
      plan: 'Port date: Thu, Jan 14, 2027',
      due,
    });
    expect(markdown).to.equal(
      '# Porting\n\n1 of 3 completed\n\nPort date: Thu, Jan 14, 2027\n\n' +
        '## First (1/2)\n\n- [x] One **(Critical)** (due Thu, Dec 24)\n- [ ] Two\n\n' +
        '## Second (0/1)\n\n- [ ] Three (due Thu, Jan 14, 2027, \\*overdue\\*)\n',
    );
  });

  it('adds nothing without a port date or dates', () => {
    expect(toMarkdown(base, new Set(), new Map(), { ...labels, plan: '', due: () => undefined })).to.equal(
      toMarkdown(base, new Set(), new Map(), labels),
    );
  });
});
