// Storage doubles for the pure storage and state tests: the boundary where failures are simulated (a real
// browser's localStorage cannot be made to throw on demand).

/** A minimal in-memory Storage that counts calls. */
export class MemoryStorage implements Storage {
  readonly data = new Map<string, string>();
  calls = { getItem: 0, setItem: 0, removeItem: 0 };

  get length(): number {
    return this.data.size;
  }

  clear(): void {
    this.data.clear();
  }

  key(index: number): string | null {
    return [...this.data.keys()][index] ?? null;
  }

  getItem(key: string): string | null {
    this.calls.getItem++;
    return this.data.has(key) ? this.data.get(key)! : null;
  }

  setItem(key: string, value: string): void {
    this.calls.setItem++;
    this.data.set(key, String(value));
  }

  removeItem(key: string): void {
    this.calls.removeItem++;
    this.data.delete(key);
  }
}

/** Every access throws, as in a sandboxed frame or with storage blocked. */
export class DeniedStorage extends MemoryStorage {
  override getItem(key: string): string | null {
    super.getItem(key);
    throw new DOMException('denied', 'SecurityError');
  }

  override setItem(key: string, value: string): void {
    this.calls.setItem++;
    void key;
    void value;
    throw new DOMException('denied', 'SecurityError');
  }

  override removeItem(key: string): void {
    super.removeItem(key);
    throw new DOMException('denied', 'SecurityError');
  }
}

/** Reads work; every write throws, as when the quota is used up. */
export class FullStorage extends MemoryStorage {
  override setItem(key: string, value: string): void {
    this.calls.setItem++;
    void key;
    void value;
    throw new DOMException('full', 'QuotaExceededError');
  }
}
