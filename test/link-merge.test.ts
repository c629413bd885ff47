// Opening a progress link (src/link/merge.ts): the change that merge and replace make, applied the way the state
// applies it (storage.ts's applyChange), and the numbers the dialog shows. Table tests, no DOM.
import { expect } from './chai.js';
import { importChange, overview, type HeldProgress, type ImportMode } from '../src/link/merge.js';
import type { ProgressSnapshot } from '../src/link/code.js';
import { applyChange, STORAGE_VERSION, type StoredRecord } from '../src/state/storage.js';

const IDS = ['a', 'b', 'c', 'd'];

/** What the record holds once the change is applied: its four fields, other checklists' ids included. */
function after(held: HeldProgress, snapshot: ProgressSnapshot, mode: ImportMode): HeldProgress {
  const record: StoredRecord = { v: STORAGE_VERSION, ...structuredClone(held) } as StoredRecord;
  const next = applyChange(record, importChange(held, snapshot, IDS, mode));
  const result: HeldProgress = { checked: [...next.checked].sort() };
  if (next.notes && Object.keys(next.notes).length > 0) result.notes = next.notes;
  if (next.answers) result.answers = next.answers;
  if (next.plan) result.plan = { date: next.plan.date, confirmed: next.plan.confirmed };
  return result;
}

const link = (fields: Partial<ProgressSnapshot>): ProgressSnapshot => ({ key: 'k', checked: [], ...fields });
const JAN = { date: '2027-01-14', confirmed: false };
const FEB = { date: '2027-02-01', confirmed: true };

describe('link merge: merge and replace', () => {
  const cases: {
    name: string;
    held: HeldProgress;
    snapshot: ProgressSnapshot;
    merge: HeldProgress;
    replace: HeldProgress;
  }[] = [
    {
      name: 'checks: merge is the union, replace is the link’s; other checklists’ ids untouched',
      held: { checked: ['a', 'b', 'other.x'] },
      snapshot: link({ checked: ['b', 'c', 'other.y'] }),
      merge: { checked: ['a', 'b', 'c', 'other.x'] },
      replace: { checked: ['b', 'c', 'other.x'] },
    },
    {
      name: 'an empty link: merge keeps all, replace clears the checklist’s checks only',
      held: { checked: ['a', 'd', 'other.x'], plan: JAN },
      snapshot: link({}),
      merge: { checked: ['a', 'd', 'other.x'], plan: JAN },
      replace: { checked: ['other.x'] },
    },
    {
      name: 'notes: merge adds where none, replace takes the link’s (clearing the rest)',
      held: { checked: [], notes: { a: 'mine', b: 'mine too', 'other.x': 'keep' } },
      snapshot: link({ notes: { a: 'theirs', c: 'theirs', 'other.x': 'not placed' } }),
      merge: { checked: [], notes: { a: 'mine', b: 'mine too', 'other.x': 'keep', c: 'theirs' } },
      replace: { checked: [], notes: { a: 'theirs', 'other.x': 'keep', c: 'theirs' } },
    },
    {
      name: 'notes: a link without notes keeps this browser’s, in both modes',
      held: { checked: [], notes: { a: 'mine' } },
      snapshot: link({ checked: ['a'] }),
      merge: { checked: ['a'], notes: { a: 'mine' } },
      replace: { checked: ['a'], notes: { a: 'mine' } },
    },
    {
      name: 'answers: merge fills the unanswered, replace takes the link’s',
      held: { checked: [], answers: { q1: 'yes', q3: ['x'] } },
      snapshot: link({ answers: { q1: 'no', q2: ['m', 'n'] } }),
      merge: { checked: [], answers: { q1: 'yes', q3: ['x'], q2: ['m', 'n'] } },
      replace: { checked: [], answers: { q1: 'no', q2: ['m', 'n'] } },
    },
    {
      name: 'answers: the link’s “skipped” where this browser was never asked',
      held: { checked: [] },
      snapshot: link({ answers: {} }),
      merge: { checked: [], answers: {} },
      replace: { checked: [], answers: {} },
    },
    {
      name: 'answers: a link that carries none keeps this browser’s, in both modes',
      held: { checked: [], answers: { q1: 'yes' } },
      snapshot: link({}),
      merge: { checked: [], answers: { q1: 'yes' } },
      replace: { checked: [], answers: { q1: 'yes' } },
    },
    {
      name: 'plan: merge keeps this browser’s, replace takes the link’s',
      held: { checked: [], plan: JAN },
      snapshot: link({ plan: FEB }),
      merge: { checked: [], plan: JAN },
      replace: { checked: [], plan: FEB },
    },
    {
      name: 'plan: merge takes the link’s when this browser has none',
      held: { checked: ['a'] },
      snapshot: link({ plan: FEB }),
      merge: { checked: ['a'], plan: FEB },
      replace: { checked: [], plan: FEB },
    },
  ];
  for (const { name, held, snapshot, merge, replace } of cases) {
    it(`${name}: merge`, () => expect(after(held, snapshot, 'merge')).to.deep.equal(merge));
    it(`${name}: replace`, () => expect(after(held, snapshot, 'replace')).to.deep.equal(replace));
  }

  it('names only what changes: a link equal to what is here is no change', () => {
    const held = { checked: ['a'], notes: { a: 'n' }, answers: { q: 'y' }, plan: JAN };
    const snapshot = link({ checked: ['a'], notes: { a: 'n' }, answers: { q: 'y' }, plan: { ...JAN } });
    expect(importChange(held, snapshot, IDS, 'merge')).to.deep.equal({});
    expect(importChange(held, snapshot, IDS, 'replace')).to.deep.equal({});
  });

  it('names each changed step, with its new state', () => {
    const change = importChange({ checked: ['a', 'b'] }, link({ checked: ['b', 'c'] }), IDS, 'replace');
    expect([...change.checked!]).to.deep.equal([
      ['a', false],
      ['c', true],
    ]);
    expect(change).to.have.keys('checked');
  });

  it('a confirmed date differs from the same date planned', () => {
    const change = importChange(
      { checked: [], plan: JAN },
      link({ plan: { ...JAN, confirmed: true } }),
      IDS,
      'replace',
    );
    expect(change.plan).to.deep.equal({ ...JAN, confirmed: true });
  });
});

describe('link merge: overview', () => {
  const cases: { name: string; progress: HeldProgress; unmatched?: number; expected: object }[] = [
    {
      name: 'nothing',
      progress: { checked: [] },
      expected: { done: 0, total: 4, confirmed: false, notes: 0, unmatched: 0 },
    },
    {
      name: 'counts the checklist’s steps only, with its date and notes',
      progress: { checked: ['a', 'c', 'other'], notes: { a: 'x', other: 'y', b: '' }, plan: FEB },
      unmatched: 3,
      expected: { done: 2, total: 4, portDate: '2027-02-01', confirmed: true, notes: 1, unmatched: 3 },
    },
    {
      name: 'counts notes with text, not empty ones',
      progress: { checked: [], notes: { a: 'x', c: 'z', b: '' } },
      expected: { done: 0, total: 4, confirmed: false, notes: 2, unmatched: 0 },
    },
    {
      name: 'a planned date',
      progress: { checked: ['a', 'b', 'c', 'd'], plan: JAN },
      expected: { done: 4, total: 4, portDate: '2027-01-14', confirmed: false, notes: 0, unmatched: 0 },
    },
  ];
  for (const { name, progress, unmatched, expected } of cases)
    it(name, () => expect(overview(progress, IDS, unmatched)).to.deep.equal(expected));
});
