/**
 * Progress persistence. The pure part parses and updates the stored record; `ProgressStore` is the thin
 * boundary to a `Storage` that may throw at any call (SecurityError in sandboxed frames, QuotaExceededError,
 * a storage disabled by the visitor).
 */
import type { Answers } from '../config/types.js';
import type { Filters } from './progress.js';

/**
 * The version of the record's format (`v`). 1: checked, notes, collapsed, filters. 2: `answers` too. 3: `plan`
 * too. A record of an older version is read as it is (migrate()); the next write raises its `v`.
 */
export const STORAGE_VERSION = 3;

/**
 * The version in the key. It stays 1 while records can be migrated in place: a new record version is read
 * from the same slot, so nothing a visitor stored is left behind under an old key.
 */
export const KEY_VERSION = 1;

/** `port-checklist:v1:<name>`: namespaced so it cannot collide with the host's keys, versioned for migrations. */
export function storageKey(name: string): string {
  return `port-checklist:v${KEY_VERSION}:${name}`;
}

/** Where a value that was not ours is moved before we write, so that nothing is ever erased. */
export function backupKey(key: string): string {
  return `${key}:backup`;
}

/** Longest note kept per item, in characters. */
export const NOTE_MAX_LENGTH = 500;

/**
 * The stored value: `{ v, checked, notes?, collapsed?, filters?, answers?, plan? }`. Fields this version does not know (written
 * by a newer version) are kept as they are. Ids that the current config does not have are kept too: a config
 * edit must never erase progress or notes.
 */
export interface StoredRecord {
  v: number;
  /** Checked item ids. */
  checked: string[];
  /** Item id → the visitor's note. */
  notes?: Record<string, string>;
  /** Ids of collapsed sections. */
  collapsed?: string[];
  filters?: Partial<Filters>;
  /**
   * The visitor's answers to the setup questions (question id → option id, or ids for a multiple-choice
   * question). Absent: never asked; `{}`: skipped. Since version 2.
   */
  answers?: Answers;
  /** The visitor's port date. Absent: none entered. Since version 3. */
  plan?: StoredPlan;
  [field: string]: unknown;
}

/** The port date the visitor entered in the planner. */
export interface StoredPlan {
  /** The port date, 'YYYY-MM-DD': a calendar day, the same in every time zone. */
  date: string;
  /** True once the new provider confirmed it (the FOC date); false for a planned date. */
  confirmed: boolean;
  [field: string]: unknown;
}

export type ReadResult =
  { status: 'empty' } | { status: 'ok'; record: StoredRecord } | { status: 'corrupt'; raw: string };

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const stringList = (value: unknown): string[] =>
  Array.isArray(value) ? [...new Set(value.filter((id): id is string => typeof id === 'string'))] : [];

/** Notes as an id → text map; anything that is not a string note is dropped, long notes are cut. */
function notesMap(value: unknown): Map<string, string> {
  const notes = new Map<string, string>();
  if (!isPlainObject(value)) return notes;
  for (const [id, text] of Object.entries(value)) {
    if (typeof text === 'string' && text !== '') notes.set(id, text.slice(0, NOTE_MAX_LENGTH));
  }
  return notes;
}

function readFilters(value: unknown): Partial<Filters> {
  const given = isPlainObject(value) ? value : {};
  const filters: Partial<Filters> = {};
  if (typeof given.criticalOnly === 'boolean') filters.criticalOnly = given.criticalOnly;
  if (typeof given.hideCompleted === 'boolean') filters.hideCompleted = given.hideCompleted;
  return filters;
}

/**
 * The fields of a record besides `v` and `checked`, each with the function that reads it from what is stored,
 * dropping what is malformed. A field that a later version adds (the answers to setup questions, a region, a
 * port date) is one entry here and one in `StateChange` and `applyChange`: a record written before it simply
 * lacks the field, and one written after it keeps it when an older version saves (unknown fields are kept).
 */
const FIELDS: Record<string, (value: unknown) => unknown> = {
  notes: (value) => Object.fromEntries(notesMap(value)),
  collapsed: stringList,
  filters: readFilters,
  answers: readAnswers,
  plan: readPlan,
};

/**
 * A plan as `{ date, confirmed }`, with any fields a newer version added to it; undefined (the field dropped)
 * when it has no date text. Whether the date is a real day is for the planner to check (plan.ts), so that the
 * entry carries no date parsing.
 */
function readPlan(value: unknown): StoredPlan | undefined {
  return isPlainObject(value) && typeof value.date === 'string'
    ? { ...value, date: value.date, confirmed: value.confirmed === true }
    : undefined;
}

