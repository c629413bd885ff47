// The condition language of `when`, pure and table-style: which steps apply for which answers.
import { expect } from './chai.js';
import { applicable, holds } from '../src/config/conditions.js';
import type { Answers, ChecklistCondition, ChecklistConfig } from '../src/config/types.js';

describe('holds', () => {
  const answers: Answers = { types: ['landline', 'toll-free'], count: '2-20', scope: 'partial' };
  const cases: [string, ChecklistCondition | undefined, Answers, boolean][] = [
    ['no condition', undefined, answers, true],
    ['a single answer that is the option', { count: '2-20' }, answers, true],
    ['a single answer that is another option', { count: '21+' }, answers, false],
    ['a multiple answer that includes the option', { types: 'toll-free' }, answers, true],
    ['a multiple answer that lacks the option', { types: 'mobile' }, answers, false],
    ['any of a list, single', { count: ['1', '2-20'] }, answers, true],
    ['none of a list, single', { count: ['1', '21+'] }, answers, false],
    ['any of a list, multiple', { types: ['mobile', 'landline'] }, answers, true],
    ['none of a list, multiple', { types: ['mobile', 'voip'] }, answers, false],
    ['several keys that all hold', { types: 'landline', scope: 'partial' }, answers, true],
    ['several keys, one fails', { types: 'landline', scope: 'full' }, answers, false],
    ['an unanswered question holds', { texting: 'yes' }, answers, true],
    ['an unanswered question with one that fails', { texting: 'yes', scope: 'full' }, answers, false],
    ['nothing answered: every condition holds', { types: 'mobile', count: '1' }, {}, true],
    ['not of a false condition', { not: { types: 'mobile' } }, answers, true],
    ['not of a true condition', { not: { types: 'landline' } }, answers, false],
    ['not of an unanswered question still holds', { not: { texting: 'yes' } }, answers, true],
    ['not of not', { not: { not: { types: 'mobile' } } }, answers, false],
    ['not of not of an unanswered question holds', { not: { not: { texting: 'yes' } } }, answers, true],
    ['a single answer is an option, never a substring', { count: '1' }, { count: '21+' }, false],
    ['a single answer against a list, never a substring', { count: ['2', '1'] }, { count: '21+' }, false],
    ['any: one of them holds', { any: [{ types: 'mobile' }, { count: '2-20' }] }, answers, true],
    ['any: none holds', { any: [{ types: 'mobile' }, { count: '1' }] }, answers, false],
    ['any: one false, one unanswered', { any: [{ types: 'mobile' }, { texting: 'yes' }] }, answers, true],
    ['all: every one holds', { all: [{ types: 'landline' }, { count: '2-20' }] }, answers, true],
    ['all: one fails', { all: [{ types: 'landline' }, { count: '1' }] }, answers, false],
    ['all: one true, one unanswered', { all: [{ types: 'landline' }, { sites: 'one' }] }, answers, true],
    [
      'a key beside a combinator must hold too',
      { scope: 'full', any: [{ types: 'landline' }] },
      answers,
      false,
    ],
    ['not inside any', { any: [{ not: { scope: 'partial' } }, { count: '1' }] }, answers, false],
    ['a multiple answer with no option chosen includes nothing', { types: 'mobile' }, { types: [] }, false],
  ];
  for (const [name, condition, given, expected] of cases) {
    it(name, () => expect(holds(condition, given)).to.equal(expected));
  }
});

describe('applicable', () => {
  const config = (): ChecklistConfig<string> => ({
    title: 'T',
    questions: [
      {
        id: 'types',
        title: 'Types',
        multiple: true,
        options: [
          { id: 'mobile', label: 'Mobile' },
          { id: 'toll-free', label: 'Toll-free' },
        ],
      },
    ],
    sections: [
      {
        id: 'a',
        title: 'A',
        items: [
          { id: 'a.always', title: 'Always' },
          { id: 'a.mobile', title: 'Mobile', when: { types: 'mobile' } },
        ],
      },
      {
        id: 'tf',
        title: 'Toll-free',
        when: { types: 'toll-free' },
        items: [{ id: 'tf.resporg', title: 'RespOrg' }],
      },
      { id: 'b', title: 'B', items: [{ id: 'b.mobile', title: 'Mobile only', when: { types: 'mobile' } }] },
    ],
  });
  const ids = (c: ChecklistConfig<string>) => c.sections.map((s) => [s.id, ...s.items.map((i) => i.id)]);

  it('keeps every step while nothing is answered', () => {
    expect(ids(applicable(config(), {}))).to.deep.equal([
      ['a', 'a.always', 'a.mobile'],
      ['tf', 'tf.resporg'],
      ['b', 'b.mobile'],
    ]);
  });

  it('drops the items and sections that do not apply, and a section left empty', () => {
    expect(ids(applicable(config(), { types: ['toll-free'] }))).to.deep.equal([
      ['a', 'a.always'],
      ['tf', 'tf.resporg'],
    ]);
    expect(ids(applicable(config(), { types: ['mobile'] }))).to.deep.equal([
      ['a', 'a.always', 'a.mobile'],
      ['b', 'b.mobile'],
    ]);
  });

  it('filters a config whose only condition is on a section', () => {
    const only: ChecklistConfig<string> = {
      title: 'T',
      sections: [
        { id: 'a', title: 'A', items: [{ id: 'a.x', title: 'X' }] },
        { id: 'b', title: 'B', when: { types: 'mobile' }, items: [{ id: 'b.x', title: 'X' }] },
      ],
    };
    expect(ids(applicable(only, { types: ['toll-free'] }))).to.deep.equal([['a', 'a.x']]);
  });

  it('filters a config whose only conditions are on some of its items', () => {
    const only: ChecklistConfig<string> = {
      title: 'T',
      sections: [
        {
          id: 'a',
          title: 'A',
          items: [
            { id: 'a.x', title: 'X' },
            { id: 'a.y', title: 'Y', when: { types: 'mobile' } },
          ],
        },
      ],
    };
    expect(ids(applicable(only, { types: ['toll-free'] }))).to.deep.equal([['a', 'a.x']]);
  });

  it('returns the very config when it has no conditions, and never changes the one it is given', () => {
    const plain: ChecklistConfig<string> = {
      title: 'T',
      sections: [{ id: 's', title: 'S', items: [{ id: 's.a', title: 'A' }] }],
    };
    expect(applicable(plain, { types: ['mobile'] })).to.equal(plain);
    const given = config();
    applicable(given, { types: [] });
    expect(given).to.deep.equal(config());
  });
});
