import { expect } from './chai.js';
import { DEFAULT_CONFIG_ID, defaultConfig } from '../src/content/default-config.js';
import { bundledQuestions } from '../src/content/questions.js';
import { itemIds, percentOf, sectionCount, summarize } from '../src/state/progress.js';
import type { ChecklistConfig, ChecklistSection } from '../src/config/types.js';
import { ID_PATTERN, validateConfig } from '../src/config/validate.js';

function config(): ChecklistConfig {
  return {
    title: 'Test',
    sections: [
      {
        id: 'a',
        title: 'A',
        items: [
          { id: 'a.1', title: 'One', critical: true },
          { id: 'a.2', title: 'Two' },
        ],
      },
      {
        id: 'b',
        title: 'B',
        items: [
          { id: 'b.1', title: 'Three', critical: true },
          { id: 'b.2', title: 'Four' },
          { id: 'b.3', title: 'Five', critical: false },
        ],
      },
    ],
  };
}

describe('percentOf', () => {
  const cases: [completed: number, total: number, expected: number][] = [
    [0, 0, 0],
    [5, 0, 0],
    [0, -1, 0],
    [0, 30, 0],
    [1, 30, 3],
    [29, 30, 96],
    [30, 30, 100],
    [1, 3, 33],
    [2, 3, 66],
    [199, 200, 99],
    [999, 1000, 99],
    [31, 30, 100],
    [1000, 1, 100],
    [-1, 10, 0],
    [NaN, 10, 0],
    [5, NaN, 0],
  ];
  for (const [completed, total, expected] of cases) {
    it(`${completed}/${total} -> ${expected}`, () => {
      expect(percentOf(completed, total)).to.equal(expected);
    });
  }

  it('returns 100 only when every item is done', () => {
    for (let total = 1; total <= 300; total++) {
      expect(percentOf(total - 1, total), `${total - 1}/${total}`).to.be.below(100);
      expect(percentOf(total, total), `${total}/${total}`).to.equal(100);
    }
  });
});

describe('summarize', () => {
  const cases: {
    name: string;
    checked: string[];
    expected: ReturnType<typeof summarize>;
  }[] = [
    {
      name: 'nothing checked',
      checked: [],
      expected: {
        completed: 0,
        total: 5,
        percent: 0,
        criticalCompleted: 0,
        criticalTotal: 2,
        complete: false,
      },
    },
    {
      name: 'one critical item',
      checked: ['a.1'],
      expected: {
        completed: 1,
        total: 5,
        percent: 20,
        criticalCompleted: 1,
        criticalTotal: 2,
        complete: false,
      },
    },
    {
      name: 'one ordinary item (critical: false does not count as critical)',
      checked: ['b.3'],
      expected: {
        completed: 1,
        total: 5,
        percent: 20,
        criticalCompleted: 0,
        criticalTotal: 2,
        complete: false,
      },
    },
    {
      name: 'ids not in the config are ignored',
      checked: ['gone', 'a.2', 'other.id', 'A.2'],
      expected: {
        completed: 1,
        total: 5,
        percent: 20,
        criticalCompleted: 0,
        criticalTotal: 2,
        complete: false,
      },
    },
    {
      name: 'every critical item but not everything',
      checked: ['a.1', 'b.1', 'b.2'],
      expected: {
        completed: 3,
        total: 5,
        percent: 60,
        criticalCompleted: 2,
        criticalTotal: 2,
        complete: false,
      },
    },
    {
      name: 'everything checked',
      checked: ['a.1', 'a.2', 'b.1', 'b.2', 'b.3'],
      expected: {
        completed: 5,
        total: 5,
        percent: 100,
        criticalCompleted: 2,
        criticalTotal: 2,
        complete: true,
      },
    },
    {
      name: 'everything checked plus unknown ids',
      checked: ['a.1', 'a.2', 'b.1', 'b.2', 'b.3', 'x', 'y'],
      expected: {
        completed: 5,
        total: 5,
        percent: 100,
        criticalCompleted: 2,
        criticalTotal: 2,
        complete: true,
      },
    },
  ];
  for (const { name, checked, expected } of cases) {
    it(name, () => {
      expect(summarize(config(), new Set(checked))).to.deep.equal(expected);
    });
  }

  it('is never complete for a config without items', () => {
    const empty: ChecklistConfig = { title: 'Empty', sections: [{ id: 's', title: 'S', items: [] }] };
    expect(summarize(empty, new Set(['x']))).to.deep.equal({
      completed: 0,
      total: 0,
      percent: 0,
      criticalCompleted: 0,
      criticalTotal: 0,
      complete: false,
    });
    expect(summarize({ title: 'None', sections: [] }, new Set()).complete).to.equal(false);
  });
});

