/**
 * The checklist's state and its one owner: checked ids, notes, collapsed sections, the filters last chosen, the
 * visitor's answers to the setup questions, the port date, the undo snapshot of a reset, and their persistence through a `ProgressStore`. Nothing else changes them: the
 * element and its tools read them here and call the methods below, then render and report what changed.
 * No Lit, no DOM, no messages. The stored record's format and its migration are in storage.ts.
 *
 * What it guarantees, as storage.ts does for one write: ids the current config does not have are kept (a
 * config edit never erases progress or notes); each change writes only what it changed onto what is stored
 * (two tabs never undo each other); a record from another tab is adopted without writing it back.
 */
import type { Answers } from '../config/types.js';
import type { Filters } from './progress.js';
import {
  applyChange,
  asChange,
  STORAGE_VERSION,
  type StateChange,
  type Store,
  type StoredPlan,
  type StoredRecord,
} from './storage.js';

/** What a reset cleared, so that Undo can put it back. */
export interface ResetSnapshot {
  /** The checked ids of the config, in its order. */
  checked: string[];
  /** The notes of the config's items. */
  notes: [string, string][];
}

const empty = (): StoredRecord => ({ v: STORAGE_VERSION, checked: [] });

/**
 * The state is held as a stored record, and changed by the same pure `applyChange` that writes it to storage,
 * so what this page shows and what it stores cannot drift apart. The sets and maps below are views of it.
 */
export class ChecklistState {
  private _record = empty();
  private _checked?: ReadonlySet<string>;
  private _notes?: ReadonlyMap<string, string>;
  private _collapsed?: ReadonlySet<string>;
  private _undo: ResetSnapshot | null = null;
  private _revision = 0;

  /**
   * @param store Where the state persists; `null` keeps it in memory only, until `attach`.
   * @param filters The filters in force now, written with the rest when storage holds nothing readable.
   */
  constructor(
    public store: Store | null,
    private readonly _filters: () => Filters,
  ) {
    this.adopt(store?.load());
  }

  /** Checked ids, including stored ids that the current config does not have. */
  get checked(): ReadonlySet<string> {
    return (this._checked ??= new Set(this._record.checked));
  }

  /** Item id → note. */
  get notes(): ReadonlyMap<string, string> {
    return (this._notes ??= new Map(Object.entries(this._record.notes ?? {})));
  }

  /** Ids of collapsed sections. */
  get collapsed(): ReadonlySet<string> {
    return (this._collapsed ??= new Set(this._record.collapsed));
  }

  /** The visitor's answers to the setup questions; `undefined` when they were never asked (`{}`: skipped). */
  get answers(): Answers | undefined {
    return this._record.answers;
  }

  /** The port date the visitor entered in the planner, if any. */
  get plan(): Readonly<StoredPlan> | undefined {
    return this._record.plan;
  }

  /** The filters as stored: what the visitor last chose, where they chose. */
  get storedFilters(): Readonly<Partial<Filters>> {
    return this._record.filters ?? {};
  }

  /** What the last reset cleared, until the next change; `null` when there is nothing to undo. */
  get undoable(): Readonly<ResetSnapshot> | null {
    return this._undo;
  }

  /**
   * Counts the changes made on this page. View state that lasts "until the next change" (a reset's
   * confirmation) remembers the revision it began at.
   */
  get revision(): number {
    return this._revision;
  }

  /**
   * Applies a change made on this page (by the visitor or the host) and writes it onto what is stored; with
   * `read`, a change read from storage (another tab's), which is neither written nor counted in `revision`.
   * A blank note removes one. Any change ends the chance to undo a reset.
   */
  change(change: StateChange, read = false): void {
    this.adopt(applyChange(this._record, change));
    if (read) return;
    this._revision++;
    this.store?.save(change, this._snapshot);
  }

  /**
   * Gives a state that began empty in memory its store (consent granted, the host's storage loaded) and writes
   * what this page did meanwhile onto what is stored there (asChange). With `adopt`, the state becomes what is
   * stored with that on it; without, the caller adopts it (syncState, which reports each step that changed).
   */
  attach(store: Store, adopt = false): void {
    const stored = store.load();
    const change = asChange(this._record);
    if (adopt && stored) this.adopt(applyChange(stored, change));
    this.store = store;
    if (this._revision) store.save(change, this._snapshot);
  }

  /** Deletes what the store wrote and keeps the state in memory only (consent withdrawn). */
  detach(): void {
    this.store?.clear?.();
    this.store = null;
  }

  /**
   * Unchecks the given items and clears their notes, keeping what they were in `undoable` (restore.ts undoes). Returns false, and
   * changes nothing, when none of them is checked or has a note. Other ids are kept.
   */
  reset(ids: readonly string[]): boolean {
    const snapshot: ResetSnapshot = {
      checked: ids.filter((id) => this.checked.has(id)),
      notes: [...this.notes].filter(([id]) => ids.includes(id)),
    };
    if (snapshot.checked.length === 0 && snapshot.notes.length === 0) return false;
    this.change({
      checked: new Map(snapshot.checked.map((id) => [id, false])),
      notes: new Map(ids.map((id) => [id, ''])),
    });
    this._undo = snapshot;
    return true;
  }

  /**
   * Takes a stored record (or none) as the state: on load, and when another tab changed storage
   * (restore.ts). Nothing is written; the chance to undo a reset ends.
   */
  adopt(record: StoredRecord | undefined): void {
    this._record = record ?? empty();
    this._checked = this._notes = this._collapsed = undefined;
    this._undo = null;
  }

  /** Writes what this page knows, for when storage lost it (site data wiped in another tab). */
  persist(): void {
    this.store?.save({}, this._snapshot);
  }

  /** What this page knows, written when storage holds nothing readable. */
  private _snapshot = (): StoredRecord => ({ ...this._record, filters: this._filters() });
}
