/**
 * The host's own storage (the `storage` property given a StorageAdapter): a Store over an adapter whose calls may
 * be slow, fail or come back with something that is not a record. No DOM, no Lit: timers only.
 *
 * What it guarantees, as ProgressStore does for localStorage:
 * - each save reads what is stored now and writes this page's changes onto it (`applyChange`), so two devices
 *   saving different steps never undo each other;
 * - saves never overlap: changes made while one is under way are composed into the next;
 * - a save the adapter refuses as conflicting (`save` resolves `false`: the record changed since the load, as an
 *   HTTP 412 to an If-Match says) is redone at once onto a fresh load, so even saves at the same moment keep both;
 * - a failing save keeps the changes, reports `storage-write-failed` once, and retries after 1, 2, 4 … 30 s;
 * - a malformed record is reported (`storage-corrupt`) and not trusted: it reads as nothing stored.
 */
import {
  applyChange,
  parseRecord,
  reportOnce,
  type StateChange,
  type StorageAdapter,
  type StorageErrorHandler,
  type Store,
  type StoredRecord,
} from './storage.js';

/**
 * One change that does what `a` then `b` do (`applyChange(applyChange(r, a), b)` equals `applyChange(r,
 * composeChange(a, b))`, but for the fields that a newer version added to a plan `a` removed and `b` set again):
 * what a page changed while it could not save, kept to be written when it can.
 */
export function composeChange(a: StateChange, b: StateChange): StateChange {
  const maps = <V>(x?: ReadonlyMap<string, V>, y?: ReadonlyMap<string, V>) =>
    x && y ? new Map([...x, ...y]) : (y ?? x);
  const next: StateChange = {
    checked: maps(a.checked, b.checked),
    notes: maps(a.notes, b.notes),
    collapsed: maps(a.collapsed, b.collapsed),
    filters: a.filters && b.filters ? { ...a.filters, ...b.filters } : (b.filters ?? a.filters),
    answers: maps(a.answers, b.answers),
    plan: b.plan === undefined ? a.plan : b.plan,
  };
  return Object.fromEntries(Object.entries(next).filter(([, value]) => value !== undefined));
}

/**
 * How many times in a row a save may be refused as conflicting (`save` resolving `false`) and redone at once
 * before it counts as a failed save, retried with backoff.
 */
export const MAX_CONFLICTS = 5;

/** The first retry's delay after a failed save, in milliseconds; it doubles on each failure in a row. */
export const RETRY_FIRST_MS = 1000;

/** The longest delay between retries, in milliseconds. */
export const RETRY_MAX_MS = 30_000;

/** The delay before retry number `failures` (1 for the first). */
export const retryDelay = (failures: number): number =>
  Math.min(RETRY_MAX_MS, RETRY_FIRST_MS * 2 ** Math.max(0, failures - 1));

/**
 * What an adapter's `load` (or `subscribe`) gave, as a record: `null` and `undefined` are none; an object or
 * JSON text is read as localStorage's text is (`parseRecord`). `corrupt`: something that is not a record.
 */
export function readAdapterValue(value: unknown): StoredRecord | undefined | 'corrupt' {
  if (value === null || value === undefined) return undefined;
  let text: string;
  try {
    text = typeof value === 'string' ? value : JSON.stringify(value);
  } catch {
    return 'corrupt';
  }
  const result = parseRecord(text ?? null);
  return result.status === 'ok' ? result.record : 'corrupt';
}

export class AdapterStore implements Store {
  /** What is known to be stored: the last record loaded, saved or pushed. */
  private record?: StoredRecord;
  private pending: StateChange = {};
  private sending: StateChange = {};
  private current?: () => StoredRecord;
  private saving = false;
  private failures = 0;
  private conflicts = 0;
  private timer?: ReturnType<typeof setTimeout>;
  private idle: Promise<void> = Promise.resolve();
  private readonly report: StorageErrorHandler;

