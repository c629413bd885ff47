// The state module without a DOM: ChecklistState, syncState and undoReset over an in-memory Storage.
import { expect } from './chai.js';
import type { Filters } from '../src/state/progress.js';
import { syncState, undoReset } from '../src/state/restore.js';
import { ChecklistState } from '../src/state/state.js';
import {
  NOTE_MAX_LENGTH,
  ProgressStore,
  STORAGE_VERSION,
  storageKey,
  type StateChange,
  type StoredRecord,
} from '../src/state/storage.js';
import { MemoryStorage } from './memory-storage.js';

const KEY = storageKey('state-test');
const FILTERS: Filters = { criticalOnly: false, hideCompleted: false };

function setup(stored?: unknown, storage = new MemoryStorage()) {
  if (stored !== undefined)
    storage.data.set(KEY, typeof stored === 'string' ? stored : JSON.stringify(stored));
  const errors: string[] = [];
  const store = new ProgressStore(
    () => storage,
    KEY,
    (code) => errors.push(code),
  );
  const state = new ChecklistState(store, () => FILTERS);
  const read = (): StoredRecord => JSON.parse(storage.data.get(KEY) ?? 'null') as StoredRecord;
  return { storage, store, state, read, errors };
}

const list = (ids: Iterable<string>) => [...ids].sort();

describe('ChecklistState: loading', () => {
  const cases: {
    name: string;
    stored: unknown;
    checked: string[];
    notes?: Record<string, string>;
    collapsed?: string[];
    filters?: Partial<Filters>;
    errors?: string[];
  }[] = [
    { name: 'nothing stored: empty', stored: undefined, checked: [] },
    {
      name: 'a current record, with ids of other configs',
      stored: {
        v: 1,
        checked: ['a', 'other.config'],
        notes: { a: 'x' },
        collapsed: ['s'],
        filters: { criticalOnly: true },
      },
      checked: ['a', 'other.config'],
      notes: { a: 'x' },
      collapsed: ['s'],
      filters: { criticalOnly: true },
    },
    { name: 'schema 0 (a bare array) is migrated', stored: '["a","b"]', checked: ['a', 'b'] },
    {
      name: 'a newer version with unknown fields',
      stored: { v: 7, checked: ['a'], answers: { x: 1 } },
      checked: ['a'],
    },
    { name: 'corrupt JSON: empty, reported', stored: '{oops', checked: [], errors: ['storage-corrupt'] },
    {
      name: "someone else's value: empty, reported",
      stored: '{"theme":"dark"}',
      checked: [],
      errors: ['storage-corrupt'],
    },
    {
      name: 'malformed fields are dropped',
      stored: { v: 1, checked: ['a', 3, null], notes: [1], filters: 'x' },
      checked: ['a'],
      notes: {},
      filters: {},
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const { state, errors } = setup(c.stored);
      expect(list(state.checked)).to.deep.equal(list(c.checked));
      expect(Object.fromEntries(state.notes)).to.deep.equal(c.notes ?? {});
      expect(list(state.collapsed)).to.deep.equal(c.collapsed ?? []);
      expect(state.storedFilters).to.deep.equal(c.filters ?? {});
      expect(errors).to.deep.equal(c.errors ?? []);
      expect(state.undoable).to.equal(null);
    });
  }

  it('keeps a corrupt value in the backup key, never erasing it', () => {
    const { storage } = setup('{oops');
    expect(storage.data.get(`${KEY}:backup`)).to.equal('{oops');
  });
});

