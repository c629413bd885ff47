// State changes that only the tools chunk makes, kept out of state.ts so that the script-tag bundle's entry does
// not carry them (they arrive with the tools, right after the first render): adopting what another tab
// stored, and undoing a reset. Both work through ChecklistState's own methods.
import type { ChecklistState } from './state.js';

/**
 * Another tab changed storage under `key` (`null`: storage was cleared): the state adopts what is stored now.
 * `onCheck` hears each of `ids` (the config's items, in order) whose state changed, right after it changed,
 * so progress can be reported step by step. Ids of other configs are kept, both this tab's and the stored
 * ones. When the slot was emptied (site data wiped), what this tab knows is written back instead. Returns
 * false when the change was not this state's.
 */
export function syncState(
  state: ChecklistState,
  key: string | null,
  ids: readonly string[],
  onCheck: (id: string, on: boolean) => void,
): boolean {
  const store = state.store;
  if (!store || (key !== null && key !== store.key)) return false;
  const next = store.load();
  if (!next) {
    state.persist();
    return true;
  }
  const stored = new Set(next.checked);
  for (const id of ids) {
    const on = stored.has(id);
    if (on === state.checked.has(id)) continue;
    state.change({ checked: new Map([[id, on]]) }, true);
    onCheck(id, on);
  }
  state.adopt({ ...next, checked: [...new Set([...state.checked, ...stored])] });
  return true;
}

/** Puts back what the last reset cleared. Returns false when there is nothing to undo. */
export function undoReset(state: ChecklistState): boolean {
  const snapshot = state.undoable;
  if (!snapshot) return false;
  state.change({
    checked: new Map(snapshot.checked.map((id) => [id, true])),
    notes: new Map(snapshot.notes),
  });
  return true;
}
