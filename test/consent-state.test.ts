// The state side of storage="consent" and of the host's storage, without a DOM: a state that began empty in
// memory is written onto what is stored when it gets its store (attach), and detach deletes what was stored.
import { expect } from './chai.js';
import type { Filters } from '../src/state/progress.js';
import { syncState } from '../src/state/restore.js';
import { ChecklistState } from '../src/state/state.js';
import {
  applyChange,
  asChange,
  backupKey,
  ProgressStore,
  storageKey,
  type StoredRecord,
} from '../src/state/storage.js';
import { MemoryStorage } from './memory-storage.js';

const KEY = storageKey('consent-test');
const FILTERS: Filters = { criticalOnly: false, hideCompleted: false };

function memoryState() {
  return new ChecklistState(null, () => FILTERS);
}

function localStore(stored?: StoredRecord, storage = new MemoryStorage()) {
  if (stored) storage.data.set(KEY, JSON.stringify(stored));
  const errors: string[] = [];
  const store = new ProgressStore(
    () => storage,
    KEY,
    (code) => errors.push(code),
  );
  const read = (): StoredRecord | null => JSON.parse(storage.data.get(KEY) ?? 'null') as StoredRecord | null;
  return { storage, store, read, errors };
}

describe('asChange', () => {
  const full: StoredRecord = {
    v: 3,
    checked: ['a', 'b'],
    notes: { a: 'called the carrier' },
    collapsed: ['s1'],
    filters: { hideCompleted: true },
    answers: { country: 'se', kinds: ['mobile'] },
    plan: { date: '2027-01-14', confirmed: true },
  };
  const cases: { name: string; onto: StoredRecord; from: StoredRecord; expected: Partial<StoredRecord> }[] = [
    {
      name: 'onto an empty record, it gives the record itself',
      onto: { v: 3, checked: [] },
      from: full,
      expected: {
        checked: ['a', 'b'],
        notes: { a: 'called the carrier' },
        collapsed: ['s1'],
        filters: { hideCompleted: true },
        answers: { country: 'se', kinds: ['mobile'] },
        plan: { date: '2027-01-14', confirmed: true },
      },
    },
    {
      name: 'onto a stored record, both sets of checks and notes are kept; its answers win where it has them',
      onto: { v: 3, checked: ['c'], notes: { c: 'stored note' }, answers: { country: 'de', lines: 'few' } },
      from: full,
      expected: {
        checked: ['c', 'a', 'b'],
        notes: { c: 'stored note', a: 'called the carrier' },
        answers: { country: 'se', lines: 'few', kinds: ['mobile'] },
      },
    },
    {
      name: 'an empty memory record changes nothing stored (no plan, no answers, no filters removed)',
      onto: full,
      from: { v: 3, checked: [] },
      expected: full,
    },
    {
      name: 'a stored plan gives way to the one set in memory',
      onto: { v: 3, checked: [], plan: { date: '2027-03-01', confirmed: false, note: 'newer field' } },
      from: { v: 3, checked: [], plan: { date: '2027-01-14', confirmed: true } },
      expected: { plan: { date: '2027-01-14', confirmed: true, note: 'newer field' } },
    },
  ];
  for (const { name, onto, from, expected } of cases) {
    it(name, () => {
      const next = applyChange(onto, asChange(from));
      for (const [field, value] of Object.entries(expected)) expect(next[field], field).to.deep.equal(value);
    });
  }
});

describe('ChecklistState.attach and detach', () => {
  it('writes nothing when the page changed nothing, and adopts nothing by itself', () => {
    const { store, storage, read } = localStore({ v: 3, checked: ['stored'] });
    const state = memoryState();
    state.attach(store);
    expect(storage.calls.setItem).to.equal(0);
    expect([...state.checked]).to.deep.equal([]);
    expect(read()?.checked).to.deep.equal(['stored']);
  });

  it('writes what this page did onto what is stored, losing neither', () => {
    const { store, read } = localStore({ v: 3, checked: ['stored'], notes: { stored: 'old note' } });
    const state = memoryState();
    state.change({ checked: new Map([['here', true]]), notes: new Map([['here', 'new note']]) });
    state.attach(store);
    expect(read()?.checked).to.have.members(['stored', 'here']);
    expect(read()?.notes).to.deep.equal({ stored: 'old note', here: 'new note' });
  });

  it('with adopt, becomes what is stored with this page’s changes on it', () => {
    const { store } = localStore({ v: 3, checked: ['stored'] });
    const state = memoryState();
    state.change({ checked: new Map([['here', true]]) });
    state.attach(store, true);
    expect([...state.checked]).to.have.members(['stored', 'here']);
  });

  it('writes everything the page knows when nothing is stored', () => {
    const { store, read } = localStore();
    const state = memoryState();
    state.change({ checked: new Map([['here', true]]), plan: { date: '2027-01-14', confirmed: false } });
    state.attach(store);
    expect(read()).to.deep.include({ checked: ['here'], plan: { date: '2027-01-14', confirmed: false } });
  });

  it('through syncState, reports each step that the stored record adds', () => {
    const { store } = localStore({ v: 3, checked: ['a', 'b'] });
    const state = memoryState();
    state.change({ checked: new Map([['c', true]]) });
    state.attach(store);
    const heard: [string, boolean][] = [];
    expect(syncState(state, null, ['a', 'b', 'c', 'd'], (id, on) => heard.push([id, on]))).to.equal(true);
    expect(heard).to.deep.equal([
      ['a', true],
      ['b', true],
    ]);
    expect([...state.checked]).to.have.members(['a', 'b', 'c']);
  });

  it('detach removes the record and its backup and keeps the state in memory, writing no more', () => {
    const { store, storage } = localStore({ v: 3, checked: ['a'] });
    storage.data.set(backupKey(KEY), 'something unreadable kept aside');
    storage.data.set('host:own-key', 'the host’s');
    const state = new ChecklistState(store, () => FILTERS);
    state.detach();
    expect([...storage.data.keys()]).to.deep.equal(['host:own-key']);
    expect([...state.checked]).to.deep.equal(['a']);
    const writes = storage.calls.setItem;
    state.change({ checked: new Map([['b', true]]) });
    expect(storage.calls.setItem).to.equal(writes);
    expect(state.store).to.equal(null);
  });

  it('detach is harmless on a state in memory, and on a store that cannot clear', () => {
    const state = memoryState();
    expect(() => state.detach()).not.to.throw();
    const store = { key: KEY, load: () => undefined, save: () => undefined };
    const held = new ChecklistState(store, () => FILTERS);
    expect(() => held.detach()).not.to.throw();
    expect(held.store).to.equal(null);
  });

  it('clear survives a storage that throws', () => {
    const store = new ProgressStore(
      () => {
        throw new DOMException('blocked', 'SecurityError');
      },
      KEY,
      () => undefined,
    );
    expect(() => store.clear()).not.to.throw();
  });
});
