// Questions, `when` and host answers in the validator, table-style: what a config may say, and each mistake
// reported with its path.
import { expect } from './chai.js';
import { readAnswers, validateAnswers, validateConfig } from '../src/config/validate.js';
import { localizeConfig } from '../src/config/localize-config.js';
import type { ChecklistConfig } from '../src/config/types.js';

const QUESTIONS = [
  {
    id: 'types',
    title: 'Which numbers?',
    multiple: true,
    options: [
      { id: 'mobile', label: 'Mobile' },
      { id: 'toll-free', label: 'Toll-free' },
    ],
  },
  {
    id: 'count',
    title: 'How many?',
    options: [
      { id: '1', label: 'One' },
      { id: 'more', label: 'More' },
    ],
  },
];
const withWhen = (when: unknown, questions: unknown = QUESTIONS) => ({
  title: 'T',
  questions,
  sections: [{ id: 's', title: 'S', items: [{ id: 's.a', title: 'A', when }] }],
});

describe('validateConfig: questions and when', () => {
  it('keeps questions, options and conditions as given', () => {
    const result = validateConfig({
      ...withWhen({ any: [{ types: 'mobile' }, { not: { count: ['1'] } }] }),
      sections: [
        {
          id: 's',
          title: 'S',
          when: { count: 'more' },
          items: [{ id: 's.a', title: 'A', when: { types: ['mobile'] } }],
        },
      ],
    });
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.warnings).to.deep.equal([]);
    expect(result.config.questions).to.deep.equal(QUESTIONS);
    expect(result.config.sections[0].when).to.deep.equal({ count: 'more' });
    expect(result.config.sections[0].items[0].when).to.deep.equal({ types: ['mobile'] });
  });

  it('reports a question without options with that one error', () => {
    const result = validateConfig({
      title: 'T',
      questions: [{ id: 'count', title: 'C', options: [] }],
      sections: [{ id: 's', title: 'S', items: [{ id: 's.a', title: 'A' }] }],
    });
    expect(result.ok).to.equal(false);
    if (!result.ok)
      expect(result.errors).to.deep.equal(['questions[0].options: expected at least one entry']);
  });

  it('copies the options of a condition, never keeping the array it was given', () => {
    const given = withWhen({ types: ['mobile'] });
    const result = validateConfig(given);
    if (!result.ok) throw new Error(result.errors.join());
    const when = result.config.sections[0].items[0].when!;
    expect(when.types).to.deep.equal(['mobile']);
    expect(when.types).to.not.equal((given.sections[0].items[0].when as { types: string[] }).types);
  });

  it('keeps a combinator condition', () => {
    const when = { any: [{ types: 'mobile' }, { not: { count: ['1'] } }], all: [{ count: 'more' }] };
    const result = validateConfig(withWhen(when));
    expect(result.ok && result.config.sections[0].items[0].when).to.deep.equal(when);
  });

  const errors: [string, unknown, unknown, RegExp][] = [
    [
      'an unknown question',
      { texting: 'yes' },
      QUESTIONS,
      /sections\[0\]\.items\[0\]\.when\.texting: unknown question "texting"/,
    ],
    [
      'an unknown option',
      { types: 'fax' },
      QUESTIONS,
      /when\.types: unknown option "fax" of question "types"/,
    ],
    [
      'unknown options in a list',
      { types: ['mobile', 'fax', 'dsl'] },
      QUESTIONS,
      /unknown option "fax", "dsl"/,
    ],
    [
      'an empty list of options',
      { types: [] },
      QUESTIONS,
      /when\.types: expected an option id or a non-empty list/,
    ],
    ['an option that is not a string', { count: 1 }, QUESTIONS, /when\.count: expected an option id/],
    ['an empty condition', {}, QUESTIONS, /when: expected a condition/],
    ['a condition that is not an object', 'types=mobile', QUESTIONS, /when: expected a condition/],
    ['an empty any', { any: [] }, QUESTIONS, /when\.any: expected a non-empty list of conditions/],
    [
      'all that is not a list',
      { all: { types: 'mobile' } },
      QUESTIONS,
      /when\.all: expected a non-empty list/,
    ],
    [
      'a bad part inside any',
      { any: [{ types: 'mobile' }, { count: 'x' }] },
      QUESTIONS,
      /when\.any\[1\]\.count: unknown option "x"/,
    ],
    ['a bad condition inside not', { not: { nope: 'x' } }, QUESTIONS, /when\.not\.nope: unknown question/],
    [
      'conditions nested too deep',
      { not: { not: { not: { not: { not: { not: { not: { not: { types: 'mobile' } } } } } } } } },
      QUESTIONS,
      /expected at most 8 levels/,
    ],
    [
      'any nested too deep',
      {
        any: [
          { any: [{ any: [{ any: [{ any: [{ any: [{ any: [{ any: [{ types: 'mobile' }] }] }] }] }] }] }] },
        ],
      },
      QUESTIONS,
      /expected at most 8 levels/,
    ],
    [
      'a list with a number among its options',
      { count: ['1', 2] },
      QUESTIONS,
      /when\.count: expected an option id or a non-empty list/,
    ],
    [
      'a question that is not an object',
      { count: '1' },
      [...QUESTIONS, 'count'],
      /questions\[2\]: expected an object/,
    ],
    [
      'an option that is not an object',
      { count: '1' },
      [{ ...QUESTIONS[1], options: ['one'] }],
      /questions\[0\]\.options\[0\]: expected an object/,
    ],
    [
      'a question named like a combinator',
      { count: '1' },
      [...QUESTIONS, { id: 'not', title: 'N', options: [{ id: 'a', label: 'A' }] }],
      /questions\[2\]\.id: "not" is a word of conditions/,
    ],
    [
      'two questions with one id',
      { count: '1' },
      [...QUESTIONS, QUESTIONS[1]],
      /questions\[2\]\.id: duplicate question id "count"/,
    ],
    [
      'two options with one id',
      { count: '1' },
      [
        {
          ...QUESTIONS[1],
          options: [
            { id: '1', label: 'A' },
            { id: '1', label: 'B' },
          ],
        },
      ],
      /questions\[0\]\.options\[1\]\.id: duplicate option id "1"/,
    ],
    [
      'a question without options',
      { count: '1' },
      [{ id: 'count', title: 'C', options: [] }],
      /questions\[0\]\.options: expected at least one entry/,
    ],
    [
      'a question without a title',
      { count: '1' },
      [{ id: 'count', options: [{ id: '1', label: 'One' }] }],
      /questions\[0\]\.title: expected a non-empty string/,
    ],
    [
      'multiple that is not a boolean',
      { count: '1' },
      [{ ...QUESTIONS[1], multiple: 'yes' }],
      /questions\[0\]\.multiple: expected true or false/,
    ],
    ['questions that are not a list', { count: '1' }, { count: {} }, /^questions: expected an array$/m],
    ['a when without questions', { types: 'mobile' }, [], /unknown question "types"/],
  ];
  for (const [name, when, questions, error] of errors) {
    it(`rejects ${name}, naming the path`, () => {
      const result = validateConfig(withWhen(when, questions));
      expect(result.ok).to.equal(false);
      if (!result.ok) expect(result.errors.join('\n')).to.match(error);
    });
  }

  it("names the path of a section's condition", () => {
    const result = validateConfig({
      title: 'T',
      questions: QUESTIONS,
      sections: [{ id: 's', title: 'S', when: { nope: 'x' }, items: [{ id: 's.a', title: 'A' }] }],
    });
    expect(!result.ok && result.errors).to.deep.equal(['sections[0].when.nope: unknown question "nope"']);
  });

  it('warns about unknown fields of a question and an option', () => {
    const result = validateConfig(
      withWhen({ count: '1' }, [
        { ...QUESTIONS[1], help: 'x', options: [{ id: '1', label: 'One', icon: 'x' }] },
      ]),
    );
    expect(result.ok).to.equal(true);
    if (result.ok) {
      expect(result.warnings).to.deep.equal([
        'questions[0].help: unknown field, ignored',
        'questions[0].options[0].icon: unknown field, ignored',
      ]);
      expect(result.config.questions![0]).to.deep.equal({
        id: 'count',
        title: 'How many?',
        options: [{ id: '1', label: 'One' }],
      });
    }
  });

  it('leaves out an empty list of questions', () => {
    const result = validateConfig({
      title: 'T',
      questions: [],
      sections: [{ id: 's', title: 'S', items: [{ id: 's.a', title: 'A' }] }],
    });
    expect(result.ok).to.equal(true);
    expect(result.ok && 'questions' in result.config).to.equal(false);
  });

  it('resolves question titles and option labels for the locale', () => {
    const result = validateConfig(
      withWhen({ count: '1' }, [
        {
          id: 'count',
          title: { en: 'How many?', sv: 'Hur många?' },
          options: [{ id: '1', label: { en: 'One', sv: 'Ett' } }],
        },
      ]),
    );
    if (!result.ok) throw new Error(result.errors.join());
    const sv = localizeConfig(result.config, 'sv');
    expect(sv.questions).to.deep.equal([
      { id: 'count', title: 'Hur många?', options: [{ id: '1', label: 'Ett' }] },
    ]);
    expect(sv.sections[0].items[0].when).to.deep.equal({ count: '1' });
  });
});