describe('ChecklistState: change', () => {
  const cases: {
    name: string;
    stored?: unknown;
    change: StateChange;
    checked: string[];
    notes?: Record<string, string>;
    collapsed?: string[];
    written: Partial<StoredRecord>;
  }[] = [
    {
      name: 'checks an item and stores it',
      change: { checked: new Map([['a', true]]) },
      checked: ['a'],
      written: { v: STORAGE_VERSION, checked: ['a'] },
    },
    {
      name: 'unchecks an item and keeps ids of other configs',
      stored: { v: 1, checked: ['a', 'foreign'] },
      change: { checked: new Map([['a', false]]) },
      checked: ['foreign'],
      written: { v: STORAGE_VERSION, checked: ['foreign'] },
    },
    {
      name: 'raises schema 0 to the current version on the first write',
      stored: '["a"]',
      change: { checked: new Map([['b', true]]) },
      checked: ['a', 'b'],
      written: { v: STORAGE_VERSION, checked: ['a', 'b'] },
    },
    {
      name: 'sets a note',
      change: { notes: new Map([['a', 'Page 2 of the bill']]) },
      checked: [],
      notes: { a: 'Page 2 of the bill' },
      written: { notes: { a: 'Page 2 of the bill' } },
    },
    {
      name: 'a blank note removes the note',
      stored: { v: 1, checked: [], notes: { a: 'x', b: 'y' } },
      change: { notes: new Map([['a', '   ']]) },
      checked: [],
      notes: { b: 'y' },
      written: { notes: { b: 'y' } },
    },
    {
      name: `cuts a note to ${NOTE_MAX_LENGTH} characters`,
      change: { notes: new Map([['a', 'x'.repeat(NOTE_MAX_LENGTH + 20)]]) },
      checked: [],
      notes: { a: 'x'.repeat(NOTE_MAX_LENGTH) },
      written: { notes: { a: 'x'.repeat(NOTE_MAX_LENGTH) } },
    },
    {
      name: 'collapses a section',
      change: { collapsed: new Map([['s', true]]) },
      checked: [],
      collapsed: ['s'],
      written: { collapsed: ['s'] },
    },
    {
      name: 'keeps a newer version and its unknown fields when writing',
      stored: { v: 7, checked: [], timeline: { x: 1 } },
      change: { checked: new Map([['a', true]]) },
      checked: ['a'],
      written: { v: 7, checked: ['a'], timeline: { x: 1 } },
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const { state, read } = setup(c.stored);
      state.change(c.change);
      expect(list(state.checked)).to.deep.equal(list(c.checked));
      expect(Object.fromEntries(state.notes)).to.deep.equal(c.notes ?? {});
      expect(list(state.collapsed)).to.deep.equal(c.collapsed ?? []);
      expect(read()).to.deep.include(c.written);
    });
  }

  it('remembers filters as stored filters', () => {
    const { state, read } = setup();
    state.change({ filters: { criticalOnly: true, hideCompleted: false } });
    expect(state.storedFilters).to.deep.equal({ criticalOnly: true, hideCompleted: false });
    expect(read().filters).to.deep.equal({ criticalOnly: true, hideCompleted: false });
  });

  it('writes only what changed onto what is stored: two tabs never undo each other', () => {
    const storage = new MemoryStorage();
    const one = setup(undefined, storage);
    const two = setup(undefined, storage);
    one.state.change({ checked: new Map([['a', true]]) });
    two.state.change({ checked: new Map([['b', true]]) });
    one.state.change({ notes: new Map([['a', 'mine']]) });
    expect(list(one.read().checked)).to.deep.equal(['a', 'b']);
    expect(one.read().notes).to.deep.equal({ a: 'mine' });
  });

  it('writes what this page knows when storage lost its value', () => {
    const { state, storage, read } = setup({ v: 1, checked: ['a'], notes: { a: 'n' } });
    storage.data.delete(KEY);
    state.change({ checked: new Map([['b', true]]) });
    expect(read()).to.deep.equal({
      v: STORAGE_VERSION,
      checked: ['a', 'b'],
      notes: { a: 'n' },
      filters: FILTERS,
    });
  });

  it('counts each change in revision', () => {
    const { state } = setup();
    const before = state.revision;
    state.change({ checked: new Map([['a', true]]) });
    state.change({ collapsed: new Map([['s', true]]) });
    expect(state.revision).to.equal(before + 2);
  });

  it('works in memory only with no store', () => {
    const state = new ChecklistState(null, () => FILTERS);
    state.change({ checked: new Map([['a', true]]), notes: new Map([['a', 'n']]) });
    expect(list(state.checked)).to.deep.equal(['a']);
    expect(state.reset(['a'])).to.equal(true);
    expect(undoReset(state)).to.equal(true);
    expect(Object.fromEntries(state.notes)).to.deep.equal({ a: 'n' });
  });
});

