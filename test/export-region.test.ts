// The Markdown export carries the country whose rules the checklist follows and the items' links.
import { expect } from './chai.js';
import { toMarkdown } from '../src/view/export.js';
import type { ChecklistConfig } from '../src/config/types.js';

const config: ChecklistConfig<string> = {
  title: 'Porting',
  sections: [
    {
      id: 's',
      title: 'S',
      items: [
        { id: 's.a', title: 'Escalate', link: { href: 'https://pts.se/a b(c)<d>', label: 'PTS [page]' } },
        { id: 's.b', title: 'Other' },
      ],
    },
  ],
};
const labels = {
  counter: '0 of 2 completed',
  sectionCount: (c: number, t: number) => `${c} of ${t}`,
  critical: 'Critical',
  note: 'Note:',
};

describe('toMarkdown: region and links', () => {
  it('says whose rules apply under the counter', () => {
    const text = toMarkdown(config, new Set(), new Map(), { ...labels, rules: 'Rules for: Sweden' });
    expect(text).to.match(/^# Porting\n\n0 of 2 completed\n\nRules for: Sweden\n/);
  });

  it('says nothing of a region for the generic set', () => {
    expect(toMarkdown(config, new Set(), new Map(), labels)).to.not.contain('Rules for');
  });

  it('lists a link under its item, label escaped and target encoded', () => {
    const text = toMarkdown(config, new Set(['s.a']), new Map([['s.a', 'done']]), labels);
    expect(text).to.contain(
      '- [x] Escalate\n  [PTS \\[page\\]](https://pts.se/a%20b%28c%29%3Cd%3E)\n  Note: done\n- [ ] Other\n',
    );
  });
});
