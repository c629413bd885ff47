// ChecklistState at its edges: a reset of notes alone, and persist without a store.
import { expect } from './chai.js';
import { ChecklistState } from '../src/state/state.js';
import { ProgressStore, STORAGE_VERSION, storageKey } from '../src/state/storage.js';
import { MemoryStorage } from './memory-storage.js';

const FILTERS = { criticalOnly: false, hideCompleted: false };

describe('ChecklistState at its edges', () => {
  it('resets items that have notes but no checks', () => {
    const state = new ChecklistState(null, () => FILTERS);
    state.change({ notes: new Map([['a', 'n']]) });
    expect(state.reset(['a'])).to.equal(true);
    expect(Object.fromEntries(state.notes)).to.deep.equal({});
    expect(state.undoable).to.deep.equal({ checked: [], notes: [['a', 'n']] });
  });

  it('resets items that are checked but have no notes', () => {
    const state = new ChecklistState(null, () => FILTERS);
    state.change({ checked: new Map([['a', true]]) });
    expect(state.reset(['a'])).to.equal(true);
    expect([...state.checked]).to.deep.equal([]);
    expect(state.undoable).to.deep.equal({ checked: ['a'], notes: [] });
  });

  it('persist without a store does nothing and does not throw', () => {
    const state = new ChecklistState(null, () => FILTERS);
    state.change({ checked: new Map([['a', true]]) });
    expect(() => state.persist()).not.to.throw();
    expect([...state.checked]).to.deep.equal(['a']);
  });

  it('persist writes what this page knows, with the filters in force', () => {
    const storage = new MemoryStorage();
    const key = storageKey('edges');
    const state = new ChecklistState(
      new ProgressStore(
        () => storage,
        key,
        () => undefined,
      ),
      () => ({
        criticalOnly: true,
        hideCompleted: false,
      }),
    );
    state.change({ checked: new Map([['a', true]]) });
    storage.data.clear();
    state.persist();
    expect(JSON.parse(storage.data.get(key)!)).to.deep.equal({
      v: STORAGE_VERSION,
      checked: ['a'],
      filters: { criticalOnly: true, hideCompleted: false },
    });
  });
});
