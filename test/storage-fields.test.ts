// storage.ts field by field: what parseRecord keeps of malformed notes, lists and filters, applyChange on stored
// collapsed sections, and ProgressStore's exact messages and its silence once broken.
import { expect } from './chai.js';
import {
  applyChange,
  NOTE_MAX_LENGTH,
  parseRecord,
  ProgressStore,
  storageKey,
} from '../src/state/storage.js';
import { DeniedStorage, FullStorage, MemoryStorage } from './memory-storage.js';

const KEY = storageKey('fields');

const parsed = (value: unknown) => {
  const result = parseRecord(JSON.stringify(value));
  if (result.status !== 'ok') throw new Error(`not ok: ${result.status}`);
  return result.record;
};

describe('parseRecord: malformed fields', () => {
  it('keeps string notes only, drops empty ones, and cuts long ones', () => {
    const long = 'x'.repeat(NOTE_MAX_LENGTH + 100);
    const record = parsed({ v: 1, checked: [], notes: { a: 5, b: '', c: 'keep', d: null, e: long } });
    expect(record.notes).to.deep.equal({ c: 'keep', e: 'x'.repeat(NOTE_MAX_LENGTH) });
  });

  it('reads notes that are not an object as none', () => {
    expect(parsed({ v: 1, checked: [], notes: ['a'] }).notes).to.deep.equal({});
  });

  it('reads collapsed sections that are not a list as none', () => {
    expect(parsed({ v: 1, checked: [], collapsed: 'a' }).collapsed).to.deep.equal([]);
  });

  it('keeps boolean filters only', () => {
    const record = parsed({
      v: 1,
      checked: [],
      filters: { criticalOnly: 'yes', hideCompleted: true, other: true },
    });
    expect(record.filters).to.deep.equal({ hideCompleted: true });
    expect(
      parsed({ v: 1, checked: [], filters: { criticalOnly: false, hideCompleted: false } }).filters,
    ).to.deep.equal({ criticalOnly: false, hideCompleted: false });
  });
});

describe('applyChange on collapsed sections', () => {
  it('adds to and removes from what is stored', () => {
    const next = applyChange(
      { v: 1, checked: [], collapsed: ['a', 'b'] },
      {
        collapsed: new Map([
          ['c', true],
          ['a', false],
        ]),
      },
    );
    expect(next.collapsed).to.deep.equal(['b', 'c']);
  });

  it('starts from none when nothing was collapsed', () => {
    expect(applyChange({ v: 1, checked: [] }, { collapsed: new Map([['c', true]]) }).collapsed).to.deep.equal(
      ['c'],
    );
  });
});

describe('ProgressStore: messages and silence once broken', () => {
  function makeStore(storage: Storage) {
    const reports: [string, string][] = [];
    const store = new ProgressStore(
      () => storage,
      KEY,
      (code, message) => reports.push([code, message]),
    );
    return { store, reports };
  }
  const current = () => ({ v: 1, checked: ['a'] });

  it('names the read that failed', () => {
    const { store, reports } = makeStore(new DeniedStorage());
    expect(store.load()).to.equal(undefined);
    expect(reports).to.deep.equal([
      [
        'storage-unavailable',
        'Reading localStorage failed (SecurityError: denied); progress stays in memory',
      ],
    ]);
  });

  it('a failed read stops the save that made it: nothing is written', () => {
    const storage = new DeniedStorage();
    const { store } = makeStore(storage);
    store.save({ checked: new Map([['a', true]]) }, current);
    expect(storage.calls.getItem).to.equal(1);
    expect(storage.calls.setItem).to.equal(0);
  });

  it('names the write that failed', () => {
    const storage = new FullStorage();
    const { store, reports } = makeStore(storage);
    store.save({ checked: new Map([['a', true]]) }, current);
    expect(reports).to.deep.equal([
      [
        'storage-write-failed',
        'Saving to localStorage failed (QuotaExceededError: full); progress stays in memory',
      ],
    ]);
  });

  it('names the move of an unreadable value that failed', () => {
    const storage = new FullStorage();
    storage.data.set(KEY, 'not json');
    const { store, reports } = makeStore(storage);
    expect(store.load()).to.equal(undefined);
    expect(reports).to.deep.equal([
      [
        'storage-write-failed',
        'Moving an unreadable value aside failed (QuotaExceededError: full); progress stays in memory',
      ],
    ]);
  });

  it('reads once, writes once, for one save', () => {
    const storage = new MemoryStorage();
    const { store } = makeStore(storage);
    store.save({ checked: new Map([['a', true]]) }, current);
    expect(storage.calls).to.deep.equal({ getItem: 1, setItem: 1, removeItem: 0 });
  });
});
