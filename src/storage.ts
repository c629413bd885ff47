/**
 * Progress persistence. The pure part parses and updates the stored record; `ProgressStore` is the thin
 * boundary to a `Storage` that may throw at any call (SecurityError in sandboxed frames, QuotaExceededError,
 * a storage disabled by the visitor).
 */

export const STORAGE_VERSION = 1;

/** `port-checklist:v1:<name>`: namespaced so it cannot collide with the host's keys, versioned for migrations. */
export function storageKey(name: string): string {
  return `port-checklist:v${STORAGE_VERSION}:${name}`;
}

/** Where a value that was not ours is moved before we write, so that nothing is ever erased. */
export function backupKey(key: string): string {
  return `${key}:backup`;
}

/**
 * The stored value. Fields this version does not know (written by a newer version) are kept as they are.
 * `checked` keeps ids that the current config does not have: a config edit must never erase progress.
 */
export interface StoredRecord {
  v: number;
  checked: string[];
  [field: string]: unknown;
}

export type ReadResult =
  { status: 'empty' } | { status: 'ok'; record: StoredRecord } | { status: 'corrupt'; raw: string };

export function parseRecord(raw: string | null): ReadResult {
  if (raw === null) return { status: 'empty' };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { status: 'corrupt', raw };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { status: 'corrupt', raw };
  const record = value as Record<string, unknown>;
  if (typeof record.v !== 'number' || !Array.isArray(record.checked)) return { status: 'corrupt', raw };
  const checked = [...new Set(record.checked.filter((id): id is string => typeof id === 'string'))];
  return { status: 'ok', record: { ...record, v: record.v, checked } };
}

/** A new record with `changes` applied (id → checked); other ids and unknown fields are kept. */
export function applyChanges(
  record: StoredRecord | undefined,
  changes: ReadonlyMap<string, boolean>,
  base: Iterable<string> = [],
): StoredRecord {
  const checked = new Set(record ? record.checked : base);
  for (const [id, on] of changes) {
    if (on) checked.add(id);
    else checked.delete(id);
  }
  return { ...record, v: Math.max(record?.v ?? 0, STORAGE_VERSION), checked: [...checked] };
}

export type StorageErrorCode = 'storage-unavailable' | 'storage-corrupt' | 'storage-write-failed';

export type StorageErrorHandler = (code: StorageErrorCode, message: string) => void;

/**
 * Reads and writes one checklist's record. Each kind of failure is reported once per store; after a failed
 * access or write the store stops touching storage (the widget carries on in memory) instead of failing
 * again on every click.
 */
export class ProgressStore {
  private broken = false;
  private readonly reported = new Set<StorageErrorCode>();

  constructor(
    private readonly storage: () => Storage | null,
    readonly key: string,
    private readonly onError: StorageErrorHandler,
  ) {}

  private report(code: StorageErrorCode, message: string): void {
    if (this.reported.has(code)) return;
    this.reported.add(code);
    this.onError(code, message);
  }

  private fail(code: StorageErrorCode, what: string, e: unknown): undefined {
    this.broken = true;
    const reason = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    this.report(code, `${what} failed (${reason}); progress is kept in memory for this visit only`);
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
        `localStorage "${this.key}" held a value that is not checklist progress; it was moved to "${backupKey(this.key)}"`,
      );
    }
    return undefined;
  }

  /** Ids stored as checked (including ids the current config does not have); undefined when none are. */
  load(): Set<string> | undefined {
    const record = this.read();
    return record ? new Set(record.checked) : undefined;
  }

  /**
   * Applies `changes` to what is stored now (read-modify-write, so two tabs toggling different items both
   * keep their change). `current` is what to start from when nothing readable is stored.
   */
  save(changes: ReadonlyMap<string, boolean>, current: Iterable<string>): void {
    if (this.broken) return;
    const next = applyChanges(this.read(), changes, current);
    if (this.broken) return;
    try {
      this.storage()?.setItem(this.key, JSON.stringify(next));
    } catch (e) {
      this.fail('storage-write-failed', 'Saving to localStorage', e);
    }
  }
}