describe('ChecklistState: reset and undo', () => {
  const ids = ['a', 'b', 'c'];

  it('clears the given items and their notes, keeps other ids, and undo puts them back', () => {
    const { state, read } = setup({
      v: 1,
      checked: ['a', 'c', 'foreign'],
      notes: { b: 'nb', foreign: 'nf' },
    });
    expect(state.reset(ids)).to.equal(true);
    expect(list(state.checked)).to.deep.equal(['foreign']);
    expect(Object.fromEntries(state.notes)).to.deep.equal({ foreign: 'nf' });
    expect(state.undoable).to.deep.equal({ checked: ['a', 'c'], notes: [['b', 'nb']] });
    expect(read()).to.deep.include({ checked: ['foreign'], notes: { foreign: 'nf' } });
    expect(undoReset(state)).to.equal(true);
    expect(list(state.checked)).to.deep.equal(['a', 'c', 'foreign']);
    expect(Object.fromEntries(state.notes)).to.deep.equal({ foreign: 'nf', b: 'nb' });
    expect(list(read().checked)).to.deep.equal(['a', 'c', 'foreign']);
    expect(state.undoable).to.equal(null);
  });

  const nothing: { name: string; stored: unknown }[] = [
    { name: 'nothing stored', stored: undefined },
    { name: 'only ids of other configs', stored: { v: 1, checked: ['foreign'], notes: { foreign: 'x' } } },
  ];
  for (const { name, stored } of nothing) {
    it(`changes nothing and offers no undo with ${name}`, () => {
      const { state, storage } = setup(stored);
      const before = storage.data.get(KEY);
      expect(state.reset(ids)).to.equal(false);
      expect(state.undoable).to.equal(null);
      expect(storage.data.get(KEY)).to.equal(before);
      expect(undoReset(state)).to.equal(false);
    });
  }

  const next: { name: string; act: (state: ChecklistState) => void }[] = [
    { name: 'a check', act: (s) => s.change({ checked: new Map([['b', true]]) }) },
    { name: 'a note', act: (s) => s.change({ notes: new Map([['b', 'x']]) }) },
    { name: 'a collapsed section', act: (s) => s.change({ collapsed: new Map([['s', true]]) }) },
    { name: 'a filter', act: (s) => s.change({ filters: { criticalOnly: true, hideCompleted: false } }) },
  ];
  for (const { name, act } of next) {
    it(`offers undo until the next change: ${name}`, () => {
      const { state } = setup({ v: 1, checked: ['a'] });
      state.reset(ids);
      act(state);
      expect(state.undoable).to.equal(null);
      expect(undoReset(state)).to.equal(false);
      expect(state.checked.has('a')).to.equal(false);
    });
  }
});