/** Answers as question id → option id or ids; anything else is dropped, and so is an empty list. */
function readAnswers(value: unknown): Record<string, string | string[]> {
  const answers: Record<string, string | string[]> = {};
  if (!isPlainObject(value)) return answers;
  for (const [id, answer] of Object.entries(value)) {
    if (typeof answer === 'string') answers[id] = answer;
    else if (stringList(answer).length > 0) answers[id] = stringList(answer);
  }
  return answers;
}

/**
 * Brings a stored value of an older schema to the current shape, losslessly. Schema 0, written before
 * releases, was the bare array of checked ids. Version 1 differs from 2 only in lacking `answers`, which reads
 * as "never asked", and 2 from 3 only in lacking `plan` (no port date): they need no step. A change to the meaning of a field raises STORAGE_VERSION and adds its
 * step here, keyed on `v`; the version itself is raised when the record is next written.
 */
function migrate(value: unknown): unknown {
  return Array.isArray(value) ? { v: 0, checked: value } : value;
}

export function parseRecord(raw: string | null): ReadResult {
  if (raw === null) return { status: 'empty' };
  let value: unknown;
  try {
    value = migrate(JSON.parse(raw));
  } catch {
    return { status: 'corrupt', raw };
  }
  if (!isPlainObject(value) || typeof value.v !== 'number' || !Array.isArray(value.checked)) {
    return { status: 'corrupt', raw };
  }
  // Fields this version does not know are kept as they are; known ones are read, and dropped when malformed.
  // (Object.fromEntries defines properties, so a `__proto__` key stays a plain field.)
  const kept = Object.entries(value).filter(([name]) => !Object.hasOwn(FIELDS, name));
  const known = Object.entries(FIELDS).flatMap(([name, read]) => {
    const field = name in value ? read(value[name]) : undefined;
    return field === undefined ? [] : [[name, field] as const];
  });
  const record: StoredRecord = {
    ...Object.fromEntries([...kept, ...known]),
    v: value.v,
    checked: stringList(value.checked),
  };
  return { status: 'ok', record };
}

/** What the visitor (or host) changed. Only the named ids and fields are written; the rest is kept. */
export interface StateChange {
  checked?: ReadonlyMap<string, boolean>;
  /** Id → note, cut to NOTE_MAX_LENGTH; an empty or blank note deletes it. */
  notes?: ReadonlyMap<string, string>;
  collapsed?: ReadonlyMap<string, boolean>;
  filters?: Partial<Filters>;
  /**
   * Question id → the new answer; `null` (or an empty list) removes it. The record gets an `answers` field
   * even when every answer is removed: `{}` says the visitor skipped the questions.
   */
  answers?: ReadonlyMap<string, string | readonly string[] | null>;
  /** The port date; `null` removes it. */
  plan?: StoredPlan | null;
}

/**
 * The change that sets onto another record everything `record` holds: its checks, notes, collapsed sections,
 * filters, answers and port date. A state that began empty in memory (consent not yet given, the host's storage
 * still loading) is written onto what is stored this way, so nothing stored is lost and nothing done is either.
 */
export function asChange(record: StoredRecord): StateChange {
  const on = (ids: string[] = []) => new Map(ids.map((id) => [id, true]));
  return {
    checked: on(record.checked),
    notes: new Map(Object.entries(record.notes ?? {})),
    collapsed: on(record.collapsed),
    filters: record.filters,
    answers: record.answers && new Map(Object.entries(record.answers)),
    plan: record.plan,
  };
}

function toggle(list: Iterable<string>, changes: ReadonlyMap<string, boolean> | undefined): string[] {
  const set = new Set(list);
  for (const [id, on] of changes ?? []) {
    if (on) set.add(id);
    else set.delete(id);
  }
  return [...set];
}

/**
 * Applies `change` onto `record` (what is stored now) and returns a new record. With nothing readable
 * stored, `base` (what this page knows) is the starting point.
 */
export function applyChange(
  record: StoredRecord | undefined,
  change: StateChange,
  base: StoredRecord = { v: STORAGE_VERSION, checked: [] },
): StoredRecord {
  const from = record ?? base;
  const next: StoredRecord = {
    ...from,
    v: Math.max(from.v, STORAGE_VERSION),
    checked: toggle(from.checked, change.checked),
  };
  if (change.notes) {
    const notes = notesMap(from.notes);
    for (const [id, text] of change.notes) {
      const note = text.slice(0, NOTE_MAX_LENGTH);
      if (note.trim()) notes.set(id, note);
      else notes.delete(id);
    }
    next.notes = Object.fromEntries(notes);
  }
  if (change.collapsed) next.collapsed = toggle(from.collapsed ?? [], change.collapsed);
  if (change.filters) next.filters = { ...from.filters, ...change.filters };
  if (change.answers) {
    const answers = new Map(Object.entries(readAnswers(from.answers)));
    for (const [id, answer] of change.answers) {
      if (answer === null || answer.length === 0) answers.delete(id);
      else answers.set(id, typeof answer === 'string' ? answer : [...new Set(answer)]);
    }
    next.answers = Object.fromEntries(answers);
  }
  if (change.plan) next.plan = { ...from.plan, date: change.plan.date, confirmed: change.plan.confirmed };
  else if (change.plan === null) delete next.plan;
  return next;
}