describe('sectionCount', () => {
  const section: ChecklistSection = config().sections[1];
  const cases: [checked: string[], completed: number][] = [
    [[], 0],
    [['b.1'], 1],
    [['a.1', 'a.2'], 0],
    [['b.1', 'b.3', 'a.1', 'zzz'], 2],
    [['b.1', 'b.2', 'b.3'], 3],
  ];
  for (const [checked, completed] of cases) {
    it(`[${checked.join(', ')}] -> ${completed}/3`, () => {
      expect(sectionCount(section, new Set(checked))).to.deep.equal({ completed, total: 3 });
    });
  }

  it('counts an empty section as 0/0', () => {
    expect(sectionCount({ id: 'e', title: 'E', items: [] }, new Set(['e']))).to.deep.equal({
      completed: 0,
      total: 0,
    });
  });
});

describe('itemIds', () => {
  it('lists every item id in document order', () => {
    expect(itemIds(config())).to.deep.equal(['a.1', 'a.2', 'b.1', 'b.2', 'b.3']);
  });

  it('returns an empty list for a config without items', () => {
    expect(itemIds({ title: 'T', sections: [{ id: 's', title: 'S', items: [] }] })).to.deep.equal([]);
  });
});

describe('defaultConfig', () => {
  it('has the documented shape: 6 sections, 46 items, 19 critical, 4 pitfalls', () => {
    const c = defaultConfig();
    expect(c.id).to.equal(DEFAULT_CONFIG_ID);
    expect(c.sections.map((section) => section.id)).to.deep.equal([
      'prep',
      'loa',
      'timing',
      'tech',
      'verify',
      'after',
    ]);
    expect(itemIds(c)).to.have.length(46);
    const summary = summarize(c, new Set());
    expect(summary.total).to.equal(46);
    expect(summary.criticalTotal).to.equal(19);
    expect(c.pitfalls?.items).to.have.length(4);
  });

  it('has a call to action with an https link', () => {
    const { cta } = defaultConfig();
    expect(cta).to.exist;
    expect(cta!.href).to.be.a('string');
    expect(new URL(cta!.href!).protocol).to.equal('https:');
  });

  it('has unique item ids that match ID_PATTERN', () => {
    const ids = itemIds(defaultConfig());
    expect(new Set(ids).size).to.equal(ids.length);
    for (const id of ids) expect(ID_PATTERN.test(id), id).to.equal(true);
  });

  it('has unique section ids that match ID_PATTERN', () => {
    const ids = defaultConfig().sections.map((s) => s.id);
    expect(new Set(ids).size).to.equal(ids.length);
    for (const id of ids) expect(ID_PATTERN.test(id), id).to.equal(true);
  });

  it('passes validateConfig with its questions, with no warnings, and comes back unchanged', () => {
    // The bundled questions (their own chunk) are those that the items' conditions name.
    const config = { ...defaultConfig(), questions: bundledQuestions() };
    const result = validateConfig(config);
    expect(result.ok, JSON.stringify(result)).to.equal(true);
    expect(result.warnings).to.deep.equal([]);
    if (result.ok) expect(result.config).to.deep.equal(config);
  });

  it('is built fresh on every call', () => {
    const a = defaultConfig();
    a.sections[0].items[0].title = 'changed';
    expect(defaultConfig().sections[0].items[0].title).to.not.equal('changed');
  });
});