  constructor(
    private readonly adapter: StorageAdapter,
    readonly key: string,
    onError: StorageErrorHandler,
  ) {
    this.report = reportOnce(onError);
  }

  /** Reads the adapter's value: the record, none, or undefined after reporting a malformed one. */
  private read(value: unknown): StoredRecord | undefined {
    const record = readAdapterValue(value);
    if (record !== 'corrupt') return record;
    this.report(
      'storage-corrupt',
      `The host's storage held no checklist progress under "${this.key}"; not used`,
    );
    return undefined;
  }

  /**
   * Loads what is stored (the first render waits for nothing: the list shows as loading meanwhile). A load that
   * fails is reported (`storage-unavailable`) and reads as nothing stored; saves are still tried.
   */
  async open(): Promise<StoredRecord | undefined> {
    try {
      this.record = this.read(await this.adapter.load(this.key));
    } catch (e) {
      this.report(
        'storage-unavailable',
        `Loading from the host's storage failed (${String(e)}); progress starts in memory`,
      );
    }
    return this.record;
  }

  /**
   * Listens for changes made elsewhere (`subscribe`, when the adapter has it): `onChange` hears each readable
   * record after it became what `load()` gives. It stops when `active()` turns false.
   */
  listen(onChange: () => void, active: () => boolean): void {
    let stop: unknown;
    const handler = (value: unknown) => {
      if (!active()) {
        if (typeof stop === 'function') (stop as () => void)();
        return;
      }
      const record = this.read(value);
      if (!record) return;
      // This page's changes not yet saved (under way or waiting to be retried) stay on what it shows.
      this.record = applyChange(record, composeChange(this.sending, this.pending));
      onChange();
    };
    try {
      stop = this.adapter.subscribe?.(this.key, handler);
    } catch (e) {
      this.report('storage-unavailable', `Subscribing to the host's storage failed (${String(e)})`);
    }
  }

  load(): StoredRecord | undefined {
    return this.record;
  }

  save(change: StateChange, current: () => StoredRecord): void {
    this.pending = composeChange(this.pending, change);
    this.current = current;
    this.flush();
  }

  /** Resolves when no save is under way or waiting (a retry pending counts as waiting). For tests and hosts. */
  settled(): Promise<void> {
    return this.idle;
  }

  private flush(): void {
    if (this.saving || this.timer !== undefined) return;
    this.saving = true;
    this.idle = this.write();
  }

  private async write(): Promise<void> {
    const sending = (this.sending = this.pending);
    this.pending = {};
    try {
      // What is stored now, so that this page writes only its own changes onto it.
      const stored = this.read(await this.adapter.load(this.key));
      const next = applyChange(stored, sending, stored ? undefined : this.current?.());
      if ((await this.adapter.save(this.key, next)) === false) {
        // The record changed between that load and this save (another device saved): load it again and write
        // this page's changes onto that, at once; a save that keeps conflicting is a failure.
        if (++this.conflicts > MAX_CONFLICTS) throw new Error(`${MAX_CONFLICTS} conflicting saves in a row`);
        this.pending = composeChange(sending, this.pending);
        this.sending = {};
        return this.write();
      }
      this.record = next;
      this.sending = {};
      this.failures = this.conflicts = 0;
    } catch (e) {
      this.conflicts = 0;
      this.pending = composeChange(sending, this.pending);
      this.sending = {};
      this.failures++;
      this.report(
        'storage-write-failed',
        `Saving to the host's storage failed (${String(e)}); progress stays in memory and saving is retried`,
      );
      const retry = new Promise<void>((resolve) => {
        this.timer = setTimeout(() => {
          this.timer = undefined;
          this.flush();
          void this.idle.then(resolve);
        }, retryDelay(this.failures));
      });
      this.saving = false;
      return retry;
    }
    this.saving = false;
    if (Object.keys(this.pending).length > 0) {
      this.flush();
      return this.idle;
    }
  }
}