describe('syncState: a record from another tab', () => {
  const ids = ['a', 'b', 'c'];

  it('adopts it, reporting each changed item of the config in order, after it changed', () => {
    const { state, storage } = setup({ v: 1, checked: ['a', 'mine'], notes: { a: 'old' } });
    storage.data.set(
      KEY,
      JSON.stringify({ v: 1, checked: ['b', 'c', 'theirs'], notes: { b: 'new' }, collapsed: ['s'] }),
    );
    const heard: [string, boolean, number][] = [];
    expect(syncState(state, KEY, ids, (id, on) => heard.push([id, on, state.checked.size]))).to.equal(true);
    // a off (size 1: "mine"), b on (2), c on (3): each reported with the state it left.
    expect(heard).to.deep.equal([
      ['a', false, 1],
      ['b', true, 2],
      ['c', true, 3],
    ]);
    expect(list(state.checked)).to.deep.equal(['b', 'c', 'mine', 'theirs']);
    expect(Object.fromEntries(state.notes)).to.deep.equal({ b: 'new' });
    expect(list(state.collapsed)).to.deep.equal(['s']);
  });

  it('writes nothing back, ends undo, and does not count as a change made here', () => {
    const { state, storage } = setup({ v: 1, checked: ['a'] });
    state.reset(ids);
    const revision = state.revision;
    const theirs = JSON.stringify({ v: 1, checked: ['b'] });
    storage.data.set(KEY, theirs);
    const writes = storage.calls.setItem;
    syncState(state, KEY, ids, () => undefined);
    expect(storage.calls.setItem).to.equal(writes);
    expect(storage.data.get(KEY)).to.equal(theirs);
    expect(state.undoable).to.equal(null);
    expect(state.revision).to.equal(revision);
  });

  it('ignores another key, and reports nothing when nothing of the config changed', () => {
    const { state, storage } = setup({ v: 1, checked: ['a'] });
    const heard: string[] = [];
    expect(syncState(state, storageKey('other'), ids, (id) => heard.push(id))).to.equal(false);
    storage.data.set(KEY, JSON.stringify({ v: 1, checked: ['a', 'foreign'] }));
    expect(syncState(state, KEY, ids, (id) => heard.push(id))).to.equal(true);
    expect(heard).to.deep.equal([]);
    expect(list(state.checked)).to.deep.equal(['a', 'foreign']);
  });

  it('writes back what this tab knows when storage was cleared (key null)', () => {
    const { state, storage, read } = setup({ v: 1, checked: ['a'], notes: { a: 'n' } });
    storage.data.clear();
    const heard: string[] = [];
    expect(syncState(state, null, ids, (id) => heard.push(id))).to.equal(true);
    expect(heard).to.deep.equal([]);
    expect(read()).to.deep.include({ checked: ['a'], notes: { a: 'n' } });
  });

  it('does nothing without a store', () => {
    const state = new ChecklistState(null, () => FILTERS);
    expect(syncState(state, KEY, ids, () => undefined)).to.equal(false);
  });
});

describe('ChecklistState: answers', () => {
  it('has none before the questions were asked, {} once skipped, and the answers once given', () => {
    const { state, read } = setup({ v: 1, checked: ['a'] });
    expect(state.answers).to.equal(undefined);
    state.change({ answers: new Map() });
    expect(state.answers).to.deep.equal({});
    state.change({ answers: new Map([['count', '1']]) });
    expect(state.answers).to.deep.equal({ count: '1' });
    expect(read()).to.deep.include({ v: STORAGE_VERSION, checked: ['a'], answers: { count: '1' } });
  });
});

describe('ChecklistState: the port date', () => {
  it('has none at first, then the date entered, confirmed, and none once cleared; stored each time', () => {
    const { state, read } = setup({ v: 2, checked: ['a'], answers: { count: '1' } });
    expect(state.plan).to.equal(undefined);
    state.change({ plan: { date: '2027-01-14', confirmed: false } });
    expect(state.plan).to.deep.equal({ date: '2027-01-14', confirmed: false });
    state.change({ plan: { date: '2027-01-14', confirmed: true } });
    expect(read()).to.deep.include({
      v: STORAGE_VERSION,
      answers: { count: '1' },
      plan: { date: '2027-01-14', confirmed: true },
    });
    state.change({ plan: null });
    expect(state.plan).to.equal(undefined);
    expect(read()).to.not.have.property('plan');
  });
});
