// The view filters and "Next critical step" (progress.ts): isShown and nextCritical as tables.
import { expect } from './chai.js';
import type { ChecklistConfig, ChecklistItem } from '../src/config/types.js';
import { isShown, nextCritical, percentOf, type Filters } from '../src/state/progress.js';

const critical: ChecklistItem = { id: 'c', title: 'C', critical: true };
const plain: ChecklistItem = { id: 'p', title: 'P' };

describe('isShown', () => {
  const f = (criticalOnly: boolean, hideCompleted: boolean): Filters => ({ criticalOnly, hideCompleted });
  const cases: [
    name: string,
    item: ChecklistItem,
    filters: Filters,
    checked: string[],
    keep: string[],
    shown: boolean,
  ][] = [
    ['no filter: a plain item', plain, f(false, false), [], [], true],
    ['no filter: a checked item', plain, f(false, false), ['p'], [], true],
    ['critical only: a plain item is hidden', plain, f(true, false), [], [], false],
    ['critical only: a critical item', critical, f(true, false), [], [], true],
    ['critical only: a plain item kept in place is still hidden', plain, f(true, false), [], ['p'], false],
    ['hide completed: an unchecked item', plain, f(false, true), [], [], true],
    ['hide completed: a checked item is hidden', plain, f(false, true), ['p'], [], false],
    ['hide completed: a checked item kept in place', plain, f(false, true), ['p'], ['p'], true],
    ['hide completed: another id kept does not help', plain, f(false, true), ['p'], ['c'], false],
    ['keep alone does not hide an unchecked item', plain, f(false, true), [], ['p'], true],
    ['both: a checked critical item is hidden', critical, f(true, true), ['c'], [], false],
    ['both: an unchecked critical item', critical, f(true, true), [], [], true],
  ];
  for (const [name, item, filters, checked, keep, shown] of cases) {
    it(name, () => {
      expect(isShown(item, new Set(checked), filters, new Set(keep))).to.equal(shown);
    });
  }

  it('keeps nothing by default', () => {
    expect(isShown(plain, new Set(['p']), f(false, true))).to.equal(false);
  });
});

describe('nextCritical', () => {
  const config: ChecklistConfig = {
    title: 'T',
    sections: [
      {
        id: 's1',
        title: 'S1',
        items: [
          { id: 'a', title: 'A' },
          { id: 'b', title: 'B', critical: true },
        ],
      },
      {
        id: 's2',
        title: 'S2',
        items: [
          { id: 'c', title: 'C', critical: true },
          { id: 'd', title: 'D', critical: true },
        ],
      },
    ],
  };
  const cases: [checked: string[], next: [section: string, item: string] | undefined][] = [
    [[], ['s1', 'b']],
    [['a'], ['s1', 'b']],
    [['b'], ['s2', 'c']],
    [
      ['b', 'c'],
      ['s2', 'd'],
    ],
    [['c'], ['s1', 'b']],
    [['b', 'c', 'd'], undefined],
  ];
  for (const [checked, next] of cases) {
    it(`checked ${JSON.stringify(checked)} → ${JSON.stringify(next)}`, () => {
      const found = nextCritical(config, new Set(checked));
      expect(found && [found.section.id, found.item.id]).to.deep.equal(next);
      if (found) {
        expect(found.section).to.equal(config.sections.find((s) => s.id === next![0]));
        expect(found.item).to.equal(found.section.items.find((i) => i.id === next![1]));
      }
    });
  }

  it('none in a config without critical items', () => {
    expect(
      nextCritical({ title: 'T', sections: [{ id: 's', title: 'S', items: [plain] }] }, new Set()),
    ).to.equal(undefined);
  });
});

describe('percentOf at its edges', () => {
  const cases: [completed: number, total: number, percent: number][] = [
    [0, 0, 0],
    [1, 0, 0],
    [-1, 10, 0],
    [0, 10, 0],
    [1, 3, 33],
    [2, 3, 66],
    [3, 3, 100],
    [4, 3, 100],
    [199, 200, 99],
  ];
  for (const [completed, total, percent] of cases) {
    it(`${completed} of ${total} → ${percent}`, () => {
      expect(percentOf(completed, total)).to.equal(percent);
    });
  }
});