describe('validateAnswers and readAnswers', () => {
  const config = { title: 'T', questions: QUESTIONS, sections: [] } as unknown as ChecklistConfig;
  const cases: [string, unknown, Record<string, unknown>, RegExp[]][] = [
    ['answers that hold', { types: ['mobile'], count: 'more' }, { types: ['mobile'], count: 'more' }, []],
    ['a multiple answer as one string', { types: 'toll-free' }, { types: 'toll-free' }, []],
    ['repeated options once', { types: ['mobile', 'mobile'] }, { types: ['mobile'] }, []],
    [
      'an unknown question',
      { texting: 'yes', count: '1' },
      { count: '1' },
      [/answers\.texting: unknown question/],
    ],
    [
      'an unknown option',
      { types: ['fax'] },
      {},
      [/answers\.types: expected option ids of question "types"/],
    ],
    [
      'a list for a single-choice question',
      { count: ['1'] },
      {},
      [/answers\.count: expected one option id, as a string/],
    ],
    ['a number', { count: 1 }, {}, [/answers\.count: expected an option id of question "count"/]],
    [
      'an unknown option as a string',
      { count: 'x' },
      {},
      [/answers\.count: expected an option id of question "count"/],
    ],
    [
      'a list with one unknown option',
      { types: ['mobile', 'fax'] },
      {},
      [/answers\.types: expected option ids/],
    ],
    ['not an object', ['mobile'], {}, [/answers: expected an object/]],
  ];
  for (const [name, given, kept, errors] of cases) {
    it(`${name}`, () => {
      const result = validateAnswers(given, config);
      expect(result.answers).to.deep.equal(kept);
      expect(result.errors.length).to.equal(errors.length);
      errors.forEach((error, i) => expect(result.errors[i]).to.match(error));
    });
  }

  it('reads JSON text from the attribute, and reports what it ignored once', () => {
    const heard: string[] = [];
    expect(readAnswers('{"count": "1", "x": "y"}', config, (m) => heard.push(m))).to.deep.equal({
      count: '1',
    });
    expect(heard).to.deep.equal(['Ignored answers: answers.x: unknown question']);
  });

  it('reports broken JSON and keeps nothing', () => {
    const heard: string[] = [];
    expect(readAnswers('{"count": ', config, (m) => heard.push(m))).to.deep.equal({});
    expect(heard.length).to.equal(1);
    expect(heard[0]).to.match(/^answers: invalid JSON .*; ignored$/);
  });

  it('takes an object as it is, and says nothing when every answer holds', () => {
    const heard: string[] = [];
    expect(readAnswers({ count: '1', types: ['mobile'] }, config, (m) => heard.push(m))).to.deep.equal({
      count: '1',
      types: ['mobile'],
    });
    expect(heard).to.deep.equal([]);
  });

  it('joins every problem into one report', () => {
    const heard: string[] = [];
    readAnswers({ x: '1', y: '2' }, config, (m) => heard.push(m));
    expect(heard).to.deep.equal([
      'Ignored answers: answers.x: unknown question; answers.y: unknown question',
    ]);
  });

  it('says which answers are unknown when the checklist asks nothing', () => {
    const plain = { title: 'T', sections: [] } as unknown as ChecklistConfig;
    expect(validateAnswers({ types: 'mobile' }, plain)).to.deep.equal({
      answers: {},
      errors: ['answers.types: unknown question'],
    });
  });

  it('takes nothing, silently, when nothing is given', () => {
    const heard: string[] = [];
    for (const given of [undefined, null, ''])
      expect(readAnswers(given, config, (m) => heard.push(m))).to.deep.equal({});
    expect(heard).to.deep.equal([]);
  });
});