export type StorageErrorCode = 'storage-unavailable' | 'storage-corrupt' | 'storage-write-failed';

/**
 * Where a checklist's record lives: localStorage (ProgressStore) or the host's own storage (AdapterStore,
 * adapter.ts). `load` gives what is known to be stored now; `save` writes `change` onto what is stored
 * (`current`: what the page knows, written when nothing readable is stored).
 */
export interface Store {
  readonly key: string;
  load(): StoredRecord | undefined;
  save(change: StateChange, current: () => StoredRecord): void;
  /** Deletes what this store wrote (`revokeStorage()`). */
  clear?(): void;
}

/**
 * The host's own storage for the `storage` property (a database behind its login, say). Each method may return
 * a promise. `load` gives the record saved under `key` (`null` or `undefined`: none; a JSON string is read too);
 * `save` keeps `record` under `key`, and throws or rejects when it could not, or resolves `false` when it
 * refused because the record changed since the last `load` (a conditional write: the widget then loads and
 * writes its changes again, at once); `subscribe`, optional, calls
 * `onChange` with the record when it changed elsewhere (another device), and may return a function that ends
 * the subscription.
 */
export interface StorageAdapter {
  load(key: string): unknown;
  save(key: string, record: StoredRecord): unknown;
  subscribe?(key: string, onChange: (record: unknown) => void): unknown;
}

export type StorageErrorHandler = (code: StorageErrorCode, message: string) => void;

/** `onError`, called once per code: a store reports each kind of failure once, not on every click. */
export function reportOnce(onError: StorageErrorHandler): StorageErrorHandler {
  const reported = new Set<StorageErrorCode>();
  return (code, message) => {
    if (reported.has(code)) return;
    reported.add(code);
    onError(code, message);
  };
}

/**
 * Reads and writes one checklist's record. Each kind of failure is reported once per store; after a failed
 * access or write the store stops touching storage (the widget carries on in memory) instead of failing
 * again on every click.
 */
export class ProgressStore implements Store {
  private broken = false;
  private readonly report: StorageErrorHandler;

  constructor(
    private readonly storage: () => Storage | null,
    readonly key: string,
    onError: StorageErrorHandler,
  ) {
    this.report = reportOnce(onError);
  }

  private fail(code: StorageErrorCode, what: string, e: unknown): undefined {
    this.broken = true;
    // DOMException and Error both read "Name: message" as strings.
    this.report(code, `${what} failed (${String(e)}); progress stays in memory`);
    return undefined;
  }

  /** The stored record, or undefined when there is none, it is unreadable, or storage is off. */
  private read(): StoredRecord | undefined {
    if (this.broken) return undefined;
    let raw: string | null;
    let storage: Storage | null;
    try {
      storage = this.storage();
      raw = storage ? storage.getItem(this.key) : null;
    } catch (e) {
      return this.fail('storage-unavailable', 'Reading localStorage', e);
    }
    const result = parseRecord(raw);
    if (result.status === 'ok') return result.record;
    if (result.status === 'corrupt' && storage) {
      try {
        // Keep the first unreadable value we met; a value that is not ours is never erased.
        if (storage.getItem(backupKey(this.key)) === null) storage.setItem(backupKey(this.key), result.raw);
        storage.removeItem(this.key);
      } catch (e) {
        return this.fail('storage-write-failed', 'Moving an unreadable value aside', e);
      }
      this.report(
        'storage-corrupt',
        `"${this.key}" held no checklist progress; moved to "${backupKey(this.key)}"`,
      );
    }
    return undefined;
  }

  /** The stored record, or undefined when nothing readable is stored or storage is off. */
  load(): StoredRecord | undefined {
    return this.read();
  }

  /**
   * Applies `change` to what is stored now (read-modify-write, so two tabs changing different items both
   * keep their change). `current` gives what this page knows, written when nothing readable is stored.
   */
  save(change: StateChange, current: () => StoredRecord): void {
    if (this.broken) return;
    const stored = this.read();
    if (this.broken) return;
    const next = applyChange(stored, change, stored ? undefined : current());
    try {
      this.storage()?.setItem(this.key, JSON.stringify(next));
    } catch (e) {
      this.fail('storage-write-failed', 'Saving to localStorage', e);
    }
  }

  /** Removes the record and its backup (consent withdrawn); a storage that throws has nothing to remove. */
  clear(): void {
    try {
      const storage = this.storage();
      storage?.removeItem(this.key);
      storage?.removeItem(backupKey(this.key));
    } catch {
      // Unreadable storage holds nothing that this store could have written.
    }
  }
}
